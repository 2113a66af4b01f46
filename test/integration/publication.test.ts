// Published figures move in steps of at least five responses per segment, so nothing a leader can
// read — one figure, a difference between filters, or a difference between two moments — describes
// fewer than five parents. Real SQLite file, real submission path.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { publishedCounts, publishedTotals } from '../../functions/db/queries/publication.ts';
import { rebuildTotals } from '../../functions/db/queries/totals.ts';
import { summarize, type Filter } from '../../functions/domain/summary.ts';
import { MIN_GROUP } from '../../functions/domain/suppression.ts';
import { csvStream } from '../../functions/exports/formats.ts';
import { rawTable, summaryTable } from '../../functions/exports/tables.ts';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { duringSurvey, fixtureSurvey, fixtureTarget, formRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => (t = await freshDatabase()));
afterEach(() => t.cleanup());

let keys = 0;
/** One parent of `klass` submits; `overall` is their 1–5 answer. */
async function submit(klass: string, overall = 4) {
	const fields = validFields(`publication-${String(keys++).padStart(12, '0')}`).map(([k, v]): [string, string] =>
		k === 'q.class' ? [k, klass] : k === 'q.overall' ? [k, String(overall)] : [k, v],
	);
	const outcome = await submitSurvey(formRequest(fields), fixtureTarget, { db: t.db, now: duringSurvey });
	expect(outcome.ok).toBe(true);
}

const names = new Map([['g1', '一年级'], ['g2', '二年级'], ['g1-1', '一（1）班'], ['g1-2', '一（2）班'], ['g2-1', '二（1）班']]);
const text = async (rows: Iterable<unknown[]> | AsyncIterable<unknown[]>) =>
	new Response(csvStream(rows as AsyncIterable<(string | number)[]>)).text();

/** What a leader downloads for a filter: the summary and the raw answers, as CSV. */
async function exportsFor(filter: Filter) {
	const { totals, responses } = await publishedTotals(t.db, 'fixture');
	const summary = summaryTable(summarize(fixtureSurvey, totals, responses, filter, 0.85), (_, p) => `${p}分`);
	return { summary: await text(summary), raw: await text(rawTable(t.db, 'fixture', fixtureSurvey, { filter, counts: responses, names })) };
}

test('a class publishes its answers five at a time: one more parent changes no figure', async () => {
	for (let i = 0; i < 4; i++) await submit('g1-1');
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([]);
	await submit('g1-1', 1);
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([{ grade: 'g1', classId: 'g1-1', count: 5 }]);
	// The sixth parent, unhappy, is stored but shown nowhere until four more have answered.
	await submit('g1-1', 1);
	const { totals, responses } = await publishedTotals(t.db, 'fixture');
	expect(responses).toEqual([{ grade: 'g1', classId: 'g1-1', count: 5 }]);
	expect(totals.filter((r) => r.questionId === 'overall')).toEqual([
		expect.objectContaining({ value: '1', count: 1 }),
		expect.objectContaining({ value: '4', count: 4 }),
	]);
	for (let i = 0; i < 4; i++) await submit('g1-1');
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([{ grade: 'g1', classId: 'g1-1', count: 10 }]);
	// The running totals still count every response, and rebuilding them keeps what was published.
	const live = await t.db.get<{ count: number; published: number }>(sql`select count, published from response_totals`);
	expect(live).toEqual({ count: 10, published: 10 });
	await rebuildTotals(t.db, new Map([['fixture', fixtureSurvey]]));
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([{ grade: 'g1', classId: 'g1-1', count: 10 }]);
});

test('exports taken before and after one submission are the same; five later they differ by five', async () => {
	for (let i = 0; i < 12; i++) await submit(i < 6 ? 'g1-1' : 'g1-2');
	for (const filter of [{}, { grade: 'g1' }]) {
		const before = await exportsFor(filter);
		await submit('g1-1', 1);
		expect(await exportsFor(filter)).toEqual(before);
		for (let i = 0; i < 4; i++) await submit('g1-1', 1);
		const after = await exportsFor(filter);
		expect(after.summary).not.toEqual(before.summary);
		const rows = (csv: string) => csv.trim().split('\n').length;
		expect(rows(after.raw) - rows(before.raw)).toBe(5);
	}
});

