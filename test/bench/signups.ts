// Event sign-ups per second against the built Node server: each virtual parent GETs an event page and
// POSTs a sign-up with the page's key; a sign-up counts once it is in the database. Places are decided
// inside the writing statement (functions/db/queries/signups.ts), so every sign-up contends for the
// same slot: the first 400 people are confirmed, the rest join the waiting list.
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../helpers/hub.ts';
import { parents, percentile, type BenchForm } from './submissions.ts';

let parent = 0;
const meeting: BenchForm = {
	path: '/events/parent-meetings-2026-autumn/',
	body: (key) => new URLSearchParams({ _key: key, slot: 'g7', name: `家长${++parent}`, class: 'g7-1', people: '1' }).toString(),
	// Behind the trusted proxy each sign-up comes from its own address: the per-address limit (30 per 10
	// minutes) is what stops a script, and is not what is measured.
	headers: () => ({ 'x-forwarded-for': `10.${(parent >> 16) & 255}.${(parent >> 8) & 255}.${parent & 255}` }),
	stored: 200,
};

async function countSignups(url: string): Promise<number> {
	const client = createClient({ url });
	const { rows } = await client.execute('select count(*) as n from signups');
	client.close();
	return Number(rows[0]!.n);
}

export async function signupThroughput(seconds: number) {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-bench-'));
	const url = `file:${join(dir, 'hub.db')}`;
	const hub = await startHub({ DATABASE_URL: url, GONGYU_DEMO: '0', GONGYU_TRUST_PROXY: '1' });
	const rows = [];
	try {
		for (const clients of [8, 32]) {
			const before = await countSignups(url);
			const run = await parents(hub.url, clients, seconds, meeting);
			const stored = (await countSignups(url)) - before;
			rows.push({
				runtime: 'Node, SQLite file',
				clients,
				'sign-ups/s': (stored / run.elapsed).toFixed(0),
				acknowledged: run.latencies.length,
				'in DB': stored,
				failed: run.failed,
				'POST p50 ms': percentile(run.latencies, 0.5).toFixed(1),
				'POST p95 ms': percentile(run.latencies, 0.95).toFixed(1),
			});
		}
	} finally {
		await hub.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	return rows;
}
