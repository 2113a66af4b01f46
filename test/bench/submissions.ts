// Complete parent submissions per second against the built Node server: each virtual parent GETs the
// survey page and POSTs valid answers; a submission counts only once it is in the database. Beside it,
// a raw durable @libsql/client insert loop on the same disk, in the same run.
import { createClient } from '@libsql/client';
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../helpers/hub.ts';

const surveyId = 'lecture-feedback';
const answers = 'q.lecture=grade7-first-term&q.useful=4&q.clarity=5&q.format=online&q.topics=phone&q.topics=emotions';

async function countResponses(url: string): Promise<number> {
	const client = createClient({ url });
	const { rows } = await client.execute('select count(*) as n from responses');
	client.close();
	return Number(rows[0]!.n);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/**
 * Virtual parents, each on its own connection: GET the form, POST answers with the form's key, again.
 * autocannon drives them: its raw-socket client costs a fraction of fetch's CPU, which matters when
 * the load generator shares the server's two cores.
 */
async function parents(base: string, connections: number, seconds: number) {
	const latencies: number[] = [];
	const form = `/surveys/${surveyId}/`;
	type Parent = { key?: string | undefined };
	const started = performance.now();
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const run = autocannon(
			{
				url: base,
				connections,
				duration: seconds,
				requests: [
					{
						method: 'GET',
						path: form,
						onResponse: (_status, body, context) => {
							(context as Parent).key = /name="_key" value="([^"]+)"/.exec(body)?.[1];
						},
					},
					{
						method: 'POST',
						path: form,
						headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
						setupRequest: (request, context) => ({ ...request, body: `_key=${(context as Parent).key}&${answers}` }),
					},
				],
			},
			(error, done) => (error ? reject(error) : resolve(done)),
		);
		// A stored submission answers 303 (to the thank-you page); the form itself answers 200.
		run.on('response', (_client, status, _bytes, ms) => status === 303 && latencies.push(ms));
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

export async function submissionThroughput(seconds: number) {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-bench-'));
	const url = `file:${join(dir, 'hub.db')}`;
	// The virtual parents all come from 127.0.0.1; the per-address limit is not what is measured.
	const hub = await startHub({ DATABASE_URL: url, GONGYU_DEMO: '0', GONGYU_SURVEY_LIMIT: '0' });
	const rows = [];
	try {
		const raw = await rawInsertLoop(`file:${join(dir, 'raw.db')}`, Math.min(seconds, 10));
		for (const concurrency of [8, 32]) {
			const before = await countResponses(url);
			const run = await parents(hub.url, concurrency, seconds);
			const stored = (await countResponses(url)) - before;
			const perSecond = stored / run.elapsed;
			rows.push({
				clients: concurrency,
				'stored/s': perSecond.toFixed(0),
				'acknowledged': run.latencies.length,
				'in DB': stored,
				failed: run.failed,
				'POST p50 ms': percentile(run.latencies, 0.5).toFixed(1),
				'POST p95 ms': percentile(run.latencies, 0.95).toFixed(1),
				'raw inserts/s': raw.toFixed(0),
				ratio: `${((perSecond / raw) * 100).toFixed(0)} %`,
			});
		}
	} finally {
		await hub.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	return rows;
}
