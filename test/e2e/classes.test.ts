// Class lists in a real browser: a class teacher reads the named after-school forms of their own class
// (one filled in through the form first), is turned away from another class and from results, and a
// leader no longer sees children's names next to the anonymous results.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { addStaff } from '../helpers/cli.ts';
import { baseUrl, databaseUrl } from '../helpers/hub-server.ts';
import { signIn as signInAs } from '../helpers/sign-in.ts';

const child = '班级页测试';
const survey = 'after-school-intention';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	addStaff(databaseUrl(), 'class-teacher', 'teacher', '一（1）班 陈老师', 'teacher-password', ['g1-1']);
	addStaff(databaseUrl(), 'class-leader', 'leader', '周校长', 'leader-password');
	addStaff(databaseUrl(), 'class-office', 'organiser', '教务处 孙老师', 'office-password');
	// A family of 一（1）班 fills in the after-school form.
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/surveys/${survey}/`);
	await page.getByLabel('孩子在哪个班？').selectOption('g1-1');
	await page.getByLabel('孩子姓名').fill(child);
	await page.getByLabel('监护人手机号').fill('13700137000');
	await page.getByText('参加', { exact: true }).click();
	await page.getByText('周二', { exact: true }).click();
	await page.getByText('17:00（作业辅导结束后）').click();
	await page.getByText(/我是孩子的监护人/).click();
	await page.getByLabel('需要老师特别留意的情况').fill('由奶奶接送');
	await page.getByRole('button', { name: '提交' }).click();
	await page.waitForURL(`**/surveys/${survey}/thanks/`);
	await page.context().close();
});
afterAll(() => browser?.close());

async function signIn(username: string, password: string, next: string): Promise<Page> {
	const page = await phonePage(browser);
	await signInAs(page, username, password, next);
	return page;
}

test("a class teacher's class page lists the class's after-school forms, with a CSV for Excel", async () => {
	const page = await signIn('class-teacher', 'teacher-password', '/admin/classes/g1-1/');
	expect(await page.locator('h1').textContent()).toBe('一（1）班 · 班级名单');
	const row = page.locator('tr', { hasText: child });
	expect(await row.locator(':is(th, td)').allTextContents()).toEqual([
		child,
		'13700137000',
		'参加',
		'周二',
		'17:00（作业辅导结束后）',
		'',
		'由奶奶接送',
		expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
	]);
	const csv = await page.request.get(`${baseUrl()}/admin/classes/g1-1/${survey}.csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const bytes = await csv.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes.toString('utf8')).toContain(`${child},13700137000,参加,周二`);
	expect(await axeViolations(page), 'class page').toEqual([]);
	await page.context().close();
});

test('a class teacher gets 403 for another class, its CSV and the results; the overview shows only their class', async () => {
	const page = await signIn('class-teacher', 'teacher-password', '/admin/');
	const headings = await page.locator('h2').allTextContents();
	expect(headings).not.toContain('意见箱概况');
	// The resource library's monthly promise is for leaders, not for a class teacher.
	expect(headings).not.toContain('资源库更新');
	expect(await page.getByRole('link', { name: '一（1）班 · 班级名单' }).count()).toBe(1);
	expect(await page.getByRole('link', { name: /正在收集|课后服务/ }).count()).toBe(0);
	for (const path of ['/admin/classes/g1-2/', `/admin/classes/g1-2/${survey}.csv`, `/admin/surveys/${survey}`, '/admin/suggestions/']) {
		const response = await page.goto(`${baseUrl()}${path}`);
		expect(response?.status(), path).toBe(403);
		expect(await page.locator('h1').textContent(), path).toBe('没有权限');
	}
	expect((await page.goto(`${baseUrl()}/admin/classes/g9-9/`))?.status()).toBe(403);
	await page.context().close();
});

test('the office sees every class, grouped by grade; an unknown class is not found (axe: the class list)', async () => {
	const page = await signIn('class-office', 'office-password', '/admin/classes/');
	expect(await page.locator('h2').allTextContents()).toEqual(['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级']);
	expect(await page.getByRole('link', { name: '七（2）班' }).count()).toBe(1);
	expect(await axeViolations(page), 'class list').toEqual([]);
	expect((await page.goto(`${baseUrl()}/admin/classes/g9-9/`))?.status()).toBe(404);
	await page.context().close();
});

test("a leader sees the after-school charts but no child's name, note or phone number, on the page or in exports", async () => {
	const page = await signIn('class-leader', 'leader-password', `/admin/surveys/${survey}`);
	expect(await page.locator('main').textContent()).toContain('实名信息只有教务处和班主任在班级名单中可见');
	await page.goto(`${baseUrl()}/admin/surveys/${survey}/text/child-name`);
	expect(await page.locator('.panel').textContent()).toBe('实名信息只有教务处和班主任在班级名单中可见');
	expect(await page.content()).not.toContain(child);
	for (const file of ['answers.csv', 'summary.csv']) {
		const text = await (await page.request.get(`${baseUrl()}/admin/surveys/${survey}/export/${file}`)).text();
		for (const secret of [child, '13700137000', '由奶奶接送', '孩子姓名', '监护人手机号']) expect(text, `${file}: ${secret}`).not.toContain(secret);
	}
	expect((await page.goto(`${baseUrl()}/admin/classes/g1-1/`))?.status()).toBe(403);
	await page.context().close();
});
