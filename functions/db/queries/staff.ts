import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { randomToken } from '../../domain/codes.ts';
import type { Db } from '../client.ts';
import type { StaffRole } from '../../domain/access.ts';
import { loginFailuresTable, staffClassesTable, staffSessionsTable, staffUsersTable } from '../schema/index.ts';

export type StaffUser = typeof staffUsersTable.$inferSelect;

export const idleMs = 30 * 60 * 1000;
export const absoluteMs = 12 * 60 * 60 * 1000;

const hash = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

export async function countStaff(db: Db): Promise<number> {
	return (await db.select({ n: sql<number>`count(*)` }).from(staffUsersTable).get())!.n;
}

/** A new account; a teacher's with the classes they look after, in the same commit. */
export async function createStaff(
	db: Db,
	user: { username: string; displayName: string; role: StaffRole; passwordHash: string },
	classes: readonly string[] = [],
) {
	const username = user.username.toLowerCase();
	const userId = db.select({ id: staffUsersTable.id }).from(staffUsersTable).where(eq(staffUsersTable.username, username));
	await db.batch([
		db.insert(staffUsersTable).values({ ...user, username }),
		...classes.map((classId) => db.insert(staffClassesTable).values({ userId: sql`(${userId})`, classId })),
	]);
}

/** The class ids a teacher account looks after, sorted. */
export async function classesOf(db: Db, userId: number): Promise<string[]> {
	const rows = await db.select({ classId: staffClassesTable.classId }).from(staffClassesTable).where(eq(staffClassesTable.userId, userId)).all();
	return rows.map((r) => r.classId).sort();
}

/** Replaces a teacher's classes in one commit; the next page they open sees the new ones. */
export async function setStaffClasses(db: Db, userId: number, classes: readonly string[]) {
	await db.batch([
		db.delete(staffClassesTable).where(eq(staffClassesTable.userId, userId)),
		...classes.map((classId) => db.insert(staffClassesTable).values({ userId, classId })),
	]);
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
	/** For a teacher, the classes they look after; empty for other roles. */
	classes: string[];
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
	const classes = row.staff_users.role === 'teacher' ? await classesOf(db, row.staff_users.id) : [];
	return { user: row.staff_users, classes, csrfToken: s.csrfToken, idHash };
}

export async function deleteSession(db: Db, idHash: string) {
	await db.delete(staffSessionsTable).where(eq(staffSessionsTable.idHash, idHash));
}

export async function purgeSessions(db: Db, now: number) {
	await db
		.delete(staffSessionsTable)
		.where(or(lt(staffSessionsTable.lastSeenAt, now - idleMs), lt(staffSessionsTable.createdAt, now - absoluteMs)));
}

/** A counter of sign-in attempts (its key a salted hash), and how many it allows before locks (≥ 2). */
export interface AttemptKey {
	keyHash: string;
	free: number;
}

/** Until when (ms since the epoch) the longest lock among these keys refuses sign-in; 0 for none. */
async function lockedUntil(db: Db, keyHashes: string[]): Promise<number> {
	const t = loginFailuresTable;
	return (await db.select({ until: sql<number | null>`max(${t.lockedUntil})` }).from(t).where(inArray(t.keyHash, keyHashes)).get())?.until ?? 0;
}

/**
 * Counts a sign-in attempt against each key before its password is checked, so that guesses sent in
 * parallel cannot all slip in before a lock lands. While any key is locked the attempt is refused and
 * counted nowhere. The `free`-th attempt and each one after it lock their key for longer: 1, 2, 4, 8,
 * then 15 minutes. Returns 0 when the attempt may go on, else until when (ms since the epoch) it is
 * refused.
 */
export async function countAttempt(db: Db, keys: AttemptKey[], now: number): Promise<number> {
	const hashes = keys.map((key) => key.keyHash);
	const locked = await lockedUntil(db, hashes);
	if (locked > now) return locked;
	const t = loginFailuresTable;
	const [first, ...rest] = keys.map(({ keyHash, free }) =>
		db
			.insert(t)
			.values({ keyHash, failures: 1, lockedUntil: 0 })
			.onConflictDoUpdate({
				target: t.keyHash,
				set: {
					failures: sql`${t.failures} + 1`,
					lockedUntil: sql`case when ${t.failures} + 1 < ${free} then 0
						else ${now} + min(15, 1 << min(4, ${t.failures} + 1 - ${free})) * 60000 end`,
				},
				// A parallel attempt may have set a lock since the check above.
				setWhere: sql`${t.lockedUntil} <= ${now}`,
			})
			.returning({ keyHash: t.keyHash }),
	);
	const counted = await db.batch([first!, ...rest]);
	return counted.every((rows) => rows.length > 0) ? 0 : lockedUntil(db, hashes);
}

/** Takes back an attempt a successful sign-in was counted as, with the lock it may have set. */
export async function uncountAttempt(db: Db, keyHash: string) {
	await db
		.update(loginFailuresTable)
		.set({ failures: sql`max(0, ${loginFailuresTable.failures} - 1)`, lockedUntil: 0 })
		.where(eq(loginFailuresTable.keyHash, keyHash));
}

export async function clearAttempts(db: Db, keyHash: string) {
	await db.delete(loginFailuresTable).where(eq(loginFailuresTable.keyHash, keyHash));
}

/** Forgets every count not under a live lock: run daily, so a few typos never add up to a lock. */
export async function purgeAttempts(db: Db, now: number) {
	await db.delete(loginFailuresTable).where(lte(loginFailuresTable.lockedUntil, now));
}
