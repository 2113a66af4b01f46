import { createClient } from '@libsql/client';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../functions/node/database.ts';
import { insertSuggestion } from '../../functions/db/queries/suggestions.ts';
import { calendarFileSchema } from '../../functions/domain/calendar.ts';
import { shanghaiDay } from '../../functions/domain/shanghai-time.ts';
import { addWorkingDays, workCalendar } from '../../functions/domain/working-days.ts';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { e2eNow } from '../helpers/hub.ts';
import { addStaff } from '../helpers/cli.ts';
import { adminPassword, baseUrl, databaseUrl } from '../helpers/hub-server.ts';
import { signIn as signInAs } from '../helpers/sign-in.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	addStaff(databaseUrl(), 'wang', 'handler', '德育处 王老师', 'handler-password');
	addStaff(databaseUrl(), 'li', 'leader', '李校长', 'leader-password');
});
afterAll(() => browser?.close());

const calendar = workCalendar(
	readdirSync('content/calendar').map((f) => calendarFileSchema.parse(parse(readFileSync(`content/calendar/${f}`, 'utf8')))),
);
const chineseDay = (day: string) => {
	const [y, m, d] = day.split('-').map(Number);
	return `${y}年${m}月${d}日`;
};
const xss = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** Files a suggestion through the real form; returns the receipt code shown. */
async function fileSuggestion(page: Page, body: string, consent: boolean): Promise<string> {
	await page.goto(`${baseUrl()}/suggestions/`);
	await page.getByLabel('食堂').check();
	await page.getByLabel('意见或建议').fill(body);
	if (consent) await page.getByLabel(/同意学校在处理完毕后/).check();
	await page.getByRole('button', { name: '提交意见' }).click();
	await page.getByText('提交成功，请记下回执码').waitFor();
	return (await page.locator('.code').textContent())!.trim();
}

const signIn = (page: Page, username: string, password: string, next = '/admin/suggestions/') => signInAs(page, username, password, next);

async function track(page: Page, code: string) {
	await page.goto(`${baseUrl()}/suggestions/track`);
	await page.getByLabel('回执码').fill(code);
	await page.getByRole('button', { name: '查询' }).click();
	await page.waitForLoadState();
}

test('a parent gets a receipt code and, with it, sees 已收到 and a due date three working days on', async () => {
	const page = await phonePage(browser);
	const code = await fileSuggestion(page, '放学时校门口很拥堵，建议分年级错峰放学。', false);
	expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
	expect(await axeViolations(page), 'receipt page').toEqual([]);
	await track(page, code);
	expect(await page.locator('.status').textContent()).toBe('已收到');
	const due = addWorkingDays(calendar, shanghaiDay(new Date(e2eNow)), 3);
	expect(await page.locator('dd').nth(1).textContent()).toBe(`${chineseDay(due)}（一般问题，3 个工作日内）`);
	expect(await axeViolations(page), 'track result').toEqual([]);

	// The stored row: day only, and the code nowhere in the database.
	const db = createClient({ url: databaseUrl() });
	const { rows } = await db.execute('select * from suggestions');
	expect(Object.keys(rows[0]!)).toEqual(['id', 'category', 'body', 'contact', 'publish_consent', 'receipt_hash', 'day', 'status', 'complexity', 'due_day', 'reply', 'replied_day', 'board_text', 'published_day']);
	const everything = JSON.stringify((await db.execute("select * from suggestions, suggestion_keys")).rows);
	for (const form of [code, code.replace(/-/g, ''), code.toLowerCase()]) expect(everything).not.toContain(form);
	db.close();
	await page.context().close();
});

test('a wrong code gets the same plain answer as any other', async () => {
	const page = await phonePage(browser);
	await track(page, 'AAAA-BBBB-CCCC-DDDD');
	expect(await page.getByRole('alert').textContent()).toContain('没有查到这个回执码对应的意见');
	await page.context().close();
});

