// A named intention form (content/surveys/after-school-intention.yaml, `anonymous: false`) through the
// real handler on each driver: stored whole as named data and, in the same commit, as an anonymous
// response without names, notes or phone numbers; demo data, retention and the class list.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { classForm, classList } from '../../functions/classes/class-list.ts';
import { answersTable, namedResponsesTable, responsesTable, submissionKeysTable } from '../../functions/db/schema/index.ts';
import { loadContent, loadSchool, loadSurveys } from '../../functions/node/content-files.ts';
import { storeResponse } from '../../functions/node/group-commit.ts';
import { removeDemo, seedDemo } from '../../functions/surveys/demo.ts';
import { surveyTargets } from '../../functions/surveys/definitions.ts';
import { purgeExpired } from '../../functions/surveys/retention.ts';
import { submitSurvey, type SurveyDeps } from '../../functions/surveys/submit.ts';
import { signUp } from '../../functions/events/signup.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { eventDeps, form as signupForm } from '../helpers/event-deps.ts';
import { formRequest } from '../helpers/survey-fixture.ts';

const content = loadContent('content');
const surveys = loadSurveys('content');
const targets = surveyTargets(surveys, loadSchool('content'));
const target = targets.get('after-school-intention')!;

let t: TestDatabase;
let deps: SurveyDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = { db: t.db, now: () => new Date('2026-11-25T02:00:00Z') };
});
afterEach(() => t.cleanup());

let keys = 0;
/** A family of g1-1 taking part on Monday and Thursday, with a note for the teacher. */
function fields(changes: Record<string, string | string[]> = {}): Record<string, string | string[]> {
	return {
		_key: `named-form-key-${String(keys++).padStart(6, '0')}`,
		'q.class': 'g1-1',
		'q.child-name': '王子涵',
		'q.guardian-phone': '13800138000',
		'q.participate': 'yes',
		'q.days': ['mon', 'thu'],
		'q.pickup': 'at-1800',
		'q.interests': 'art',
		'q.consent': 'yes',
		'q.special-needs': '对花生过敏',
		...changes,
	};
}
const request = (f: Record<string, string | string[]>) =>
	formRequest(Object.entries(f).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((x): [string, string] => [name, x])));
const named = () => t.db.select().from(namedResponsesTable).all();
const anonymousAnswers = async () => (await t.db.select({ q: answersTable.questionId }).from(answersTable).all()).map((a) => a.q).sort();
const count = async (table: 'responses' | 'answers' | 'submission_keys' | 'named_responses') =>
	(await t.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]!.n;

