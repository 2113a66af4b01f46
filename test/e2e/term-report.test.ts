// The term report in a real browser, on a hub of its own (so no other test's suggestion moves a figure
// between the two reads): printed to an A4 PDF by Chromium, its text read back with pdf.js, every
// promise reads exactly as on the public board. Leaders and admins may open it; others may not.
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { addStaff } from '../helpers/cli.ts';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { signIn } from '../helpers/sign-in.ts';

const term = '2026-2027-1';
const report = `/admin/report/${term}/`;
const leader = { username: 'zhao', password: 'leader-password-9' };

let browser: Browser;
let hub: RunningHub;
let dir: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'gongyu-report-'));
	const databaseUrl = `file:${join(dir, 'gongyu.db')}`;
	[browser, hub] = await Promise.all([launchBrowser(), startHub({ DATABASE_URL: databaseUrl, ADMIN_PASSWORD: 'report-admin-password' })]);
	addStaff(databaseUrl, leader.username, 'leader', '赵校长', leader.password);
	addStaff(databaseUrl, 'sun', 'handler', '孙老师', 'handler-password-9');
	// November's suggestions, as the staff queue would have left them (the hub's clock cannot go back to
	// file them): five answered on time, one a day late, so the board has a reply rate to show.
	const db = createClient({ url: databaseUrl });
	const rows: [string, string, string | null][] = [
		['2026-11-23', '2026-11-26', '2026-11-24'],
		['2026-11-23', '2026-11-26', '2026-11-25'],
		['2026-11-23', '2026-11-26', '2026-11-26'],
		['2026-11-24', '2026-11-27', '2026-11-25'],
		['2026-11-24', '2026-11-27', '2026-11-27'],
		['2026-11-24', '2026-11-27', '2026-11-30'],
	];
	for (const [i, [day, due, replied]] of rows.entries())
		await db.execute({
			sql: `insert into suggestions (id, category, body, publish_consent, receipt_hash, day, status, complexity, due_day, reply, replied_day)
				values (?, ?, '希望食堂少放盐。', 0, ?, ?, 'answered', 'general', ?, '已请食堂调整。', ?)`,
			args: [1000 + i, i % 2 ? 'canteen' : 'safety', `report-receipt-${i}`, day, due, replied],
		});
	db.close();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await hub?.stop();
	rmSync(dir, { recursive: true, force: true });
});

async function asLeader(next: string): Promise<Page> {
	const page = await phonePage(browser);
	await signIn(page, leader.username, leader.password, next, hub.url);
	return page;
}

/** Every line of text in a PDF, page by page, as pdf.js reads it. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; sizes: number[][]; text: string }> {
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const sizes: number[][] = [];
	let text = '';
	for (let i = 1; i <= doc.numPages; i++) {
		const page = await doc.getPage(i);
		sizes.push(page.view.slice(2).map(Math.round));
		text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
	}
	return { pages: doc.numPages, sizes, text };
}

/** Spaces and line breaks fall differently in a table cell and on the board's card. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the report printed to A4 by Chromium reads every promise exactly as the public board does', async () => {
	const board = await phonePage(browser);
	await board.goto(`${hub.url}/promises/`);
	const cards = await board.locator('article.promise').evaluateAll((list) =>
		list.map((card) => ({
			title: card.querySelector('h2')!.textContent!,
			figure: card.querySelector('.figure strong')!.textContent!,
			state: card.querySelector('.figure .badge')!.textContent!,
		})),
	);
	await board.context().close();
	expect(cards.length).toBeGreaterThanOrEqual(5);
	// The suggestions above give the reply promise a figure, so the check covers a rate too.
	expect(cards.find((c) => c.title.includes('一般问题'))!.figure).toBe('按时答复 83.3%');

	const page = await asLeader(report);
	const { pages, sizes, text } = await pdfText(await page.pdf({ format: 'A4' }));
	await page.context().close();
	expect(sizes.every(([w, h]) => w === 596 && h === 843)).toBe(true);
	expect(pages).toBeLessThanOrEqual(4);
	const printed = squeeze(text);
	// Each promise's row reads: the promise, its state, its figure — the board's own words.
	for (const card of cards) expect(printed).toContain(squeeze(card.title + card.state + card.figure));
	const count = (state: string) => cards.filter((c) => c.state === state).length;
	expect(printed).toContain(squeeze(`共 ${cards.length} 项承诺：达成 ${count('达成')} 项，未达成 ${count('未达成')} 项，数据不足 ${count('数据不足')} 项。`));
	// The detail behind the promises, and none of the screen's controls.
	for (const heading of ['二、问卷调查', '三、意见箱', '四、家长学校讲座', '五、家庭教育资源']) expect(printed).toContain(heading);
	expect(printed).toContain(squeeze('合计 6 6 0 83.3%'));
	for (const control of ['上一学期', '打印本页', '退出登录']) expect(printed).not.toContain(control);
});

test('the report on a phone passes axe, and only its tables scroll sideways', async () => {
	const page = await asLeader(report);
	expect(await page.locator('h1').textContent()).toBe('家校共育学期报告');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('/admin/report/ opens this term; another term is a link away; nonsense and future terms answer 404', async () => {
	const page = await asLeader('/admin/');
	await page.goto(`${hub.url}/admin/report/`);
	expect(page.url()).toBe(`${hub.url}${report}`);
	await page.getByRole('link', { name: '← 上一学期' }).click();
	await page.waitForURL('**/admin/report/2025-2026-2/');
	expect(await page.locator('.term').textContent()).toContain('2025—2026学年第二学期');
	expect(await page.getByRole('link', { name: '下一学期 →' }).getAttribute('href')).toBe(report);
	for (const path of ['2026-2028-1', '2026-2027-3', 'latest', '2027-2028-1']) {
		const res = await page.goto(`${hub.url}/admin/report/${path}/`);
		expect(res!.status(), path).toBe(404);
	}
	await page.context().close();
});

test('a suggestion handler is turned away from the report', async () => {
	const page = await phonePage(browser);
	await signIn(page, 'sun', 'handler-password-9', '/admin/', hub.url);
	const res = await page.goto(`${hub.url}${report}`);
	expect(res!.status()).toBe(403);
	expect(await page.locator('a[href="/admin/report/"]').count()).toBe(0);
	await page.context().close();
});
