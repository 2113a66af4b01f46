import { createClient } from '@libsql/client';
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { answerGroups, classKey, publishable } from '../../functions/domain/suppression.ts';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { addStaff } from '../helpers/cli.ts';
import { baseUrl, databaseUrl } from '../helpers/hub-server.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	addStaff(databaseUrl(), 'zhao', 'leader', '赵副校长', 'leader-password-2');
	addStaff(databaseUrl(), 'sun', 'handler', '孙老师', 'handler-password-2');
});
afterAll(() => browser?.close());

const survey = 'satisfaction-2026-autumn';

async function signedIn(username: string, password: string) {
	const page = await phonePage(browser);
	await page.goto(`${baseUrl()}/admin/login`);
	await page.getByLabel('用户名').fill(username);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL('**/admin/');
	return page;
}

test('results refuse an anonymous visitor and a suggestion handler', async () => {
	const res = await fetch(`${baseUrl()}/admin/surveys/${survey}`, { redirect: 'manual' });
	expect(res.status).toBe(303);
	const page = await signedIn('sun', 'handler-password-2');
	const response = await page.goto(`${baseUrl()}/admin/surveys/${survey}`);
	expect(response!.status()).toBe(403);
	expect(await page.locator('h1').textContent()).toBe('没有权限');
	// The same access table guards the exports: the handler gets the no-permission page, no answers.
	const cookie = (await page.context().cookies()).find((c) => c.name === 'gongyu_session')!.value;
	const raw = await fetch(`${baseUrl()}/admin/surveys/${survey}/export/answers.csv`, { headers: { cookie: `gongyu_session=${cookie}` } });
	expect(raw.status).toBe(403);
	expect(await raw.text()).toContain('没有权限');
	await page.context().close();
});

