// The promise board's figures from a real database, through the real submission and staff paths.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadCalendar, loadSchool } from '../../functions/node/content-files.ts';
import { promiseBoard } from '../../functions/promises/board.ts';
import { actOnSuggestion } from '../../functions/suggestions/manage.ts';
import { submitSuggestion } from '../../functions/suggestions/submit.ts';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { post, suggestionDeps } from '../helpers/suggestion-deps.ts';
import { duringSurvey, fixtureSurvey, fixtureTarget, formRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => (t = await freshDatabase()));
afterEach(() => t.cleanup());

const school = loadSchool('content');
const content = { school, surveys: new Map([['fixture', fixtureSurvey]]), events: new Map(), calendar: loadCalendar('content') };
/** Wednesday 2 December 2026 in Beijing: the fixture survey (closing 30 November) is closed. */
const now = new Date('2026-12-02T02:00:00Z');
const board = () => promiseBoard({ db: t.db, content, now, resources: [], lectures: [] });
const figure = async (measure: string) => (await board()).find((row) => row.measure === measure)!.result;
const at = (day: string) => () => new Date(`${day}T02:00:00Z`);

let keys = 0;
/** A suggestion arriving on `day`, answered on `replied` (Beijing days). */
async function suggestion(day: string, replied?: string) {
	const deps = suggestionDeps(t.db, { now: at(day) });
	const outcome = await submitSuggestion(post({ _key: `promise-${String(keys++).padStart(12, '0')}`, category: 'canteen', body: '食堂的菜有点咸，希望少放盐。', publish: 'no' }), '1.2.3.4', deps);
	expect(outcome.ok).toBe(true);
	if (!replied) return;
	const { id } = (await t.db.get<{ id: number }>(sql`select id from suggestions where day = ${day} and replied_day is null limit 1`))!;
	expect(await actOnSuggestion(post({ action: 'reply', reply: '已请食堂调整，谢谢您的建议。' }), id, '德育处', { ...deps, now: at(replied) })).toMatchObject({ ok: true });
}

test('replies: no rate until five are decided, then answered on time over answered or overdue', async () => {
	// Monday 23 November: due Thursday 26 November (three working days).
	for (let i = 0; i < 4; i++) await suggestion('2026-11-23', '2026-11-24');
	expect(await figure('reply-general')).toMatchObject({ state: 'unknown', why: 'too-few' });
	await suggestion('2026-11-23', '2026-11-26');
	expect(await figure('reply-general')).toMatchObject({ state: 'met', value: 1 });
	// One answered a day late, one still unanswered past its due day: both late. One filed today is not yet due.
	await suggestion('2026-11-23', '2026-11-27');
	await suggestion('2026-11-24');
	await suggestion('2026-12-02');
	expect(await figure('reply-general')).toMatchObject({ state: 'unmet', value: 5 / 7 });
	// Complex ones have their own clock and their own figure.
	expect(await figure('reply-complex')).toMatchObject({ state: 'unknown', why: 'too-few' });
});

test('satisfaction comes from the published running totals, withheld under five responses', async () => {
	const submit = async () =>
		expect((await submitSurvey(formRequest(validFields(`promise-${String(keys++).padStart(12, '0')}`)), fixtureTarget, { db: t.db, now: duringSurvey })).ok).toBe(true);
	for (let i = 0; i < 4; i++) await submit();
	expect(await figure('satisfaction')).toMatchObject({ state: 'unknown', why: 'withheld' });
	await submit();
	// Each answers 4 overall, 5 and 3 on the grid: two of three scale answers satisfied, under the 85 % target.
	const result = await figure('satisfaction');
	expect(result).toMatchObject({ state: 'unmet' });
	expect(result.state !== 'unknown' && result.value).toBeCloseTo(2 / 3);
	expect(result.history.at(-1)).toEqual({ label: '2026-2027-1', value: expect.closeTo(2 / 3) });
	// A year-on-year rise needs last year's survey too.
	expect(await figure('satisfaction-growth')).toMatchObject({ state: 'unknown', why: 'no-last-year' });
});

test('every promise of the demo school.yaml has a figure or a reason, and attendance waits for a meeting', async () => {
	const rows = await board();
	expect(rows.map((r) => r.measure)).toEqual(school.promises.board.map((p) => p.measure));
	expect(rows.find((r) => r.measure === 'attendance')!.result).toMatchObject({ state: 'unknown', why: 'no-meeting-held' });
	expect(rows.find((r) => r.measure === 'lectures')!.result).toMatchObject({ state: 'unmet', value: 0 });
	// The hub's records begin with the fixture survey (November 2026): earlier terms show no bar, not a 0.
	expect(rows.find((r) => r.measure === 'lectures')!.result.history.map((p) => p.value)).toEqual([null, null, null, 0]);
	expect(rows.find((r) => r.measure === 'resources')!).toMatchObject({ target: 5, result: { state: 'unmet', value: 0 } });
});
