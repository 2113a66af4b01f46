// The database on a D1 binding: the Workers hub's (functions/edge/hub.ts) and, through wrangler's
// local D1, the command-line tools' (functions/node/local-d1.ts).
import type { D1Database } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/d1';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';

/**
 * TEMPORARY until the `d1` branch is merged: its functions/db/client.ts builds a Db on a D1 binding
 * (d1Database) and runs hand-written batches on D1; this whole function then becomes
 * `d1Database(binding)`. Until then the hot path's batches reach D1 through the libSQL-shaped
 * `$client.batch` that writeBatch calls, and statements over D1's 100 bound values fail.
 */
export function edgeDatabase(binding: D1Database): Db {
	const db = drizzle(binding, { schema });
	const batch = (statements: { sql: string; args: unknown[] }[]) => binding.batch(statements.map((s) => binding.prepare(s.sql).bind(...s.args)));
	return Object.assign(db, { $client: { batch } }) as unknown as Db;
}
