// Padding: someone who adds made-up answers to a small class until it is published, to subtract them
// again, is held up by a per-address limit on stored responses. On the embedded server a post goes
// through the survey lane and, when refused, on to Astro to show the parent the form again: both must
// count with the same limiter, or the refused post would be stored the second time round.
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHub, type RunningHub } from '../helpers/hub.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongyu-limit-'));
const databaseUrl = `file:${join(dir, 'hub.db')}`;
let hub: RunningHub;
beforeAll(async () => {
	hub = await startHub({ DATABASE_URL: databaseUrl, GONGYU_DEMO: '0', GONGYU_SURVEY_LIMIT: '2', GONGYU_WORKERS: '1' });
}, 120_000);
afterAll(async () => {
	await hub?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const answers = 'q.lecture=grade7-first-term&q.useful=4&q.clarity=5&q.format=online&q.topics=phone';

async function post() {
	const path = `${hub.url}/surveys/lecture-feedback/`;
	const key = /name="_key" value="([^"]+)"/.exec(await (await fetch(path)).text())![1]!;
	const res = await fetch(path, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: hub.url },
		body: `_key=${key}&${answers}`,
	});
	return { status: res.status, html: await res.text() };
}

test('the third response from one address in ten minutes is refused with the form kept, and not stored', async () => {
	expect((await post()).status).toBe(303);
	expect((await post()).status).toBe(303);
	const refused = await post();
	expect(refused.status).toBe(429);
	expect(refused.html).toContain('同一网络提交的答卷太多了，请 10 分钟后再试');
	// The parent's answers are still selected in the form shown again.
	expect(refused.html).toMatch(/value="online"[^>]*checked/);
	const db = createClient({ url: databaseUrl });
	expect((await db.execute('select count(*) as n from responses')).rows[0]!.n).toBe(2);
	db.close();
});
