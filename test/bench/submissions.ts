// Complete parent submissions per second against the built Node server and against the edge worker
// under wrangler dev on a local D1: each virtual parent GETs the survey page and POSTs valid answers;
// a submission counts only once it is in the database. Beside them, a raw durable @libsql/client
// insert loop on the same disk, in the same run.
import { createClient } from '@libsql/client';
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openLocalD1 } from '../../functions/node/local-d1.ts';
import { startHub } from '../helpers/hub.ts';
import { makeSandbox } from '../helpers/sandbox.ts';

const surveyId = 'lecture-feedback';
const answers = 'q.lecture=grade7-first-term&q.useful=4&q.clarity=5&q.format=online&q.topics=phone&q.topics=emotions';

/** A form a virtual parent fills in: its page, and the body it POSTs with the page's `_key`. */
export interface BenchForm {
	path: string;
	body(key: string): string;
	/** Extra headers per POST, e.g. a different client address each time. */
	headers?(): Record<string, string>;
	/** The status of a stored submission. */
	stored: number;
}

// A stored answer redirects to the thank-you page.
const surveyForm: BenchForm = { path: `/surveys/${surveyId}/`, body: (key) => `_key=${key}&${answers}`, stored: 303 };

async function countEdgeResponses(root: string): Promise<number> {
	const d1 = await openLocalD1(root);
	try {
		return (await d1.db.get<{ n: number }>(sql`select count(*) as n from responses`)).n;
	} finally {
		await d1.close();
	}
}

async function countResponses(url: string): Promise<number> {
	const client = createClient({ url });
	const { rows } = await client.execute('select count(*) as n from responses');
	client.close();
	return Number(rows[0]!.n);
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/**
 * Virtual parents, each on its own connection: GET the form, POST answers with the form's key, again.
 * autocannon drives them: its raw-socket client costs a fraction of fetch's CPU, which matters when
 * the load generator shares the server's two cores.
 */
export async function parents(base: string, connections: number, seconds: number, form: BenchForm = surveyForm) {
	const latencies: number[] = [];
	type Parent = { key?: string | undefined; posted?: number };
	const started = performance.now();
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		autocannon(
			{
				url: base,
				connections,
				duration: seconds,
				requests: [
					{
						method: 'GET',
						path: form.path,
						onResponse: (_status, body, context) => {
							(context as Parent).key = /name="_key" value="([^"]+)"/.exec(body)?.[1];
						},
					},
					{
						method: 'POST',
						path: form.path,
						headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
						setupRequest: (request, context) => {
							(context as Parent).posted = performance.now();
							return { ...request, headers: { ...request.headers, ...form.headers?.() }, body: form.body((context as Parent).key ?? '') };
						},
						onResponse: (status, _body, context) => {
							if (status === form.stored) latencies.push(performance.now() - (context as Parent).posted!);
						},
					},
				],
			},
			(error, done) => (error ? reject(error) : resolve(done)),
		);
	});
	const unexpected = Object.entries(result.statusCodeStats ?? {}).filter(([status]) => status !== '200' && status !== '303');
	return {
		elapsed: (performance.now() - started) / 1000,
		latencies: latencies.sort((a, b) => a - b),
		failed: result.errors + unexpected.reduce((n, [, { count }]) => n + (count ?? 0), 0),
	};
}

/** One row per durable commit (WAL, synchronous=FULL): the disk's ceiling for one-by-one writes. */
async function rawInsertLoop(url: string, seconds: number): Promise<number> {
	const client = createClient({ url });
	await client.execute('PRAGMA journal_mode=WAL');
	await client.execute('create table raw (id integer primary key, survey text, day text, value text)');
	let n = 0;
	const end = performance.now() + seconds * 1000;
	const started = performance.now();
	while (performance.now() < end) {
		await client.execute({ sql: 'insert into raw (survey, day, value) values (?, ?, ?)', args: [surveyId, '2026-11-23', 'x'] });
		n++;
	}
	const rate = n / ((performance.now() - started) / 1000);
	client.close();
	return rate;
}

/** One row of the table: `count` reads how many responses the database holds. */
async function measure(runtime: string, base: string, concurrency: number, seconds: number, count: () => Promise<number>, raw: number) {
	const before = await count();
	const run = await parents(base, concurrency, seconds);
	const stored = (await count()) - before;
	const perSecond = stored / run.elapsed;
	return {
		runtime,
		clients: concurrency,
		'stored/s': perSecond.toFixed(0),
		acknowledged: run.latencies.length,
		'in DB': stored,
		failed: run.failed,
		'POST p50 ms': percentile(run.latencies, 0.5).toFixed(1),
		'POST p95 ms': percentile(run.latencies, 0.95).toFixed(1),
		'raw inserts/s': raw.toFixed(0),
		ratio: `${((perSecond / raw) * 100).toFixed(0)} %`,
	};
}

const adminPassword = 'bench-admin-password-2026';

/**
 * One staff sign-in after another: the password check (scrypt, N = 32768) is nearly all of it, so the
 * time is the CPU a sign-in costs (Workers plans limit CPU per request). Median of 7, after a first.
 */
async function signIn(runtime: string, base: string) {
	const times: number[] = [];
	for (let i = 0; i < 8; i++) {
		const started = performance.now();
		const res = await fetch(`${base}/admin/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username: 'admin', password: adminPassword }).toString(),
		});
		if (res.status !== 303) throw new Error(`sign-in on ${runtime} answered ${res.status}`);
		if (i > 0) times.push(performance.now() - started);
	}
	return { runtime, 'sign-in ms (median of 7)': percentile(times.sort((a, b) => a - b), 0.5).toFixed(0) };
}

export async function submissionThroughput(seconds: number) {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-bench-'));
	const url = `file:${join(dir, 'hub.db')}`;
	// The virtual parents all come from 127.0.0.1; the per-address limit is not what is measured.
	const hub = await startHub({ DATABASE_URL: url, GONGYU_DEMO: '0', GONGYU_SURVEY_LIMIT: '0', ADMIN_PASSWORD: adminPassword });
	const rows = [];
	const signIns = [];
	try {
		const raw = await rawInsertLoop(`file:${join(dir, 'raw.db')}`, Math.min(seconds, 10));
		for (const concurrency of [8, 32]) rows.push(await measure('Node, SQLite file', hub.url, concurrency, seconds, () => countResponses(url), raw));
		signIns.push(await signIn('Node', hub.url));
	} finally {
		await hub.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	// The edge worker in a copy of the project: wrangler dev runs one workerd, which stores each
	// response in its own D1 batch (no group commit across requests on Workers).
	const sandbox = makeSandbox();
	const edge = await startHub({ GONGYU_DEMO: '0', GONGYU_SURVEY_LIMIT: '0', ADMIN_PASSWORD: adminPassword }, sandbox.root, { script: 'functions/cli/start-edge.ts' });
	try {
		const raw = Number(rows[0]!['raw inserts/s']);
		for (const concurrency of [8, 32]) rows.push(await measure('edge, wrangler dev + local D1', edge.url, concurrency, seconds, () => countEdgeResponses(sandbox.root), raw));
		signIns.push(await signIn('edge (workerd)', edge.url));
	} finally {
		await edge.stop();
		sandbox.remove();
	}
	return { rows, signIns };
}
