// "你说，我们做": a closed survey's results published to parents beside the school's response.
import { createClient } from '@libsql/client';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { startHub } from '../helpers/hub.ts';
import { adminPassword, baseUrl, databaseUrl } from '../helpers/hub-server.ts';
import { signIn } from '../helpers/sign-in.ts';

const published = 'satisfaction-2026-spring';
/** The first admin's password on the hubs this file starts itself. */
const ownAdmin = 'results-admin-password';
const results = (id: string, base = baseUrl()) => `${base}/surveys/${id}/results/`;
const school = parse(readFileSync('content/school.yaml', 'utf8')) as { grades: { id: string; name: string; classes: { name: string }[] }[] };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('the published survey shows the response first, whole-school and grade figures, no free text, no script', async () => {
	const res = await fetch(results(published));
	expect(res.status).toBe(200);
	const html = await res.text();
	expect(html).not.toContain('<script');
	// The school's response, before any figure.
	const heard = html.indexOf('我们听到了');
	expect(heard).toBeGreaterThan(-1);
	expect(html.indexOf('我们将')).toBeGreaterThan(heard);
	expect(html.indexOf('重要通知单独发布')).toBeLessThan(html.indexOf('调查结果'));

	// Figures as published (read after the page, which publishes what is ready): the school's total
	// and each grade's, each at least 5; no class appears at all.
	const db = createClient({ url: databaseUrl() });
	const { rows } = await db.execute({ sql: 'select grade, sum(published) as n from response_totals where survey_id = ? group by grade', args: [published] });
	const byGrade = new Map(rows.map((r) => [String(r.grade), Number(r.n)]));
	const total = [...byGrade.values()].reduce((a, b) => a + b, 0);
	expect(total).toBeGreaterThanOrEqual(5);
	expect(html).toContain(`全校<span class="count"`);
	expect(html).toContain(`${total} 份答卷`);
	const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	let shown = 0;
	for (const grade of school.grades) {
		const n = byGrade.get(grade.id) ?? 0;
		const line = new RegExp(`${grade.name} (\\d+ 份答卷|样本不足)`).exec(text)?.[1];
		expect(line, grade.name).toBeDefined();
		if (line!.endsWith('份答卷')) {
			expect(line).toBe(`${n} 份答卷`);
			expect(n).toBeGreaterThanOrEqual(5);
			shown++;
		}
		for (const klass of grade.classes) expect(html).not.toContain(klass.name);
	}
	expect(shown).toBeGreaterThan(0);
	expect(html).toContain('满意率');

	// Free text the demo parents wrote is nowhere on the page.
	const comments = await db.execute({
		sql: `select distinct a.value from answers a join responses r on r.id = a.response_id where r.survey_id = ? and a.question_id = 'suggestion'`,
		args: [published],
	});
	db.close();
	expect(comments.rows.length).toBeGreaterThan(0);
	for (const row of comments.rows) expect(html).not.toContain(String(row.value));
});

test('the results page passes axe on a phone, with a grade opened', async () => {
	const page = await phonePage(browser);
	await page.goto(results(published));
	await page.locator('details summary').first().click();
	expect(await axeViolations(page)).toEqual([]);
	await page.context().close();
});

test('an open survey and an unknown one answer 404', async () => {
	for (const id of ['satisfaction-2026-autumn', 'no-such-survey']) expect((await fetch(results(id))).status, id).toBe(404);
});

test('the survey list links the published results and the feed announces them', async () => {
	const list = await (await fetch(`${baseUrl()}/surveys/`)).text();
	expect(list).toContain(`href="/surveys/${published}/results/"`);
	expect(list.match(/查看结果和学校的回应/g)).toHaveLength(1);
	const feed = await (await fetch(`${baseUrl()}/rss.xml`)).text();
	expect(feed).toContain(`/surveys/${published}/results/</link>`);
	expect(feed).toContain('【你说，我们做】2025—2026学年第二学期家校合作满意度调查');
	expect(feed).toContain('Thu, 10 Sep 2026');
});

/** A hub of its own whose clock starts at `now`, on a new database (demo data seeded as of then). */
async function hubAt(now: string, check: (url: string) => Promise<void>) {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-results-'));
	const hub = await startHub({ GONGYU_NOW: now, DATABASE_URL: `file:${join(dir, 'gongyu.db')}`, ADMIN_PASSWORD: ownAdmin });
	try {
		await check(hub.url);
	} finally {
		await hub.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The leaders' results page's note on what parents can see. */
async function leadersNote(url: string, survey: string, password = ownAdmin): Promise<string | null> {
	const page = await phonePage(browser);
	await signIn(page, 'admin', password, `/admin/surveys/${survey}`, url);
	const note = page.locator('.publication');
	const text = (await note.count()) ? await note.textContent() : null;
	await page.context().close();
	return text;
}

test('a closed survey without a response file answers 404, and leaders are told how to publish it', async () => {
	await hubAt('2027-02-01T10:00:00+08:00', async (url) => {
		expect((await fetch(results('satisfaction-2026-autumn', url))).status).toBe(404);
		expect((await fetch(results(published, url))).status).toBe(200);
		expect(await leadersNote(url, 'satisfaction-2026-autumn')).toContain('结果尚未向家长公布。请管理员在 content/surveys/satisfaction-2026-autumn.response.md 写下');
	});
});

test('while the survey is still open its response file publishes nothing, and leaders are told when it will', async () => {
	await hubAt('2026-07-01T10:00:00+08:00', async (url) => {
		expect((await fetch(results(published, url))).status).toBe(404);
		expect(await (await fetch(`${url}/surveys/`)).text()).not.toContain('查看结果和学校的回应');
		expect(await (await fetch(`${url}/rss.xml`)).text()).not.toContain('你说，我们做');
		expect(await leadersNote(url, published)).toBe('学校的回应已写好，问卷 2026年7月5日 截止后自动向家长公布结果。');
	});
});

test('on the shared hub, leaders see the published survey linked and nothing on an open one', async () => {
	expect(await leadersNote(baseUrl(), published, adminPassword)).toBe('结果已向家长公布，附学校的回应：查看家长看到的页面');
	expect(await leadersNote(baseUrl(), 'satisfaction-2026-autumn', adminPassword)).toBeNull();
});
