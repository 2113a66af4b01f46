// The edge target end to end: `npm run start:edge` in a sandbox builds the worker, migrates a local
// D1, creates the admin account and demo answers, and serves the worker with wrangler dev (workerd).
// What a parent and a leader do there, and the headers every kind of response carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openLocalD1 } from '../../functions/node/local-d1.ts';
import { launchBrowser, phonePage } from '../helpers/browser.ts';
import { fillSurvey } from '../helpers/fill-survey.ts';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.ts';

let sandbox: Sandbox;
let hub: RunningHub;
let browser: Browser;
// Building the worker and starting workerd twice (the platform proxy, then wrangler dev) takes a
// minute or more on a busy 2-core machine.
beforeAll(async () => {
	sandbox = makeSandbox();
	hub = await startHub({}, sandbox.root, { script: 'functions/cli/start-edge.ts' });
	browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
	await browser?.close();
	await hub?.stop();
	sandbox?.remove();
});

const survey = 'lecture-feedback';
const form = (fields: Record<string, string | string[]>) => {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
	return body.toString();
};
let keys = 0;
/** One parent's answers to the lecture feedback, as the form without JavaScript posts them. */
const answers = () =>
	form({
		_key: `edge-e2e-key-${String(++keys).padStart(8, '0')}`,
		'q.lecture': 'new-first-graders',
		'q.useful': '4',
		'q.clarity': '5',
		'q.format': 'online',
		'q.topics': ['emotions', 'phone'],
		'q.comments': '',
	});
const submit = () =>
	fetch(`${hub.url}/surveys/${survey}/`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: hub.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: answers(),
	});

/** The first admin password, from the file start:edge wrote it to. */
const adminPassword = () => readFileSync(join(sandbox.root, 'data/edge/admin-password.txt'), 'utf8').trim();

