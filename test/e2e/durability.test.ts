// "Acknowledged" means stored on disk: parents whose submission was answered with the thank-you page
// must find it in the database after the server is killed (kill -9) in the middle of a rush.
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startHub } from '../helpers/hub.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongyu-kill-'));
const databaseUrl = `file:${join(dir, 'hub.db')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answers = 'q.lecture=grade7-first-term&q.useful=4&q.clarity=5&q.format=online&q.topics=phone';

/** Sixteen parents submitting over and over until the server dies; returns the keys it acknowledged. */
async function rushUntilKilled(base: string, killAfterMs: number, kill: () => Promise<void>): Promise<string[]> {
	const acknowledged: string[] = [];
	let dead = false;
	const parent = async () => {
		while (!dead) {
			try {
				const html = await (await fetch(`${base}/surveys/lecture-feedback/`)).text();
				const key = /name="_key" value="([^"]+)"/.exec(html)![1]!;
				const res = await fetch(`${base}/surveys/lecture-feedback/`, {
					method: 'POST',
					redirect: 'manual',
					headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
					body: `_key=${key}&${answers}`,
				});
				if (res.status === 303) acknowledged.push(key);
			} catch {
				// The server is gone: what was not acknowledged may or may not be stored.
			}
		}
	};
	const parents = Array.from({ length: 16 }, parent);
	await new Promise((resolve) => setTimeout(resolve, killAfterMs));
	await kill();
	dead = true;
	await Promise.all(parents);
	return acknowledged;
}

test('no acknowledged submission is lost across kill -9 cycles', { timeout: 90_000 }, async () => {
	const acknowledged: string[] = [];
	for (const killAfterMs of [700, 1100, 1500]) {
		// Sixteen parents on one address submit far more than the per-address limit allows a real one.
		const hub = await startHub({ DATABASE_URL: databaseUrl, GONGYU_DEMO: '0', GONGYU_SURVEY_LIMIT: '0' });
		acknowledged.push(...(await rushUntilKilled(hub.url, killAfterMs, () => hub.stop('SIGKILL'))));
	}
	expect(acknowledged.length).toBeGreaterThan(100);
	const client = createClient({ url: databaseUrl });
	const stored = new Set((await client.execute('select key from submission_keys')).rows.map((r) => String(r.key)));
	const responses = Number((await client.execute('select count(*) as n from responses')).rows[0]!.n);
	client.close();
	expect(acknowledged.filter((key) => !stored.has(key))).toEqual([]);
	// Every stored key has its response: a submission is stored whole or not at all.
	expect(responses).toBe(stored.size);
});
