// Which database the command-line tools (staff, codes, demo, db:totals) work on: the SQLite file
// (DATABASE_URL, as `npm start` serves it), or with GONGYU_TARGET=edge the local D1 that
// `npm run start:edge` serves. Either is migrated first, so a tool may be the first to touch it.
import type { Db } from '../db/client.ts';
import { dataFolder, privateDataFolder } from '../node/data-folder.ts';
import { defaultDatabaseUrl, openDatabase } from '../node/database.ts';
import { localEdgeFolder, openLocalD1, privateLocalEdgeFolder } from '../node/local-d1.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { projectRoot } from './paths.ts';
import { targetOf } from './runtime.ts';

export interface CliDatabase {
	db: Db;
	close(): Promise<void>;
	/** The data folder, where the first admin password waits; undefined for a database server. */
	folder: string | undefined;
}

export async function openCliDatabase(): Promise<CliDatabase> {
	if (targetOf(process.env.GONGYU_TARGET) === 'edge') {
		privateLocalEdgeFolder(projectRoot);
		const { db, close } = await openLocalD1(projectRoot);
		return { db, close, folder: localEdgeFolder(projectRoot) };
	}
	const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
	privateDataFolder(url);
	const { db, close } = await openDatabase(url);
	await migrateDatabase(db);
	return { db, close: async () => close(), folder: dataFolder(url) };
}
