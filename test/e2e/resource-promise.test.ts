import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { shanghaiMonth } from '../../functions/domain/shanghai-time.ts';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { e2eNow } from '../helpers/hub.ts';
import { adminPassword, baseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** Resources the school published in the current Beijing month, as written in their front matter. */
function publishedThisMonth(): number {
	const month = shanghaiMonth(new Date(e2eNow));
	return readdirSync('content/resources')
		.filter((f) => /^[^_].*\.mdx$/.test(f))
		.map((f) => parse(readFileSync(`content/resources/${f}`, 'utf8').split('---')[1]!).published as Date | string)
		.filter((published) => new Date(published).toISOString().slice(0, 7) === month).length;
}

test('parents see no staff target; the staff overview shows the monthly promise and this month\'s count', async () => {
	for (const path of ['/', '/resources/']) {
		const html = await (await fetch(baseUrl() + path)).text();
		expect(html, path).not.toContain('本月新增');
		expect(html, path).not.toContain('还差');
		expect(html, path).not.toContain('<meter');
	}
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/admin/login`);
	await page.getByLabel('用户名').fill('admin');
	await page.getByLabel('密码').fill(adminPassword);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL('**/admin/');
	const section = page.getByRole('region', { name: '资源库更新' });
	expect(await section.textContent()).toContain('学校承诺：每月至少新增 5 篇资源');
	expect(await section.textContent()).toContain(`本月已新增 ${publishedThisMonth()} 篇`);
	expect(await section.locator('meter').count()).toBe(0);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});