test('a leader sees each question with its numbers and the share satisfied against the 85 % target', async () => {
	const page = await signedIn('zhao', 'leader-password-2');
	// The overview: open surveys with response counts and rates, the suggestion box at a glance.
	const open = page.locator('#open + ul li').filter({ hasText: '2026—2027学年第一学期家校合作满意度调查' });
	expect(await open.textContent()).toMatch(/已公布 \d+ 份答卷回收率 \d+\.\d%/);
	// Published counts only: none from 1 to 4 anywhere on the overview.
	for (const [, n] of (await page.locator('main').textContent())!.matchAll(/已公布 (\d+) 份/g)) expect(Number(n)).toBeGreaterThanOrEqual(5);
	expect(await page.locator('.stats').textContent()).toMatch(/收到意见\d+已答复\d+按时答复率/);
	expect(await axeViolations(page), 'overview').toEqual([]);
	await open.getByRole('link').click();
	await page.waitForURL(`**/admin/surveys/${survey}`);
	expect(await page.getByText(/共 \d+ 份答卷/).textContent()).toMatch(/共 (\d{3}) 份答卷/);
	expect(await page.getByText(/满意率（4—5 分）：\d+\.\d%（目标 85\.0%/).count()).toBeGreaterThan(0);
	expect(await page.locator('table').count()).toBeGreaterThanOrEqual(4);
	// Every chart has drawn something: its canvas is no longer blank.
	const canvases = page.locator('survey-chart canvas');
	expect(await canvases.count()).toBeGreaterThanOrEqual(4);
	const inked = await canvases.evaluateAll((list) =>
		list.map((c) => {
			const canvas = c as HTMLCanvasElement;
			const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			return pixels.some((v, i) => i % 4 === 3 && v > 0);
		}),
	);
	expect(inked.every(Boolean)).toBe(true);
	// The series' trend: last term against this one, one small chart per aspect with its values
	// written at the points and the target marked, and the table with every figure.
	const trend = page.locator('section:has(#trend)');
	const aspects = await trend.locator('tbody th').count();
	expect(aspects).toBeGreaterThanOrEqual(5);
	expect(await trend.locator('figure svg[role="img"]').count()).toBe(aspects);
	expect(await trend.locator('figure').first().locator('figcaption').textContent()).toBe('沟通效果');
	const firstRow = await trend.locator('tbody tr').first().locator('td').allTextContents();
	expect(await trend.locator('figure').first().locator('text.value').allTextContents()).toEqual(firstRow);
	expect(await trend.locator('figure text.target-tick').first().textContent()).toBe('85%');
	// Not 0–100 %: the shared range sits around the figures and the target.
	expect(Number((await trend.locator('figure').first().locator('text.tick').first().textContent())!.replace('%', ''))).toBeGreaterThanOrEqual(50);
	expect(await trend.locator('thead th').allTextContents()).toEqual(['方面', '2025—2026学年第二学期', '2026—2027学年第一学期']);
	expect(firstRow[0]).toMatch(/^\d+\.\d%$/);
	// Filters: a grade from the form narrows the figures; the other term is a link away.
	const whole = Number(/共 (\d+) 份答卷/.exec((await page.getByText(/共 \d+ 份答卷/).textContent())!)![1]);
	await page.getByLabel('年级').selectOption({ label: '三年级' });
	await page.getByRole('button', { name: '查看' }).click();
	await page.waitForURL(/grade=g3/);
	expect(await page.locator('.scope').textContent()).toBe('范围：三年级');
	const grade = Number(/共 (\d+) 份答卷/.exec((await page.getByText(/共 \d+ 份答卷/).textContent())!)![1]);
	expect(grade).toBeGreaterThan(0);
	expect(grade).toBeLessThan(whole);
	await page.getByRole('link', { name: '2025—2026学年第二学期' }).click();
	await page.waitForURL(/satisfaction-2026-spring\?grade=g3/);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('a class with fewer than 5 responses shows no figures and offers no export; one under 10 offers no raw export', async () => {
	const db = createClient({ url: databaseUrl() });
	const { rows } = await db.execute({ sql: 'select class_id from response_totals where survey_id = ? and count < 5 limit 1', args: [survey] });
	db.close();
	const small = String(rows[0]!.class_id);
	const page = await signedIn('zhao', 'leader-password-2');
	await page.goto(`${baseUrl()}/admin/surveys/${survey}?class=${small}`);
	expect(await page.getByText('样本不足', { exact: false }).first().isVisible()).toBe(true);
	expect(await page.locator('table').count()).toBe(0);
	expect(await page.locator('main').textContent()).not.toMatch(/\d+\.\d%|共 \d+ 份答卷/);
	// No export link that could only download "样本不足": the reason instead.
	expect(await page.locator('a[href*="/export/"]').count()).toBe(0);
	expect(await page.locator('.exports').textContent()).toBe('导出：样本不足，不提供导出。');
	expect(await axeViolations(page)).toEqual([]);

	// A class whose figures are shown but whose rows are too few to list: summary exports only, and why.
	const again = createClient({ url: databaseUrl() });
	const all = await again.execute({ sql: 'select grade, class_id, published from response_totals where survey_id = ?', args: [survey] });
	again.close();
	const counts = all.rows.map((r) => ({ grade: String(r.grade), classId: String(r.class_id), count: Number(r.published) }));
	const [shown, listed] = [publishable(counts), answerGroups(counts)];
	const few = counts.find((c) => shown.classes.has(classKey(c.grade, c.classId)) && !listed.classes.has(classKey(c.grade, c.classId)))!;
	await page.goto(`${baseUrl()}/admin/surveys/${survey}?class=${few.classId}`);
	expect(await page.getByText(/共 \d+ 份答卷/).count()).toBe(1);
	expect(await page.locator('.exports a').allTextContents()).toEqual(['汇总 CSV', '汇总 Excel']);
	expect(await page.locator('.exports').textContent()).toContain('原始答卷：这一范围的答卷少于 10 份（或可被推算出），不提供导出。');
	await page.context().close();
});

test('with script, the class list follows the grade at once, and 打印本页 prints; headings line up with the figures', async () => {
	const page = await signedIn('zhao', 'leader-password-2');
	await page.goto(`${baseUrl()}/admin/surveys/${survey}`);
	const edges = await page.locator('.data-table').first().evaluate((table) => {
		const right = (cell: Element) => {
			const range = document.createRange();
			range.selectNodeContents(cell);
			return Math.round(range.getBoundingClientRect().right);
		};
		return [right(table.querySelector('thead th:last-child')!), right(table.querySelector('tbody td:last-child')!)];
	});
	expect(edges[0]).toBe(edges[1]);
	const offered = () =>
		page.locator('#class option').evaluateAll((list) =>
			list.filter((o) => !(o.parentElement instanceof HTMLOptGroupElement && (o.parentElement.disabled || o.parentElement.hidden))).map((o) => o.textContent),
		);
	expect(await offered()).toHaveLength(34);
	// The hint for the form without script is not needed here.
	expect(await page.getByText('选好年级并点“查看”后').isVisible()).toBe(false);
	await page.getByLabel('年级').selectOption({ label: '三年级' });
	expect(await offered()).toEqual(['全部班级', '三（1）班', '三（2）班', '三（3）班']);
	await page.getByLabel('班级').selectOption({ label: '三（2）班' });
	await page.getByLabel('年级').selectOption({ label: '五年级' });
	expect(await page.getByLabel('班级').inputValue()).toBe('');
	await page.getByRole('button', { name: '查看' }).click();
	await page.waitForURL(/grade=g5/);
	expect(await page.locator('.scope').textContent()).toBe('范围：五年级');
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', '');
	});
	await page.getByRole('button', { name: '打印本页' }).click();
	expect(await page.locator('body[data-printed]').count()).toBe(1);
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('without script, a chosen grade lists only its classes and the page says how; no print button that would do nothing', async () => {
	const signed = await signedIn('zhao', 'leader-password-2');
	const plain = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: false, storageState: await signed.context().storageState() });
	await signed.context().close();
	const page = await plain.newPage();
	await page.goto(`${baseUrl()}/admin/surveys/${survey}?grade=g3`);
	expect(await page.getByText('选好年级并点“查看”后，“班级”里只列出该年级的班级。').isVisible()).toBe(true);
	expect(await page.locator('#class optgroup:not([disabled])').evaluateAll((list) => list.map((g) => g.getAttribute('label')))).toEqual(['三年级']);
	expect(await page.getByRole('button', { name: '打印本页' }).count()).toBe(0);
	// Switching the grade sends the class picked before with it: the new grade is shown.
	await page.goto(`${baseUrl()}/admin/surveys/${survey}?class=g3-2`);
	await page.getByLabel('年级').selectOption({ label: '五年级' });
	await page.getByRole('button', { name: '查看' }).click();
	await page.waitForURL(/grade=g5/);
	expect(await page.locator('.scope').textContent()).toBe('范围：五年级');
	await plain.close();
});

