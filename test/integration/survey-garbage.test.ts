// Throws generated garbage at the submission handler: it must answer every body with a 2xx or a 4xx,
// never throw (a 500), and never leave part of a response behind.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { duringSurvey, fixtureTarget, formRequest, jsonRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeAll(async () => (t = await freshDatabase()));
afterAll(() => t.cleanup());

const names = ['_key', '_code', 'q.class', 'q.channel', 'q.topics', 'q.overall', 'q.grid.talk', 'q.grid.events', 'q.recommend', 'q.kids', 'q.note', 'q.grid', 'q.', 'q.hack', ''];
const nasty = fc.oneof(
	fc.string(),
	fc.constantFrom('', ' ', '0', '-1', '5', '11', '1e3', 'NaN', 'Infinity', 'g1-2', 'phone', 'study', '<script>', '\u0000', '😀'.repeat(60), 'null'),
	fc.string({ unit: 'grapheme', maxLength: 300 }),
);
/** Valid fields with some replaced, dropped, repeated or added. */
const mutatedForm = fc
	.tuple(
		fc.subarray(validFields(), { minLength: 0 }),
		fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string()), nasty), { maxLength: 8 }),
	)
	.map(([kept, extra]) => formRequest([...kept, ...extra]));
const randomJson = fc.jsonValue().map((v) => jsonRequest(v));
const jsonAnswers = fc
	.dictionary(fc.constantFrom('class', 'channel', 'topics', 'overall', 'grid', 'recommend', 'kids', 'note', 'zzz'), fc.jsonValue())
	.map((answers) => jsonRequest({ idempotencyKey: 'p'.repeat(20), answers }));
const rawBytes = fc
	.tuple(fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain', '', 'multipart/form-data'), fc.uint8Array({ maxLength: 2000 }))
	.map(([type, body]) => new Request('http://hub.test/', { method: 'POST', headers: type ? { 'content-type': type } : {}, body }));

test('2 000 generated bad bodies: always a 4xx or an accepted response, never a partial write', async () => {
	let accepted = 0;
	await fc.assert(
		fc.asyncProperty(fc.oneof(mutatedForm, randomJson, jsonAnswers, rawBytes), async (request) => {
			const outcome = await submitSurvey(request, fixtureTarget, { db: t.db, now: duringSurvey });
			if (outcome.ok) {
				if (!outcome.duplicate) accepted++;
			} else {
				expect(outcome.status).toBeGreaterThanOrEqual(400);
				expect(outcome.status).toBeLessThan(500);
				expect(Object.values(outcome.errors).every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
			}
		}),
		{ numRuns: 2000 },
	);
	const responses = (await t.db.get<{ n: number }>(sql`select count(*) as n from responses`)).n;
	const orphans = (await t.db.get<{ n: number }>(sql`select count(*) as n from answers where response_id not in (select id from responses)`)).n;
	const empty = (await t.db.get<{ n: number }>(sql`select count(*) as n from responses where id not in (select response_id from answers)`)).n;
	expect(responses).toBe(accepted);
	expect(orphans).toBe(0);
	expect(empty).toBe(0);
});
