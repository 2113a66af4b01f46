import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Filter } from '../../domain/summary.ts';
import type { Db } from '../client.ts';
import { answersTable, responsesTable } from '../schema/index.ts';

export const textPageSize = 20;

/**
 * One page of a free-text question's published answers for a group (the same responses the figures
 * count, functions/db/queries/publication.ts), optionally only those containing `search`.
 * Ordered by the responses' random ids, so the order says nothing about when anyone answered.
 */
export async function textAnswers(db: Db, surveyId: string, questionId: string, filter: Filter, search: string, page: number) {
	const where: SQL[] = [eq(responsesTable.surveyId, surveyId), eq(responsesTable.published, true), eq(answersTable.questionId, questionId)];
	if (filter.grade !== undefined) where.push(eq(responsesTable.grade, filter.grade));
	if (filter.classId !== undefined) where.push(eq(responsesTable.classId, filter.classId));
	// LIKE wildcards typed by the reader are searched for literally.
	if (search) where.push(like(answersTable.value, sql`${`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`));
	const [items, [count]] = await db.batch([
		db
			.select({ text: answersTable.value })
			.from(answersTable)
			.innerJoin(responsesTable, eq(answersTable.responseId, responsesTable.id))
			.where(and(...where))
			.orderBy(responsesTable.id)
			.limit(textPageSize)
			.offset((page - 1) * textPageSize),
		db
			.select({ n: sql<number>`count(*)` })
			.from(answersTable)
			.innerJoin(responsesTable, eq(answersTable.responseId, responsesTable.id))
			.where(and(...where)),
	]);
	return { items: items.map((i) => i.text), total: count?.n ?? 0 };
}
