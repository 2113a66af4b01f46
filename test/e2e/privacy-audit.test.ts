// Privacy audit (issue 10): a hub of its own, used the way parents and staff use it, with values the
// audit can search for afterwards; then everything whoever holds the data folder or the server log
// holds (the database file, its WAL and shared memory, every other file, the captured stdout and
// stderr) is searched for what anonymity forbids: client addresses, user agents, referers, cookies,
// codes or passwords in clear, times of day on anonymous rows, and any order that follows the order
// in which the parents submitted.
//
// Order is tested with Kendall's tau between the submission order and each order one can read (a
// table's scan, its rowids, each column, byte offsets within a page). A check fails when its exact
// p-value, the chance that a random order lies at least that far from zero, is below 1e-7 (or when
// the order is exactly monotone). With N = 30 that is |tau| >= 0.69 or so, while a leak reads tau = ±1
// (p = 2/30! ≈ 8e-33). The audit runs a few dozen to a few hundred such checks (the "not vacuous" test
// counts them and keeps the sum below 1e-4), so a hub whose orders are truly random fails it with a
// probability below 1e-4.
import { createClient } from '@libsql/client';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hashCode, normalizeCode } from '../../functions/domain/codes.ts';
import { issueCodes } from '../helpers/cli.ts';
import {
	attribute,
	databasePages,
	dumpDatabase,
	kendall,
	pageOrders,
	pageOwners,
	sqliteRecordInteger,
	sqliteVarint,
	tableOrders,
	timeOfDay,
	valueText,
	walFrames,
	type ByteToken,
	type OrderCheck,
	type Span,
	type TableDump,
} from '../helpers/db-audit.ts';
import { e2eNow, startHub, type RunningHub } from '../helpers/hub.ts';

const surveyId = 'satisfaction-2026-autumn';
/** Submissions in a known order; 30 makes a random order's |tau| above 0.69 a 1e-7 event. */
const N = 30;
const minN = 12;
const alpha = 1e-7;
const adminPassword = 'audit-admin-Pw-7f3k';
const wrongPassword = 'audit-wrong-Pw-q9x2';

/** Letters only, so no value built from it looks like a number or a time. */
const tag = Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => String.fromCharCode(97 + (b % 26))).join('');
const randomHex = () => Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex');

/** How one parent's phone shows up: its own address (bound on the loopback net), WeChat's headers. */
interface Client {
	address: string;
	forwardedFor: string;
	realIp: string;
	userAgent: string;
	referer: string;
	cookie: string;
}
const clientFor = (n: number): Client => ({
	address: `127.77.${Math.floor(n / 200)}.${10 + (n % 200)}`,
	forwardedFor: `203.0.113.${10 + n}`,
	realIp: `198.51.100.${10 + n}`,
	userAgent: `Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.48 AuditUA${tag}x${n}`,
	referer: `https://mp.weixin.qq.com/s/AuditRef${tag}x${n}`,
	cookie: `wxuin=AuditCookie${tag}x${n}; pgv_pvid=AuditCookie${tag}y${n}`,
});
const parents = Array.from({ length: N }, (_, i) => clientFor(i));
const suggester = clientFor(N);
const admin = clientFor(N + 1);
const everyone = [...parents, suggester, admin];

interface Reply {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
}

let hub: RunningHub | undefined;
let dataDir: string;
let databasePath: string;

/** A browser's request from `client` (fetch cannot choose the source address). */
function send(client: Client, method: 'GET' | 'POST', path: string, fields?: [string, string][], cookie?: string): Promise<Reply> {
	const { hostname, port, origin } = new URL(hub!.url);
	const body = fields && new URLSearchParams(fields).toString();
	const headers: Record<string, string> = {
		'user-agent': client.userAgent,
		referer: client.referer,
		cookie: cookie ? `${client.cookie}; ${cookie}` : client.cookie,
		'x-forwarded-for': client.forwardedFor,
		'x-real-ip': client.realIp,
		'accept-language': 'zh-CN,zh;q=0.9',
		...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded', origin }),
	};
	return new Promise((resolve, reject) => {
		const request = http.request({ host: hostname, port, method, path, headers, localAddress: client.address }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
		});
		request.on('error', reject).end(body);
	});
}

const formKey = (html: string) => {
	const key = /name="_key" value="([^"]+)"/.exec(html)?.[1];
	if (!key) throw new Error(`no form key in the page:\n${html.slice(0, 500)}`);
	return key;
};

