import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { baseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

test('on a 360 px phone the "已结束" mark of a past lecture sits on its title\'s first line', async () => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto(`${baseUrl()}/lectures/`);
	const titles = page.locator('.lecture.past .title');
	expect(await titles.count()).toBeGreaterThan(0);
	for (const title of await titles.all()) {
		const name = await title.locator('a').textContent();
		const mark = (await title.getByText('已结束').boundingBox())!;
		const link = (await title.locator('a').boundingBox())!;
		const lineHeight = await title.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
		// The mark's middle is within the title's first line, and it stays inside the card.
		expect(mark.y + mark.height / 2, name!).toBeLessThan(link.y + lineHeight);
		expect(mark.y + mark.height / 2, name!).toBeGreaterThan(link.y);
		expect(mark.x + mark.width, name!).toBeLessThanOrEqual(360);
	}
	expect(await axeViolations(page)).toEqual([]);
	await context.close();
});
