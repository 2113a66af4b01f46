import { createClient } from '@libsql/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issueCodes } from '../helpers/cli.ts';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { fillSurvey } from '../helpers/fill-survey.ts';
import { baseUrl, databaseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const database = () => createClient({ url: databaseUrl() });
async function realResponses(surveyId: string): Promise<number> {
	const client = database();
	const { rows } = await client.execute({ sql: 'select count(*) as n from responses where survey_id = ? and demo = 0', args: [surveyId] });
	client.close();
	return Number(rows[0]!.n);
}

async function submitAndExpectThanks(page: Page, surveyId: string) {
	await page.getByRole('button', { name: '提交' }).click();
	await page.waitForURL(`**/surveys/${surveyId}/thanks/`);
	expect(await page.locator('h1').textContent()).toBe('提交成功，谢谢您！');
}

const openSurveys = ['parent-meeting-needs', 'after-school-intention', 'lecture-feedback'];

describe('with JavaScript, a parent fills and submits', () => {
	test.each(openSurveys)('%s', async (id) => {
		const page = await phonePage(browser);
		const before = await realResponses(id);
		await page.goto(`${baseUrl()}/surveys/${id}/`);
		await fillSurvey(page);
		expect(await page.locator('.survey-progress').textContent()).toMatch(/已答 (\d+) \/ \1 题/);
		await submitAndExpectThanks(page, id);
		expect(await realResponses(id)).toBe(before + 1);
		await page.context().close();
	});

	test('the satisfaction survey, with a family code that then cannot be used again', async () => {
		const id = 'satisfaction-2026-autumn';
		const [code] = issueCodes(databaseUrl(), id, 1);
		const page = await phonePage(browser);
		await page.goto(`${baseUrl()}/surveys/${id}/`);
		await page.getByLabel('问卷码').fill(code!.toLowerCase());
		await fillSurvey(page);
		await submitAndExpectThanks(page, id);
		expect(await realResponses(id)).toBe(1);

		await page.goto(`${baseUrl()}/surveys/${id}/`);
		await page.getByLabel('问卷码').fill(code!);
		await fillSurvey(page);
		await page.getByRole('button', { name: '提交' }).click();
		await expect.poll(() => page.locator('#f-code').getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByText('这个问卷码已经使用过了').first().isVisible()).toBe(true);
		expect(await realResponses(id)).toBe(1);
		await page.context().close();
	});
});

test('inline checks stop an incomplete form before it is sent, with the same messages as the server', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/surveys/parent-meeting-needs/`);
	await page.getByRole('button', { name: '提交' }).click();
	const summary = page.locator('.summary');
	await expect.poll(() => summary.isVisible()).toBe(true);
	expect(await summary.textContent()).toMatch(/有 \d+ 处需要修改/);
	expect(page.url()).toContain('/surveys/parent-meeting-needs/');
	expect(await page.locator('[data-question] .error:not([hidden])').first().textContent()).toMatch(/请/);
	// Answering a question clears its message.
	await fillSurvey(page);
	await expect.poll(() => page.locator('[data-question] .error:not([hidden])').count()).toBe(0);
	await page.context().close();
});

test('a draft survives a reload and is gone after the survey is sent', async () => {
	const page = await phonePage(browser);
	const url = `${baseUrl()}/surveys/lecture-feedback/`;
	await page.goto(url);
	const firstGroup = page.locator('[data-question]').first().locator('label:has(input)');
	await firstGroup.nth(1).click();
	await page.locator('textarea').first().fill('讲得很实用');
	await page.reload();
	expect(await page.getByText('已恢复您上次未提交的填写内容。').isVisible()).toBe(true);
	expect(await firstGroup.nth(1).locator('input').isChecked()).toBe(true);
	expect(await page.locator('textarea').first().inputValue()).toBe('讲得很实用');
	await fillSurvey(page);
	await submitAndExpectThanks(page, 'lecture-feedback');
	await page.goto(url);
	expect(await page.getByText('已恢复').count()).toBe(0);
	expect(await page.locator('textarea').first().inputValue()).toBe('');
	await page.context().close();
});

test('without JavaScript: a plain POST, errors shown at the top and at the field, answers kept', async () => {
	const page = await phonePage(browser, { javaScriptEnabled: false });
	const id = 'parent-meeting-needs';
	const before = await realResponses(id);
	await page.goto(`${baseUrl()}/surveys/${id}/`);
	const questions = page.locator('[data-question]');
	const skipped = (await questions.nth(1).getAttribute('data-question'))!;
	await fillSurvey(page, [skipped]);
	const text = await page.locator('textarea').first().inputValue();
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: '提交' }).click();
	expect((await response).status()).toBe(422);
	await page.waitForLoadState();
	expect(await page.locator('.summary h2').textContent()).toBe('提交没有成功');
	expect(await page.locator('.summary a').first().getAttribute('href')).toBe(`#q-${skipped}`);
	expect(await page.locator(`#q-${skipped} .error`).textContent()).toMatch(/请/);
	expect(await page.locator('textarea').first().inputValue()).toBe(text);
	expect(await page.locator('input:checked').count()).toBeGreaterThan(0);

	await fillSurvey(page);
	await page.getByRole('button', { name: '提交' }).click();
	await page.waitForURL(`**/surveys/${id}/thanks/`);
	expect(await realResponses(id)).toBe(before + 1);
	await page.context().close();
});

