import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Rate-limit counters where process memory cannot hold them: on Workers, isolates share nothing but
 * the database (functions/edge/hub.ts). A row is one client's count (or everyone's together) in one
 * limit and one time window. No address is ever stored: the key is an HMAC of the address keyed with
 * a salt derived from the server secret and the window's number, so keys change every window and a
 * key cannot be followed from one window to the next. Rows go once their window is over. WITHOUT
 * ROWID (migration 0006): the rows sit in key (hash) order, not in the order clients arrived.
 */
export const rateCountsTable = sqliteTable(
	'rate_counts',
	{
		/** HMAC of (limit, window, client), or of (limit, window) alone for the total. */
		keyHash: text('key_hash').primaryKey(),
		/** Attempts counted in the window so far. */
		count: integer().notNull(),
		/** Milliseconds since the epoch when the window ends and the row may go. */
		expiresAt: integer('expires_at').notNull(),
	},
	(t) => [
		// Serves deleting the counters of windows that are over.
		index('rate_counts_expires_idx').on(t.expiresAt),
	],
);
