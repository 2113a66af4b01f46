// Local D1 databases for the integration tests. wrangler's test harness runs workerd with real D1
// bindings and a small worker (./local-d1-worker.ts) that runs each call on them; this process sees a
// binding that sends each call there in one request. (getPlatformProxy hands over the binding itself,
// but relays prepare, bind and the call one by one: three times the round trips, and the suite took
// 40 % longer.) workerd takes a second or two to start, so one serves a whole test file (vitest runs
// each file in its own module scope) and ./local-d1-setup.ts stops it after the file. Its few bindings
// are lent to tests one at a time, migrated once and emptied before each loan: as good as a new
// database, without a new workerd.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { d1Database, type D1Binding, type Db } from '../../functions/db/client.ts';
import { migrateD1Database } from '../../functions/node/migrate.ts';
import type { TestDatabase } from './db.ts';
import type { Answer, Call } from './local-d1-worker.ts';

/** More than any test holds at once (staff-auth's first-start test holds three). */
const poolSize = 4;

interface Loan {
	db: Db;
	/** Tables to empty before the next loan; undefined until migrated. */
	tables?: string[];
}

interface Workerd {
	free: Loan[];
	stop(): Promise<void>;
}

/** A statement of a D1 binding whose calls run in workerd. */
class RemoteStatement {
	constructor(
		readonly send: (call: Omit<Call, 'binding'>) => Promise<unknown>,
		readonly sql: string,
		readonly params: unknown[] = [],
	) {}
	bind(...params: unknown[]) {
		return new RemoteStatement(this.send, this.sql, params);
	}
	all = () => this.call('all');
	raw = () => this.call('raw');
	run = () => this.call('run');
	first = () => this.call('first');
	private call(method: Call['method']) {
		return this.send({ method, statements: [{ sql: this.sql, params: this.params }] });
	}
}

async function start(): Promise<Workerd> {
	const { createTestHarness } = await import('wrangler');
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-d1-'));
	const names = Array.from({ length: poolSize }, (_, i) => `DB${i}`);
	const harness = createTestHarness({
		root: dir,
		workers: [
			{
				config: {
					name: 'gongyu-test-d1',
					main: fileURLToPath(new URL('./local-d1-worker.ts', import.meta.url)),
					compatibility_date: '2026-11-01',
					d1_databases: names.map((name) => ({ binding: name, database_name: name, database_id: name })),
				},
			},
		],
	});
	await harness.listen();
	const worker = harness.getWorker();
	const binding = (name: string): D1Binding => {
		const send = async (call: Omit<Call, 'binding'>) => {
			const response = await worker.fetch('http://d1.test/', { method: 'POST', body: JSON.stringify({ ...call, binding: name } satisfies Call) });
			const answer = (await response.json()) as Answer;
			if ('error' in answer) throw new Error(answer.error.message, { cause: answer.error.cause === undefined ? undefined : new Error(answer.error.cause) });
			return answer.result;
		};
		return {
			prepare: (sql) => new RemoteStatement(send, sql),
			batch: async (statements) => {
				const remote = statements as unknown as RemoteStatement[];
				return (await send({ method: 'batch', statements: remote.map((s) => ({ sql: s.sql, params: s.params })) })) as unknown[];
			},
		};
	};
	return {
		free: names.map((name) => ({ db: d1Database(binding(name)) })),
		async stop() {
			await harness.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

let started: Promise<Workerd> | undefined;

/** Every table the migrations made, drizzle's journal and D1's own aside. */
const userTables = async (db: Db) =>
	(
		await db.all<{ name: string }>(
			sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name <> '__drizzle_migrations'`,
		)
	).map((t) => t.name);

export async function localD1Database(): Promise<TestDatabase> {
	const workerd = await (started ??= start());
	const loan = workerd.free.pop();
	if (!loan) throw new Error(`a test holds more than ${poolSize} local D1 databases at once`);
	const { db } = loan;
	if (loan.tables) {
		// Foreign keys cascade, so the order does not matter; sqlite_sequence restarts AUTOINCREMENT ids.
		const [first, ...rest] = [...loan.tables, 'sqlite_sequence'].map((table) => db.run(sql.raw(`delete from "${table}"`)));
		await db.batch([first!, ...rest]);
	} else {
		await migrateD1Database(db);
		loan.tables = await userTables(db);
	}
	return {
		db,
		driver: 'd1',
		async cleanup() {
			workerd.free.push(loan);
		},
	};
}

/** Stops this file's workerd, if a test started one. */
export async function stopLocalD1(): Promise<void> {
	const workerd = started;
	started = undefined;
	await (await workerd)?.stop();
}
