import { describe, expect, test } from 'vitest';
import { attendance, lecturesPerTerm, needsBeforeMeetings, replyOnTime, resourcesPerMonth, satisfaction, satisfactionGrowth, type SurveyFigure } from '../../functions/promises/measures.ts';
import { nextTerm, parseTerm, previousTerm, termAYearBefore, termDays, termMonths, termOfDay } from '../../functions/promises/terms.ts';

const term = '2026-2027-1';
const suggestion = (day: string, dueDay: string, repliedDay: string | null) => ({ day, dueDay, repliedDay });

describe('terms', () => {
	test('a term runs August to January, the next February to July, by Beijing day', () => {
		expect(termOfDay('2026-08-01')).toBe('2026-2027-1');
		expect(termOfDay('2027-01-31')).toBe('2026-2027-1');
		expect(termOfDay('2027-02-01')).toBe('2026-2027-2');
		expect(termOfDay('2026-07-31')).toBe('2025-2026-2');
		expect(previousTerm('2026-2027-1')).toBe('2025-2026-2');
		expect(previousTerm('2026-2027-2')).toBe('2026-2027-1');
		expect(termAYearBefore('2026-2027-2')).toBe('2025-2026-2');
		expect(termMonths('2026-2027-1')).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
	});

	test('the term after, and a term\'s days as a half-open range', () => {
		expect(nextTerm('2026-2027-1')).toBe('2026-2027-2');
		expect(nextTerm('2026-2027-2')).toBe('2027-2028-1');
		expect(termDays('2026-2027-1')).toEqual({ first: '2026-08-01', after: '2027-02-01' });
		expect(termDays('2026-2027-2')).toEqual({ first: '2027-02-01', after: '2027-08-01' });
	});

	test('a term in a URL is two consecutive years and a half, nothing else', () => {
		expect(parseTerm('2026-2027-1')).toBe('2026-2027-1');
		expect(parseTerm('2026-2027-2')).toBe('2026-2027-2');
		for (const bad of ['2026-2028-1', '2026-2027-3', '2026-2027', 'latest', '', undefined, '2026-2027-1/', ' 2026-2027-1']) expect(parseTerm(bad), String(bad)).toBeUndefined();
	});
});

describe('replies on time', () => {
	const onTime = Array.from({ length: 5 }, (_, i) => suggestion(`2026-10-1${i}`, `2026-10-2${i}`, `2026-10-1${i + 1}`));
	test('met when every suggestion decided this term was answered by its due day', () => {
		expect(replyOnTime(onTime, term, '2026-12-02')).toMatchObject({ state: 'met', value: 1 });
	});
	test('a late reply, or none past the due day, counts against the promise', () => {
		const late = [...onTime, suggestion('2026-11-02', '2026-11-05', '2026-11-09'), suggestion('2026-11-20', '2026-11-25', null)];
		const result = replyOnTime(late, term, '2026-12-02');
		expect(result).toMatchObject({ state: 'unmet', value: 5 / 7 });
	});
	test('fewer than five decided gives no figure; open ones not yet due are not counted', () => {
		const few = [...onTime.slice(0, 4), suggestion('2026-12-01', '2026-12-04', null)];
		expect(replyOnTime(few, term, '2026-12-02')).toMatchObject({ state: 'unknown', why: 'too-few' });
	});
	test('a suggestion counts in the term it arrived in; the history shows earlier terms, small ones blank', () => {
		const lastTerm = onTime.map((s) => ({ ...s, day: s.day.replace('2026-10', '2026-05') }));
		const result = replyOnTime([...lastTerm, onTime[0]!], term, '2026-12-02');
		expect(result.state).toBe('unknown');
		expect(result.history.map((p) => [p.label, p.value])).toEqual([
			['2024-2025-2', null],
			['2025-2026-1', null],
			['2025-2026-2', 1],
			['2026-2027-1', null],
		]);
	});
});

