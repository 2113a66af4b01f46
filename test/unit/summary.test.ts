import { expect, test } from 'vitest';
import { summarize, type TotalRow } from '../../functions/domain/summary.ts';
import { fixtureSurvey, signUpSurvey } from '../helpers/survey-fixture.ts';

const row = (questionId: string, value: string, count: number, classId = 'g1-1', rowId = ''): TotalRow => ({ questionId, rowId, value, grade: 'g1', classId, count });
const responses = [{ grade: 'g1', classId: 'g1-1', count: 20 }, { grade: 'g1', classId: 'g1-2', count: 3 }];

test('no responses: withheld, not a page of zeros', () => {
	expect(summarize(fixtureSurvey, [], [], {}, 0.85)).toEqual({ withheld: true });
});

test('choices are sorted by count with shares of the group; an option nobody chose shows 0', () => {
	const s = summarize(fixtureSurvey, [row('channel', 'phone', 12), row('channel', 'wechat', 8)], responses, {}, 0.85);
	if (s.withheld) throw new Error('withheld');
	const channel = s.questions.find((q) => q.question.id === 'channel');
	expect(channel).toMatchObject({ kind: 'choice', options: [{ id: 'phone', count: 12 }, { id: 'wechat', count: 8 }, { id: 'visit', count: 0, share: 0 }] });
	expect(s.responses).toBe(23);
	if (channel?.kind === 'choice') expect(channel.options[0]!.share).toBeCloseTo(12 / 23);
});

test('Likert and matrix rows: distribution and share satisfied (4–5) against the target; NPS', () => {
	const totals = [
		row('overall', '5', 9), row('overall', '4', 8), row('overall', '2', 3),
		row('grid', '4', 20, 'g1-1', 'talk'), row('grid', '1', 20, 'g1-1', 'events'),
		row('recommend', '10', 10), row('recommend', '8', 5), row('recommend', '3', 5),
	];
	const s = summarize(fixtureSurvey, totals, responses, {}, 0.85);
	if (s.withheld) throw new Error('withheld');
	expect(s.target).toBe(0.85);
	expect(s.questions.find((q) => q.question.id === 'overall')).toMatchObject({ kind: 'scale', counts: [0, 3, 0, 8, 9], answered: 20, satisfied: 17 / 20 });
	expect(s.questions.find((q) => q.question.id === 'grid')).toMatchObject({ rows: [{ id: 'talk', satisfied: 1 }, { id: 'events', satisfied: 0 }] });
	expect(s.questions.find((q) => q.question.id === 'recommend')).toMatchObject({ kind: 'nps', promoters: 10, passives: 5, detractors: 5, score: 25 });
	// Text is never summarised as figures.
	expect(s.questions.some((q) => q.question.id === 'note')).toBe(false);
});

test('a class under 5 responses, and the class that would give it away, are withheld', () => {
	expect(summarize(fixtureSurvey, [], responses, { grade: 'g1', classId: 'g1-2' }, 0.85)).toEqual({ withheld: true });
	expect(summarize(fixtureSurvey, [], responses, { grade: 'g1', classId: 'g1-1' }, 0.85)).toEqual({ withheld: true });
	expect(summarize(fixtureSurvey, [], responses, { grade: 'g1' }, 0.85).withheld).toBe(false);
});

test('a showIf question: shares of the parents who were asked it, not of every response', () => {
	// 20 responses: 8 take part, of whom 6 come on Monday; 12 do not and were never asked which day.
	const totals = [row('attend', 'yes', 8), row('attend', 'no', 12), row('days', 'mon', 6), row('days', 'tue', 4), row('pickup', 'late', 8)];
	const s = summarize(signUpSurvey, totals, [{ grade: 'g1', classId: 'g1-1', count: 20 }], {}, 0.85);
	if (s.withheld) throw new Error('withheld');
	const days = s.questions.find((q) => q.question.id === 'days');
	expect(days).toMatchObject({ kind: 'choice', asked: 8, condition: { question: '是否参加', options: ['参加'] } });
	if (days?.kind === 'choice') expect(days.options.map((o) => o.share)).toEqual([6 / 8, 4 / 8]);
	// Asked of "参加" and "还在考虑": nobody said 还在考虑 here.
	expect(s.questions.find((q) => q.question.id === 'pickup')).toMatchObject({ asked: 8, condition: { options: ['参加', '还在考虑'] } });
	expect(s.questions.find((q) => q.question.id === 'attend')).toMatchObject({ asked: 20 });
	expect(s.questions.find((q) => q.question.id === 'attend')).not.toHaveProperty('condition');
});
