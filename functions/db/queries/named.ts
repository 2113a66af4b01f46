// Named intention forms (named_responses): read only for a class list, never joined with responses.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { namedResponsesTable } from '../schema/index.ts';

export type NamedResponse = typeof namedResponsesTable.$inferSelect;

/** One class's entries of one named form (in random-id order: the order says nothing). */
export async function classNamedResponses(db: Db, surveyId: string, classId: string): Promise<NamedResponse[]> {
	const t = namedResponsesTable;
	return db.select().from(t).where(and(eq(t.surveyId, surveyId), eq(t.classId, classId))).orderBy(asc(t.id)).all();
}
