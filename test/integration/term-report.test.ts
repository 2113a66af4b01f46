// The term report from a real database, filled through the real submission and staff paths: its
// promises are the board's own figures, a year before only where that year has records, and its detail
// (surveys, suggestions by category, lectures, resources) keeps the same suppression.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { SuggestionCategory } from '../../functions/domain/suggestion.ts';
import { surveySchema, type Survey } from '../../functions/domain/survey.ts';
import { surveyVersion } from '../../functions/domain/survey-version.ts';
import { loadCalendar, loadSchool } from '../../functions/node/content-files.ts';
import { promiseBoard } from '../../functions/promises/board.ts';
import { termReport, type ReportInput } from '../../functions/promises/report.ts';
import { actOnSuggestion } from '../../functions/suggestions/manage.ts';
import { submitSuggestion } from '../../functions/suggestions/submit.ts';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { post, suggestionDeps } from '../helpers/suggestion-deps.ts';
import { fixtureRoster, fixtureSurvey, formRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => (t = await freshDatabase()));
afterEach(() => t.cleanup());

const school = loadSchool('content');
/** The fixture survey as one series, this November and the November before. */
const sameSurvey = (year: number): Survey => surveySchema.parse({ ...fixtureSurvey, series: 'satisfaction', title: `${year}年满意度调查`, opens: `${year}-11-01`, closes: `${year}-11-30` });
const surveys = new Map([
	['satisfaction-2025', sameSurvey(2025)],
	['satisfaction-2026', sameSurvey(2026)],
]);
/** Wednesday 2 December 2026 in Beijing: both surveys are closed. */
const now = new Date('2026-12-02T02:00:00Z');
const at = (day: string) => () => new Date(`${day}T02:00:00Z`);
const lectures = [
	{ title: '去年秋天的讲座', start: new Date('2025-10-10T11:00:00Z') },
	{ title: '开学第一课', start: new Date('2026-09-05T01:00:00Z') },
	{ title: '期末复习', start: new Date('2026-12-10T11:00:00Z') },
];
const resources = ['2026-09-01', '2026-09-20', '2026-10-08', '2026-11-05', '2026-11-30'].map((day, i) => ({ title: `资源${i}`, published: new Date(`${day}T00:00:00Z`) }));
const input = (surveyMap: ReadonlyMap<string, Survey> = surveys): ReportInput => ({
	db: t.db,
	content: { school, surveys: surveyMap, events: new Map(), calendar: loadCalendar('content') },
	now,
	resources,
	lectures,
});
const boardFor = (i: ReportInput, term: Parameters<typeof promiseBoard>[1]) =>
	promiseBoard({ ...i, resources: i.resources.map((r) => r.published), lectures: i.lectures.map((l) => l.start) }, term);

let keys = 0;
const key = () => `report-${String(keys++).padStart(14, '0')}`;

/** `n` responses to a survey in its window, each answering `overall` and the grid `talk`/`events`. */
async function respond(id: string, n: number, answers: { overall: string; talk: string; events: string }) {
	const survey = surveys.get(id)!;
	const target = { id, survey, version: surveyVersion(survey), roster: fixtureRoster };
	for (let i = 0; i < n; i++) {
		const fields = validFields(key()).map(([name, value]): [string, string] => {
			const answer = { 'q.overall': answers.overall, 'q.grid.talk': answers.talk, 'q.grid.events': answers.events }[name];
			return [name, answer ?? value];
		});
		const outcome = await submitSurvey(formRequest(fields), target, { db: t.db, now: () => new Date(survey.opens.getTime() + 10 * 86_400_000) });
		expect(outcome.ok).toBe(true);
	}
}

/** A suggestion arriving on `day` in `category`, answered on `replied` (Beijing days). */
async function suggestion(day: string, category: SuggestionCategory, replied?: string) {
	const deps = suggestionDeps(t.db, { now: at(day) });
	const outcome = await submitSuggestion(post({ _key: key(), category, body: '希望学校考虑一下这件事，谢谢。', publish: 'no' }), '1.2.3.4', deps);
	expect(outcome.ok).toBe(true);
	if (!replied) return;
	const { id } = (await t.db.get<{ id: number }>(sql`select id from suggestions where day = ${day} and replied_day is null limit 1`))!;
	expect(await actOnSuggestion(post({ action: 'reply', reply: '已收到，正在安排。' }), id, '德育处', { ...deps, now: at(replied) })).toMatchObject({ ok: true });
}