test('free-text answers: paged and searchable for the school, withheld for a group under 10', async () => {
	const page = await signedIn('zhao', 'leader-password-2');
	await page.goto(`${baseUrl()}/admin/surveys/${survey}`);
	await page.getByRole('link', { name: '查看文字意见' }).click();
	const total = Number(/共 (\d+) 条/.exec((await page.getByText(/共 \d+ 条/).textContent())!)![1]);
	expect(total).toBeGreaterThan(20);
	expect(await page.locator('.texts li').count()).toBe(20);
	await page.getByRole('link', { name: '下一页' }).click();
	expect(await page.getByText(/第 2 \/ \d+ 页/).count()).toBe(1);
	await page.getByLabel('搜索文字意见').fill('家长会');
	await page.getByRole('button', { name: '搜索' }).click();
	const found = await page.locator('.texts li').allTextContents();
	expect(found.length).toBeGreaterThan(0);
	for (const text of found) expect(text).toContain('家长会');
	expect(await axeViolations(page)).toEqual([]);

	const db = createClient({ url: databaseUrl() });
	const { rows } = await db.execute({ sql: 'select class_id from response_totals where survey_id = ? and count < 10 limit 1', args: [survey] });
	db.close();
	await page.goto(`${baseUrl()}/admin/surveys/${survey}/text/suggestion?class=${String(rows[0]!.class_id)}`);
	expect(await page.getByText('不显示文字意见').isVisible()).toBe(true);
	expect(await page.locator('.texts li').count()).toBe(0);
	await page.context().close();
});

