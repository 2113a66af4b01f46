// The only file that picks a database driver. The target is chosen by DATABASE_URL, not by code edits:
//   file:./data/gongyu.db        embedded SQLite file (default), through @libsql/client
//   libsql://… or https://…     Turso / libSQL server, through the web client (DATABASE_AUTH_TOKEN)
// A Cloudflare D1 binding plugs in here too: drizzle-orm/d1 offers the same async API, batch() included.
import type { Client, InStatement } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema/index.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** Runs SQL statements as one atomic write (one durable commit), on the driver itself: for hot paths. */
export async function writeBatch(db: Db, statements: InStatement[]): Promise<void> {
	await db.$client.batch(statements, 'write');
}

export const defaultDatabaseUrl = 'file:./data/gongyu.db';

export interface OpenDatabase {
	db: Db;
	close(): void;
}

export async function openDatabase(
	url = process.env.DATABASE_URL ?? defaultDatabaseUrl,
	authToken = process.env.DATABASE_AUTH_TOKEN,
): Promise<OpenDatabase> {
	if (url.startsWith('file:')) {
		const [{ createClient }, { mkdirSync }, { dirname }] = await Promise.all([
			import('@libsql/client'),
			import('node:fs'),
			import('node:path'),
		]);
		mkdirSync(dirname(url.slice('file:'.length)), { recursive: true });
		// Waits up to 5 s for another process (npm run codes, a migration) to finish writing. One
		// connection: every call of the embedded driver runs synchronously, so a second one would only
		// open for an interactive transaction (the hub has none, as D1 has none), and the per-connection
		// settings below would not reach it.
		const client = createClient({ url, timeout: 5000, concurrency: 1 });
		// WAL lets pages read while a submission commits. Durability comes from synchronous=FULL, which is
		// libSQL's default on every connection (test/integration/database.test.ts checks it): a
		// submission is acknowledged only after its commit reached the disk.
		await client.execute('PRAGMA journal_mode=WAL');
		// A checkpoint copies the WAL back into the database file, holding up the writer meanwhile. A
		// survey rush dirties the same index pages over and over: checkpointing every 10 000 pages (40 MB
		// of WAL) rather than SQLite's 1 000 writes each page once per checkpoint, not ten times, and
		// halved the slowest submissions' wait (POST p95 6.5 -> 3.2 ms, 8 parents at a time).
		await client.execute('PRAGMA wal_autocheckpoint=10000');
		// Deleted rows (purged answers, demo data, old keys) are overwritten with zeros, not left readable
		// in free pages of the file.
		await client.execute('PRAGMA secure_delete=ON');
		return { db: drizzle(client, { schema }), close: () => client.close() };
	}
	if (/^(libsql|https?|wss?):/.test(url)) {
		const { createClient } = await import('@libsql/client/web');
		const client = createClient(authToken ? { url, authToken } : { url });
		return { db: drizzle(client, { schema }), close: () => client.close() };
	}
	throw new Error(`DATABASE_URL must start with file:, libsql: or https: (got ${url})`);
}
