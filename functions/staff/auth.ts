// Staff sign-in and sign-out.
import { staffMessages as m } from '../domain/messages.ts';
import { verifyPassword } from '../domain/passwords.ts';
import type { Db } from '../db/client.ts';
import { clearFailures, createSession, findStaff, lockedUntil, recordFailure } from '../db/queries/staff.ts';
import { readFormBody } from '../http/form-body.ts';

export const sessionCookie = 'gongyu_session';

export interface StaffDeps {
	db: Db;
	now: () => Date;
	/** Mark cookies Secure: the hub is reached over https (directly or behind a proxy). */
	secureCookies: boolean;
}

export type LoginOutcome =
	| { ok: true; setCookie: string }
	| { ok: false; status: 400 | 401 | 429; error: string; username: string };

/** A stand-in hash so an unknown name costs the same time to check as a wrong password. */
const decoy = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function cookieHeader(value: string, maxAgeSeconds: number, secure: boolean): string {
	return `${sessionCookie}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export async function login(request: Request, deps: StaffDeps): Promise<LoginOutcome> {
	const body = await readFormBody(request, 4096);
	if (!body.ok) return { ok: false, status: 400, error: m.badLogin, username: '' };
	const username = typeof body.input.username === 'string' ? body.input.username.trim().slice(0, 64) : '';
	const password = typeof body.input.password === 'string' ? body.input.password : '';
	const now = deps.now().getTime();
	const locked = await lockedUntil(deps.db, username);
	if (locked > now) return { ok: false, status: 429, error: m.locked(Math.ceil((locked - now) / 60_000)), username };
	const user = await findStaff(deps.db, username);
	const valid = await verifyPassword(password, user?.passwordHash ?? decoy);
	if (!user || !valid || user.disabled) {
		await recordFailure(deps.db, username, now);
		return { ok: false, status: 401, error: m.badLogin, username };
	}
	await clearFailures(deps.db, username);
	const session = await createSession(deps.db, user.id, now);
	return { ok: true, setCookie: cookieHeader(session.id, 12 * 60 * 60, deps.secureCookies) };
}
