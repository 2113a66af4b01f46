import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client.ts';

/** The committed drizzle-kit migrations; production and tests apply them the same way. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrateDatabase(db: Db): Promise<void> {
	await migrate(db, { migrationsFolder });
}
