// Event sign-ups as a parent does them on a phone with JavaScript off: places fill, the fourth parent
// waits, a cancellation with a manage code promotes them. Uses only the open day's 七（2）班 slot, which
// no other test of this hub signs up for.
//
// The hub runs on the real clock: the demo window (1–29 December 2026) must be open today, so from
// 30 December 2026 this test needs the demo event's dates moved on.
import { createClient } from '@libsql/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { baseUrl, databaseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const event = '/events/open-day-2026-12/';

/** The places line of the 七（2）班 slot on /events/. */
async function places(page: Page): Promise<string> {
	await page.goto(`${baseUrl()}/events/`);
	const slot = page.locator('.slots li', { hasText: '第二节 语文课' });
	return (await slot.locator('.places').textContent())!.trim();
}

async function signUp(page: Page, name: string) {
	await page.goto(baseUrl() + event);
	await page.getByRole('radio', { name: /8:50.*第二节 语文课/ }).check();
	await page.getByLabel('您的姓名或称呼').fill(name);
	await page.getByLabel('孩子所在班级').selectOption({ label: '七（2）班' });
	await page.getByRole('button', { name: '提交报名' }).click();
	await page.locator('.receipt').waitFor();
	return {
		title: (await page.locator('h1').textContent())!,
		status: (await page.getByRole('status').textContent())!.trim(),
		code: (await page.locator('.code').textContent())!.trim(),
	};
}

async function manage(page: Page, code: string) {
	await page.goto(`${baseUrl()}/events/manage/`);
	await page.getByLabel('管理码').fill(code);
	await page.getByRole('button', { name: '查询' }).click();
	await page.locator('.result').waitFor();
	return (await page.locator('.result h2').textContent())!;
}

test('without JavaScript: three confirmed, the fourth waits first in line, a cancellation promotes it', async () => {
	const page = await phonePage(browser, { javaScriptEnabled: false });
	expect(await places(page)).toBe('剩余 3 个（共 3 个）');

	const parents = [];
	for (const name of ['一号家长', '二号家长', '三号家长', '四号家长']) parents.push(await signUp(page, name));
	for (const p of parents.slice(0, 3)) {
		expect(p.title).toBe('报名成功，请记下管理码');
		expect(p.status).toBe('您的名额已经确认，请按时参加。');
	}
	const fourth = parents[3]!;
	expect(fourth.title).toBe('已进入候补，请记下管理码');
	expect(fourth.status).toContain('您排在候补第 1 位');
	for (const p of parents) expect(p.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
	expect(new Set(parents.map((p) => p.code)).size).toBe(4);
	// The receipt links to the slot's calendar file.
	expect(await page.getByRole('link', { name: '加入手机日历' }).getAttribute('href')).toBe(`${event}g7-2-chinese.ics`);
	expect(await places(page)).toBe('已满，可候补（1 人排队）');

	expect(await manage(page, parents[0]!.code)).toBe('报名状态：已确认');
	expect(await page.locator('dd').nth(3).textContent()).toBe('一号家长');
	await page.getByRole('button', { name: '取消报名' }).click();
	await page.locator('h1', { hasText: '报名已取消' }).waitFor();
	expect(await page.locator('.result h2').textContent()).toBe('报名状态：已取消');

	expect(await manage(page, fourth.code.toLowerCase())).toBe('报名状态：已确认');
	expect(await places(page)).toBe('已满，可候补');
	await page.context().close();
});

test('without JavaScript: a form with errors comes back with a 4xx, a message at each field and what was typed', async () => {
	const page = await phonePage(browser, { javaScriptEnabled: false });
	await page.goto(`${baseUrl()}/events/volunteers-2026-12/`);
	await page.getByLabel('您的姓名或称呼').fill('李先生');
	await page.getByLabel('手机号').fill('12345');
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: '提交报名' }).click()]);
	expect(response.status()).toBe(422);
	await page.waitForLoadState();
	const summary = page.getByRole('alert');
	expect(await summary.locator('h2').textContent()).toBe('报名没有成功');
	expect(await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#slot-dec-07-south', '#class', '#phone']);
	expect(await page.locator('.error').allTextContents()).toEqual(['请选择要报名的场次', '请选择孩子所在的班级', '请填写 11 位手机号码，例如 13800138000']);
	expect(await page.getByLabel('您的姓名或称呼').inputValue()).toBe('李先生');
	expect(await page.getByLabel('手机号').inputValue()).toBe('12345');
	await page.context().close();
});

