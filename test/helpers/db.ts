// A fresh SQLite file, migrated the way production migrates, through the real driver.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LibsqlDb } from '../../functions/db/client.ts';
import { openDatabase } from '../../functions/node/database.ts';
import { migrateDatabase } from '../../functions/node/migrate.ts';

export interface TestDatabase {
	db: LibsqlDb;
	url: string;
	cleanup(): void;
}

export async function freshDatabase(): Promise<TestDatabase> {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-db-'));
	const url = `file:${join(dir, 'test.db')}`;
	const { db, close } = await openDatabase(url);
	await migrateDatabase(db);
	return {
		db,
		url,
		cleanup() {
			close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
