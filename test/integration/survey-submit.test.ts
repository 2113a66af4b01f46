import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashCode, randomCode } from '../../functions/domain/codes.ts';
import { insertFamilyCodes } from '../../functions/db/queries/responses.ts';
import { answersTable, responsesTable } from '../../functions/db/schema/index.ts';
import { rateLimiter } from '../../functions/http/rate-limit.ts';
import { submitSurvey, type SurveyDeps } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { duringSurvey, fixtureTarget, formRequest, jsonRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
let deps: SurveyDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = { db: t.db, now: duringSurvey };
});
afterEach(() => t.cleanup());

const count = async (table: typeof responsesTable | typeof answersTable) =>
	(await t.db.select({ n: sql<number>`count(*)` }).from(table).get())!.n;

const submit = (request: Request, target = fixtureTarget) => submitSurvey(request, target, deps);

describe('a valid submission', () => {
	test('stores one response with its answers keyed by question id, the day only, and the version', async () => {
		expect(await submit(formRequest(validFields()))).toEqual({ ok: true, duplicate: false });
		const rows = await t.db.select().from(responsesTable).all();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			surveyId: 'fixture',
			surveyVersion: fixtureTarget.version,
			day: '2026-11-15',
			grade: 'g1',
			classId: 'g1-2',
			demo: false,
		});
		const answers = await t.db.select().from(answersTable).all();
		const byQuestion = answers.map((a) => [a.questionId, a.rowId, a.value, a.num]);
		expect(byQuestion).toEqual(
			expect.arrayContaining([
				['channel', '', 'phone', null],
				['topics', '', 'study', null],
				['topics', '', 'safety', null],
				['overall', '', '4', 4],
				['grid', 'talk', '5', 5],
				['grid', 'events', '3', 3],
				['recommend', '', '9', 9],
				['kids', '', '2', 2],
				['note', '', '谢谢老师<script>alert(1)</script>', null],
			]),
		);
		expect(answers).toHaveLength(10);
	});

	test('the same POST again (same idempotency key) stores nothing new and reports success', async () => {
		await submit(formRequest(validFields()));
		expect(await submit(formRequest(validFields()))).toEqual({ ok: true, duplicate: true });
		expect(await count(responsesTable)).toBe(1);
		expect(await count(answersTable)).toBe(10);
	});

	test('a JSON body is accepted in the same shape', async () => {
		const outcome = await submit(
			jsonRequest({
				idempotencyKey: 'j'.repeat(22),
				answers: { class: 'g2-1', channel: 'wechat', topics: ['mood'], overall: 5, grid: { talk: 4, events: 4 }, recommend: 10, kids: 1 },
			}),
		);
		expect(outcome).toEqual({ ok: true, duplicate: false });
		expect(await t.db.select({ grade: responsesTable.grade }).from(responsesTable).get()).toEqual({ grade: 'g2' });
	});

	test('forty phones at once, one of them tapping ten times: each answer stored once, each told so', async () => {
		const distinct = Array.from({ length: 30 }, (_, i) => submit(formRequest(validFields(`crowd-key-${String(i).padStart(10, '0')}`))));
		const taps = Array.from({ length: 10 }, () => submit(formRequest(validFields('double-tap-key-000000'))));
		const outcomes = await Promise.all([...distinct, ...taps]);
		expect(outcomes.slice(0, 30)).toEqual(Array(30).fill({ ok: true, duplicate: false }));
		expect(outcomes.slice(30).filter((o) => o.ok && !o.duplicate)).toHaveLength(1);
		expect(outcomes.slice(30).filter((o) => o.ok && o.duplicate)).toHaveLength(9);
		expect(await count(responsesTable)).toBe(31);
		expect(await count(answersTable)).toBe(310);
		expect(await t.db.get(sql`select sum(count) as n from response_totals`)).toEqual({ n: 31 });
	});

	test('blank optional answers are simply not stored', async () => {
		const fields = validFields().filter(([name]) => name !== 'q.note');
		expect((await submit(formRequest([...fields, ['q.note', '   ']]))).ok).toBe(true);
		expect(await count(answersTable)).toBe(9);
	});
});

