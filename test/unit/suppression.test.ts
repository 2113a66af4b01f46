import fc from 'fast-check';
import { expect, test } from 'vitest';
import { classKey, mayShow, MIN_GROUP, publishable, type SegmentCount } from '../../functions/domain/suppression.ts';

const seg = (grade: string, classId: string, count: number): SegmentCount => ({ grade, classId, count });

test('a class with fewer than 5 responses shows no figures', () => {
	const p = publishable([seg('g1', 'g1-1', 30), seg('g1', 'g1-2', 20), seg('g1', 'g1-3', 4), seg('g1', 'g1-4', 12)]);
	expect(mayShow(p, { grade: 'g1', classId: 'g1-3' })).toBe(false);
	expect(mayShow(p, { grade: 'g1', classId: 'g1-1' })).toBe(true);
	// g1-3 alone (4) could be had as grade − the others, so the smallest other class goes too.
	expect(mayShow(p, { grade: 'g1', classId: 'g1-4' })).toBe(false);
	expect(mayShow(p, { grade: 'g1' })).toBe(true);
});

test('edges: exactly 5 is shown, 4 is not; an empty school shows nothing', () => {
	expect(mayShow(publishable([seg('g1', 'a', 5)]), { grade: 'g1', classId: 'a' })).toBe(true);
	expect(mayShow(publishable([seg('g1', 'a', 4)]), {})).toBe(false);
	expect(mayShow(publishable([]), {})).toBe(false);
	// A grade with a single class equals it: nothing to subtract.
	expect(mayShow(publishable([seg('g1', 'a', 7), seg('g2', 'b', 9)]), { grade: 'g2', classId: 'b' })).toBe(true);
});

test('a small grade is protected against "school minus the other grades" too', () => {
	const p = publishable([seg('g1', 'a', 40), seg('g2', 'b', 3), seg('g3', 'c', 25)]);
	expect(mayShow(p, {})).toBe(true);
	expect(mayShow(p, { grade: 'g2' })).toBe(false);
	expect(mayShow(p, { grade: 'g3' })).toBe(false);
	expect(mayShow(p, { grade: 'g1' })).toBe(true);
});

// Every figure published, for any counts: each group has ≥ 5 responses, and no difference between a
// published group and its published parts (parent − shown children) is between 1 and 4.
test('property: no published figure, directly or by subtraction, describes fewer than 5 people', () => {
	const counts = fc.array(
		fc.record({ grade: fc.constantFrom('g1', 'g2', 'g3'), classId: fc.constantFrom('a', 'b', 'c', 'd'), count: fc.integer({ min: 1, max: 12 }) }),
		{ maxLength: 12 },
	).map((rows) => {
		const merged = new Map<string, SegmentCount>();
		for (const r of rows) merged.set(classKey(r.grade, r.classId), { ...r, count: (merged.get(classKey(r.grade, r.classId))?.count ?? 0) + r.count });
		return [...merged.values()];
	});
	fc.assert(
		fc.property(counts, (rows) => {
			const p = publishable(rows);
			const total = rows.reduce((s, r) => s + r.count, 0);
			const grade = (g: string) => rows.filter((r) => r.grade === g).reduce((s, r) => s + r.count, 0);
			const small = (n: number) => n > 0 && n < MIN_GROUP;
			if (p.school) expect(total).toBeGreaterThanOrEqual(MIN_GROUP);
			const shownGrades = [...p.grades];
			for (const g of shownGrades) expect(grade(g)).toBeGreaterThanOrEqual(MIN_GROUP);
			if (p.school) expect(small(total - shownGrades.reduce((s, g) => s + grade(g), 0))).toBe(false);
			for (const g of shownGrades) {
				const shown = rows.filter((r) => p.classes.has(classKey(r.grade, r.classId)) && r.grade === g);
				for (const r of shown) expect(r.count).toBeGreaterThanOrEqual(MIN_GROUP);
				expect(small(grade(g) - shown.reduce((s, r) => s + r.count, 0))).toBe(false);
			}
			// A class is only ever shown inside a shown grade.
			for (const key of p.classes) expect(p.grades.has(key.split('/')[0]!)).toBe(true);
		}),
		{ numRuns: 2000 },
	);
});