test('a submission stores one named row with every answer, and an anonymous response without name, phone or notes', async () => {
	expect(await submitSurvey(request(fields()), target, deps)).toEqual({ ok: true, duplicate: false });
	const rows = await named();
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({
		surveyId: 'after-school-intention',
		classId: 'g1-1',
		day: '2026-11-25',
		demo: false,
		answers: {
			class: 'g1-1',
			'child-name': '王子涵',
			'guardian-phone': '13800138000',
			participate: 'yes',
			days: ['mon', 'thu'],
			pickup: 'at-1800',
			interests: ['art'],
			consent: 'yes',
			'special-needs': '对花生过敏',
		},
	});
	expect(rows[0]!.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
	expect(await t.db.select({ grade: responsesTable.grade, classId: responsesTable.classId }).from(responsesTable).all()).toEqual([{ grade: 'g1', classId: 'g1-1' }]);
	expect(await anonymousAnswers()).toEqual(['class', 'consent', 'days', 'days', 'interests', 'participate', 'pickup']);
	// Nothing identifying anywhere in the anonymous tables.
	const anonymous = JSON.stringify(await t.db.all(sql`select * from responses, answers, answer_totals`));
	for (const secret of ['王子涵', '13800138000', '花生']) expect(anonymous).not.toContain(secret);
});

test('a retried form (same key) stores neither copy again', async () => {
	const f = fields();
	await submitSurvey(request(f), target, deps);
	expect(await submitSurvey(request(f), target, deps)).toEqual({ ok: true, duplicate: true });
	expect([await count('responses'), await count('named_responses')]).toEqual([1, 1]);
});

test.each(['named_responses', 'answers'])('when writing %s fails, the batch stores neither copy', async (table) => {
	await t.db.run(sql.raw(`create trigger refuse before insert on ${table} begin select raise(abort, 'disk full'); end`));
	try {
		await expect(submitSurvey(request(fields()), target, deps)).rejects.toThrow();
		for (const t of ['responses', 'answers', 'submission_keys', 'named_responses'] as const) expect(await count(t), t).toBe(0);
	} finally {
		// Local D1 databases are reused by the next test (test/helpers/local-d1.ts).
		await t.db.run(sql`drop trigger refuse`);
	}
});

test('the group commit of the Node server stores the named copy with its response, each once', async () => {
	const responses = await Promise.all(
		['王子涵', '李欣怡', '王子涵'].map(async (name, i) => {
			const held: Parameters<typeof storeResponse>[1][] = [];
			await submitSurvey(request(fields({ 'q.child-name': name, _key: `group-key-${i % 2}-0000000000` })), target, {
				...deps,
				store: async (r) => (held.push(r), 'stored'),
			});
			return held[0]!;
		}),
	);
	// The third repeats the first one's key: the group is refused and each is stored on its own.
	expect(await Promise.all(responses.map((r) => storeResponse(t.db, r)))).toEqual(['stored', 'stored', 'duplicate']);
	expect((await named()).map((r) => r.answers['child-name']).sort()).toEqual(['李欣怡', '王子涵']);
	expect(await t.db.select().from(submissionKeysTable).all()).toHaveLength(2);
});

test('demo seeding writes a named copy of every demo form, marked demo; removing demo data removes them', async () => {
	await seedDemo(t.db, surveys, content.school, new Date('2026-12-02T02:00:00Z'));
	const rows = await named();
	const forms = (await t.db.select({ id: responsesTable.id }).from(responsesTable).where(sql`survey_id = 'after-school-intention'`).all()).length;
	expect(forms).toBeGreaterThan(0);
	expect(rows).toHaveLength(forms);
	expect(rows.every((r) => r.demo && r.surveyId === 'after-school-intention' && typeof r.answers['child-name'] === 'string')).toBe(true);
	const held = await t.db.all(sql`select 1 from answers where question_id in ('child-name', 'guardian-phone', 'special-needs')`);
	expect(held).toEqual([]);

	// A parent's real form stays.
	await submitSurvey(request(fields()), target, deps);
	await removeDemo(t.db, surveys);
	expect((await named()).map((r) => r.answers['child-name'])).toEqual(['王子涵']);
});

test('named rows are deleted after the form keepUntil day (2027-07-31), not before', async () => {
	await submitSurvey(request(fields()), target, deps);
	await purgeExpired(t.db, surveys, new Date('2027-07-31T15:00:00Z'));
	expect(await named()).toHaveLength(1);
	await purgeExpired(t.db, surveys, new Date('2027-08-01T02:00:00Z'));
	expect(await named()).toEqual([]);
});

test('a class list holds its own families only, choices as their Chinese labels, and the sign-ups of the class', async () => {
	await submitSurvey(request(fields()), target, deps);
	await submitSurvey(request(fields({ 'q.child-name': '陈一诺', 'q.participate': 'no', 'q.special-needs': '' })), target, deps);
	await submitSurvey(request(fields({ 'q.class': 'g1-2', 'q.child-name': '赵宇轩' })), target, deps);
	const signedUp = await signUp(signupForm({ _key: 'signup-key-000000000001', slot: 'dec-19', name: '陈女士', class: 'g1-1', people: '2' }), { ...content.events.get('family-reading-2026-12')!, id: 'family-reading-2026-12' }, '1.2.3.4', eventDeps(t.db));
	expect(signedUp.ok).toBe(true);

	const hub = { db: t.db, content, targets };
	const list = (await classList(hub, 'g1-1'))!;
	expect(list.klass).toEqual({ id: 'g1-1', name: '一（1）班' });
	expect(list.signups.map((s) => [s.event, s.slot?.id, s.signup.name, s.signup.status, s.signup.people])).toEqual([
		['亲子读书分享会：一本书，一家人', 'dec-19', '陈女士', 'confirmed', 2],
	]);
	expect(list.forms).toHaveLength(1);
	expect(list.forms[0]!.table).toEqual([
		['孩子姓名', '监护人手机号', '下学期是否参加课后服务？', '每周哪几天参加？', '您一般几点来接孩子？', '孩子想参加哪些兴趣活动？', '需要老师特别留意的情况', '填写日期'],
		['陈一诺', '13800138000', '不参加', '', '', '', '', '2026-11-25'],
		['王子涵', '13800138000', '参加', '周一；周四', '18:00（兴趣活动结束后）', '美术与手工', '对花生过敏', '2026-11-25'],
	]);
	expect(await classList(hub, 'g9-9')).toBeUndefined();
	// Junior classes were not asked the after-school form.
	expect((await classList(hub, 'g7-2'))!.forms).toEqual([]);
	expect(await classForm(hub, 'g7-2', 'after-school-intention')).toBeUndefined();
});