describe('a bad submission gets field messages in Chinese and stores nothing', () => {
	const without = (name: string) => validFields().filter(([n]) => n !== name);
	const replaced = (name: string, ...values: string[]) => [...without(name), ...values.map((v) => [name, v] as [string, string])];
	const cases: [string, [string, string][], string, string][] = [
		['an option that does not exist', replaced('q.channel', 'fax'), 'channel', '请从给出的选项中选择'],
		['a required answer missing', without('q.overall'), 'overall', '请回答这一题'],
		['two answers to a single choice', replaced('q.channel', 'phone', 'visit'), 'channel', '这一题只能选一项'],
		['too many choices', replaced('q.topics', 'study', 'mood', 'safety'), 'topics', '最多只能选择 2 项'],
		['the same choice twice', replaced('q.topics', 'study', 'study'), 'topics', '同一选项不能重复选择'],
		['a scale point off the scale', replaced('q.overall', '6'), 'overall', '请选择 1 到 5 之间的一项'],
		['a matrix row left out', without('q.grid.events'), 'grid', '请为每一行选择一项'],
		['an NPS of 11', replaced('q.recommend', '11'), 'recommend', '请选择 0 到 10 之间的一个分数'],
		['a number that is not one', replaced('q.kids', '两个'), 'kids', '请填写数字'],
		['a number out of range', replaced('q.kids', '9'), 'kids', '不能大于 6'],
		['a fraction where a whole number is wanted', replaced('q.kids', '1.5'), 'kids', '请填写整数'],
		['a text over its limit', replaced('q.note', '好'.repeat(51)), 'note', '最多 50 个字，请删减后再提交'],
		['a class not in the school', replaced('q.class', 'g9-9'), 'class', '请选择孩子所在的班级'],
		['an unknown field', [...validFields(), ['q.hack', '1']], '_form', '表单中有无法识别的内容，请刷新页面后重新填写。'],
		['no idempotency key', without('_key'), '_form', '表单已过期，请刷新页面后重新提交（您填写的内容会保留）。'],
	];
	test.each(cases)('%s', async (_, fields, field, message) => {
		const outcome = await submit(formRequest(fields));
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.status).toBe(422);
		expect(outcome.errors[field]).toBe(message);
		// The parent's answers come back to be shown again.
		expect(outcome.input['q.channel']).toBeDefined();
		expect(await count(responsesTable)).toBe(0);
		expect(await count(answersTable)).toBe(0);
	});

	test('a body over the limit is refused with 413 without being read', async () => {
		const outcome = await submit(formRequest([...validFields(), ['q.note', 'x'.repeat(70_000)]]));
		expect(outcome).toMatchObject({ ok: false, status: 413, errors: { _form: '提交的内容太长了，请删减后再试。' } });
	});

	test('an unreadable body: wrong type 415, broken JSON or bytes 400', async () => {
		const plain = new Request('http://hub.test/', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
		expect(await submit(plain)).toMatchObject({ ok: false, status: 415 });
		expect(await submit(jsonRequest('{"answers":'))).toMatchObject({ ok: false, status: 400 });
		expect(await submit(jsonRequest({ answers: { kids: { deep: { er: 1 } } } }))).toMatchObject({ ok: false, status: 400 });
		const bytes = new Request('http://hub.test/', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new Uint8Array([0x71, 0x3d, 0xff, 0xfe]),
		});
		expect(await submit(bytes)).toMatchObject({ ok: false, status: 400 });
		expect(await count(responsesTable)).toBe(0);
	});

	test('before it opens and after it closes the survey refuses, in Chinese', async () => {
		deps.now = () => new Date('2026-10-31T15:00:00Z'); // 23:00 on 31 October in Beijing
		expect(await submit(formRequest(validFields()))).toMatchObject({ ok: false, status: 403, errors: { _form: '这份问卷还没有开始收集。' } });
		deps.now = () => new Date('2026-11-30T15:59:00Z'); // 23:59 on the last day: still open
		expect((await submit(formRequest(validFields()))).ok).toBe(true);
		deps.now = () => new Date('2026-11-30T16:00:00Z'); // midnight in Beijing
		expect(await submit(formRequest(validFields('z'.repeat(22))))).toMatchObject({ ok: false, status: 410 });
	});
});

