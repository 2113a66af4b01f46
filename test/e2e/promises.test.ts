import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { baseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('the promise board shows each promise with a figure or 暂无数据, a target and a state, with no script', async () => {
	const html = await (await fetch(`${baseUrl()}/promises/`)).text();
	expect(html).not.toMatch(/<script/i);
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/promises/`);
	expect(await page.locator('h1').textContent()).toBe('承诺看板');
	const cards = page.locator('article.promise');
	expect(await cards.count()).toBeGreaterThanOrEqual(5);
	for (const card of await cards.all()) {
		const text = (await card.textContent())!;
		expect(text).toMatch(/\d|暂无数据/);
		expect(text).toContain('目标：');
		expect(text).toMatch(/达成|未达成|数据不足/);
		// Anything without a figure says why instead of showing 0.
		if (text.includes('暂无数据')) expect(await card.locator('.why').count()).toBe(1);
		expect(await card.locator('a[href^="/policies/"]').count()).toBe(1);
	}
	// Before the term's parent meetings are held, attendance has no figure rather than 0 %.
	const attendance = cards.filter({ hasText: '家长会到会率达标' });
	expect(await attendance.textContent()).toContain('本学期还没有召开家长会');
	// The history is an SVG chart with a name, and its values again as a table for screen readers.
	const chart = page.locator('svg[role="img"]').first();
	expect(await chart.getAttribute('aria-label')).toMatch(/历史数据/);
	expect(await page.locator('figure table caption').count()).toBeGreaterThan(0);
	// Readable on a 390 px phone: nothing wider than the screen.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('the home page and the footer link the promise board', async () => {
	const html = await (await fetch(`${baseUrl()}/`)).text();
	expect(html.match(/href="\/promises\/"/g)?.length).toBeGreaterThanOrEqual(2);
});
