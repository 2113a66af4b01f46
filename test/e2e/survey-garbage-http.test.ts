// Garbage through the real server, where the survey lane reads bodies itself before Astro sees them:
// every answer a 2xx, a 303 or a 4xx, never a 5xx, a dropped connection or part of a response stored.
import { createClient } from '@libsql/client';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { baseUrl, databaseUrl } from '../helpers/hub-server.ts';

const id = 'lecture-feedback';
const valid: [string, string][] = [
	['q.lecture', 'grade7-first-term'],
	['q.useful', '4'],
	['q.clarity', '5'],
	['q.format', 'online'],
	['q.topics', 'phone'],
];
const names = ['_key', '_code', 'q.lecture', 'q.useful', 'q.topics', 'q.comments', 'q.', 'q.lecture.x', ''];
const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '0', '6', 'NaN', 'phone', '\u0000', '😀'.repeat(300)));
const form = fc
	.tuple(fc.subarray(valid), fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string()), value), { maxLength: 6 }), fc.boolean())
	.map(([kept, extra, keyed]) => {
		const key = keyed ? crypto.randomUUID() : undefined;
		return {
			type: 'application/x-www-form-urlencoded',
			body: new URLSearchParams([...(key ? [['_key', key]] : []), ...kept, ...extra]).toString(),
			key,
		};
	});
const raw = fc
	.tuple(fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'application/json; charset=utf-8', 'text/plain'), fc.uint8Array({ maxLength: 3000 }))
	.map(([type, bytes]) => ({ type, body: new Blob([bytes]) }));
const json = fc.jsonValue({ maxDepth: 3 }).map((v) => ({ type: 'application/json', body: JSON.stringify(v) ?? 'null' }));

async function count(sql: string, args: string[] = []): Promise<number> {
	const client = createClient({ url: databaseUrl() });
	const { rows } = await client.execute({ sql, args });
	client.close();
	return Number(rows[0]!.n);
}

test('300 generated bodies posted to a survey: never a 5xx, never part of a response', async () => {
	// Other test files post to the same hub meanwhile, so what was stored is told by these keys.
	const accepted: string[] = [];
	const refused: string[] = [];
	await fc.assert(
		fc.asyncProperty(fc.oneof({ arbitrary: form, weight: 4 }, raw, json), async ({ type, body, key }: { type: string; body: string | Blob; key?: string | undefined }) => {
			const res = await fetch(`${baseUrl()}/surveys/${id}/`, { method: 'POST', redirect: 'manual', headers: { 'content-type': type, origin: baseUrl() }, body });
			await res.arrayBuffer();
			expect(res.status).toBeLessThan(500);
			if (key) (res.status === 303 ? accepted : refused).push(key);
		}),
		{ numRuns: 300 },
	);
	// And bodies that are right, which must be stored among the rest.
	for (let i = 0; i < 3; i++) {
		const key = crypto.randomUUID();
		const res = await fetch(`${baseUrl()}/surveys/${id}/`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl() }, body: new URLSearchParams([['_key', key], ...valid]).toString() });
		expect(res.status).toBe(303);
		accepted.push(key);
	}
	const stored = (keys: string[]) => count(`select count(*) as n from submission_keys where key in (${keys.map(() => '?').join(',') || "''"})`, keys);
	expect(refused.length).toBeGreaterThan(50);
	expect(await stored(accepted)).toBe(accepted.length);
	expect(await stored(refused)).toBe(0);
	expect(await count('select count(*) as n from answers where response_id not in (select id from responses)')).toBe(0);
	expect(await count('select count(*) as n from responses where id not in (select response_id from answers)')).toBe(0);
});
