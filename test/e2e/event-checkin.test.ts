// Events for staff in a real browser, on the shared hub and its demo sign-ups: the admin checks people
// in on a phone and reads the rate against the target, prints the sign-in sheet to A4, and a leader
// sees counts without a single name. The volunteer rota's 21 December slot is this file's own.
import { createClient } from '@libsql/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { addStaff } from '../helpers/cli.ts';
import { adminPassword, baseUrl, databaseUrl } from '../helpers/hub-server.ts';
import { signIn } from '../helpers/sign-in.ts';

const list = '/admin/signups/volunteers-2026-12/';
const checkin = `${list}dec-21-east/checkin`;
const sheet = `${list}dec-21-east/sheet`;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	addStaff(databaseUrl(), 'qian', 'leader', '钱校长', 'leader-password-3');
});
afterAll(() => browser?.close());

async function asAdmin(next: string): Promise<Page> {
	const page = await phonePage(browser);
	await signIn(page, 'admin', adminPassword, next);
	return page;
}

/** Submits one of the page's forms and waits for the page the redirect leads to. */
async function submit(page: Page, button: ReturnType<Page['locator']>): Promise<void> {
	await Promise.all([page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('/checkin')), button.click()]);
	await page.waitForLoadState();
}

/** "已到 N / 应到 M 人" on the check-in page. */
async function tally(page: Page): Promise<[number, number]> {
	const [, came, expected] = /已到 (\d+) \/ 应到 (\d+)/.exec((await page.locator('.tally').textContent())!)!;
	return [Number(came), Number(expected)];
}

test('the admin ticks who came and adds a walk-in on the phone; /admin/events/ then shows the rate against 80 %', async () => {
	const page = await asAdmin(checkin);
	const [, before] = await tally(page);
	expect(before).toBeGreaterThan(0);
	// Everyone confirmed came, and someone who had not signed up.
	while ((await page.getByRole('button', { name: /^到了 / }).count()) > 0) await submit(page, page.getByRole('button', { name: /^到了 / }).first());
	await page.getByLabel('姓名或称呼').fill('临时来帮忙的钱先生');
	await page.getByLabel('孩子所在班级').selectOption({ label: '五（2）班' });
	await submit(page, page.getByRole('button', { name: '补登并签到' }));
	expect(page.url()).toMatch(/#walk-in$/);
	expect(await page.locator('.rows').getByText('临时来帮忙的钱先生').count()).toBe(1);
	const [came, expected] = await tally(page);
	expect([came, expected]).toEqual([before + 1, before + 1]);

	await page.goto(`${baseUrl()}/admin/events/`);
	const slot = page.locator('.slots li', { has: page.locator('a[href$="#slot-dec-21-east"]') });
	expect(await slot.locator('.rate').textContent()).toBe('到会率 100%（目标 80%）✓达到目标');

	// One tick undone: below the target, and the page says so.
	await page.goto(`${baseUrl()}${checkin}`);
	await submit(page, page.getByRole('button', { name: /^撤销 / }).first());
	expect(await tally(page)).toEqual([came - 1, expected]);
	await page.goto(`${baseUrl()}/admin/events/`);
	const percent = Math.floor(((came - 1) * 100) / expected);
	expect(await slot.locator('.rate').textContent()).toBe(`到会率 ${percent}%（目标 80%）${percent >= 80 ? '✓达到目标' : '未达标'}`);
	await page.context().close();
});

test('a number of people above the sign-up is refused with a message and the value kept', async () => {
	const page = await asAdmin('/admin/signups/family-reading-2026-12/dec-19/checkin');
	const row = page.locator('.rows li', { has: page.getByLabel('到场人数') }).first();
	const people = Number(await row.getByLabel('到场人数').getAttribute('max'));
	await row.getByLabel('到场人数').fill(String(people + 1));
	// The browser's own check would stop it first; a phone without it posts the number as typed.
	await row.locator('form').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''));
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), row.getByRole('button').click()]);
	expect(response.status()).toBe(422);
	expect(await page.getByRole('alert').textContent()).toBe(`到场人数请填写 1 到 ${people} 之间的整数`);
	expect(await page.locator('[aria-invalid="true"]').inputValue()).toBe(String(people + 1));
	await page.context().close();
});

test('the sign-in sheet prints to one A4 page with every name confirmed, and without the site around it', async () => {
	const page = await asAdmin(sheet);
	const names = await page.locator('tbody td.name').allTextContents();
	const signedUp = names.filter((n) => n && !n.includes('现场补登'));
	expect(signedUp.length).toBeGreaterThan(0);
	expect(await page.locator('tbody tr').count()).toBe(signedUp.length + 5);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('.site-header').isVisible()).toBe(false);
	for (const name of signedUp) expect(await page.getByRole('cell', { name, exact: true }).isVisible()).toBe(true);
	await page.context().close();
});

test('a leader reads /admin/events/ without any name, and is turned away from the lists', async () => {
	const page = await phonePage(browser);
	await signIn(page, 'qian', 'leader-password-3', '/admin/events/');
	const text = (await page.locator('main').textContent())!;
	const db = createClient({ url: databaseUrl() });
	const names = (await db.execute('select distinct name from signups')).rows.map((r) => String(r.name));
	db.close();
	expect(names.length).toBeGreaterThan(10);
	for (const name of names) expect(text).not.toContain(name);
	expect(await page.locator('a[href^="/admin/signups/"]').count()).toBe(0);
	expect(text).toContain('（目标 80%）');

	// The overview's events card: counts of places, no name either.
	await page.goto(`${baseUrl()}/admin/`);
	const overview = (await page.locator('section[aria-labelledby="events"]').textContent())!;
	expect(overview).toMatch(/\d+ 个活动尚未结束，其中 \d+ 个正在报名/);
	expect(overview).toMatch(/已确认 \d+ \/ \d+ 个名额/);
	for (const name of names) expect(overview).not.toContain(name);

	const response = await page.goto(`${baseUrl()}${list}`);
	expect(response!.status()).toBe(403);
	expect(await page.locator('h1').textContent()).toBe('没有权限');
	await page.context().close();
});

test('axe: /admin/events/', async () => {
	const page = await asAdmin('/admin/events/');
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('axe: an event list', async () => {
	const page = await asAdmin(list);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('axe: the check-in page', async () => {
	const page = await asAdmin('/admin/signups/family-reading-2026-12/dec-19/checkin');
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('axe: the sign-in sheet', async () => {
	const page = await asAdmin(sheet);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});
