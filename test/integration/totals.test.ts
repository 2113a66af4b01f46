import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { publishReady } from '../../functions/db/queries/publication.ts';
import { rebuildTotals, totalsMatchResponses } from '../../functions/db/queries/totals.ts';
import { schoolSchema } from '../../functions/domain/school.ts';
import { removeDemo, seedDemo } from '../../functions/surveys/demo.ts';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { duringSurvey, fixtureSurvey, fixtureTarget, formRequest } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => (t = await freshDatabase()));
afterEach(() => t.cleanup());

const surveys = new Map([['fixture', fixtureSurvey]]);
const snapshot = async () => ({
	answers: await t.db.all(sql`select * from answer_totals order by survey_id, question_id, row_id, value, grade, class_id`),
	responses: await t.db.all(sql`select * from response_totals order by survey_id, grade, class_id`),
});

const answerSet = fc.record({
	klass: fc.constantFrom('g1-1', 'g1-2', 'g2-1'),
	channel: fc.constantFrom('wechat', 'phone', 'visit'),
	topics: fc.subarray(['study', 'mood', 'safety'], { minLength: 1, maxLength: 2 }),
	overall: fc.integer({ min: 1, max: 5 }),
	talk: fc.integer({ min: 1, max: 5 }),
	events: fc.integer({ min: 1, max: 5 }),
	recommend: fc.integer({ min: 0, max: 10 }),
	kids: fc.integer({ min: 1, max: 6 }),
	note: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
});
let keys = 0;
const fields = (a: typeof answerSet extends fc.Arbitrary<infer T> ? T : never): [string, string][] => [
	['_key', `totals-key-${String(keys++).padStart(10, '0')}`],
	['q.class', a.klass],
	['q.channel', a.channel],
	...a.topics.map((x): [string, string] => ['q.topics', x]),
	['q.overall', String(a.overall)],
	['q.grid.talk', String(a.talk)],
	['q.grid.events', String(a.events)],
	['q.recommend', String(a.recommend)],
	['q.kids', String(a.kids)],
	...(a.note ? [['q.note', a.note] as [string, string]] : []),
];

test('totals kept in each commit equal totals rebuilt from the raw answers, for any answers sent together', async () => {
	await fc.assert(
		fc.asyncProperty(fc.array(answerSet, { minLength: 1, maxLength: 15 }), async (batch) => {
			// All at once, as a class at a parent meeting would: they share commits, and their
			// increments to the same totals rows are summed before they are written.
			const outcomes = await Promise.all(
				batch.map((a) => submitSurvey(formRequest(fields(a)), fixtureTarget, { db: t.db, now: duringSurvey })),
			);
			expect(outcomes.every((o) => o.ok)).toBe(true);
			// Published counts too: rebuilt from the responses' published mark, they equal what was published.
			await publishReady(t.db, 'fixture');
			const incremental = await snapshot();
			await rebuildTotals(t.db, surveys);
			expect(await snapshot()).toEqual(incremental);
		}),
		{ numRuns: 25 },
	);
	// Free text is listed, never counted; the class picker is the segment.
	expect(await t.db.all(sql`select distinct question_id as q from answer_totals order by q`)).toEqual(
		['channel', 'grid', 'kids', 'overall', 'recommend', 'topics'].map((q) => ({ q })),
	);
});

test('removing demo data recounts the totals: only real answers remain counted', async () => {
	const school = schoolSchema.parse({
		name: '测试学校',
		address: '某省某市某路 1 号',
		hotline: '0512-0000 0000',
		officeHours: '工作日',
		grades: [{ id: 'g1', name: '一年级', band: 'primary-lower', classes: [{ id: 'g1-1', name: '一（1）班', size: 40 }, { id: 'g1-2', name: '一（2）班', size: 40 }] }],
	});
	await seedDemo(t.db, surveys, school, new Date('2026-11-20T04:00:00Z'));
	expect((await t.db.get<{ n: number }>(sql`select sum(count) as n from response_totals`)).n).toBe(300);
	await submitSurvey(formRequest(fields({ klass: 'g1-1', channel: 'phone', topics: ['mood'], overall: 5, talk: 4, events: 4, recommend: 9, kids: 2, note: undefined })), fixtureTarget, { db: t.db, now: duringSurvey });
	await removeDemo(t.db, surveys);
	expect(await t.db.all(sql`select grade, class_id, count from response_totals`)).toEqual([{ grade: 'g1', class_id: 'g1-1', count: 1 }]);
	expect(await t.db.all(sql`select value, count from answer_totals where question_id = 'overall'`)).toEqual([{ value: '5', count: 1 }]);
});

test('a database from before the totals existed is noticed, and a rebuild puts it right', async () => {
	await submitSurvey(formRequest(fields({ klass: 'g1-1', channel: 'phone', topics: ['mood'], overall: 5, talk: 4, events: 4, recommend: 9, kids: 2, note: undefined })), fixtureTarget, { db: t.db, now: duringSurvey });
	expect(await totalsMatchResponses(t.db)).toBe(true);
	await t.db.run(sql`delete from response_totals`);
	expect(await totalsMatchResponses(t.db)).toBe(false);
	await rebuildTotals(t.db, surveys);
	expect(await totalsMatchResponses(t.db)).toBe(true);
});