// What the parents and staff did, in order.
let codes: string[] = [];
/** codes[order[i]] is the code the i-th parent used: families answer in no relation to the printout. */
let order: number[] = [];
const markers = Array.from({ length: N }, () => `家校审计${tag}${randomHex()}`);
const keys: string[] = [];
let receipt = '';
let sessionCookie = '';
let spans: Span[];

/** What was in the data folder while the hub ran, and after it stopped. */
let running = new Map<string, Buffer>();
let stopped = new Map<string, Buffer>();
let log = '';
let tables: TableDump[] = [];
let owners = new Map<string, (number | undefined)[]>();
/** Every order the audit reads: per table (scan, rowid, columns), and per page of the file (byte offsets). */
let tableChecks = new Map<string, OrderCheck[]>();
let pageChecks: OrderCheck[] = [];
let checkpointed = Buffer.alloc(0);

/** 0..n-1 in a uniformly random order (Fisher–Yates). */
function shuffled(n: number): number[] {
	const items = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

/** Every file in the data folder, subfolders included, by its path inside the folder. */
function readFolder(): Map<string, Buffer> {
	const names = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dataDir, name)).isFile());
	return new Map(names.map((name) => [name, readFileSync(join(dataDir, name))]));
}

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'gongyu-audit-'));
	databasePath = join(dataDir, 'gongyu.db');
	const databaseUrl = `file:${databasePath}`;
	const from = Date.now();
	hub = await startHub({ DATABASE_URL: databaseUrl, ADMIN_PASSWORD: adminPassword, GONGYU_DEMO: '0' }, '.', { captureStderr: true });

	// A class teacher prints the family codes (`npm run codes`) while the hub runs.
	codes = issueCodes(databaseUrl, surveyId, N);
	// Families answer in an order that has nothing to do with the printout (kept clear of it, so the
	// printed order of family_codes cannot pass for the submission order or hide it).
	do order = shuffled(N);
	while (Math.abs(kendall('', '', order.map((c, i) => [i, BigInt(c)])).tau) > 0.2);

	for (let i = 0; i < N; i++) {
		const parent = parents[i]!;
		const path = `/surveys/${surveyId}/`;
		const page = await send(parent, 'GET', path);
		const key = formKey(page.text);
		keys.push(key);
		const posted = await send(parent, 'POST', path, [
			['_key', key],
			['_code', codes[order[i]!]!],
			['q.class', 'g3-2'],
			...['communication', 'participation', 'outcomes', 'feedback', 'homework'].map((row): [string, string] => [`q.cooperation.${row}`, '4']),
			['q.overall', '4'],
			['q.recommend', '8'],
			['q.channels', 'class-group'],
			['q.suggestion', markers[i]!],
		]);
		if (posted.status !== 303) throw new Error(`submission ${i} got ${posted.status}:\n${posted.text.slice(0, 2000)}`);
	}

	// A parent files a suggestion, reads the receipt code off the page, and tracks it once.
	const box = await send(suggester, 'GET', '/suggestions/');
	const filed = await send(suggester, 'POST', '/suggestions/', [
		['_key', formKey(box.text)],
		['category', 'canteen'],
		['body', '希望食堂午餐少放一点盐，孩子回家常说菜太咸了。'],
	]);
	receipt = /class="code"[^>]*>\s*([0-9A-Z-]+)\s*</.exec(filed.text)?.[1] ?? '';
	if (filed.status !== 200 || !receipt) throw new Error(`filing a suggestion got ${filed.status}:\n${filed.text.slice(0, 2000)}`);
	const tracked = await send(suggester, 'POST', '/suggestions/track', [['code', receipt]]);
	if (tracked.status !== 200 || !tracked.text.includes('已收到')) throw new Error(`tracking got ${tracked.status}`);

	// The administrator mistypes the password once, then signs in and opens the overview.
	await send(admin, 'GET', '/admin/login');
	const wrong = await send(admin, 'POST', '/admin/login', [['username', 'admin'], ['password', wrongPassword]]);
	if (wrong.status !== 401) throw new Error(`a wrong password got ${wrong.status}`);
	const right = await send(admin, 'POST', '/admin/login', [['username', 'admin'], ['password', adminPassword]]);
	sessionCookie = /gongyu_session=([^;]+)/.exec(String(right.headers['set-cookie'] ?? ''))?.[1] ?? '';
	if (right.status !== 303 || !sessionCookie) throw new Error(`signing in got ${right.status}`);
	const overview = await send(admin, 'GET', '/admin/', undefined, `gongyu_session=${sessionCookie}`);
	if (overview.status !== 200) throw new Error(`the overview got ${overview.status}`);

	// While it runs, the WAL holds the recent pages: what a copy taken now would hold.
	running = readFolder();
	const stopping = hub;
	hub = undefined;
	await stopping.stop('SIGTERM');
	log = stopping.output();
	// Let worker processes that outlive the primary by a moment close their files.
	await new Promise((resolve) => setTimeout(resolve, 1000));
	// Times on the hub's clock (it starts at e2eNow) and on the machine's, in case anything bypasses it.
	spans = [
		{ from, to: Date.now() },
		{ from: Date.parse(e2eNow) - 60_000, to: Date.parse(e2eNow) + (Date.now() - from) + 60_000 },
	];
	stopped = readFolder();
	tables = await dumpDatabase(databaseUrl);
	owners = attribute(tables, submissionTokens());
	tableChecks = new Map(tables.map((t) => [t.name, tableOrders(t, owners.get(t.name)!, minN)]));
	// The file as whoever copies the folder reads it: the WAL's frames copied into it (what a clean
	// shutdown's checkpoint would have done). Frames left in the WAL are the next test's concern.
	const reader = createClient({ url: databaseUrl });
	await reader.execute('pragma wal_checkpoint(TRUNCATE)');
	reader.close();
	checkpointed = readFileSync(databasePath);
	pageChecks = pageOrders(databasePages(checkpointed, await pageOwners(databaseUrl)), byteTokens(), minN);
}, 180_000);