describe('the after-school form: a phone number, and weekdays asked only of families taking part', () => {
	const id = 'after-school-intention';
	/** What was stored for the family of this child, by question: on the class list, as it is a named form. */
	async function storedFor(child: string): Promise<Record<string, string[]>> {
		const client = database();
		const { rows } = await client.execute({
			sql: `select answers from named_responses where survey_id = ? and json_extract(answers, '$."child-name"') = ?`,
			args: [id, child],
		});
		client.close();
		const answers = JSON.parse(String(rows[0]?.answers ?? '{}')) as Record<string, string | string[]>;
		return Object.fromEntries(Object.entries(answers).map(([q, v]) => [q, Array.isArray(v) ? v : [v]]));
	}
	async function fillRequired(page: Page, child: string, phone: string) {
		await page.getByLabel('孩子在哪个班？').selectOption({ index: 1 });
		await page.getByLabel('孩子姓名').fill(child);
		await page.getByLabel('监护人手机号').fill(phone);
		await page.getByText('我是孩子的监护人').click();
	}
	const errorOf = (page: Page, question: string) => page.locator(`#q-${question} .error`);

	test('without JavaScript: the server refuses a wrong number and 参加 without weekdays, and drops the weekdays of 不参加', async () => {
		const page = await phonePage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}/surveys/${id}/`);
		const phone = page.getByLabel('监护人手机号');
		expect([await phone.getAttribute('type'), await phone.getAttribute('inputmode'), await phone.getAttribute('autocomplete')]).toEqual(['tel', 'numeric', 'tel']);
		// Every question shows, and the conditional ones say when to answer them.
		expect(await page.locator('#q-days legend').textContent()).toContain('选“参加”时必答');
		expect(await page.locator('#q-interests legend').textContent()).toContain('选“参加”或“还在考虑”时选答');

		await fillRequired(page, '无脚本测试', 'abc');
		await page.getByText('参加', { exact: true }).click();
		const sent = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: '提交' }).click();
		expect((await sent).status()).toBe(422);
		await page.waitForLoadState();
		expect(await errorOf(page, 'guardian-phone').textContent()).toBe('请填写 11 位手机号码，例如 13800138000');
		expect(await errorOf(page, 'days').textContent()).toBe('请回答这一题');
		expect(await page.locator('.summary a').allTextContents()).toEqual([
			'监护人手机号 — 请填写 11 位手机号码，例如 13800138000',
			'每周哪几天参加？ — 请回答这一题',
			'您一般几点来接孩子？ — 请回答这一题',
		]);
		expect(await page.getByLabel('监护人手机号').inputValue()).toBe('abc');
		expect(await page.getByLabel('孩子姓名').inputValue()).toBe('无脚本测试');
		expect(await page.locator('input[name="q.participate"][value="yes"]').isChecked()).toBe(true);

		await page.getByLabel('监护人手机号').fill('12345');
		await Promise.all([page.waitForLoadState(), page.getByRole('button', { name: '提交' }).click()]);
		expect(await errorOf(page, 'guardian-phone').textContent()).toBe('请填写 11 位手机号码，例如 13800138000');

		// 不参加, with the weekdays still ticked from before: stored without them.
		await page.getByLabel('监护人手机号').fill('138 0013 8000');
		await page.getByText('不参加', { exact: true }).click();
		await page.getByText('周一', { exact: true }).click();
		await page.getByText('周三', { exact: true }).click();
		await page.getByRole('button', { name: '提交' }).click();
		await page.waitForURL(`**/surveys/${id}/thanks/`);
		expect(await storedFor('无脚本测试')).toEqual({
			class: [expect.any(String)],
			'child-name': ['无脚本测试'],
			'guardian-phone': ['13800138000'],
			participate: ['no'],
			consent: ['yes'],
		});
		await page.context().close();
	});

	test('with JavaScript: the weekdays appear for 参加, are checked before sending, and are not sent for 不参加', async () => {
		const page = await phonePage(browser);
		await page.goto(`${baseUrl()}/surveys/${id}/`);
		const days = page.locator('#q-days');
		expect(await days.isHidden()).toBe(true);
		const progress = page.locator('.survey-progress p');
		expect(await progress.textContent()).toBe('已答 0 / 6 题');

		await fillRequired(page, '有脚本测试', '139-0013-8000');
		const yes = page.locator('input[name="q.participate"][value="yes"]');
		expect(await yes.getAttribute('aria-controls')).toBe('q-days q-pickup q-interests');
		await page.getByText('参加', { exact: true }).click();
		expect(await days.isVisible()).toBe(true);
		expect(await progress.textContent()).toBe('已答 5 / 9 题');
		let posted = false;
		page.on('request', (r) => void (posted ||= r.method() === 'POST'));
		await page.getByRole('button', { name: '提交' }).click();
		await expect.poll(() => errorOf(page, 'days').textContent()).toBe('请回答这一题');
		expect(await page.locator('.summary a').allTextContents()).toEqual(['每周哪几天参加？ — 请回答这一题', '您一般几点来接孩子？ — 请回答这一题']);
		expect(posted).toBe(false);
		expect(await axeViolations(page), 'after-school form, weekdays shown with an error').toEqual([]);

		// Weekdays chosen, then 不参加 after all: they hide, and are not sent.
		await page.getByText('周二', { exact: true }).click();
		await page.getByText('不参加', { exact: true }).click();
		expect(await days.isHidden()).toBe(true);
		expect(await days.locator('input[value="tue"]').isDisabled()).toBe(true);
		expect(await page.locator('#q-pickup .error').isHidden()).toBe(true);
		const request = page.waitForRequest((r) => r.method() === 'POST');
		await submitAndExpectThanks(page, id);
		expect((await request).postData()).not.toContain('q.days');
		expect(await storedFor('有脚本测试')).toMatchObject({ 'guardian-phone': ['13900138000'], participate: ['no'] });
		expect(await storedFor('有脚本测试')).not.toHaveProperty('days');
		await page.context().close();
	});

	test('the form the server sends back for a wrong number and missing weekdays has no accessibility violations', async () => {
		const page = await phonePage(browser);
		await page.goto(`${baseUrl()}/surveys/${id}/`);
		await page.getByLabel('监护人手机号').fill('abc');
		await page.getByText('参加', { exact: true }).click();
		// form.submit() skips the script's own checks, as a page without JavaScript would.
		await Promise.all([page.waitForURL(`**/${id}/`), page.evaluate(() => document.querySelector('form')!.submit())]);
		await page.locator('#q-days .error:not([hidden])').waitFor();
		expect(await errorOf(page, 'guardian-phone').textContent()).toBe('请填写 11 位手机号码，例如 13800138000');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

test('a multiple-choice question states its limit once', async () => {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/surveys/parent-meeting-needs/`);
	const text = await page.locator('#q-topics').innerText();
	expect(text.match(/最多选/g)).toEqual(['最多选']);
	await page.context().close();
});

