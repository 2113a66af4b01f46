import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { baseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const entries = [
	['首页', '/'],
	['资源库', '/resources/'],
	['家长学校', '/lectures/'],
	['家校制度', '/policies/'],
	['填写问卷', '/surveys/'],
	['意见箱', '/suggestions/'],
	['活动报名', '/events/'],
	['搜索', '/search/'],
] as const;

test('on a 360 px phone without JavaScript every menu entry is on screen, works, and marks its section', async () => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseUrl()}/`);
	const nav = page.getByRole('navigation', { name: '主导航' });
	expect(await nav.getByRole('link').allTextContents()).toEqual(entries.map(([label]) => label));
	for (const [label, href] of entries) {
		const link = nav.getByRole('link', { name: label, exact: true });
		expect(await link.getAttribute('href')).toBe(href);
		// Wholly inside the screen, and the top element at its centre: a tap lands on it.
		const box = (await link.boundingBox())!;
		expect(box.x, label).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, label).toBeLessThanOrEqual(360);
		const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.textContent, [box.x + box.width / 2, box.y + box.height / 2]);
		expect(hit, label).toBe(label);
	}
	// Nothing sideways to scroll to.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);

	for (const [label, href] of entries) {
		await nav.getByRole('link', { name: label, exact: true }).click();
		await page.waitForURL(`${baseUrl()}${href}`);
		// Only the section the reader is in is marked, and it looks different from the others.
		expect(await nav.locator('[aria-current="page"]').allTextContents(), label).toEqual([label]);
		const [current, other] = await Promise.all(
			[nav.locator('[aria-current="page"]'), nav.locator('a:not([aria-current])').first()].map((l) => l.evaluate((a) => getComputedStyle(a).backgroundColor)),
		);
		expect(current, label).not.toBe(other);
	}
	await context.close();
});

test('the two-row header passes axe at 360 px', async () => {
	// axe runs as a script in the page, so this one needs JavaScript.
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto(`${baseUrl()}/surveys/`);
	expect(await axeViolations(page)).toEqual([]);
	await context.close();
});
