// The database on every driver: what its tables keep, what demo data and retention delete, and the
// statements' size limit. What only a SQLite file has is in database-file.test.ts.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { countedQuestionIds } from '../../functions/domain/answers.ts';
import { schoolSchema } from '../../functions/domain/school.ts';
import { surveySchema } from '../../functions/domain/survey.ts';
import { insertFamilyCodes, insertResponse } from '../../functions/db/queries/responses.ts';
import { rebuildTotals, totalsMatchResponses } from '../../functions/db/queries/totals.ts';
import { hasAnyResponse, removeDemo, seedDemo } from '../../functions/surveys/demo.ts';
import { purgeExpired } from '../../functions/surveys/retention.ts';
import { freshDatabase, perResponseTables, type TestDatabase } from '../helpers/db.ts';
import { fixtureSurvey } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => (t = await freshDatabase()));
afterEach(() => t.cleanup());

const count = async (query: ReturnType<typeof sql>) => (await t.db.get<{ n: number }>(query)).n;
/** Why the database refused a query: the driver's own message. */
const refusal = (query: Promise<unknown>) => query.then(() => 'accepted', (error: { cause?: unknown }) => String(error.cause ?? error));

test('no table of anonymous rows keeps insertion order: WITHOUT ROWID, or a random id as the rowid', async () => {
	for (const table of perResponseTables) expect(await refusal(t.db.run(sql.raw(`select rowid from ${table}`))), table).toMatch(/no such column: rowid/);
	// responses and suggestions use their random id as the rowid.
	for (const table of ['responses', 'suggestions']) {
		const { sql: ddl } = await t.db.get<{ sql: string }>(sql`select sql from sqlite_master where name = ${table}`);
		expect(ddl).toMatch(/`id` integer PRIMARY KEY NOT NULL/);
	}
	// Uses of family codes read back in hash order, whatever order the families submitted in.
	const hashes = Array.from({ length: 20 }, (_, i) => `${(i * 7919) % 97}`.padStart(4, '0') + '-code');
	await t.db.run(sql`insert into family_codes (hash, survey_id, day) select value, 'fixture', '2026-11-20' from json_each(${JSON.stringify(hashes)})`);
	for (const [i, hash] of hashes.entries())
		await insertResponse(t.db, { surveyId: 'fixture', surveyVersion: 'v', day: '2026-11-20', segments: { grade: null, classId: null }, answers: [], counted: [], key: `order-key-${String(i).padStart(10, '0')}`, codeHash: hash });
	expect((await t.db.all<{ hash: string }>(sql`select hash from family_code_uses`)).map((r) => r.hash)).toEqual([...hashes].sort());
});

test('no statement binds more than D1 allows: a response to 120 counted questions and 1 000 family codes store whole', async () => {
	// D1 refuses a statement binding over 100 values; SQLite files take thousands.
	expect(await refusal(t.db.all(sql`select ${sql.join(Array.from({ length: 101 }, (_, i) => sql`${i}`), sql`, `)}`))).toMatch(
		t.driver === 'd1' ? /too many SQL variables/ : /accepted/,
	);
	const ids = Array.from({ length: 120 }, (_, i) => `q${String(i).padStart(3, '0')}`);
	const long = surveySchema.parse({ ...fixtureSurvey, sections: [{ id: 'all', title: '全部题目', questions: ids.map((id) => ({ id, type: 'likert', title: `题目 ${id}` })) }] });
	const surveys = new Map([['long', long]]);
	const answers = ids.map((questionId, i) => ({ questionId, rowId: '', value: String(1 + (i % 5)), num: 1 + (i % 5) }));
	const response = { surveyId: 'long', surveyVersion: 'v', day: '2026-11-20', segments: { grade: 'g1', classId: 'g1-1' }, answers, counted: countedQuestionIds(long) };
	expect(await insertResponse(t.db, { ...response, key: 'long-key-0000000000001' })).toBe('stored');
	expect(await insertResponse(t.db, { ...response, key: 'long-key-0000000000002' })).toBe('stored');
	expect(await count(sql`select count(*) as n from answers`)).toBe(240);
	expect(await count(sql`select sum(count) as n from answer_totals`)).toBe(240);
	// Rebuilt from the answers, the totals are the ones the increments kept: every question counted.
	const totals = () => t.db.all(sql`select * from answer_totals order by question_id, value`);
	const kept = await totals();
	await rebuildTotals(t.db, surveys);
	expect(await totals()).toEqual(kept);

	const hashes = Array.from({ length: 1000 }, (_, i) => `code-hash-${String(i).padStart(4, '0')}`);
	await insertFamilyCodes(t.db, 'long', '2026-11-20', hashes);
	expect(await count(sql`select count(*) as n from family_codes where survey_id = 'long'`)).toBe(1000);
	// One batch: a refused code (here, one issued already) stores none of the others.
	await expect(insertFamilyCodes(t.db, 'long', '2026-11-20', ['code-hash-new', 'code-hash-0999'])).rejects.toThrow();
	expect(await count(sql`select count(*) as n from family_codes where hash = 'code-hash-new'`)).toBe(0);
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
	// The deletion was counted, so the totals were recounted without the old answer.
	expect(await totalsMatchResponses(t.db)).toBe(true);

	await purgeExpired(t.db, surveys, new Date('2027-01-01T04:00:00Z'));
	expect(await t.db.all(sql`select survey_id as s from responses`)).toEqual([{ s: 'fixture' }]);
	expect(await count(sql`select count(*) as n from submission_keys`)).toBe(0);
	expect(await totalsMatchResponses(t.db)).toBe(true);
});