describe('over HTTP, as a script would', () => {
	const form = async (id: string) => {
		const html = await (await fetch(`${baseUrl()}/surveys/${id}/`)).text();
		return /name="_key" value="([^"]+)"/.exec(html)![1]!;
	};
	const post = (id: string, body: string, origin = baseUrl()) =>
		fetch(`${baseUrl()}/surveys/${id}/`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
			body,
		});

	test('a form POST stores one response; the same POST again stores nothing new', async () => {
		const id = 'lecture-feedback';
		const key = await form(id);
		const before = await realResponses(id);
		const body = `_key=${key}&q.lecture=grade7-first-term&q.useful=4&q.clarity=5&q.format=online&q.topics=phone`;
		const first = await post(id, body);
		if (first.status !== 303) console.error(await first.text());
		expect(first.status).toBe(303);
		expect(first.headers.get('location')).toBe(`/surveys/${id}/thanks/`);
		expect((await post(id, body)).status).toBe(303);
		expect(await realResponses(id)).toBe(before + 1);
	});

	test('an option that does not exist: 422, a Chinese message, nothing stored', async () => {
		const id = 'lecture-feedback';
		const before = await realResponses(id);
		const res = await post(id, `_key=${await form(id)}&q.lecture=no-such-lecture`);
		expect(res.status).toBe(422);
		expect(await res.text()).toContain('请从给出的选项中选择');
		expect(await realResponses(id)).toBe(before);
	});

	test('a JSON client gets 201 for a stored response and 200 for the same key again', async () => {
		const id = 'lecture-feedback';
		const before = await realResponses(id);
		const body = JSON.stringify({
			idempotencyKey: await form(id),
			answers: { lecture: 'grade7-first-term', useful: 4, clarity: 5, format: 'online', topics: ['phone', 'emotions'] },
		});
		// From another site too: a JSON post cannot come from a plain form, and browsers preflight it.
		const send = () => fetch(`${baseUrl()}/surveys/${id}/`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://app.example' }, body });
		const first = await send();
		expect([first.status, await first.json()]).toEqual([201, { ok: true, duplicate: false }]);
		const again = await send();
		expect([again.status, await again.json()]).toEqual([200, { ok: true, duplicate: true }]);
		expect(await realResponses(id)).toBe(before + 1);
	});

	test('a body over 64 KB gets 413 and the form with a Chinese message, whether its length is declared or not', async () => {
		const id = 'lecture-feedback';
		const before = await realResponses(id);
		const big = `_key=${await form(id)}&q.comments=${'x'.repeat(70 * 1024)}`;
		const declared = await post(id, big);
		expect(declared.status).toBe(413);
		expect(await declared.text()).toContain('提交的内容太长了');
		const streamed = await fetch(`${baseUrl()}/surveys/${id}/`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl() },
			body: new Blob([big]).stream(),
			duplex: 'half',
		} as RequestInit);
		expect(streamed.status).toBe(413);
		expect(await streamed.text()).toContain('<form');
		expect(await realResponses(id)).toBe(before);
	});

	test('a body of another type gets 415', async () => {
		const res = await fetch(`${baseUrl()}/surveys/lecture-feedback/`, { method: 'POST', headers: { 'content-type': 'text/csv', origin: baseUrl() }, body: 'a,b' });
		expect(res.status).toBe(415);
	});

	test('a POST from another site is refused', async () => {
		const res = await post('lecture-feedback', `_key=${await form('lecture-feedback')}`, 'https://evil.example');
		expect(res.status).toBe(403);
	});

	test('every load of a form carries a key of its own, and nothing else differs', async () => {
		// One after another, so all but perhaps the first are copies of a page rendered before.
		const pages: string[] = [];
		for (let i = 0; i < 3; i++) pages.push(await (await fetch(`${baseUrl()}/surveys/lecture-feedback/`)).text());
		const key = (html: string) => /name="_key" value="([^"]+)"/.exec(html)![1]!;
		expect(key(pages[0]!)).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(new Set(pages.map(key)).size).toBe(3);
		expect(new Set(pages.map((page) => page.replace(key(page), ''))).size).toBe(1);
	});

	test('form pages are never cached; a closed survey says so instead of showing a form', async () => {
		const res = await fetch(`${baseUrl()}/surveys/parent-meeting-needs/`);
		expect(res.headers.get('cache-control')).toBe('private, no-store');
		const closed = await (await fetch(`${baseUrl()}/surveys/satisfaction-2026-spring/`)).text();
		expect(closed).toContain('问卷已截止');
		expect(closed).not.toContain('<form');
		expect((await fetch(`${baseUrl()}/surveys/no-such-survey/`)).status).toBe(404);
	});
});