describe('one response per family', () => {
	const target = { ...fixtureTarget, survey: { ...fixtureTarget.survey, onePerFamily: true } };
	let code: string;
	beforeEach(async () => {
		code = randomCode(3);
		await insertFamilyCodes(t.db, 'fixture', '2026-11-01', [hashCode(code), hashCode(randomCode(3))]);
	});
	const withCode = (c: string, key = 'k'.repeat(22)) => formRequest([...validFields(key), ['_code', c]]);

	test('a code works once, typed in any case, and is refused the second time', async () => {
		expect(await submit(withCode(code.toLowerCase().replace(/-/g, ' ')), target)).toEqual({ ok: true, duplicate: false });
		const again = await submit(withCode(code, 'another-key-000000000'), target);
		expect(again).toMatchObject({ ok: false, status: 409, errors: { _code: '这个问卷码已经使用过了。每个家庭只能提交一次；如有疑问请联系班主任。' } });
		expect(await count(responsesTable)).toBe(1);
	});

	test('a retry of the accepted submission is not mistaken for a second use', async () => {
		await submit(withCode(code), target);
		expect(await submit(withCode(code), target)).toEqual({ ok: true, duplicate: true });
	});

	test('ten phones using one code at the same moment store exactly one response', async () => {
		const outcomes = await Promise.all(
			Array.from({ length: 10 }, (_, i) => submit(withCode(code, `parallel-key-${String(i).padStart(10, '0')}`), target)),
		);
		expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
		expect(outcomes.filter((o) => !o.ok && o.status === 409)).toHaveLength(9);
		expect(await count(responsesTable)).toBe(1);
	});

	test('a missing or unknown code is refused before anything is stored', async () => {
		expect(await submit(formRequest(validFields()), target)).toMatchObject({ status: 422, errors: { _code: '请填写班主任发给您的问卷码' } });
		expect(await submit(withCode('AAAA-BBBB-CCCC'), target)).toMatchObject({ status: 422, errors: { _code: '问卷码不正确，请核对后重新输入（不区分大小写）' } });
		expect(await submit(withCode(code), { ...target, id: 'other-survey' })).toMatchObject({ status: 422 });
		expect(await count(responsesTable)).toBe(0);
	});

	test('the stored response carries nothing that links it to the code', async () => {
		await submit(withCode(code), target);
		const tables = await t.db.all<{ name: string; sql: string }>(sql`select name, sql from sqlite_master where type = 'table'`);
		const responses = tables.find((x) => x.name === 'responses')!.sql;
		const uses = tables.find((x) => x.name === 'family_code_uses')!.sql;
		expect(responses).not.toMatch(/code|hash/i);
		expect(uses).not.toMatch(/response/i);
	});
});

describe('padding a small group with made-up answers', () => {
	test('one address can store only so many responses; the parent is told so, answers kept, and others are not held up', async () => {
		deps.submissions = rateLimiter({ perClient: 2, total: Number.POSITIVE_INFINITY, windowMs: 10 * 60 * 1000 });
		const fields = (i: number) => validFields(`limit-key-${String(i).padStart(12, '0')}`);
		// An incomplete form does not count: the parent corrects it and is not held up.
		const incomplete = fields(0).filter(([k]) => k !== 'q.overall');
		expect((await submitSurvey(formRequest(incomplete), fixtureTarget, deps, '198.51.100.7')).ok).toBe(false);
		for (const i of [1, 2]) expect(await submitSurvey(formRequest(fields(i)), fixtureTarget, deps, '198.51.100.7')).toEqual({ ok: true, duplicate: false });
		const refused = await submitSurvey(formRequest(fields(3)), fixtureTarget, deps, '198.51.100.7');
		expect(refused).toMatchObject({ ok: false, status: 429, errors: { _form: '同一网络提交的答卷太多了，请 10 分钟后再试（填写的内容会保留）。' } });
		expect(!refused.ok && refused.input['q.overall']).toBe('4');
		expect(await count(responsesTable)).toBe(2);
		expect((await submitSurvey(formRequest(fields(4)), fixtureTarget, deps, '203.0.113.20')).ok).toBe(true);
	});
});
