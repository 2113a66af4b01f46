// The after-school intention form as the school publishes it (content/surveys/after-school-intention.yaml),
// sent through the real handler into a real SQLite file: the guardian's phone number, and the questions
// asked only of families who take part (showIf). A named form: the phone number and the child's name
// are stored on the class list (named_responses), never among the anonymous answers.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { summarize } from '../../functions/domain/summary.ts';
import { publishedTotals } from '../../functions/db/queries/publication.ts';
import { answersTable, namedResponsesTable, responsesTable } from '../../functions/db/schema/index.ts';
import { rawTable, type Cell } from '../../functions/exports/tables.ts';
import { loadSchool, loadSurveys } from '../../functions/node/content-files.ts';
import { surveyTargets } from '../../functions/surveys/definitions.ts';
import { submitSurvey, type SurveyDeps } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { formRequest } from '../helpers/survey-fixture.ts';

const target = surveyTargets(loadSurveys('content'), loadSchool('content')).get('after-school-intention')!;

let t: TestDatabase;
let deps: SurveyDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = { db: t.db, now: () => new Date('2026-11-25T02:00:00Z') };
});
afterEach(() => t.cleanup());

let keys = 0;
/** A complete form of a family that does not take part, with some fields replaced or added. */
function form(changes: Record<string, string | string[]>): Request {
	const fields: Record<string, string | string[]> = {
		_key: `after-school-key-${String(keys++).padStart(6, '0')}`,
		'q.class': 'g1-1',
		'q.child-name': '王子涵',
		'q.guardian-phone': '13800138000',
		'q.participate': 'no',
		'q.consent': 'yes',
		...changes,
	};
	return formRequest(Object.entries(fields).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((x): [string, string] => [name, x])));
}
const answers = async () =>
	(await t.db.select({ q: answersTable.questionId, v: answersTable.value }).from(answersTable).orderBy(answersTable.questionId, answersTable.value).all()).map(
		(a) => `${a.q}=${a.v}`,
	);
const namedPhones = async () => (await t.db.select().from(namedResponsesTable).all()).map((r) => r.answers['guardian-phone']).sort();

test.each(['abc', '12345'])('the phone number %j is refused with a Chinese message, the answers kept, nothing stored', async (phone) => {
	const outcome = await submitSurvey(form({ 'q.guardian-phone': phone }), target, deps);
	expect(outcome).toMatchObject({ ok: false, status: 422, errors: { 'guardian-phone': '请填写 11 位手机号码，例如 13800138000' } });
	expect(!outcome.ok && outcome.input).toMatchObject({ 'q.guardian-phone': phone, 'q.child-name': '王子涵' });
	expect(await t.db.select().from(responsesTable).all()).toEqual([]);
});

test('"138 0013 8000" is accepted and stored on the class list as 13800138000', async () => {
	expect(await submitSurvey(form({ 'q.guardian-phone': '138 0013 8000' }), target, deps)).toEqual({ ok: true, duplicate: false });
	expect(await namedPhones()).toEqual(['13800138000']);
});

test('"参加" needs the weekdays and the pick-up time; the interests stay optional', async () => {
	const outcome = await submitSurvey(form({ 'q.participate': 'yes' }), target, deps);
	expect(outcome).toMatchObject({ ok: false, status: 422, errors: { days: '请回答这一题', pickup: '请回答这一题' } });
	expect(!outcome.ok && Object.keys(outcome.errors)).toEqual(['days', 'pickup']);
	expect(!outcome.ok && outcome.input['q.participate']).toBe('yes');

	expect((await submitSurvey(form({ 'q.participate': 'yes', 'q.days': ['mon', 'thu'], 'q.pickup': 'at-1800' }), target, deps)).ok).toBe(true);
	expect(await answers()).toEqual(expect.arrayContaining(['days=mon', 'days=thu', 'participate=yes', 'pickup=at-1800']));
});

test('"不参加" with weekdays sent (every question shows without JavaScript): stored without them', async () => {
	const sent = form({ 'q.days': ['mon', 'tue'], 'q.pickup': 'at-1700', 'q.interests': 'art' });
	expect(await submitSurvey(sent, target, deps)).toEqual({ ok: true, duplicate: false });
	expect(await answers()).toEqual(['class=g1-1', 'consent=yes', 'participate=no']);
	expect((await t.db.select().from(namedResponsesTable).get())?.answers).toEqual({
		class: 'g1-1',
		'child-name': '王子涵',
		'guardian-phone': '13800138000',
		participate: 'no',
		consent: 'yes',
	});
});

test('results count weekdays among the families taking part; raw rows leave out names and phone numbers', async () => {
	// One class of ten: four take part on Monday, six do not, and send weekdays anyway.
	for (let i = 0; i < 4; i++)
		await submitSurvey(form({ 'q.participate': 'yes', 'q.days': 'mon', 'q.pickup': 'at-1700', 'q.guardian-phone': `139-0000-000${i}` }), target, deps);
	for (let i = 0; i < 6; i++) await submitSurvey(form({ 'q.days': ['mon', 'tue'], 'q.guardian-phone': `139 0000 001${i}` }), target, deps);
	const { totals, responses } = await publishedTotals(t.db, target.id);
	const summary = summarize(target.survey, totals, responses, {}, 0.85);
	if (summary.withheld) throw new Error('withheld');
	expect(summary.responses).toBe(10);
	const days = summary.questions.find((q) => q.question.id === 'days');
	expect(days).toMatchObject({ asked: 4, condition: { question: '下学期是否参加课后服务？', options: ['参加'] } });
	expect(days?.kind === 'choice' && days.options.slice(0, 2).map((o) => [o.label, o.count, o.share])).toEqual([['周一', 4, 1], ['周二', 0, 0]]);
	expect(summary.questions.some((q) => q.question.id === 'guardian-phone')).toBe(false);

	const raw: Cell[][] = [];
	for await (const row of rawTable(t.db, target.id, target.survey, { filter: {}, counts: responses, names: new Map() })) raw.push(row);
	const column = (title: string) => raw.slice(1).map((r) => r[raw[0]!.indexOf(title)]);
	expect(raw[0]).not.toContain('监护人手机号');
	expect(raw[0]).not.toContain('孩子姓名');
	expect(raw[0]).not.toContain('需要老师特别留意的情况');
	expect(await namedPhones()).toEqual([...'0123'.split('').map((i) => `1390000000${i}`), ...'012345'.split('').map((i) => `1390000001${i}`)]);
	expect(column('每周哪几天参加？').sort()).toEqual(['', '', '', '', '', '', '周一', '周一', '周一', '周一']);
});
