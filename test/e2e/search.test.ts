import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
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
	await page.getByRole('status').filter({ hasText: /^没有找到与“量子色动力学”相关的内容。$/ }).waitFor();
	await page.context().close();
});

test('without JavaScript the search page explains itself and offers browsing instead', async () => {
	const page = await phonePage(browser, { javaScriptEnabled: false });
	await page.goto(`${baseUrl()}/search/`);
	expect(await page.getByText('搜索需要开启浏览器的 JavaScript').isVisible()).toBe(true);
	expect(await page.getByRole('link', { name: '按主题或学段浏览资源库' }).getAttribute('href')).toBe('/resources/');
	await page.context().close();
});

test('results come as the parent types, without pressing the button', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/search/`);
	await page.getByLabel('搜索关键词').pressSequentially('课后服务', { delay: 50 });
	await page.getByRole('status').filter({ hasText: /找到 \d+ 条与“课后服务”相关的内容/ }).waitFor();
	await page.locator('.results li').first().waitFor();
	expect(page.url()).toContain(`?q=${encodeURIComponent('课后服务')}`);
	// Clearing the box clears the results.
	await page.getByLabel('搜索关键词').fill('');
	await page.locator('.results li').first().waitFor({ state: 'detached' });
	expect(await page.getByRole('status').textContent()).toBe('');
	await page.context().close();
});

test('every result found can be reached: "显示更多" adds the rest until none are left', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('家长')}`);
	const status = page.getByRole('status');
	await status.filter({ hasText: /^找到 \d+ 条/ }).waitFor();
	const more = page.getByRole('button', { name: /显示更多/ });
	await more.waitFor();
	const found = Number(/找到 (\d+) 条/.exec((await status.textContent())!)![1]);
	expect(found).toBeGreaterThan(20);
	const results = page.locator('.results li');
	expect(await results.count()).toBeLessThan(found);
	expect(await more.textContent()).toBe(`显示更多（还有 ${found - (await results.count())} 条）`);
	expect(await axeViolations(page)).toEqual([]);
	while (await more.isVisible()) {
		const before = await results.count();
		await more.click();
		await results.nth(before).waitFor();
		// The reader lands on the first of the new results.
		expect(await results.nth(before).locator('a').evaluate((a) => a === document.activeElement)).toBe(true);
	}
	expect(await results.count()).toBe(found);
	// Each page is listed once.
	const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(hrefs).size).toBe(found);
	await page.context().close();
});

test('excerpts read as Chinese: a label runs into its value with "：", never with an English full stop', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('生效日期')}`);
	const excerpts = page.locator('.results p');
	await excerpts.first().waitFor();
	const texts = await excerpts.allTextContents();
	expect(texts.join('\n')).toMatch(/生效日期：\d{4}年\d+月\d+日。/);
	for (const text of texts) {
		// Pagefind's own sentence break: a full stop and a space after a Chinese character or digit.
		expect(text).not.toMatch(/[\u4e00-\u9fff\d]\. /);
		expect(text).not.toMatch(/版本\d/);
	}
	await page.context().close();
});
