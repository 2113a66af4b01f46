// Rate-limit counters in the database, for runtimes whose isolates share no memory (Workers). The
// keys are salted hashes made by the caller (functions/http/rate-limit.ts); nothing here sees an address.
import { lte, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rateCountsTable } from '../schema/index.ts';

/**
 * Counts one attempt under each key, in one atomic batch, and returns each key's count after it (in
 * the order of `keys`). Counters whose window ended by `now` are deleted in the same batch, so no key
 * outlives its window by more than the time to the next attempt (or the nightly purge).
 */
export async function countRate(db: Db, keys: readonly string[], expiresAt: number, now: number): Promise<number[]> {
	const t = rateCountsTable;
	const count = (keyHash: string) =>
		db
			.insert(t)
			.values({ keyHash, count: 1, expiresAt })
			.onConflictDoUpdate({ target: t.keyHash, set: { count: sql`${t.count} + 1` } })
			.returning({ count: t.count });
	const [, ...counted] = await db.batch([db.delete(t).where(lte(t.expiresAt, now)), ...keys.map(count)]);
	return counted.map((rows) => (rows as { count: number }[])[0]!.count);
}

/** Deletes the counters of windows that are over: run nightly with the other purges. */
export async function purgeRateCounts(db: Db, now: number): Promise<void> {
	await db.delete(rateCountsTable).where(lte(rateCountsTable.expiresAt, now));
}
