// Published figures move in steps. Live running totals would let a leader who reads a group's figures
// before and after one parent submits read that parent's answers (21 -> 22 responses, 不满意 0 -> 1).
// So each segment (a class, or a grade or the school when the survey asks no finer) publishes its new
// responses only once at least MIN_GROUP of them are waiting: every published figure of any group is a
// sum of segments, and any two moments differ by nothing or by at least MIN_GROUP responses per segment.
// Raw rows and free text follow the same `published` mark, so every view shows the same responses.
import { and, eq, gt, gte, sql, type SQL } from 'drizzle-orm';
import { MIN_GROUP } from '../../domain/suppression.ts';
import type { Db } from '../client.ts';
import { answerTotalsTable as a, responsesTable as r, responseTotalsTable as t } from '../schema/index.ts';

/** A segment with at least MIN_GROUP responses not yet published. */
const ready = (segment: { surveyId: unknown; grade: unknown; classId: unknown }): SQL =>
	sql`exists (select 1 from ${t} where ${t.surveyId} = ${segment.surveyId} and ${t.grade} = ${segment.grade}
		and ${t.classId} = ${segment.classId} and ${t.count} - ${t.published} >= ${MIN_GROUP})`;

/**
 * Publishes every segment of a survey (or of all surveys) that has MIN_GROUP or more new responses, in
 * one commit. Called before figures are read; a no-op read when nothing is ready. Safe to run twice at
 * once: each statement checks readiness itself, and the last one is what ends it.
 */
export async function publishReady(db: Db, surveyId?: string): Promise<void> {
	const of = (column: typeof t.surveyId | typeof a.surveyId | typeof r.surveyId) => (surveyId === undefined ? [] : [eq(column, surveyId)]);
	const waiting = await db
		.select({ one: sql`1` })
		.from(t)
		.where(and(...of(t.surveyId), gte(sql`${t.count} - ${t.published}`, MIN_GROUP)))
		.limit(1)
		.get();
	if (!waiting) return;
	await db.batch([
		db
			.update(a)
			.set({ published: sql`${a.count}` })
			.where(and(...of(a.surveyId), ready({ surveyId: a.surveyId, grade: a.grade, classId: a.classId }))),
		db
			.update(r)
			.set({ published: true })
			// Written as `= 0` so SQLite reads only the waiting responses (responses_waiting_idx).
			.where(
				and(
					sql`${r.published} = 0`,
					...of(r.surveyId),
					ready({ surveyId: r.surveyId, grade: sql`coalesce(${r.grade}, '')`, classId: sql`coalesce(${r.classId}, '')` }),
				),
			),
		db
			.update(t)
			.set({ published: sql`${t.count}` })
			.where(and(...of(t.surveyId), gte(sql`${t.count} - ${t.published}`, MIN_GROUP))),
	]);
}

/** Everything a results page needs for one survey, as published: O(options × segments) rows. */
export async function publishedTotals(db: Db, surveyId: string) {
	await publishReady(db, surveyId);
	const [totals, responses] = await db.batch([
		db
			.select({ questionId: a.questionId, rowId: a.rowId, value: a.value, grade: a.grade, classId: a.classId, count: a.published })
			.from(a)
			.where(and(eq(a.surveyId, surveyId), gt(a.published, 0))),
		db
			.select({ grade: t.grade, classId: t.classId, count: t.published })
			.from(t)
			.where(and(eq(t.surveyId, surveyId), gt(t.published, 0))),
	]);
	return { totals, responses };
}

/** Published responses per survey. Each is 0 or at least MIN_GROUP: a segment publishes MIN_GROUP at once. */
export async function publishedCounts(db: Db): Promise<Map<string, number>> {
	await publishReady(db);
	const rows = await db
		.select({ surveyId: t.surveyId, n: sql<number>`sum(${t.published})` })
		.from(t)
		.groupBy(t.surveyId)
		.all();
	return new Map(rows.map((row) => [row.surveyId, row.n]));
}
