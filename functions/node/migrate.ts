// Applies the committed drizzle-kit migrations; production and tests apply them the same way. Reading
// the migration files takes the file system, so the runners live on the Node side: the CLI and the
// embedded server for libSQL, the tests (and a deploy script) for D1.
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migrateD1 } from 'drizzle-orm/d1/migrator';
import { migrate as migrateLibsql } from 'drizzle-orm/libsql/migrator';
import type { Db, LibsqlDb } from '../db/client.ts';

export const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

const applied = async (db: Db) =>
	(await db.get<{ n: number }>(sql`select count(*) as n from sqlite_master where name = '__drizzle_migrations'`)).n
		? (await db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`)).n
		: 0;

/** Brings the database up to date; `created`: it had no migration before, so it is a new installation. */
export async function migrateDatabase(db: LibsqlDb): Promise<{ created: boolean }> {
	const before = await applied(db);
	await migrateLibsql(db, { migrationsFolder });
	// A migration that rebuilt tables (0005: WITHOUT ROWID) leaves the old pages, in the old order, in
	// the file's free list; VACUUM writes the file anew. Cheap on an empty database, once per upgrade.
	if ((await applied(db)) > before) await db.run(sql`vacuum`);
	return { created: before === 0 };
}

/**
 * The same migrations on D1, in one batch (D1's batch is atomic). No VACUUM: D1 refuses it, and the
 * pages of a D1 database are Cloudflare's to keep, not a file an administrator copies.
 */
export async function migrateD1Database(db: Db): Promise<void> {
	await migrateD1(db as Parameters<typeof migrateD1>[0], { migrationsFolder });
}