test('a closed event says so and offers no form; an unknown event is a 404', async () => {
	const res = await fetch(`${baseUrl()}/events/open-day-2026-11/`);
	expect(res.status).toBe(200);
	const html = await res.text();
	expect(html).toContain('报名已截止');
	expect(html).not.toContain('<form');
	const missing = await fetch(`${baseUrl()}/events/no-such-event/`);
	expect(missing.status).toBe(404);
	expect(await missing.text()).toContain('页面不存在');
});

test('each slot has a calendar file in Beijing time with its place', async () => {
	const res = await fetch(`${baseUrl()}${event}g7-2-chinese.ics`);
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
	const ics = (await res.text()).replace(/\r\n /g, '');
	expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261231T085000');
	expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20261231T093500');
	expect(ics).toContain('LOCATION:教学楼三楼 七（2）班教室');
	expect(ics).toContain('SUMMARY:十二月家校开放日：走进课堂听一节课');
	expect((await fetch(`${baseUrl()}${event}no-such-slot.ics`)).status).toBe(404);
});

test('a double tap signs up once and shows the same manage code twice', async () => {
	const body = new URLSearchParams({ _key: 'e2e-double-tap-key-000001', slot: 'g8', name: '赵女士', class: 'g8-3', people: '2' }).toString();
	const post = () =>
		fetch(`${baseUrl()}/events/parent-meetings-2026-autumn/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl() }, body });
	const pages = await Promise.all([post(), post()].map(async (r) => (await r).text()));
	const codes = pages.map((html) => /class="code"[^>]*>([^<]+)</.exec(html)?.[1]);
	expect(codes[0]).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
	expect(codes[1]).toBe(codes[0]);
	const db = createClient({ url: databaseUrl() });
	const { rows } = await db.execute("select count(*) as n from signups where form_key = 'e2e-double-tap-key-000001'");
	db.close();
	expect(Number(rows[0]!.n)).toBe(1);
});

// One test per page: axe takes seconds a page on a busy machine.
test.each([
	['the list', '/events/'],
	['an event with its form', '/events/family-reading-2026-12/'],
	['a closed event', '/events/open-day-2026-11/'],
	['the manage page', '/events/manage/'],
])('%s has no accessibility violations (axe)', async (_, path) => {
	const page = await phonePage(browser);
	await page.goto(baseUrl() + path);
	expect(await axeViolations(page), path).toEqual([]);
	await page.context().close();
});

test('the form with errors and a manage look-up that failed have no accessibility violations (axe)', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/events/family-reading-2026-12/`);
	await page.getByRole('button', { name: '提交报名' }).click();
	await page.getByRole('alert').waitFor();
	expect(await axeViolations(page), 'form with errors').toEqual([]);
	await page.goto(`${baseUrl()}/events/manage/`);
	await page.getByLabel('管理码').fill('not a code');
	await page.getByRole('button', { name: '查询' }).click();
	await page.getByRole('alert').waitFor();
	expect(await axeViolations(page), 'manage with an error').toEqual([]);
	await page.context().close();
});

test('the receipt and a found sign-up have no accessibility violations (axe)', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/events/parent-meetings-2026-autumn/`);
	await page.getByRole('radio', { name: /九年级/ }).check();
	await page.getByLabel('您的姓名或称呼').fill('周先生');
	await page.getByLabel('孩子所在班级').selectOption({ label: '九（1）班' });
	await page.getByLabel('参加人数').selectOption('2');
	await page.getByRole('button', { name: '提交报名' }).click();
	await page.locator('.receipt').waitFor();
	expect(await axeViolations(page), 'receipt').toEqual([]);
	const code = (await page.locator('.code').textContent())!.trim();
	expect(await manage(page, code)).toBe('报名状态：已确认');
	expect(await axeViolations(page), 'manage with a sign-up').toEqual([]);
	await page.context().close();
});