test('the report shows the board’s own figures for the term, and for the same term a year before', async () => {
	// Last year: two of three scale answers satisfied. This year: all of them, a rise of 50 %.
	await respond('satisfaction-2025', 5, { overall: '4', talk: '5', events: '3' });
	await respond('satisfaction-2026', 5, { overall: '5', talk: '4', events: '5' });
	// Monday 23 November 2026 (due Thursday 26th) and Monday 24 November 2025 (due Thursday 27th).
	for (let i = 0; i < 5; i++) await suggestion('2026-11-23', 'canteen', '2026-11-25');
	for (let i = 0; i < 4; i++) await suggestion('2025-11-24', 'canteen', '2025-11-25');
	await suggestion('2025-11-24', 'canteen', '2025-12-01');

	const report = await termReport(input(), '2026-2027-1');
	expect(report.promises.map((p) => p.row)).toEqual(await boardFor(input(), '2026-2027-1'));
	expect(report.promises.map((p) => p.yearBefore)).toEqual((await boardFor(input(), '2025-2026-1')).map((row) => row.result));

	const figure = (measure: string, when: 'row' | 'yearBefore' = 'row') => {
		const p = report.promises.find((x) => x.row.measure === measure)!;
		return when === 'row' ? p.row.result : p.yearBefore;
	};
	expect(figure('reply-general')).toMatchObject({ state: 'met', value: 1 });
	expect(figure('reply-general', 'yearBefore')).toMatchObject({ state: 'unmet', value: 0.8 });
	expect(figure('satisfaction')).toMatchObject({ state: 'met', value: 1 });
	expect(figure('satisfaction', 'yearBefore')).toMatchObject({ state: 'unmet', value: expect.closeTo(2 / 3) });
	// The +20 % promise, year on year: (1 − 2/3) / (2/3).
	expect(figure('satisfaction-growth')).toMatchObject({ state: 'met', value: expect.closeTo(0.5) });

	// The survey's headline: published responses, the satisfied share, its series and a year before.
	const [headline] = report.surveys;
	expect(report.surveys).toHaveLength(1);
	expect(headline).toMatchObject({ id: 'satisfaction-2026', state: 'closed', responses: 5, satisfied: 1, yearBefore: expect.closeTo(2 / 3) });
	expect(headline!.trend).toEqual([
		{ term: '2025-2026-1', share: expect.closeTo(2 / 3) },
		{ term: '2026-2027-1', share: 1 },
	]);
	// Every response chose 电话 and 学习 + 安全: the most chosen options, with their shares.
	expect(headline!.top).toEqual([
		{ question: '最常用的沟通方式', option: '电话', share: 1 },
		{ question: '希望了解的内容', option: '学习', share: 1 },
	]);
});

test('with no records of the same term a year before, the report makes no year-on-year comparison', async () => {
	await suggestion('2026-11-23', 'canteen', '2026-11-25');
	const thisYearOnly = new Map([['satisfaction-2026', surveys.get('satisfaction-2026')!]]);
	const report = await termReport({ ...input(thisYearOnly), lectures: lectures.slice(1) }, '2026-2027-1');
	expect(report.promises.length).toBeGreaterThan(0);
	for (const p of report.promises) expect(p.yearBefore).toBeUndefined();
	// A lecture of last autumn is a record of that term: the comparison comes back.
	const withLastYear = await termReport(input(thisYearOnly), '2026-2027-1');
	expect(withLastYear.promises.find((p) => p.row.measure === 'lectures')!.yearBefore).toMatchObject({ value: 1 });
});

test('suggestions by category: counts always, the on-time rate only over five decided', async () => {
	// Canteen: four on time, one a day late, one still open past its due day. Safety: two on time.
	for (let i = 0; i < 4; i++) await suggestion('2026-11-23', 'canteen', '2026-11-24');
	await suggestion('2026-11-23', 'canteen', '2026-11-27');
	await suggestion('2026-11-24', 'canteen');
	await suggestion('2026-11-25', 'safety', '2026-11-26');
	await suggestion('2026-11-25', 'safety', '2026-11-26');
	// One filed today, not yet due; one from last term, not in this report.
	await suggestion('2026-12-02', 'homework');
	await suggestion('2026-06-01', 'canteen', '2026-06-02');

	const { suggestions } = await termReport(input(), '2026-2027-1');
	expect(suggestions).toEqual([
		{ category: 'canteen', received: 6, answered: 5, overdue: 1, decided: 6, onTime: 4, rate: 4 / 6 },
		{ category: 'safety', received: 2, answered: 2, overdue: 0, decided: 2, onTime: 2, rate: null },
		{ category: 'homework', received: 1, answered: 0, overdue: 0, decided: 0, onTime: 0, rate: null },
		{ category: 'all', received: 9, answered: 7, overdue: 1, decided: 8, onTime: 6, rate: 6 / 8 },
	]);
});

test('a survey under five responses shows no figure at all, and its series keeps the gap', async () => {
	await respond('satisfaction-2025', 5, { overall: '4', talk: '4', events: '4' });
	await respond('satisfaction-2026', 3, { overall: '5', talk: '5', events: '5' });
	const [headline] = (await termReport(input(), '2026-2027-1')).surveys;
	expect(headline).toMatchObject({ responses: null, responseRate: null, satisfied: null, top: [], yearBefore: 1 });
	expect(headline!.trend).toEqual([
		{ term: '2025-2026-1', share: 1 },
		{ term: '2026-2027-1', share: null },
	]);
});

test('lectures of the term, held or to come, and resources per month: the counts the board judges', async () => {
	const report = await termReport(input(), '2026-2027-1');
	expect(report.lectures).toEqual([
		{ title: '开学第一课', day: '2026-09-05', held: true },
		{ title: '期末复习', day: '2026-12-10', held: false },
	]);
	const board = report.promises.map((p) => p.row);
	expect(board.find((r) => r.measure === 'lectures')!.result).toMatchObject({ value: report.lectures.length });
	expect(report.resources.months).toEqual([
		{ label: '2026-08', value: 0 },
		{ label: '2026-09', value: 2 },
		{ label: '2026-10', value: 1 },
		{ label: '2026-11', value: 2 },
		{ label: '2026-12', value: 0 },
	]);
	expect(report.resources.total).toBe(5);
	expect(board.find((r) => r.measure === 'resources')!.result).toMatchObject({ value: 0 });
});
