import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { schoolSchema } from '../../functions/domain/school.ts';
import { surveySchema } from '../../functions/domain/survey.ts';
import { insertResponse } from '../../functions/db/queries/responses.ts';
import { hasAnyResponse, removeDemo, seedDemo } from '../../functions/surveys/demo.ts';
import { purgeExpired } from '../../functions/surveys/retention.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { fixtureSurvey } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => (t = await freshDatabase()));
afterEach(() => t.cleanup());

const count = async (query: ReturnType<typeof sql>) => (await t.db.get<{ n: number }>(query)).n;

test('the file is in WAL mode, checkpointed every 10 000 pages, and every connection commits with synchronous=FULL', async () => {
	expect(await t.db.get(sql`PRAGMA journal_mode`)).toEqual({ journal_mode: 'wal' });
	expect(await t.db.get(sql`PRAGMA wal_autocheckpoint`)).toEqual({ wal_autocheckpoint: 10000 });
	// A batch borrows a pooled connection of its own: check the setting there too.
	const [, inBatch] = await t.db.batch([t.db.run(sql`select 1`), t.db.all(sql`PRAGMA synchronous`)]);
	expect(inBatch).toEqual([{ synchronous: 2 }]);
	expect(await t.db.get(sql`PRAGMA synchronous`)).toEqual({ synchronous: 2 });
});

const school = schoolSchema.parse({
	name: '测试学校',
	address: '某省某市某路 1 号',
	hotline: '0512-0000 0000',
	officeHours: '工作日',
	grades: [
		{ id: 'g1', name: '一年级', band: 'primary-lower', classes: [{ id: 'g1-1', name: '一（1）班', size: 40 }, { id: 'g1-2', name: '一（2）班', size: 40 }, { id: 'g1-3', name: '一（3）班', size: 40 }] },
	],
});

test('demo data: seeded through the same checks, marked, and removed by one call', async () => {
	const now = new Date('2026-11-20T04:00:00Z');
	const written = await seedDemo(t.db, new Map([['fixture', fixtureSurvey]]), school, now);
	expect(written).toBe(300);
	expect(await hasAnyResponse(t.db)).toBe(true);
	expect(await count(sql`select count(*) as n from responses where demo = 1 and day between '2026-11-01' and '2026-11-20'`)).toBe(300);
	// A parent's real answer survives the removal.
	await insertResponse(t.db, { surveyId: 'fixture', surveyVersion: 'v', day: '2026-11-20', segments: { grade: null, classId: null }, answers: [{ questionId: 'overall', rowId: '', value: '5', num: 5 }], counted: ['overall'], key: 'real-key-0000000000' });
	expect(await removeDemo(t.db, new Map([['fixture', fixtureSurvey]]))).toBe(300);
	expect(await count(sql`select count(*) as n from responses`)).toBe(1);
	expect(await count(sql`select count(*) as n from answers`)).toBe(1);
});

test('retention: old submission keys, answers past three years and named forms past their keep-until day go', async () => {
	const named = surveySchema.parse({ ...fixtureSurvey, anonymous: false, dataNote: '班级和姓名', keepUntil: '2026-12-31' });
	const store = (surveyId: string, day: string, key: string) =>
		insertResponse(t.db, { surveyId, surveyVersion: 'v', day, segments: { grade: null, classId: null }, answers: [], counted: [], key });
	await store('fixture', '2023-11-01', 'key-old-000000000000');
	await store('fixture', '2026-11-19', 'key-recent-0000000000');
	await store('named', '2026-11-19', 'key-named-00000000000');
	const surveys = new Map([['fixture', fixtureSurvey], ['named', named]]);

	await purgeExpired(t.db, surveys, new Date('2026-11-20T04:00:00Z'));
	expect(await count(sql`select count(*) as n from responses`)).toBe(2);
	expect(await count(sql`select count(*) as n from submission_keys`)).toBe(2);

	await purgeExpired(t.db, surveys, new Date('2027-01-01T04:00:00Z'));
	expect(await t.db.all(sql`select survey_id as s from responses`)).toEqual([{ s: 'fixture' }]);
	expect(await count(sql`select count(*) as n from submission_keys`)).toBe(0);
});
