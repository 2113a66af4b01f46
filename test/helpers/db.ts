// A fresh database for each test, migrated the way production migrates, through a real driver. The
// integration suite runs once per driver (vitest.config.ts): the `integration` project on a libSQL
// file, `integration-d1` on a local D1 database in workerd (./local-d1.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Db, LibsqlDb } from '../../functions/db/client.ts';
import { openDatabase } from '../../functions/node/database.ts';
import { migrateDatabase } from '../../functions/node/migrate.ts';
import { localD1Database } from './local-d1.ts';

export type Driver = 'libsql' | 'd1';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The driver this project's integration tests run on. */
		databaseDriver: Driver;
	}
}

export interface TestDatabase {
	db: Db;
	driver: Driver;
	cleanup(): Promise<void>;
}

/** A libSQL file: for tests about the file itself (WAL, secure_delete, VACUUM, what its bytes hold). */
export interface FileDatabase extends TestDatabase {
	db: LibsqlDb;
	url: string;
}

export async function fileDatabase(): Promise<FileDatabase> {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-db-'));
	const url = `file:${join(dir, 'test.db')}`;
	const { db, close } = await openDatabase(url);
	await migrateDatabase(db);
	return {
		db,
		driver: 'libsql',
		url,
		async cleanup() {
			close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

export const drivers: Record<Driver, () => Promise<TestDatabase>> = { libsql: fileDatabase, d1: localD1Database };

/** The driver of the running project; libSQL outside the integration projects (benchmarks, e2e). */
export const testDriver = (): Driver => inject('databaseDriver') ?? 'libsql';

/** An empty, migrated database on this project's driver; `cleanup()` after the test. */
export function freshDatabase(): Promise<TestDatabase> {
	return drivers[testDriver()]();
}

/** Every table with a row per response, answer, family code, code use or idempotency key. */
export const perResponseTables = ['answers', 'submission_keys', 'family_codes', 'family_code_uses', 'answer_totals', 'response_totals', 'suggestion_keys'];
