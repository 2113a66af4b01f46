import type { Page } from 'playwright-core';
import { baseUrl } from './hub-server.ts';

/** Opens a staff page, is sent to the sign-in form, signs in and lands back on the page (of the shared hub, or of `base`). */
export async function signIn(page: Page, username: string, password: string, next: string, base = baseUrl()): Promise<void> {
	await page.goto(`${base}${next}`);
	await page.waitForURL(/\/admin\/login\?next=/);
	await page.getByLabel('用户名').fill(username);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL(`**${next}`);
}
