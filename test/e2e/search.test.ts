import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, phonePage } from '../helpers/browser.ts';
import { baseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

test('search finds a Chinese word across resources, lectures and policies', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/search/`);
	await page.getByLabel('搜索关键词').fill('作业');
	await page.getByRole('button', { name: '搜索' }).click();
	const results = page.locator('.results li');
	await results.first().waitFor();
	expect(await page.getByRole('status').textContent()).toMatch(/找到 \d+ 条与“作业”相关的内容/);
	// Matches are highlighted inside the excerpts.
	expect(await page.locator('.results mark').allTextContents()).toContain('作业');
	expect(await page.getByText('搜索需要开启浏览器的 JavaScript').count()).toBe(0);
	const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.some((h) => h?.startsWith('/resources/'))).toBe(true);
	expect(hrefs.some((h) => h?.startsWith('/policies/'))).toBe(true);
	// The query lands in the address, so a shared link repeats the search.
	expect(page.url()).toContain('?q=%E4%BD%9C%E4%B8%9A');
	await page.context().close();
});

test('a search that matches nothing says so in Chinese', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('量子色动力学')}`);
	await expect.poll(() => page.getByRole('status').textContent()).toBe('没有找到与“量子色动力学”相关的内容。');
	await page.context().close();
});

test('without JavaScript the search page explains itself and offers browsing instead', async () => {
	const page = await phonePage(browser, { javaScriptEnabled: false });
	await page.goto(`${baseUrl()}/search/`);
	expect(await page.getByText('搜索需要开启浏览器的 JavaScript').isVisible()).toBe(true);
	expect(await page.getByRole('link', { name: '按主题或学段浏览资源库' }).getAttribute('href')).toBe('/resources/');
	await page.context().close();
});