test("CSV and XLSX download from the page and carry the page's numbers; a small class exports none", async () => {
	const page = await signedIn('zhao', 'leader-password-2');
	await page.goto(`${baseUrl()}/admin/surveys/${survey}`);
	const total = /共 (\d+) 份答卷/.exec((await page.getByText(/共 \d+ 份答卷/).textContent())!)![1];
	const download = async (name: string) => {
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
		return readFileSync((await file.path())!);
	};
	const csv = await download('汇总 CSV');
	expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(csv.toString('utf8')).toContain(`答卷总数,,${total},`);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await download('汇总 Excel')).buffer as ArrayBuffer);
	expect(workbook.worksheets[0]!.name).toBe('汇总');
	expect(workbook.worksheets[0]!.getRow(2).getCell(3).value).toBe(Number(total));
	const raw = (await download('原始答卷 CSV')).toString('utf8').trim().split('\n');
	expect(raw).toHaveLength(Number(total) + 1);

	const db = createClient({ url: databaseUrl() });
	const { rows } = await db.execute({ sql: 'select class_id from response_totals where survey_id = ? and count < 5 limit 1', args: [survey] });
	db.close();
	const cookie = (await page.context().cookies()).find((c) => c.name === 'gongyu_session')!.value;
	const small = await (await fetch(`${baseUrl()}/admin/surveys/${survey}/export/summary.csv?class=${String(rows[0]!.class_id)}`, { headers: { cookie: `gongyu_session=${cookie}` } })).text();
	expect(small).toContain('样本不足');
	expect(small.replace('5 份', '')).not.toMatch(/\d/);
	// Exports refuse anonymous visitors like every results URL.
	expect((await fetch(`${baseUrl()}/admin/surveys/${survey}/export/answers.csv`, { redirect: 'manual' })).status).toBe(303);
	await page.context().close();
});

test('the whole-school raw export of every demo survey names no grade or class with fewer than 10 rows', async () => {
	const page = await signedIn('zhao', 'leader-password-2');
	const cookie = (await page.context().cookies()).find((c) => c.name === 'gongyu_session')!.value;
	await page.context().close();
	const school = parse(readFileSync('content/school.yaml', 'utf8')) as { grades: { name: string; classes: { name: string }[] }[] };
	const groups = new Set(school.grades.flatMap((g) => [g.name, ...g.classes.map((c) => c.name)]));
	for (const file of readdirSync('content/surveys').filter((f) => f.endsWith('.yaml'))) {
		const id = file.replace(/\.yaml$/, '');
		const res = await fetch(`${baseUrl()}/admin/surveys/${id}/export/answers.xlsx`, { headers: { cookie: `gongyu_session=${cookie}` } });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await res.arrayBuffer());
		const rows = (workbook.worksheets[0]!.getSheetValues().slice(2) as unknown[][]).filter(Boolean);
		// How many rows name each grade or class, in any column (segment columns and grade/class answers).
		const named = new Map<string, number>();
		for (const row of rows) for (const name of new Set(row.filter((cell) => groups.has(String(cell))).map(String))) named.set(name, (named.get(name) ?? 0) + 1);
		for (const [name, n] of named) expect(n, `${id}: ${name}`).toBeGreaterThanOrEqual(10);
		// Months, not days.
		expect(rows.every((row) => /^\d{4}-\d{2}$/.test(String(row[2])) || row.length <= 2), id).toBe(true);
	}
});
