// Rate limits counted in the database (the edge's limiter): shared by every caller, no address stored.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { countRate, purgeRateCounts } from '../../functions/db/queries/rate-limits.ts';
import { databaseRateLimiter } from '../../functions/http/rate-limit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
});
afterEach(() => t.cleanup());

const rule = { perClient: 3, total: 5, windowMs: 60_000 };
let clock = 1_800_000_000_000;
const limiter = (name = 'suggestions', r = rule) => databaseRateLimiter(t.db, name, { ...r, now: () => clock }, 'test-salt');
const rows = () => t.db.all<{ key_hash: string; count: number; expires_at: number }>(sql`select * from rate_counts`);
const allowed = async (l: ReturnType<typeof limiter>, client: string, times: number) => {
	const answers: boolean[] = [];
	for (let i = 0; i < times; i++) answers.push(await l.allow(client));
	return answers;
};

test('a client gets perClient attempts per window, then is refused until the next window', async () => {
	expect(await allowed(limiter(), '203.0.113.7', 4)).toEqual([true, true, true, false]);
	clock += rule.windowMs;
	expect(await limiter().allow('203.0.113.7')).toBe(true);
});

test('everyone together gets `total` attempts per window', async () => {
	const l = limiter();
	const answers = [];
	for (const client of ['a', 'b', 'c', 'd', 'e', 'f']) answers.push(await l.allow(`198.51.100.${client}`));
	expect(answers).toEqual([true, true, true, true, true, false]);
});

test('two limiters built apart (two isolates) share one count', async () => {
	expect(await allowed(limiter(), '203.0.113.8', 2)).toEqual([true, true]);
	expect(await allowed(limiter(), '203.0.113.8', 2)).toEqual([true, false]);
});

test('limits with other names count apart', async () => {
	expect(await allowed(limiter('suggestions'), '203.0.113.9', 3)).toEqual([true, true, true]);
	expect(await limiter('lookups').allow('203.0.113.9')).toBe(true);
});

test('concurrent attempts are each counted once', async () => {
	const l = limiter('surveys', { perClient: 10, total: Number.POSITIVE_INFINITY, windowMs: 60_000 });
	const answers = await Promise.all(Array.from({ length: 15 }, () => l.allow('203.0.113.10')));
	expect(answers.filter(Boolean)).toHaveLength(10);
	// No total row for a limit without a total.
	expect(await rows()).toEqual([expect.objectContaining({ count: 15 })]);
});

test('no address is stored, and the same address has an unrelated key in the next window', async () => {
	const address = '203.0.113.11';
	await limiter().allow(address);
	const first = (await rows()).map((r) => r.key_hash);
	clock += rule.windowMs;
	await limiter().allow(address);
	const second = (await rows()).map((r) => r.key_hash);
	expect(second.filter((k) => first.includes(k))).toEqual([]);
	expect(JSON.stringify(await rows())).not.toContain(address);
});

test('counters go once their window is over: with the next attempt, or by the nightly purge', async () => {
	await limiter().allow('203.0.113.12');
	expect(await rows()).toHaveLength(2);
	const end = (await rows())[0]!.expires_at;
	expect(end % rule.windowMs).toBe(0);
	clock = end;
	await limiter('lookups').allow('203.0.113.13');
	expect(await rows()).toHaveLength(2);
	await purgeRateCounts(t.db, end + rule.windowMs);
	expect(await rows()).toEqual([]);
});

test('counters keep no insertion order (WITHOUT ROWID)', async () => {
	await countRate(t.db, ['b', 'a'], clock + 1, clock);
	const { sql: ddl } = await t.db.get<{ sql: string }>(sql`select sql from sqlite_master where name = 'rate_counts'`);
	expect(ddl).toMatch(/\) WITHOUT ROWID$/);
	expect((await rows()).map((r) => r.key_hash)).toEqual(['a', 'b']);
});
