// Which database the command-line tools (staff, codes, demo, db:totals) work on: the SQLite file
// (DATABASE_URL, as `npm start` serves it), or with GONGYU_TARGET=edge the local D1 that
// `npm run start:edge` serves. Either is migrated first, so a tool may be the first to touch it.
// With GONGYU_D1_REMOTE=1, the school's D1 on Cloudflare (after `npx wrangler login`), which
// `npx wrangler d1 migrations apply DB --remote` migrates: the tools refuse it while it lags behind.
import type { Db } from '../db/client.ts';
import { dataFolder, privateDataFolder } from '../node/data-folder.ts';
import { defaultDatabaseUrl, openDatabase } from '../node/database.ts';
import { localEdgeFolder, openLocalD1, privateLocalEdgeFolder } from '../node/local-d1.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { openRemoteD1, RemoteD1Error } from '../node/remote-d1.ts';
import { projectRoot } from './paths.ts';
import { targetOf } from './runtime.ts';

export interface CliDatabase {
	db: Db;
	close(): Promise<void>;
	/** The data folder, where the first admin password waits; undefined for a database server. */
	folder: string | undefined;
}

export async function openCliDatabase(): Promise<CliDatabase> {
	if (process.env.GONGYU_D1_REMOTE === '1') {
		privateLocalEdgeFolder(projectRoot);
		const remote = await openRemoteD1(projectRoot).catch((error: unknown) => {
			if (!(error instanceof RemoteD1Error)) throw error;
			console.error(error.message);
			// wrangler may leave a connection or a workerd behind: nothing more to wait for.
			process.exit(1);
		});
		return { ...remote, folder: undefined };
	}
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
