// The only file that picks a database driver. Every query is written once against `Db`, drizzle's async
// SQLite API, and runs on each target:
//   libSQL file (embedded Node server)   functions/node/database.ts opens it, then libsqlDatabase()
//   Turso / libSQL server                openRemote('libsql://…' or 'https://…', token), the web client,
//                                        on Node and on Workers
//   Cloudflare D1                        d1Database(env.DB), the Worker's binding
// Where the drivers differ (a batch of hand-written statements, affected rows, the bound-value cap) this
// file says it once. Nothing here reads the environment or touches the file system: callers pass the
// URL or the binding.
import type { Client, ResultSet } from '@libsql/client';
import { createClient } from '@libsql/client/web';
import { is } from 'drizzle-orm';
import { DrizzleD1Database, drizzle as drizzleD1 } from 'drizzle-orm/d1';
import { drizzle as drizzleLibsql, LibSQLDatabase } from 'drizzle-orm/libsql';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema/index.ts';

/** What D1 answers to a statement that returns no rows: only the count of changed rows is read here. */
export interface D1RunResult {
	meta: { changes: number };
}

/** What a write without `returning()` resolves to: libSQL's ResultSet or D1's result. */
export type RunResult = ResultSet | D1RunResult;

/** A database with the hub's schema, on any driver. */
export type Db = BaseSQLiteDatabase<'async', RunResult, typeof schema> & Pick<LibSQLDatabase<typeof schema>, 'batch'>;

/** A libSQL database (a file or a server): the embedded server's, with its client for file-only upkeep. */
export type LibsqlDb = LibSQLDatabase<typeof schema> & { $client: Client };

/** The part of a Workers D1 binding (`env.DB`) used here; @cloudflare/workers-types has the whole of it. */
export interface D1Binding {
	prepare(sql: string): D1Statement;
	batch(statements: D1Statement[]): Promise<unknown[]>;
}
interface D1Statement {
	bind(...values: unknown[]): D1Statement;
}

export function libsqlDatabase(client: Client): LibsqlDb {
	return drizzleLibsql(client, { schema });
}

export function d1Database(binding: D1Binding): Db {
	return drizzleD1(binding, { schema }) as Db;
}

export interface OpenDatabase {
	db: LibsqlDb;
	close(): void;
}

/**
 * A Turso or libSQL server, over HTTP(S) or WebSockets: the web client, which runs on Node and on
 * Workers alike (drizzle's libSQL driver loads it anyway).
 */
export function openRemote(url: string, authToken?: string): OpenDatabase {
	if (!/^(libsql|https?|wss?):/.test(url)) throw new Error(`DATABASE_URL must be a libsql:, https: or wss: address of a libSQL server, or on Node a file: path (got ${url})`);
	const client = createClient(authToken ? { url, authToken } : { url });
	return { db: libsqlDatabase(client), close: () => client.close() };
}

/**
 * D1 refuses a statement that binds more than 100 values ("too many SQL variables"). Every statement
 * keeps under that on every driver, so what passes the tests on one passes on all.
 */
export const maxBoundValues = 100;

/**
 * Splits rows of `width` bound values each into groups small enough for one statement, with `reserved`
 * values of the statement bound to something else.
 */
export function perStatement<T>(rows: readonly T[], width: number, reserved = 0): T[][] {
	const size = Math.max(1, Math.floor((maxBoundValues - reserved) / width));
	return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

export type BoundValue = string | number | null;

/** A hand-written statement: SQL with `?` placeholders and the values they stand for. */
export interface Statement {
	sql: string;
	args: BoundValue[];
}

/**
 * Runs hand-written statements as one atomic write (one durable commit), on the driver itself: for hot
 * paths. Both drivers' batches are transactions: all statements commit, or none.
 */
export async function writeBatch(db: Db, statements: readonly Statement[]): Promise<void> {
	if (statements.length === 0) return;
	if (is(db, DrizzleD1Database)) {
		const d1 = (db as unknown as { $client: D1Binding }).$client;
		await d1.batch(statements.map((s) => d1.prepare(s.sql).bind(...s.args)));
	} else {
		await (db as unknown as LibsqlDb).$client.batch([...statements], 'write');
	}
}

/**
 * How many rows a write changed: libSQL says `rowsAffected`, D1 `meta.changes`. D1 counts the rows that
 * ON DELETE CASCADE removed too, libSQL only the statement's own: to count rows of one table, use
 * `returning()`.
 */
export function affectedRows(result: RunResult): number {
	return 'rowsAffected' in result ? result.rowsAffected : result.meta.changes;
}