describe('staff', () => {
	test('pages without a session go to the sign-in page; wrong passwords are refused, then throttled', async () => {
		const res = await fetch(`${baseUrl()}/admin/suggestions/`, { redirect: 'manual' });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fsuggestions%2F');
		const page = await phonePage(browser);
		await page.goto(`${baseUrl()}/admin/login`);
		expect(await axeViolations(page), 'login').toEqual([]);
		for (let i = 0; i < 5; i++) {
			await page.getByLabel('用户名').fill('nobody');
			await page.getByLabel('密码').fill('guess');
			await page.getByRole('button', { name: '登录' }).click();
			await page.getByRole('alert').waitFor();
		}
		await page.getByLabel('密码').fill('guess');
		await page.getByRole('button', { name: '登录' }).click();
		expect(await page.getByRole('alert').textContent()).toMatch(/尝试次数过多，请 \d+ 分钟后再试/);
		await page.context().close();
	});

	test('ADMIN_PASSWORD signs the admin in; a staff POST without the form token is refused', async () => {
		const page = await phonePage(browser);
		await signIn(page, 'admin', adminPassword, '/admin/');
		expect(await page.locator('h1').textContent()).toBe('工作台');
		const cookie = (await page.context().cookies()).find((c) => c.name === 'gongyu_session')!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
		const res = await fetch(`${baseUrl()}/admin/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: `gongyu_session=${cookie.value}`, origin: baseUrl(), 'content-type': 'application/x-www-form-urlencoded' },
			body: '_csrf=wrong',
		});
		expect(res.status).toBe(403);
		expect(await res.text()).toBe('页面已过期，请刷新后重新操作');
		// Signing out ends the session.
		await page.getByRole('button', { name: '退出登录' }).click();
		await page.waitForURL('**/admin/login');
		expect((await fetch(`${baseUrl()}/admin/`, { redirect: 'manual', headers: { cookie: `gongyu_session=${cookie.value}` } })).status).toBe(303);
		await page.context().close();
	});

	test('a handler triages, replies and publishes; the parent reads the reply and the board shows it only with consent', async () => {
		const parent = await phonePage(browser);
		const consented = await fileSuggestion(parent, `食堂的菜有点咸，希望少放盐。${xss}`, true);
		const notConsented = await fileSuggestion(parent, `校服尺码偏小，希望增加尺码。${xss}`, false);

		const staff = await phonePage(browser);
		let dialogs = 0;
		staff.on('dialog', (d) => (dialogs++, d.dismiss()));
		await signIn(staff, 'wang', 'handler-password');
		expect(await axeViolations(staff), 'queue').toEqual([]);
		// The payload shows as text in the queue.
		await staff.getByText('食堂的菜有点咸', { exact: false }).first().click();
		expect(await staff.locator('.body').textContent()).toContain(xss);
		await staff.getByLabel('复杂问题，5 个工作日内').check();
		await staff.getByRole('button', { name: '保存分类' }).click();
		await staff.getByLabel('答复家长').fill(`已请食堂减盐，下周起执行。${xss}`);
		await staff.getByRole('button', { name: '发送答复' }).click();
		await staff.getByLabel(/公示文字/).fill(`有家长反映食堂菜偏咸。${xss}`);
		await staff.getByRole('button', { name: '公示' }).click();
		await staff.waitForLoadState();
		expect(await staff.locator('h1').textContent()).toContain('已公示');
		const trail = await staff.locator('.trail li').allTextContents();
		expect(trail.map((l) => l.replace(/^.*· /, ''))).toEqual(['分类：复杂问题', '答复', '公示']);
		expect(trail[0]).toContain('德育处 王老师');
		expect(await axeViolations(staff), 'suggestion page').toEqual([]);

		// The one without consent has no publish form.
		await staff.goto(`${baseUrl()}/admin/suggestions/?category=canteen`);
		await staff.goto(`${baseUrl()}/admin/suggestions/`);
		await staff.getByText('校服尺码偏小', { exact: false }).first().click();
		await staff.getByLabel('答复家长').fill('已联系供应商增加尺码。');
		await staff.getByRole('button', { name: '发送答复' }).click();
		await staff.waitForLoadState();
		expect(await staff.getByRole('button', { name: '公示' }).count()).toBe(0);

		await track(parent, consented);
		expect(await parent.locator('.status').textContent()).toBe('已公示');
		// Filed and answered today: not "用时 0 个工作日".
		expect(await parent.locator('dd').nth(2).textContent()).toBe(`${chineseDay(shanghaiDay(new Date(e2eNow)))}（当天答复）`);
		expect(await parent.locator('.result .user-text').textContent()).toBe(`已请食堂减盐，下周起执行。${xss}`);
		await track(parent, notConsented);
		expect(await parent.locator('.status').textContent()).toBe('已答复');

		await parent.goto(`${baseUrl()}/suggestions/board`);
		const board = await parent.locator('main').textContent();
		expect(board).toContain(`有家长反映食堂菜偏咸。${xss}`);
		expect(board).toContain('当天答复');
		expect(board).not.toContain('校服尺码偏小');
		expect(await axeViolations(parent), 'board').toEqual([]);

		// Nothing in any view ran the payload.
		for (const page of [parent, staff]) expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
		expect(dialogs).toBe(0);
		await Promise.all([parent.context().close(), staff.context().close()]);
	});

	test('a due day counted into a year without its calendar file is flagged on the queue and on its page', async () => {
		// As if filed on Tuesday 29 December 2026: three working days on is Friday 1 January 2027, as
		// 2027's 元旦 is not published (test/integration/suggestions.test.ts files one through the handler).
		const { db, close } = await openDatabase(databaseUrl());
		await insertSuggestion(db, 'calendar-2027-test-key', {
			category: 'homework',
			body: '寒假作业量希望提前告知，方便家长安排假期。',
			contact: null,
			publishConsent: false,
			receiptHash: 'calendar-2027-test-hash',
			day: '2026-12-29',
			dueDay: '2027-01-01',
		});
		close();
		const warning = '2027 年放假安排尚未录入，2027 年的答复期限暂按周一至周五计算，可能有误：国务院公布后请在 content/calendar/ 中添加 2027.yaml。';
		const page = await phonePage(browser);
		await signIn(page, 'wang', 'handler-password');
		expect(await page.locator('.calendar-warning').textContent()).toBe(warning);
		expect(await page.locator('.assumed').allTextContents()).toEqual(['期限按周一至周五估算']);
		expect(await page.locator('.rule').textContent()).toBe('答复时限：一般问题 3 个工作日，复杂问题 5 个工作日，从收到的次日算起，节假日不计。');
		expect(await axeViolations(page), 'queue with the calendar warning').toEqual([]);
		await page.getByText('寒假作业量希望提前告知').click();
		await page.waitForURL(/\/admin\/suggestions\/\d+$/);
		expect(await page.locator('dd').nth(1).textContent()).toBe('2027年1月1日（一般问题，3 个工作日内）');
		expect(await page.locator('.calendar-warning').textContent()).toBe(warning);
		expect(await axeViolations(page), 'suggestion page with the calendar warning').toEqual([]);
		// Without the 2027 item, the queue says nothing about calendars.
		await page.goto(`${baseUrl()}/admin/suggestions/?category=canteen`);
		expect(await page.locator('.calendar-warning').count()).toBe(0);
		await page.context().close();
	});

	test('a leader can read suggestions but not act on them', async () => {
		const page = await phonePage(browser);
		await signIn(page, 'li', 'leader-password');
		await page.locator('.excerpt').first().click();
		expect(await page.getByRole('button', { name: '发送答复' }).count()).toBe(0);
		await page.context().close();
	});
});

test('the suggestion form works without JavaScript, and its error summary links to every field in error', async () => {
	const page = await phonePage(browser, { javaScriptEnabled: false });
	await page.goto(`${baseUrl()}/suggestions/`);
	expect(await page.locator('.lead').textContent()).toContain('一般问题 3 个工作日内答复，复杂问题 5 个工作日内答复');
	await page.getByLabel('联系方式（选填）').fill('13800138000');
	await page.getByRole('button', { name: '提交意见' }).click();
	await page.waitForLoadState();
	const summary = page.getByRole('alert');
	expect(await summary.locator('h2').textContent()).toBe('意见没有提交成功');
	const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
	expect(links).toEqual([
		['意见类别 — 请选择意见的类别', '#category-teaching'],
		['意见或建议 — 请至少写 10 个字，把情况说清楚', '#body'],
	]);
	expect(await page.locator('.error').allTextContents()).toEqual(['请选择意见的类别', '请至少写 10 个字，把情况说清楚']);
	// Each link leads to its field; what was typed is kept.
	expect(await page.locator('#category-teaching').getAttribute('aria-describedby')).toBe('category-error');
	expect(await page.locator('#body').getAttribute('aria-describedby')).toBe('body-help body-error');
	expect(await page.getByLabel('联系方式（选填）').inputValue()).toBe('13800138000');
	await page.context().close();
	// Axe runs as a script in the page, so the page is checked with JavaScript on.
	const js = await phonePage(browser);
	await js.goto(`${baseUrl()}/suggestions/`);
	await js.getByRole('button', { name: '提交意见' }).click();
	await js.getByRole('alert').waitFor();
	expect(await axeViolations(js), 'form with errors').toEqual([]);
	await js.context().close();
});

test('the consent to publish is a card like the options above it: a large target that shows focus', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/suggestions/`);
	const card = page.locator('label:has(input[name="publish"])');
	const style = (property: string) => card.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
	expect(await style('border-top-style')).toBe('solid');
	const box = (await card.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(44);
	expect(box.width).toBeGreaterThan(300);
	// From the field above with the keyboard: the whole card is outlined.
	await page.getByLabel('联系方式').focus();
	await page.keyboard.press('Tab');
	expect(await style('outline-style')).toBe('solid');
	await page.keyboard.press('Space');
	expect(await card.locator('input').isChecked()).toBe(true);
	await page.context().close();
});
