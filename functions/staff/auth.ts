// Staff sign-in and sign-out.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { staffMessages as m } from '../domain/messages.ts';
import { verifyPassword } from '../domain/passwords.ts';
import type { Db } from '../db/client.ts';
import { clearAttempts, countAttempt, createSession, findStaff, uncountAttempt, type AttemptKey } from '../db/queries/staff.ts';
import { readFormBody } from '../http/form-body.ts';

export const sessionCookie = 'gongyu_session';

export interface StaffDeps {
	db: Db;
	now: () => Date;
	/** Mark cookies Secure: the hub is reached over https (directly or behind a proxy). */
	secureCookies: boolean;
	/**
	 * Keys the hashes that count sign-in attempts per source address. Held in memory only, so the
	 * database holds no address, nor a hash that addresses could be tried against.
	 */
	sourceSalt: string;
	/** Told each successful sign-in (the Node server deletes the first admin password's file then). */
	afterSignIn?: ((username: string) => void) | undefined;
}

export type LoginOutcome =
	| { ok: true; setCookie: string }
	| { ok: false; status: 400 | 401 | 429; error: string; username: string };

/** A stand-in hash so an unknown name costs the same time to check as a wrong password. */
const decoy = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function cookieHeader(value: string, maxAgeSeconds: number, secure: boolean): string {
	return `${sessionCookie}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * Guessing is slowed per account name and source (the client's address), not per name alone, which
 * anyone could keep locked: 5 attempts, then locks of 1, 2, 4 … 15 minutes. One source gets 20
 * attempts across all names before the same locks, so it cannot try one password on every name.
 */
function attemptKeys(salt: string, username: string, source: string): { pair: AttemptKey; source: AttemptKey } {
	const keyed = (text: string) => bytesToHex(hmac(sha256, utf8ToBytes(salt), utf8ToBytes(text)));
	return {
		pair: { keyHash: keyed(`name\n${username.toLowerCase()}\n${source}`), free: 5 },
		source: { keyHash: keyed(`source\n${source}`), free: 20 },
	};
}

/** `source`: who is asking (the client's address), for slowing down password guessing. */
export async function login(request: Request, source: string, deps: StaffDeps): Promise<LoginOutcome> {
	const body = await readFormBody(request, 4096);
	if (!body.ok) return { ok: false, status: 400, error: m.badLogin, username: '' };
	const username = typeof body.input.username === 'string' ? body.input.username.trim().slice(0, 64) : '';
	const password = typeof body.input.password === 'string' ? body.input.password : '';
	const now = deps.now().getTime();
	const keys = attemptKeys(deps.sourceSalt, username, source);
	const locked = await countAttempt(deps.db, [keys.pair, keys.source], now);
	if (locked > now) return { ok: false, status: 429, error: m.locked(Math.ceil((locked - now) / 60_000)), username };
	const user = await findStaff(deps.db, username);
	const valid = await verifyPassword(password, user?.passwordHash ?? decoy);
	if (!user || !valid || user.disabled) return { ok: false, status: 401, error: m.badLogin, username };
	await clearAttempts(deps.db, keys.pair.keyHash);
	await uncountAttempt(deps.db, keys.source.keyHash);
	const session = await createSession(deps.db, user.id, now);
	deps.afterSignIn?.(user.username);
	return { ok: true, setCookie: cookieHeader(session.id, 12 * 60 * 60, deps.secureCookies) };
}
