import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { randomId } from './random-id.ts';
import type { SuggestionCategory, SuggestionComplexity, SuggestionStatus } from '../../domain/suggestion.ts';
import { suggestionEventsTable, suggestionKeysTable, suggestionsTable } from '../schema/index.ts';

export type Suggestion = typeof suggestionsTable.$inferSelect;
export type SuggestionEvent = typeof suggestionEventsTable.$inferSelect;


/** Files a suggestion in one batch; "duplicate" when this form's key was already used. */
export async function insertSuggestion(
	db: Db,
	key: string,
	s: Pick<Suggestion, 'category' | 'body' | 'contact' | 'publishConsent' | 'receiptHash' | 'day' | 'dueDay'>,
): Promise<'stored' | 'duplicate'> {
	try {
		await db.batch([
			db.insert(suggestionKeysTable).values({ key, day: s.day }),
			db.insert(suggestionsTable).values({ id: randomId(), ...s }),
		]);
		return 'stored';
	} catch (error) {
		if ((String((error as { cause?: unknown }).cause ?? '') + String(error)).includes('suggestion_keys.key')) return 'duplicate';
		throw error;
	}
}

export async function suggestionByReceipt(db: Db, receiptHash: string): Promise<Suggestion | undefined> {
	return db.select().from(suggestionsTable).where(eq(suggestionsTable.receiptHash, receiptHash)).get();
}

export async function suggestionById(db: Db, id: number): Promise<Suggestion | undefined> {
	return db.select().from(suggestionsTable).where(eq(suggestionsTable.id, id)).get();
}

/** The staff queue: due soonest first. */
export async function suggestionQueue(db: Db, filter: { status?: SuggestionStatus; category?: SuggestionCategory }) {
	const where: SQL[] = [];
	if (filter.status) where.push(eq(suggestionsTable.status, filter.status));
	if (filter.category) where.push(eq(suggestionsTable.category, filter.category));
	return db
		.select()
		.from(suggestionsTable)
		.where(where.length ? and(...where) : undefined)
		.orderBy(asc(suggestionsTable.dueDay), asc(suggestionsTable.id))
		.all();
}

/** Handled suggestions the parent agreed to publish and staff approved, newest first. */
export async function boardSuggestions(db: Db) {
	return db
		.select()
		.from(suggestionsTable)
		.where(and(eq(suggestionsTable.status, 'published'), eq(suggestionsTable.publishConsent, true)))
		.orderBy(desc(suggestionsTable.publishedDay), asc(suggestionsTable.id))
		.all();
}

export async function suggestionEvents(db: Db, suggestionId: number): Promise<SuggestionEvent[]> {
	return db
		.select()
		.from(suggestionEventsTable)
		.where(eq(suggestionEventsTable.suggestionId, suggestionId))
		.orderBy(asc(suggestionEventsTable.id))
		.all();
}

/** Changes a suggestion and records who did it, in one commit. */
export async function updateSuggestion(
	db: Db,
	id: number,
	change: Partial<Omit<Suggestion, 'id'>>,
	event: Omit<SuggestionEvent, 'id' | 'suggestionId'>,
) {
	await db.batch([
		db.update(suggestionsTable).set(change).where(eq(suggestionsTable.id, id)),
		db.insert(suggestionEventsTable).values({ ...event, suggestionId: id }),
	]);
}

export async function purgeSuggestionKeys(db: Db, beforeDay: string) {
	await db.delete(suggestionKeysTable).where(lt(suggestionKeysTable.day, beforeDay));
}

/** The suggestion box at a glance: how many came in, how many were answered on time, what is overdue. */
export async function suggestionStats(db: Db, today: string) {
	const row = await db.get<{ received: number; answered: number; onTime: number; overdue: number }>(sql`
		select count(*) as received,
			count(replied_day) as answered,
			sum(case when replied_day is not null and replied_day <= due_day then 1 else 0 end) as onTime,
			sum(case when status in ('received', 'processing') and due_day < ${today} then 1 else 0 end) as overdue
		from suggestions`);
	const byCategory = await db
		.select({ category: suggestionsTable.category, n: sql<number>`count(*)` })
		.from(suggestionsTable)
		.groupBy(suggestionsTable.category)
		.orderBy(desc(sql`count(*)`))
		.all();
	return { received: row.received, answered: row.answered, onTime: row.onTime ?? 0, overdue: row.overdue ?? 0, byCategory };
}

/** Every suggestion's reply clock (days only, no text): what the promise board's on-time rates count. */
export async function suggestionClocks(db: Db, complexity: SuggestionComplexity) {
	const t = suggestionsTable;
	return db.select({ day: t.day, dueDay: t.dueDay, repliedDay: t.repliedDay }).from(t).where(eq(t.complexity, complexity)).all();
}

/** Clocks and categories (no text) of the suggestions that arrived in [first, after): the term report's tally. */
export async function suggestionClocksBetween(db: Db, first: string, after: string) {
	const t = suggestionsTable;
	return db
		.select({ category: t.category, day: t.day, dueDay: t.dueDay, repliedDay: t.repliedDay })
		.from(t)
		.where(and(gte(t.day, first), lt(t.day, after)))
		.all();
}

/** The day the first suggestion arrived, if any: where the box's records begin. */
export async function firstSuggestionDay(db: Db): Promise<string | undefined> {
	const row = await db.get<{ day: string | null }>(sql`select min(day) as day from suggestions`);
	return row?.day ?? undefined;
}
