import { afterEach, beforeEach, expect, test } from 'vitest';
import { hashPassword } from '../../functions/domain/passwords.ts';
import { absoluteMs, createStaff, findStaff, idleMs, sessionFor, updateStaff } from '../../functions/db/queries/staff.ts';
import { ensureAdmin } from '../../functions/staff/accounts.ts';
import { login, type StaffDeps } from '../../functions/staff/auth.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
let clock: number;
let deps: StaffDeps;
beforeEach(async () => {
	t = await freshDatabase();
	clock = Date.parse('2026-11-23T02:00:00Z');
	deps = { db: t.db, now: () => new Date(clock), secureCookies: false, sourceSalt: 'salt of this run' };
	await createStaff(t.db, { username: 'wang', displayName: '王老师', role: 'handler', passwordHash: await hashPassword('correct horse') });
});
afterEach(() => t.cleanup());

const attempt = (username: string, password: string, source = '198.51.100.7') =>
	login(
		new Request('http://hub.test/admin/login', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username, password }).toString(),
		}),
		source,
		deps,
	);
const tooMany = (username: string, minutes: number) => ({ ok: false, status: 429, error: `尝试次数过多，请 ${minutes} 分钟后再试`, username });
const cookieValue = (setCookie: string) => /gongyu_session=([^;]+)/.exec(setCookie)![1]!;

test('the right password signs in with an HttpOnly, SameSite cookie holding a long random id', async () => {
	const outcome = await attempt('Wang ', 'correct horse');
	expect(outcome.ok).toBe(true);
	if (!outcome.ok) return;
	expect(outcome.setCookie).toMatch(/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
	const id = cookieValue(outcome.setCookie);
	expect(id.length).toBeGreaterThanOrEqual(43); // ≥ 256 bits of base64url
	expect((await sessionFor(t.db, id, clock))?.user.username).toBe('wang');
	// Only a hash of the id is stored.
	const stored = await t.db.query.staffSessionsTable.findFirst();
	expect(stored?.idHash).not.toBe(id);
	// Over https the cookie is Secure too.
	deps.secureCookies = true;
	const secure = await attempt('wang', 'correct horse');
	expect(secure.ok && secure.setCookie).toContain('; Secure');
});

test('each sign-in makes a new session id', async () => {
	const a = await attempt('wang', 'correct horse');
	const b = await attempt('wang', 'correct horse');
	expect(a.ok && b.ok && cookieValue(a.setCookie) !== cookieValue(b.setCookie)).toBe(true);
});

test('wrong passwords and unknown names get the same answer; after five from one source, that source waits', async () => {
	expect(await attempt('wang', 'nope')).toEqual({ ok: false, status: 401, error: '用户名或密码不正确', username: 'wang' });
	expect(await attempt('ghost', 'nope')).toEqual({ ok: false, status: 401, error: '用户名或密码不正确', username: 'ghost' });
	for (let i = 0; i < 4; i++) await attempt('wang', 'nope');
	expect(await attempt('wang', 'correct horse')).toEqual(tooMany('wang', 1));
	clock += 61_000;
	expect((await attempt('wang', 'correct horse')).ok).toBe(true);
});

test('someone hammering admin from one source gets few guesses while the admin signs in from another', async () => {
	await createStaff(t.db, { username: 'admin', displayName: '管理员', role: 'admin', passwordHash: await hashPassword('the real one') });
	const attacker = '203.0.113.66';
	const checked: number[] = [];
	// A wrong password every 10 seconds for an hour; halfway through, the admin signs in from elsewhere.
	for (let second = 0; second < 3600; second += 10, clock += 10_000) {
		const outcome = await attempt('admin', `guess ${second}`, attacker);
		if (!outcome.ok && outcome.status === 401) checked.push(second);
		else expect(outcome).toMatchObject({ status: 429, error: expect.stringMatching(/^尝试次数过多，请 \d+ 分钟后再试$/) });
		if (second === 1800) expect((await attempt('admin', 'the real one', '198.51.100.20')).ok).toBe(true);
	}
	// Five guesses, then one after each lock of 1, 2, 4, 8, 15, 15 minutes.
	expect(checked).toEqual([0, 10, 20, 30, 40, 100, 220, 460, 940, 1840, 2740]);
	// The hammering source stays throttled, even with the right password.
	expect(await attempt('admin', 'the real one', attacker)).toMatchObject({ status: 429 });
});

test('guesses sent all at once from one source get no more tries than guesses sent one by one', async () => {
	const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt('wang', `parallel ${i}`)));
	expect(outcomes.filter((o) => !o.ok && o.status === 401)).toHaveLength(5);
	expect(outcomes.filter((o) => !o.ok && o.status === 429)).toHaveLength(7);
});

test('one source cannot try a password on every name: after 20 attempts it waits, other sources do not', async () => {
	for (let i = 0; i < 20; i++) expect(await attempt(`teacher${i}`, '123456', '203.0.113.5')).toMatchObject({ status: 401 });
	expect(await attempt('wang', 'correct horse', '203.0.113.5')).toEqual(tooMany('wang', 1));
	expect((await attempt('wang', 'correct horse', '198.51.100.30')).ok).toBe(true);
});

test('sign-ins from one address (a school behind one router) do not add up to a lock', async () => {
	for (let i = 0; i < 22; i++) expect((await attempt('wang', 'correct horse')).ok).toBe(true);
});

test('sessions end after 30 idle minutes, after 12 hours in any case, and when the account is disabled', async () => {
	const id = async () => {
		const o = await attempt('wang', 'correct horse');
		return o.ok ? cookieValue(o.setCookie) : '';
	};
	const idle = await id();
	expect(await sessionFor(t.db, idle, clock + idleMs - 1000)).toBeDefined();
	expect(await sessionFor(t.db, idle, clock + 2 * idleMs)).toBeUndefined();

	const busy = await id();
	for (let minutes = 20; minutes < 12 * 60; minutes += 20) expect(await sessionFor(t.db, busy, clock + minutes * 60_000)).toBeDefined();
	expect(await sessionFor(t.db, busy, clock + absoluteMs + 1000)).toBeUndefined();

	const live = await id();
	await updateStaff(t.db, (await findStaff(t.db, 'wang'))!.id, { disabled: true });
	expect(await sessionFor(t.db, live, clock)).toBeUndefined();
	expect((await attempt('wang', 'correct horse')).ok).toBe(false);
});

test('the first start creates admin with ADMIN_PASSWORD, or keeps a generated password for the administrator, once', async () => {
	const fresh = await freshDatabase();
	const generated = await freshDatabase();
	const kept: string[] = [];
	const keep = (password: string) => kept.push(password);
	try {
		expect(await ensureAdmin(fresh.db, keep, 'given-password')).toBe('given');
		expect(await ensureAdmin(fresh.db, keep, 'other')).toBeUndefined();
		expect((await findStaff(fresh.db, 'admin'))?.role).toBe('admin');
		expect(kept).toEqual([]);
		expect(await ensureAdmin(generated.db, keep, undefined)).toBe('generated');
		expect(kept).toEqual([expect.stringMatching(/^[A-Za-z2-9]{16}$/)]);
		deps.db = generated.db;
		expect((await attempt('admin', kept[0]!)).ok).toBe(true);
	} finally {
		await fresh.cleanup();
		await generated.cleanup();
	}
});
