import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { randomToken } from '../../domain/codes.ts';
import type { Db } from '../client.ts';
import { loginFailuresTable, staffSessionsTable, staffUsersTable, type StaffRole } from '../schema/index.ts';

export type StaffUser = typeof staffUsersTable.$inferSelect;

export const idleMs = 30 * 60 * 1000;
export const absoluteMs = 12 * 60 * 60 * 1000;

const hash = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

export async function countStaff(db: Db): Promise<number> {
	return (await db.select({ n: sql<number>`count(*)` }).from(staffUsersTable).get())!.n;
}

export async function createStaff(db: Db, user: { username: string; displayName: string; role: StaffRole; passwordHash: string }) {
	await db.insert(staffUsersTable).values({ ...user, username: user.username.toLowerCase() });
}

export async function findStaff(db: Db, username: string): Promise<StaffUser | undefined> {
	return db.select().from(staffUsersTable).where(eq(staffUsersTable.username, username.trim().toLowerCase())).get();
}

export async function listStaff(db: Db): Promise<StaffUser[]> {
	return db.select().from(staffUsersTable).orderBy(staffUsersTable.username).all();
}

/** Disabling or a new password also signs the account out everywhere. */
export async function updateStaff(db: Db, userId: number, change: { disabled?: boolean; passwordHash?: string }) {
	await db.batch([
		db.update(staffUsersTable).set(change).where(eq(staffUsersTable.id, userId)),
		db.delete(staffSessionsTable).where(eq(staffSessionsTable.userId, userId)),
	]);
}

/** A new session (a new id at every sign-in); returns the cookie value and the form token. */
export async function createSession(db: Db, userId: number, now: number) {
	const id = randomToken() + randomToken();
	const csrfToken = randomToken();
	await db.insert(staffSessionsTable).values({ idHash: hash(id), userId, createdAt: now, lastSeenAt: now, csrfToken });
	return { id, csrfToken };
}

export interface StaffSession {
	user: StaffUser;
	csrfToken: string;
	idHash: string;
}

/** The signed-in user behind a cookie, if the session is alive: 30 min idle, 12 h at most. */
export async function sessionFor(db: Db, id: string, now: number): Promise<StaffSession | undefined> {
	const idHash = hash(id);
	const row = await db
		.select()
		.from(staffSessionsTable)
		.innerJoin(staffUsersTable, eq(staffSessionsTable.userId, staffUsersTable.id))
		.where(eq(staffSessionsTable.idHash, idHash))
		.get();
	if (!row) return undefined;
	const s = row.staff_sessions;
	if (row.staff_users.disabled || now - s.lastSeenAt > idleMs || now - s.createdAt > absoluteMs) {
		await db.delete(staffSessionsTable).where(eq(staffSessionsTable.idHash, idHash));
		return undefined;
	}
	// Writing on every page view would make each staff click a disk commit; once a minute is enough.
	if (now - s.lastSeenAt > 60_000) {
		await db.update(staffSessionsTable).set({ lastSeenAt: now }).where(eq(staffSessionsTable.idHash, idHash));
	}
	return { user: row.staff_users, csrfToken: s.csrfToken, idHash };
}

export async function deleteSession(db: Db, idHash: string) {
	await db.delete(staffSessionsTable).where(eq(staffSessionsTable.idHash, idHash));
}

export async function purgeSessions(db: Db, now: number) {
	await db
		.delete(staffSessionsTable)
		.where(or(lt(staffSessionsTable.lastSeenAt, now - idleMs), lt(staffSessionsTable.createdAt, now - absoluteMs)));
}

/** Until when sign-in for this name is refused, in ms since the epoch (0 = not locked). */
export async function lockedUntil(db: Db, username: string): Promise<number> {
	const row = await db.select().from(loginFailuresTable).where(eq(loginFailuresTable.keyHash, hash(username.trim().toLowerCase()))).get();
	return row?.lockedUntil ?? 0;
}

/**
 * After 5 failures in a row each further one locks the name for longer: 1, 2, 4 … up to 15 minutes.
 * A name, not an address, is counted, so guessing from many addresses is slowed just the same.
 */
export async function recordFailure(db: Db, username: string, now: number) {
	const keyHash = hash(username.trim().toLowerCase());
	const row = await db.select().from(loginFailuresTable).where(eq(loginFailuresTable.keyHash, keyHash)).get();
	const failures = (row?.failures ?? 0) + 1;
	const lock = failures < 5 ? 0 : now + Math.min(15, 2 ** (failures - 5)) * 60_000;
	await db
		.insert(loginFailuresTable)
		.values({ keyHash, failures, lockedUntil: lock })
		.onConflictDoUpdate({ target: loginFailuresTable.keyHash, set: { failures, lockedUntil: lock } });
}

export async function clearFailures(db: Db, username: string) {
	await db.delete(loginFailuresTable).where(and(eq(loginFailuresTable.keyHash, hash(username.trim().toLowerCase()))));
}