describe('satisfaction', () => {
	const spring25: SurveyFigure = { term: '2024-2025-2', closes: '2025-07-05', share: 0.7 };
	const spring26: SurveyFigure = { term: '2025-2026-2', closes: '2026-07-05', share: 0.86 };
	test('the latest closed survey against the target', () => {
		// Until this term's survey closes, the figure is last term's, and says so.
		expect(satisfaction([spring25, spring26], term, 0.85)).toMatchObject({ state: 'met', value: 0.86, term: '2025-2026-2' });
		expect(satisfaction([spring26], '2025-2026-2', 0.85)).not.toHaveProperty('term');
		expect(satisfaction([spring25], term, 0.85)).toMatchObject({ state: 'unmet', value: 0.7 });
	});
	test('no closed survey, or one withheld for fewer than five answers, gives no figure', () => {
		expect(satisfaction([], term, 0.85)).toMatchObject({ state: 'unknown', why: 'no-survey' });
		expect(satisfaction([{ ...spring26, share: undefined }], term, 0.85)).toMatchObject({ state: 'unknown', why: 'withheld' });
	});
	test('year on year: a relative rise on the same term a year before, only where both exist', () => {
		const growth = satisfactionGrowth([spring25, spring26], term, 0.2);
		expect(growth.state).toBe('met');
		expect(growth.state !== 'unknown' && growth.value).toBeCloseTo(0.16 / 0.7);
		expect(satisfactionGrowth([spring25, { ...spring26, share: 0.8 }], term, 0.2)).toMatchObject({ state: 'unmet' });
		expect(satisfactionGrowth([spring26], term, 0.2)).toMatchObject({ state: 'unknown', why: 'no-last-year' });
	});
});

describe('resources a month', () => {
	test('the leanest finished month of the term decides; the current month is shown but not judged', () => {
		const days = ['2026-08-03', '2026-09-01', '2026-09-02', '2026-12-01', ...Array.from({ length: 5 }, () => '2026-10-10'), ...Array.from({ length: 5 }, () => '2026-11-10')];
		const result = resourcesPerMonth(days, term, '2026-12-02', 1);
		expect(result).toMatchObject({ state: 'met', value: 1 });
		expect(result.history.map((p) => p.value)).toEqual([1, 2, 5, 5, 1]);
		expect(resourcesPerMonth(days, term, '2026-12-02', 5)).toMatchObject({ state: 'unmet', value: 1 });
	});
	test('at the start of a term there is no finished month yet', () => {
		expect(resourcesPerMonth(['2026-08-03'], term, '2026-08-20', 5)).toMatchObject({ state: 'unknown', why: 'no-full-month' });
	});
});

describe('lectures a term', () => {
	test('counts the lectures dated in the term', () => {
		expect(lecturesPerTerm(['2026-09-10', '2027-01-20', '2027-02-20'], term, 2)).toMatchObject({ state: 'met', value: 2 });
		expect(lecturesPerTerm(['2026-09-10'], term, 2)).toMatchObject({ state: 'unmet', value: 1 });
	});
});

describe('parent-meeting attendance', () => {
	test('before any meeting is held there is no figure, not 0 %', () => {
		expect(attendance([], term, 0.8)).toMatchObject({ state: 'unknown', why: 'no-meeting-held' });
	});
	test('families who came over families expected, over the meetings held', () => {
		const held = [
			{ term, came: 70, expected: 80 },
			{ term, came: 30, expected: 40 },
		] as const;
		expect(attendance(held, term, 0.8)).toMatchObject({ state: 'met', value: 100 / 120 });
		expect(attendance([{ term, came: 60, expected: 80 }], term, 0.8)).toMatchObject({ state: 'unmet', value: 0.75 });
	});
});

describe('needs questionnaire before each parent meeting', () => {
	test('a questionnaire closing at least the lead days before, in the same term, counts', () => {
		expect(needsBeforeMeetings([{ firstDay: '2027-01-15' }], ['2026-12-05'], term, 7)).toMatchObject({ state: 'met', value: 1, of: 1 });
		expect(needsBeforeMeetings([{ firstDay: '2027-01-15' }], ['2027-01-10'], term, 7)).toMatchObject({ state: 'unmet', value: 0, of: 1 });
		expect(needsBeforeMeetings([{ firstDay: '2026-09-10' }], ['2026-07-01'], term, 7)).toMatchObject({ state: 'unmet', value: 0 });
	});
	test('no parent meeting this term gives no figure', () => {
		expect(needsBeforeMeetings([{ firstDay: '2027-03-01' }], [], term, 7)).toMatchObject({ state: 'unknown', why: 'no-meeting' });
	});
});