afterAll(async () => {
	await hub?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Strings only one submission's rows hold: its free-text marker, its form key, its code's hash. */
function submissionTokens(): Map<string, number> {
	return new Map(
		Array.from({ length: N }, (_, i) => [
			[markers[i]!, i],
			[keys[i]!, i],
			[hashCode(codes[order[i]!]!), i],
		] as [string, number][]).flat(),
	);
}

/** Where a needle was found, as "needle in source" lines (empty when it is nowhere). */
function findings(needles: readonly { label: string; text: string }[], sources: ReadonlyMap<string, string | Buffer>): string[] {
	const found: string[] = [];
	for (const [source, content] of sources) {
		for (const needle of needles) {
			if (content.includes(needle.text)) found.push(`${needle.label} (${needle.text}) in ${source}`);
		}
	}
	return found;
}

/** The data folder's files while running and after the stop, and every table's rows as text. */
function dataSources(): Map<string, string | Buffer> {
	const sources = new Map<string, string | Buffer>();
	for (const [name, bytes] of running) sources.set(`${name} (while running)`, bytes);
	for (const [name, bytes] of stopped) sources.set(`${name} (after shutdown)`, bytes);
	for (const t of tables) sources.set(`table ${t.name}`, t.rows.map((r) => [r.rowid ?? '', ...r.values.map(valueText)].join('\u0000')).join('\n'));
	return sources;
}

const ipToInteger = (ip: string) => ip.split('.').reduce((n, part) => n * 256n + BigInt(part), 0n);
const ipNeedles = () => everyone.flatMap((c) => [c.address, c.forwardedFor, c.realIp].map((ip) => ({ label: 'client IP', text: ip })));
const headerNeedles = () => [
	...everyone.flatMap((c) => [
		{ label: 'user agent', text: c.userAgent.slice(c.userAgent.lastIndexOf(' ') + 1) },
		{ label: 'referer', text: c.referer.slice(c.referer.lastIndexOf('/') + 1) },
		...c.cookie.split('; ').map((pair) => ({ label: 'cookie value', text: pair.split('=')[1]! })),
	]),
	{ label: 'user agent', text: `AuditUA${tag}` },
	{ label: 'referer', text: `AuditRef${tag}` },
	{ label: 'cookie value', text: `AuditCookie${tag}` },
	{ label: 'staff session cookie', text: sessionCookie },
];
const codeForms = (code: string) => [...new Set([code, normalizeCode(code), code.toLowerCase(), normalizeCode(code).toLowerCase()])];
const codeNeedles = () => [
	...codes.flatMap((code) => codeForms(code).map((text) => ({ label: 'family code', text }))),
	...codeForms(receipt).map((text) => ({ label: 'receipt code', text })),
];
const passwordNeedles = () => [
	{ label: 'admin password', text: adminPassword },
	{ label: 'mistyped password', text: wrongPassword },
];

/** Staff tables may keep times (sessions expire, lockouts end); migrations' bookkeeping is not data. */
const staffOrSystem = /^(staff_|login_|suggestion_events$|__drizzle|sqlite_)/;

const describeCheck = (c: OrderCheck) => `${c.where}, ${c.by}: tau ${c.tau.toFixed(2)} over ${c.n} ${c.by.startsWith('byte') ? 'records' : 'submissions'}, p ${c.p.toExponential(1)}${c.monotone ? ', exactly monotone' : ''}`;
const leaks = (checks: OrderCheck[]) => checks.filter((c) => c.p < alpha || (c.monotone && c.n >= minN)).map(describeCheck);
const ownersOf = (name: string) => new Set((owners.get(name) ?? []).filter((o): o is number => o !== undefined && o >= 0)).size;
const ordersOf = (name: string) => tableChecks.get(name) ?? [];

/** The byte strings each submission's records hold: its tokens, and its random ids as SQLite writes them. */
function byteTokens(): ByteToken[] {
	const tokens: ByteToken[] = [];
	for (const [text, owner] of submissionTokens()) {
		const kind = markers.includes(text) ? 'free-text marker' : keys.includes(text) ? 'form key' : 'code hash';
		tokens.push({ bytes: Buffer.from(text), owner, kind });
	}
	const ids = new Map<bigint, Set<number>>();
	for (const t of tables) {
		t.rows.forEach((row, r) => {
			const owner = owners.get(t.name)![r];
			if (owner === undefined || owner < 0) return;
			for (const v of [row.rowid, ...row.values]) {
				if (typeof v !== 'bigint' || (v < 2n ** 32n && v > -(2n ** 32n))) continue;
				if (!ids.has(v)) ids.set(v, new Set());
				ids.get(v)!.add(owner);
			}
		});
	}
	for (const [id, held] of ids) {
		if (held.size !== 1) continue;
		const owner = [...held][0]!;
		tokens.push({ bytes: sqliteVarint(id), owner, kind: 'id as varint' }, { bytes: sqliteRecordInteger(id), owner, kind: 'id in a record' });
	}
	return tokens;
}

test('no client IP address in the data folder (database, WAL, other files), while running or after shutdown', () => {
	expect(findings(ipNeedles(), dataSources())).toEqual([]);
	// Nor an address stored as a 32-bit number.
	const asIntegers = new Set(everyone.flatMap((c) => [c.address, c.forwardedFor, c.realIp]).map(ipToInteger));
	const stored = tables.flatMap((t) => t.rows.flatMap((r) => r.values.filter((v) => typeof v === 'bigint' && asIntegers.has(v)).map((v) => `${t.name}: ${v}`)));
	expect(stored).toEqual([]);
});

test('no user agent, referer or cookie value in the data folder', () => {
	expect(findings(headerNeedles(), dataSources())).toEqual([]);
});

test('no family code, receipt code or password in clear in the data folder', () => {
	expect(findings([...codeNeedles(), ...passwordNeedles()], dataSources())).toEqual([]);
});

test('no time of day on any anonymous row (responses, answers, keys, codes, suggestions, totals, any new table)', () => {
	const found: string[] = [];
	for (const t of tables.filter((t) => !staffOrSystem.test(t.name))) {
		for (const row of t.rows) {
			for (const [c, v] of [['rowid', row.rowid ?? null] as const, ...row.values.map((v, c) => [t.columns[c]!, v] as const)]) {
				const why = spans.map((span) => timeOfDay(v, span)).find(Boolean);
				if (why) found.push(`${t.name}.${c}: ${why}`);
			}
		}
	}
	expect(found).toEqual([]);
});

test('responses: neither scan order, rowid nor any column follows the submission order', () => {
	expect(ownersOf('responses'), 'responses matched to the submissions').toBe(N);
	expect(leaks(ordersOf('responses'))).toEqual([]);
});

test('answers, grouped by response: neither scan order, rowid nor any column follows the submission order', () => {
	expect(ownersOf('answers'), 'responses whose answers were found').toBe(N);
	expect(leaks(ordersOf('answers'))).toEqual([]);
});

test('family code uses, matched to the printed codes by hash: no order follows the submission order', () => {
	// With no per-use row at all (codes marked used in place, say), whatever holds the used codes is checked.
	const holders = tables.filter((t) => t.rows.some((r) => r.values.some((v) => typeof v === 'string' && codes.some((c) => v.includes(hashCode(c))))));
	expect(holders.length, 'tables holding the code hashes').toBeGreaterThan(0);
	if (tables.some((t) => t.name === 'family_code_uses')) expect(ownersOf('family_code_uses'), 'uses matched to codes').toBe(N);
	expect(leaks(holders.flatMap((t) => ordersOf(t.name)))).toEqual([]);
});

test('submission keys: neither scan order, rowid nor any column follows the submission order', () => {
	expect(ownersOf('submission_keys'), 'keys matched to the submissions').toBe(N);
	expect(leaks(ordersOf('submission_keys'))).toEqual([]);
});

test('every other table with rows of the submissions keeps no submission order', () => {
	const named = /^(responses|answers|family_code_uses|submission_keys)$/;
	const others = tables.filter((t) => !named.test(t.name) && ownersOf(t.name) >= minN);
	expect(leaks(others.flatMap((t) => ordersOf(t.name)))).toEqual([]);
});

test('the database file after shutdown: no page keeps the submissions’ records in submission order by byte offset', () => {
	expect(leaks(pageChecks)).toEqual([]);
});

test('a clean shutdown leaves no WAL frames behind (frames are in commit order)', () => {
	const wal = stopped.get('gongyu.db-wal') ?? Buffer.alloc(0);
	expect(wal.byteLength, `bytes left in gongyu.db-wal after SIGTERM (${walFrames(wal).length} frames)`).toBe(0);
});

test('the server log holds no password, client IP, user agent, referer, cookie or code', () => {
	const sources = new Map([['the hub’s stdout and stderr', log]]);
	expect(findings([...passwordNeedles(), ...ipNeedles(), ...headerNeedles(), ...codeNeedles()], sources)).toEqual([]);
});

test('the audit finds what is there (so the checks above are not vacuous)', () => {
	const raw = (name: string) => stopped.get(name) ?? Buffer.alloc(0);
	const sources = dataSources();
	// The searches find what is stored: the survey id and every free-text answer, in bytes and rows.
	expect(findings([{ label: 'survey id', text: surveyId }], new Map([['gongyu.db', Buffer.concat([raw('gongyu.db'), raw('gongyu.db-wal')])]]))).toHaveLength(1);
	for (const marker of markers) {
		expect(findings([{ label: 'marker', text: marker }], new Map([...sources].filter(([s]) => s === 'table answers' || s.startsWith('gongyu.db')))).length, marker).toBeGreaterThanOrEqual(2);
		expect(findings([{ label: 'marker', text: marker }], new Map([...running].map(([n, b]) => [`${n} (while running)`, b]))).length, `${marker} while running`).toBeGreaterThan(0);
	}
	// The file the byte-offset checks read holds every submission's record.
	for (const marker of markers) expect(checkpointed.includes(marker), marker).toBe(true);
	// Every code's hash is stored, so uses can be matched to the printout.
	const rows = [...sources].filter(([s]) => s.startsWith('table ')).map(([, text]) => text).join('\n');
	for (const code of codes) expect(rows).toContain(hashCode(code));
	// The log was captured (and would show an address: the hub's own).
	expect(log).toContain('共育已启动');
	expect(findings([{ label: 'IP', text: '127.0.0.1' }], new Map([['log', log]]))).toHaveLength(1);
	// The detectors: a time, an instant, a monotone order, a random-looking order.
	const span = spans[1]!;
	expect(timeOfDay('家长会 19:30 开始', span)).toBeDefined();
	expect(timeOfDay(BigInt(span.from + 1000), span)).toBeDefined();
	expect(timeOfDay(Math.floor(span.to / 1000), span)).toBeDefined();
	expect(timeOfDay('2026-12-02', span)).toBeUndefined();
	const rising = kendall('t', 'x', Array.from({ length: N }, (_, i) => [i, BigInt(i)]));
	expect([rising.tau, rising.monotone, rising.p < 1e-30]).toEqual([1, true, true]);
	expect(kendall('t', 'x', order.map((c, i) => [i, BigInt(c)])).p).toBeGreaterThan(alpha);
	// Order checks ran on every table that should have them, and on pages of the file.
	expect(pageChecks.length, 'pages with records of 12+ submissions').toBeGreaterThan(0);
	for (const name of ['responses', 'answers', 'submission_keys']) expect(ordersOf(name).length, name).toBeGreaterThan(2);
	// A random order fails one check with probability < alpha, so all of them with < checks × alpha.
	const checks = [...tableChecks.values()].flat().length + pageChecks.length;
	expect(checks * alpha, `${checks} order checks`).toBeLessThan(1e-4);
});