const login = (password: string) =>
	fetch(`${hub.url}/admin/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: hub.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: form({ username: 'admin', password }),
	});

let session: Promise<string> | undefined;
/** A signed-in admin's cookie, signing in once for the tests that need one. */
const cookie = () =>
	(session ??= login(adminPassword()).then((res) => {
		const found = /gongyu_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '');
		if (!found) throw new Error(`no session after signing in (${res.status})`);
		return found[0];
	}));
const staffGet = async (path: string) => fetch(hub.url + path, { redirect: 'manual', headers: { cookie: await cookie() } });

/** "共 N 份答卷" on the survey's results page: the published responses. */
async function counted(): Promise<number> {
	const html = await (await staffGet(`/admin/surveys/${survey}`)).text();
	const match = /共 (\d+) 份答卷/.exec(html);
	if (!match) throw new Error('no response count on the results page');
	return Number(match[1]);
}

test('staff sign in with the first admin password from its file', async () => {
	const res = await login(adminPassword());
	expect(res.status).toBe(303);
	expect(res.headers.get('location')).toBe('/admin/');
	expect(res.headers.get('set-cookie')).toMatch(/^gongyu_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
	expect((await login('not-the-password')).status).toBe(401);
});

test('a survey POST is acknowledged with 303 and counted on the results page in steps of five', async () => {
	// The demo answers are published by the first look; new ones wait until five have come.
	const before = await counted();
	expect(before).toBeGreaterThanOrEqual(5);
	const first = await submit();
	expect(first.status).toBe(303);
	expect(first.headers.get('location')).toBe(`/surveys/${survey}/thanks/`);
	expect(await counted()).toBe(before);
	for (let i = 0; i < 4; i++) expect((await submit()).status).toBe(303);
	expect(await counted()).toBe(before + 5);
});

test('30 submissions at once are all acknowledged and all stored', async () => {
	const before = await counted();
	const statuses = await Promise.all(Array.from({ length: 30 }, async () => (await submit()).status));
	expect(statuses).toEqual(Array(30).fill(303));
	expect(await counted()).toBe(before + 30);
});

test('a parent with JavaScript fills a survey in Chromium and reaches the thanks page', async () => {
	const page = await phonePage(browser);
	const blocked: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/.test(message.text())) blocked.push(message.text());
	});
	await page.goto(`${hub.url}/surveys/${survey}/`);
	await fillSurvey(page);
	expect(await page.locator('.survey-progress').textContent()).toMatch(/已答 (\d+) \/ \1 题/);
	await page.getByRole('button', { name: '提交' }).click();
	await page.waitForURL(`**/surveys/${survey}/thanks/`);
	expect(await page.locator('h1').textContent()).toBe('提交成功，谢谢您！');
	expect(blocked).toEqual([]);
	await page.context().close();
});

test('a suggestion gets a receipt code, and the code shows it as received', async () => {
	const page = await phonePage(browser);
	await page.goto(`${hub.url}/suggestions/`);
	await page.getByLabel('食堂').check();
	await page.getByLabel('意见或建议').fill('午餐的汤有时偏凉，希望冬天能保温。');
	await page.getByRole('button', { name: '提交意见' }).click();
	await page.getByText('提交成功，请记下回执码').waitFor();
	const code = (await page.locator('.code').textContent())!.trim();
	expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
	await page.goto(`${hub.url}/suggestions/track`);
	await page.getByLabel('回执码').fill(code);
	await page.getByRole('button', { name: '查询' }).click();
	await page.waitForLoadState();
	expect(await page.locator('.status').textContent()).toBe('已收到');
	await page.context().close();
});

test('the promise board renders on the worker from D1 and the bundled school.yaml, with no script', async () => {
	const res = await fetch(`${hub.url}/promises/`);
	expect(res.status).toBe(200);
	const html = await res.text();
	expect(html).not.toMatch(/<script/i);
	expect(html.match(/<article class="box promise/g)?.length).toBeGreaterThanOrEqual(5);
	expect(html).toContain('本学期还没有召开家长会');
});

test('a parent signs up for an event, sees the places go down and looks the sign-up up with its manage code', async () => {
	const post = (path: string, fields: Record<string, string>) =>
		fetch(hub.url + path, { method: 'POST', headers: { origin: hub.url, 'content-type': 'application/x-www-form-urlencoded' }, body: form(fields) });
	const res = await post('/events/open-day-2026-12/', { _key: 'edge-e2e-signup-key-00000001', slot: 'g9-3-physics', name: '陈女士', class: 'g9-3' });
	expect(res.status).toBe(200);
	const html = await res.text();
	expect(html).toContain('报名成功，请记下管理码');
	const code = /class="code"[^>]*>([^<]+)</.exec(html)![1]!;
	expect(await (await fetch(`${hub.url}/events/`)).text()).toContain('剩余 3 个（共 4 个）');
	expect(await (await post('/events/manage/', { code })).text()).toMatch(/报名状态：<span[^>]*>已确认</);
	const ics = await fetch(`${hub.url}/events/open-day-2026-12/g9-3-physics.ics`);
	expect(await ics.text()).toContain('DTSTART;TZID=Asia/Shanghai:20261231T140000');
});

test('a leader downloads the answers as CSV and as XLSX', async () => {
	const csv = await staffGet(`/admin/surveys/${survey}/export/answers.csv`);
	expect(csv.status).toBe(200);
	expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	const csvBytes = new Uint8Array(await csv.arrayBuffer());
	// The BOM (Excel needs it for Chinese), then the heading and a row per published response.
	expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = new TextDecoder().decode(csvBytes).trim().split('\n');
	expect(lines[0]).toMatch(/^序号,/);
	expect(lines.length).toBe((await counted()) + 1);
	const xlsx = await staffGet(`/admin/surveys/${survey}/export/answers.xlsx`);
	expect(xlsx.status).toBe(200);
	const bytes = new Uint8Array(await xlsx.arrayBuffer());
	// A zip file (PK\3\4) of some size: the workbook.
	expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	expect(bytes.length).toBeGreaterThan(5000);
});

// One of each: a page built ahead of time, a file served as built, a page rendered by the worker.
const kinds = { prerendered: '/resources/', static: '/favicon.svg', 'on demand': '/' };

test.each(Object.entries(kinds))('a %s response carries the security headers (%s)', async (_, path) => {
	const res = await fetch(hub.url + path);
	expect(res.status).toBe(200);
	expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
	expect(res.headers.get('x-frame-options')).toBe('DENY');
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	expect(res.headers.get('referrer-policy')).toBe('no-referrer');
	// Plain http here: HSTS is for https only.
	expect(res.headers.get('strict-transport-security')).toBeNull();
});

test('staff pages are never stored by a browser or a proxy', async () => {
	for (const path of ['/admin/', `/admin/surveys/${survey}`]) {
		const res = await staffGet(path);
		expect(res.status, path).toBe(200);
		expect(res.headers.get('cache-control'), path).toBe('private, no-store');
	}
});

test('a closed survey\'s published results render on the worker from D1; an open survey\'s answer 404', async () => {
	const res = await fetch(`${hub.url}/surveys/satisfaction-2026-spring/results/`);
	expect(res.status).toBe(200);
	const html = await res.text();
	expect(html).toContain('我们听到了');
	expect(html).toMatch(/全校<span class="count"[^>]*>\d+ 份答卷/);
	expect(html).not.toContain('<script');
	expect((await fetch(`${hub.url}/surveys/satisfaction-2026-autumn/results/`)).status).toBe(404);
	expect(await (await fetch(`${hub.url}/rss.xml`)).text()).toContain('/surveys/satisfaction-2026-spring/results/');
});

test('the term report renders on the worker from D1, with the promise board\'s figures', async () => {
	const html = await (await staffGet('/admin/report/2026-2027-1/')).text();
	expect(html).toContain('家校共育学期报告');
	expect(html).toMatch(/共 \d+ 项承诺：达成 \d+ 项/);
	const board = await (await fetch(`${hub.url}/promises/`)).text();
	const lectures = /<strong[^>]*>(\d+ 场)<\/strong>/.exec(board)![1]!;
	expect(html).toMatch(new RegExp(`<td class="wide"[^>]*>${lectures}</td>`));
});

test('the cron trigger runs the nightly purge: sign-in counts not under a lock are forgotten', async () => {
	const failures = async () => {
		const { db, close } = await openLocalD1(sandbox.root);
		try {
			return (await db.get<{ n: number }>(sql`select count(*) as n from login_failures`)).n;
		} finally {
			await close();
		}
	};
	// A wrong password leaves counts behind, with no lock after one try.
	expect((await login('still-not-the-password')).status).toBe(401);
	expect(await failures()).toBeGreaterThan(0);
	// wrangler dev's stand-in for Cloudflare's cron, with wrangler.jsonc's schedule.
	const run = await fetch(`${hub.url}/cdn-cgi/local/scheduled?cron=${encodeURIComponent('0 19 * * *')}`);
	expect(run.status).toBe(200);
	expect(await failures()).toBe(0);
});
