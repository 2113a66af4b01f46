// Turso (libSQL over HTTPS) on both runtimes, as far as this machine can test it: no Turso server is
// reachable here, so these check that each runtime picks the web client for a libsql:/https: URL and
// that an unreachable server fails the query rather than hanging or falling back to something else.
import { is, sql } from 'drizzle-orm';
import { LibSQLDatabase } from 'drizzle-orm/libsql';
import { expect, test } from 'vitest';
import { edgeHub, type EdgeEnv } from '../../functions/edge/hub.ts';
import { openDatabase } from '../../functions/node/database.ts';

// A closed port on this machine: the connection is refused at once.
const unreachable = 'https://127.0.0.1:9';

test('on Workers, DATABASE_URL and DATABASE_AUTH_TOKEN put the hub on a libSQL server instead of D1', async () => {
	const env = { GONGYU_SECRET: 'test secret', DATABASE_URL: unreachable, DATABASE_AUTH_TOKEN: 'token' } as unknown as EdgeEnv;
	const { db } = edgeHub(env);
	expect(is(db, LibSQLDatabase)).toBe(true);
	await expect(db.get(sql`select 1`)).rejects.toThrow();
});

test('on Workers, a file: DATABASE_URL is refused with the reason', () => {
	const env = { GONGYU_SECRET: 'test secret', DATABASE_URL: 'file:./data/gongyu.db' } as unknown as EdgeEnv;
	expect(() => edgeHub(env)).toThrow(/DATABASE_URL must be a libsql:, https: or wss: address/);
});

test('on Node, a libsql: URL opens the web client with its token; the query fails when the server is unreachable', async () => {
	const { db, close } = await openDatabase(unreachable, 'token');
	try {
		expect(is(db, LibSQLDatabase)).toBe(true);
		// The web client's HTTP transport (not the embedded file driver).
		expect(db.$client.protocol).toBe('http');
		await expect(db.get(sql`select 1`)).rejects.toThrow();
	} finally {
		close();
	}
});
