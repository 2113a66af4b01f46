import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { suggestionCategories, suggestionComplexities, suggestionStatuses } from '../../domain/suggestion.ts';

/**
 * A parent's suggestion. Anonymous by construction: no IP, user agent, cookie or time of day; the
 * receipt code is kept only as a keyed hash. The id is random, so row order reveals nothing.
 */
export const suggestionsTable = sqliteTable(
	'suggestions',
	{
		id: integer().primaryKey(),
		category: text({ enum: suggestionCategories }).notNull(),
		body: text().notNull(),
		/** Given only if the parent wants a call back (which ends anonymity, as the form says). */
		contact: text(),
		/** The parent agreed that the handled suggestion may appear on the public board. */
		publishConsent: integer('publish_consent', { mode: 'boolean' }).notNull(),
		/** HMAC of the receipt code with the server secret. */
		receiptHash: text('receipt_hash').notNull().unique(),
		/** Beijing calendar day it arrived. */
		day: text().notNull(),
		status: text({ enum: suggestionStatuses }).notNull().default('received'),
		complexity: text({ enum: suggestionComplexities }).notNull().default('general'),
		/** Reply due on this day (working-day clock from `day`). */
		dueDay: text('due_day').notNull(),
		reply: text(),
		repliedDay: text('replied_day'),
		/** The text as shown on the public board, after staff removed anything identifying. */
		boardText: text('board_text'),
		publishedDay: text('published_day'),
	},
	(t) => [
		// Serves the staff queue (open items by due day) and the public board.
		index('suggestions_status_due_idx').on(t.status, t.dueDay),
	],
);

/** Idempotency keys of accepted suggestions (not linked to them), so a double tap files one. */
export const suggestionKeysTable = sqliteTable(
	'suggestion_keys',
	{
		key: text().primaryKey(),
		day: text().notNull(),
	},
	(t) => [
		// Serves the purge of old keys.
		index('suggestion_keys_day_idx').on(t.day),
	],
);

/** Audit trail of staff actions: who, what, which day. */
export const suggestionEventsTable = sqliteTable(
	'suggestion_events',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		suggestionId: integer('suggestion_id')
			.notNull()
			.references(() => suggestionsTable.id, { onDelete: 'cascade' }),
		day: text().notNull(),
		/** The staff member's display name at the time. */
		actor: text().notNull(),
		action: text().notNull(),
		detail: text(),
	},
	(t) => [
		// Serves the trail on a suggestion's page.
		index('suggestion_events_suggestion_idx').on(t.suggestionId),
	],
);
