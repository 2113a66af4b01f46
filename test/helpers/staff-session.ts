import type { Page } from 'playwright-core';
import { baseUrl } from './hub-server.ts';

/** Opens a staff page, signs in on the way, and waits to be back on it. */
export async function signIn(page: Page, username: string, password: string, next: string): Promise<void> {
	await page.goto(`${baseUrl()}${next}`);
	await page.waitForURL(/\/admin\/login\?next=/);
	await page.getByLabel('用户名').fill(username);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL(`**${next}`);
}
