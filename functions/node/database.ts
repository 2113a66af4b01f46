// The Node side of the database: DATABASE_URL picks the target, not code edits.
//   file:./data/gongyu.db        embedded SQLite file (default), through @libsql/client
//   libsql://… or https://…     Turso / libSQL server, through the web client (DATABASE_AUTH_TOKEN)
// The file's settings live here because only a file has them: D1 refuses every PRAGMA.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { libsqlDatabase, openRemote, type OpenDatabase } from '../db/client.ts';

export type { OpenDatabase };

export const defaultDatabaseUrl = 'file:./data/gongyu.db';

export async function openDatabase(
	url = process.env.DATABASE_URL ?? defaultDatabaseUrl,
	authToken = process.env.DATABASE_AUTH_TOKEN,
): Promise<OpenDatabase> {
	if (!url.startsWith('file:')) return openRemote(url, authToken);
	const { createClient } = await import('@libsql/client');
	mkdirSync(dirname(url.slice('file:'.length)), { recursive: true });
	// Waits up to 5 s for another process (npm run codes, a migration) to finish writing. One
	// connection: every call of the embedded driver runs synchronously, so a second one would only
	// open for an interactive transaction (the hub has none, as D1 has none), and the per-connection
	// settings below would not reach it.
	const client = createClient({ url, timeout: 5000, concurrency: 1 });
	// WAL lets pages read while a submission commits. Durability comes from synchronous=FULL, which is
	// libSQL's default on every connection (test/integration/database-file.test.ts checks it): a
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
	return { db: libsqlDatabase(client), close: () => client.close() };
}
