import { expect, test } from 'vitest';
import { publishable, type SegmentCount } from '../../functions/domain/suppression.ts';
import { publicGroups, responseSurveyId, surveyResponseSchema } from '../../functions/domain/survey-response.ts';

const seg = (grade: string, classId: string, count: number): SegmentCount => ({ grade, classId, count });
const roster = {
	grades: [
		{ id: 'g1', classes: [{ id: 'g1-1' }, { id: 'g1-2' }] },
		{ id: 'g2', classes: [{ id: 'g2-1' }, { id: 'g2-2' }] },
		{ id: 'g3', classes: [{ id: 'g3-1' }] },
	],
};
const full = [seg('g1', 'g1-1', 12), seg('g1', 'g1-2', 9), seg('g2', 'g2-1', 7), seg('g2', 'g2-2', 6), seg('g3', 'g3-1', 5)];

test('opted in and every class passes: every class is shown, in roster order', () => {
	const groups = publicGroups(publishable(full), roster, true);
	expect(groups.classes).toEqual([
		{ grade: 'g1', classId: 'g1-1' },
		{ grade: 'g1', classId: 'g1-2' },
		{ grade: 'g2', classId: 'g2-1' },
		{ grade: 'g2', classId: 'g2-2' },
		{ grade: 'g3', classId: 'g3-1' },
	]);
	expect(groups.grades.every((g) => g.shown)).toBe(true);
});

test('not opted in: no class level even when every class passes', () => {
	expect(publicGroups(publishable(full), roster, false).classes).toEqual([]);
});

test('opted in but one class is under 5 (or missing): no class level at all, grades still shown', () => {
	const small = full.map((s) => (s.classId === 'g2-2' ? seg('g2', 'g2-2', 4) : s));
	const groups = publicGroups(publishable(small), roster, true);
	expect(groups.classes).toEqual([]);
	expect(groups.grades.map((g) => g.shown)).toEqual([true, true, true]);
	expect(publicGroups(publishable(full.filter((s) => s.classId !== 'g3-1')), roster, true).classes).toEqual([]);
});

test('a grade under 5, or one that could be worked out from the school, says 样本不足', () => {
	const counts = [seg('g1', 'g1-1', 40), seg('g2', 'g2-1', 30), seg('g3', 'g3-1', 3)];
	const groups = publicGroups(publishable(counts), roster, true);
	// g3 (3) would be the school minus g1 and g2, so the smaller of those goes too.
	expect(groups.grades).toEqual([
		{ id: 'g1', shown: true },
		{ id: 'g2', shown: false },
		{ id: 'g3', shown: false },
	]);
	expect(groups.classes).toEqual([]);
});

test('nothing published: no grade shown', () => {
	expect(publicGroups(publishable([]), roster, true).grades.some((g) => g.shown)).toBe(false);
});

test('the response file names its survey; front matter errors are in Chinese and name the field', () => {
	expect(responseSurveyId('satisfaction-2026-spring.response.md')).toBe('satisfaction-2026-spring');
	expect(responseSurveyId('satisfaction-2026-spring.md')).toBeUndefined();
	expect(surveyResponseSchema.parse({ published: '2026-09-10' })).toEqual({ published: new Date('2026-09-10'), publicClasses: false });
	const result = surveyResponseSchema.safeParse({ published: 'soon', publicClasses: 'yes' });
	expect(result.success).toBe(false);
	expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['published', 'publicClasses']);
	expect(result.error!.issues[0]!.message).toMatch(/[\u4e00-\u9fff]/);
});
