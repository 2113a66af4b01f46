// What only a SQLite file has: its journal, its free pages, its bytes. libSQL only: a D1 database is
// no file of ours (the integration-d1 project leaves this file out, vitest.config.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createStaff } from '../../functions/db/queries/staff.ts';
import { hashPassword } from '../../functions/domain/passwords.ts';
import { insertResponse } from '../../functions/db/queries/responses.ts';
import { openDatabase } from '../../functions/node/database.ts';
import { migrateDatabase, migrationsFolder } from '../../functions/node/migrate.ts';
import { login } from '../../functions/staff/auth.ts';
import { fileDatabase, perResponseTables, type FileDatabase } from '../helpers/db.ts';

let t: FileDatabase;
beforeEach(async () => (t = await fileDatabase()));
afterEach(() => t.cleanup());

test('the file is in WAL mode, checkpointed every 10 000 pages, and every connection commits with synchronous=FULL', async () => {
	expect(await t.db.get(sql`PRAGMA journal_mode`)).toEqual({ journal_mode: 'wal' });
	expect(await t.db.get(sql`PRAGMA wal_autocheckpoint`)).toEqual({ wal_autocheckpoint: 10000 });
	// A batch borrows a pooled connection of its own: check the setting there too.
	const [, inBatch] = await t.db.batch([t.db.run(sql`select 1`), t.db.all(sql`PRAGMA synchronous`)]);
	expect(inBatch).toEqual([{ synchronous: 2 }]);
	expect(await t.db.get(sql`PRAGMA synchronous`)).toEqual({ synchronous: 2 });
});

test('deleted answers are overwritten in the file, not left in free pages (secure_delete)', async () => {
	expect(await t.db.get(sql`PRAGMA secure_delete`)).toEqual({ secure_delete: 1 });
	const secret = '这是一条要被删除的家长意见';
	await insertResponse(t.db, { surveyId: 'fixture', surveyVersion: 'v', day: '2026-11-20', segments: { grade: null, classId: null }, answers: [{ questionId: 'note', rowId: '', value: secret, num: null }], counted: [], key: 'secure-delete-key-000' });
	await t.db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
	const file = t.url.slice('file:'.length);
	expect(readFileSync(file).includes(Buffer.from(secret))).toBe(true);
	await t.db.run(sql`delete from responses`);
	await t.db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
	expect(readFileSync(file).includes(Buffer.from(secret))).toBe(false);
});

test('upgrading a database from before WITHOUT ROWID keeps every row and leaves no old page behind', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-upgrade-'));
	try {
		// The migrations as they stood before this change: 0000–0003.
		const old = join(dir, 'migrations');
		cpSync(migrationsFolder, old, { recursive: true });
		const journal = JSON.parse(readFileSync(join(old, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
		journal.entries = journal.entries.filter((e) => e.tag < '0004');
		writeFileSync(join(old, 'meta/_journal.json'), JSON.stringify(journal));
		const { db, close } = await openDatabase(`file:${join(dir, 'old.db')}`);
		await migrate(db, { migrationsFolder: old });
		await db.run(sql`insert into family_codes values ('h1', 'fixture', '2026-11-01'), ('h2', 'fixture', '2026-11-01')`);
		await db.run(sql`insert into family_code_uses values ('h2')`);
		await db.run(sql`insert into responses (id, survey_id, survey_version, day) values (42, 'fixture', 'v', '2026-11-02')`);
		await db.run(sql`insert into answers (response_id, question_id, value) values (42, 'overall', '5'), (42, 'note', '旧版本里的意见')`);
		await db.run(sql`insert into response_totals values ('fixture', '', '', 1)`);
		await db.run(sql`insert into submission_keys values ('old-key-000000000000', '2026-11-02')`);

		await migrateDatabase(db);
		for (const table of perResponseTables) await expect(db.$client.execute(`select rowid from ${table}`), table).rejects.toThrow(/no such column: rowid/);
		expect(await db.all(sql`select * from family_code_uses`)).toEqual([{ hash: 'h2' }]);
		expect(await db.all(sql`select value from answers order by value`)).toEqual([{ value: '5' }, { value: '旧版本里的意见' }]);
		expect(await db.all(sql`select count, published from response_totals`)).toEqual([{ count: 1, published: 0 }]);
		expect(await db.get(sql`select count(*) as n from submission_keys`)).toEqual({ n: 1 });
		// VACUUM wrote the file anew: no free pages holding the old tables.
		expect(await db.get(sql`PRAGMA freelist_count`)).toEqual({ freelist_count: 0 });
		close();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the database holds no address of anyone who tried to sign in', async () => {
	await createStaff(t.db, { username: 'wang', displayName: '王老师', role: 'handler', passwordHash: await hashPassword('correct horse') });
	const deps = { db: t.db, now: () => new Date('2026-11-23T02:00:00Z'), secureCookies: false, sourceSalt: 'salt of this run' };
	for (const source of ['203.0.113.66', '2001:db8::7']) {
		const body = new URLSearchParams({ username: 'wang', password: 'nope' }).toString();
		const request = new Request('http://hub.test/admin/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
		expect(await login(request, source, deps)).toMatchObject({ ok: false, status: 401 });
	}
	const file = t.url.slice('file:'.length);
	const stored = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`)]).toString('latin1');
	expect(stored).toContain('wang'); // the account itself is stored, so the file was read
	expect(stored).not.toContain('203.0.113.66');
	expect(stored).not.toContain('2001:db8::7');
});