test('the overview counts only published responses: none, or five and more', async () => {
	for (let i = 0; i < 3; i++) await submit('g1-1');
	expect((await publishedCounts(t.db)).get('fixture') ?? 0).toBe(0);
	for (let i = 0; i < 2; i++) await submit('g1-1');
	expect((await publishedCounts(t.db)).get('fixture')).toBe(5);
});

// Every view a leader can choose: the school, each grade, each class.
const filters: Filter[] = [{}, { grade: 'g1' }, { grade: 'g2' }, { grade: 'g1', classId: 'g1-1' }, { grade: 'g1', classId: 'g1-2' }, { grade: 'g2', classId: 'g2-1' }];
const within = (inner: Filter, outer: Filter) =>
	(outer.grade === undefined || inner.grade === outer.grade) && (outer.classId === undefined || inner.classId === outer.classId);
/** A difference that describes some parents: none, or at least MIN_GROUP of them. */
const safe = (n: number) => n === 0 || n >= MIN_GROUP;

test('property: no published figure, alone, by subtraction across filters or across two moments, describes fewer than 5 responses', async () => {
	const step = fc.oneof(fc.constantFrom('g1-1', 'g1-2', 'g2-1'), fc.constant('look' as const));
	await fc.assert(
		fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60 }), async (steps) => {
			await t.db.run(sql`delete from responses`);
			await rebuildTotals(t.db, new Map([['fixture', fixtureSurvey]]));
			/** What the leader saw at each look: the responses shown per filter (undefined: withheld). */
			const looks: (number | undefined)[][] = [];
			for (const s of [...steps, 'look' as const]) {
				if (s !== 'look') {
					await submit(s, 1 + (keys % 5));
					continue;
				}
				const { totals, responses } = await publishedTotals(t.db, 'fixture');
				looks.push(
					filters.map((f) => {
						const summary = summarize(fixtureSurvey, totals, responses, f, 0.85);
						return summary.withheld ? undefined : summary.responses;
					}),
				);
			}
			looks.forEach((look, now) => {
				filters.forEach((outer, i) => {
					const n = look[i];
					if (n === undefined) return;
					// Alone.
					expect(n).toBeGreaterThanOrEqual(MIN_GROUP);
					// The same or a narrower filter at this or any earlier look: published answers only
					// accumulate, so the difference is a set of responses, and never a small one.
					filters.forEach((inner, j) => {
						if (!within(inner, outer)) return;
						for (const earlier of looks.slice(0, now + 1)) if (earlier[j] !== undefined) expect(safe(n - earlier[j]!)).toBe(true);
					});
					// The filter minus every narrower filter shown beside it (a grade minus its shown classes).
					const children = filters.map((f, j) => [f, look[j]] as const).filter(([f]) => f !== outer && within(f, outer) && (f.classId !== undefined) !== (outer.grade === undefined));
					const shown = children.filter(([, m]) => m !== undefined).reduce((sum, [, m]) => sum + m!, 0);
					if (children.length > 0) expect(safe(n - shown)).toBe(true);
				});
			});
		}),
		{ numRuns: 40 },
	);
});

test('a deletion that leaves a published class under five sends its rest back to wait for a step', async () => {
	for (let i = 0; i < 5; i++) await submit('g1-1');
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([{ grade: 'g1', classId: 'g1-1', count: 5 }]);
	// Retention or demo removal deletes two of them and recounts.
	await t.db.run(sql`delete from responses where id in (select id from responses limit 2)`);
	await rebuildTotals(t.db, new Map([['fixture', fixtureSurvey]]));
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([]);
	expect((await publishedCounts(t.db)).get('fixture')).toBe(0);
	for (let i = 0; i < 2; i++) await submit('g1-1');
	expect((await publishedTotals(t.db, 'fixture')).responses).toEqual([{ grade: 'g1', classId: 'g1-1', count: 5 }]);
});