// One test per page: axe takes seconds a page on a busy machine, and a walk through six pages in one
// test once ran past its time limit without a single violation.
test.each(['/surveys/', '/surveys/satisfaction-2026-autumn/', '/surveys/after-school-intention/', '/surveys/satisfaction-2026-spring/', '/surveys/lecture-feedback/thanks/', '/privacy/'])(
	'%s has no accessibility violations',
	async (path) => {
		const page = await phonePage(browser);
		await page.goto(baseUrl() + path);
		expect(await axeViolations(page), path).toEqual([]);
		await page.context().close();
	},
);

test('a form sent back with errors has no accessibility violations', async () => {
	// form.submit() skips the script's own checks, as a page without JavaScript would.
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/surveys/parent-meeting-needs/`);
	await Promise.all([page.waitForURL('**/parent-meeting-needs/'), page.evaluate(() => document.querySelector('form')!.submit())]);
	await page.locator('.summary:not([hidden])').waitFor();
	expect(await axeViolations(page), 'form with errors').toEqual([]);
	await page.context().close();
});

// Runs last in this file, after every submission above.
test('the database holds no IP, user agent or time finer than a day for what parents send', async () => {
	const client = database();
	// The tables that hold what parents send (staff sessions do keep times: they expire by the clock).
	const tables = ['responses', 'answers', 'submission_keys', 'family_codes', 'family_code_uses', 'suggestions', 'suggestion_keys'];
	for (const table of tables) {
		const columns = (await client.execute(`pragma table_info(${table})`)).rows.map((r) => String(r.name));
		for (const column of columns) expect(column, `${table}.${column}`).not.toMatch(/(^|_)(ip|addr|address|agent|ua|user|time|timestamp|created|updated|cookie|session|referer)(_|$)/i);
		const { rows } = await client.execute(`select * from ${table}`);
		for (const row of rows) {
			for (const value of Object.values(row)) {
				const text = String(value);
				expect(text).not.toMatch(/127\.0\.0\.1|Chrome\/|Mozilla|HeadlessChrome/);
				// Dates are days; nothing looks like a time of day.
				expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/);
			}
		}
	}
	const days = (await client.execute('select distinct day from responses')).rows.map((r) => String(r.day));
	for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	client.close();
});
