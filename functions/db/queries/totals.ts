import { and, eq, inArray, sql } from 'drizzle-orm';
import { countedQuestionIds } from '../../domain/answers.ts';
import { MIN_GROUP } from '../../domain/suppression.ts';
import type { Survey } from '../../domain/survey.ts';
import { perStatement, type Db } from '../client.ts';
import { answersTable as a, answerTotalsTable, responsesTable as r, responseTotalsTable } from '../schema/index.ts';

/**
 * Recomputes the running totals from the raw answers, in one commit: after bulk deletions (demo data,
 * retention) and as `npm run db:totals`, the proof that the increments kept them right. Published
 * counts follow the responses' `published` mark. Query builders only: drizzle-orm/d1 cannot batch a
 * raw `db.run(sql…)` that binds values (drizzle-orm#2277).
 */
export async function rebuildTotals(db: Db, surveys: Map<string, Survey>): Promise<void> {
	const grade = sql<string>`coalesce(${r.grade}, '')`;
	const classId = sql<string>`coalesce(${r.classId}, '')`;
	const published = sql<number>`sum(${r.published})`.as('published');
	const count = sql<number>`count(*)`.as('count');
	await db.batch([
		// A deletion (demo data, retention) can leave a published segment with fewer than MIN_GROUP
		// responses; its remaining ones wait again for a step of their own.
		db
			.update(r)
			.set({ published: false })
			.where(
				sql`${r.published} = 1 and (${r.surveyId}, ${grade}, ${classId}) in (${db
					.select({ surveyId: r.surveyId, grade, classId })
					.from(r)
					.where(sql`${r.published} = 1`)
					.groupBy(r.surveyId, grade, classId)
					.having(sql`count(*) < ${MIN_GROUP}`)})`,
			),
		db.delete(answerTotalsTable),
		db.delete(responseTotalsTable),
		db.insert(responseTotalsTable).select(db.select({ surveyId: r.surveyId, grade: grade.as('grade'), classId: classId.as('class_id'), count, published }).from(r).groupBy(r.surveyId, grade, classId)),
		...[...surveys].flatMap(([id, survey]) =>
			// The survey id takes one bound value of each statement; the question ids share the rest.
			perStatement(countedQuestionIds(survey), 1, 1).map((questionIds) =>
				db.insert(answerTotalsTable).select(
					db
						.select({ surveyId: r.surveyId, questionId: a.questionId, rowId: a.rowId, value: a.value, grade: grade.as('grade'), classId: classId.as('class_id'), count, published })
						.from(a)
						.innerJoin(r, eq(r.id, a.responseId))
						.where(and(eq(r.surveyId, id), inArray(a.questionId, questionIds)))
						.groupBy(r.surveyId, a.questionId, a.rowId, a.value, grade, classId),
				),
			),
		),
	]);
}

/** Whether the totals count every stored response: false after upgrading from a version without them. */
export async function totalsMatchResponses(db: Db): Promise<boolean> {
	const row = await db.get<{ responses: number; counted: number | null }>(
		sql`select (select count(*) from responses) as responses, (select sum(count) from response_totals) as counted`,
	);
	return row.responses === (row.counted ?? 0);
}
