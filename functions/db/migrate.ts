import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client.ts';

/** The committed drizzle-kit migrations; production and tests apply them the same way. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

const applied = async (db: Db) =>
	(await db.get<{ n: number }>(sql`select count(*) as n from sqlite_master where name = '__drizzle_migrations'`)).n
		? (await db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`)).n
		: 0;

export async function migrateDatabase(db: Db): Promise<void> {
	const before = await applied(db);
	await migrate(db, { migrationsFolder });
	// A migration that rebuilt tables (0005: WITHOUT ROWID) leaves the old pages, in the old order, in
	// the file's free list; VACUUM writes the file anew. Cheap on an empty database, once per upgrade.
	if ((await applied(db)) > before) await db.run(sql`vacuum`);
}
