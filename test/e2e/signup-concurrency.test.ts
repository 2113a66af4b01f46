// Places are never exceeded, whatever the concurrency: 50 parents press 提交 at the same moment for a
// slot with 4 places, through the Node server's worker processes, each with its own connection to the
// database file. The statement that writes a sign-up decides its place, so exactly 4 are confirmed.
import { createClient } from '@libsql/client';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.ts';

let sandbox: Sandbox;
let databaseUrl: string;
let hub: RunningHub;
beforeAll(async () => {
	// GONGYU_TRUST_PROXY is part of the build stamp: started in the checkout, the hub would rebuild dist/
	// under the shared e2e server, whose pages not yet loaded would then miss their chunks. A sandbox
	// keeps its own build.
	sandbox = makeSandbox();
	databaseUrl = `file:${join(sandbox.root, 'data/hub.db')}`;
	// Behind a trusted proxy each parent has an address of their own, as at home; two workers.
	hub = await startHub({ DATABASE_URL: databaseUrl, GONGYU_DEMO: '0', GONGYU_TRUST_PROXY: '1', GONGYU_WORKERS: '2' }, sandbox.root);
}, 180_000);
afterAll(async () => {
	await hub?.stop();
	sandbox?.remove();
});

const signUp = (i: number) =>
	fetch(`${hub.url}/events/open-day-2026-12/`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: hub.url, 'x-forwarded-for': `10.0.1.${i}` },
		body: new URLSearchParams({ _key: `concurrent-sign-up-${String(i).padStart(4, '0')}`, slot: 'g8-1-math', name: `家长${i}`, class: 'g8-1' }).toString(),
	});

test('50 sign-ups at once for 4 places: 4 confirmed, 46 on the waiting list in positions 1 to 46', async () => {
	const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => signUp(i)));
	expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
	const pages = await Promise.all(responses.map((r) => r.text()));
	expect(pages.filter((html) => html.includes('报名成功'))).toHaveLength(4);

	const db = createClient({ url: databaseUrl });
	const { rows } = await db.execute(
		"select status, count(*) as n, coalesce(sum(people), 0) as people from signups where event_id = 'open-day-2026-12' group by status order by status",
	);
	db.close();
	expect(rows.map((r) => `${r.status}:${r.n}:${r.people}`)).toEqual(['confirmed:4:4', 'waiting:46:46']);
});
