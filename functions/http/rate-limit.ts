// Rate limits. Clients are told apart by a hash of their address with a salt that changes every
// window and is never written anywhere, so no count can be tied to a suggestion or a response later.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Db } from '../db/client.ts';
import { countRate } from '../db/queries/rate-limits.ts';

export interface RateLimiter {
	/** Counts one attempt; false when the client (or everyone together) is over the limit. */
	allow(client: string): Promise<boolean>;
}

export interface LimitRule {
	perClient: number;
	total: number;
	windowMs: number;
}

/** The hub's limits, the same on every runtime; each runtime decides where it counts (see Hub). */
export const limitRules = {
	// A parent may file a few suggestions an hour; the whole school rarely more than a couple of hundred.
	suggestions: { perClient: 5, total: 200, windowMs: 60 * 60 * 1000 },
	// Ten look-ups per ten minutes is plenty for a parent and hopeless for guessing 80-bit codes.
	lookups: { perClient: 10, total: 2000, windowMs: 10 * 60 * 1000 },
	/**
	 * Stored survey responses per source: high enough for a parent meeting on the school's Wi-Fi,
	 * where a whole class shares one address; low enough that nobody fills a class with made-up
	 * answers in a few minutes. The school sets perClient (0 turns it off).
	 */
	// A class's parents may sign up from the school's Wi-Fi in one evening; a script filling a slot may not.
	signups: { perClient: 30, total: 3000, windowMs: 10 * 60 * 1000 },
	// Manage codes are 80 bits, like receipt codes, and guarded the same way.
	signupLookups: { perClient: 10, total: 2000, windowMs: 10 * 60 * 1000 },
	surveys: (perClient: number): LimitRule => ({ perClient, total: Number.POSITIVE_INFINITY, windowMs: 10 * 60 * 1000 }),
} as const;

/**
 * Fixed-window counters kept in this process's memory only: right for the Node server, whose
 * workers each count on their own (the limits allow for that).
 */
export function rateLimiter(rule: LimitRule & { now?: () => number }): RateLimiter {
	const now = rule.now ?? Date.now;
	let windowStart = -Infinity;
	let salt = '';
	let total = 0;
	const counts = new Map<string, number>();
	return {
		async allow(client) {
			const t = now();
			if (t - windowStart >= rule.windowMs) {
				windowStart = t;
				salt = bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
				total = 0;
				counts.clear();
			}
			const key = bytesToHex(sha256(utf8ToBytes(salt + client)));
			const n = (counts.get(key) ?? 0) + 1;
			counts.set(key, n);
			total++;
			return n <= rule.perClient && total <= rule.total;
		},
	};
}

/**
 * Fixed-window counters in the database, shared by every isolate of a Worker: one atomic upsert per
 * attempt (plus one for the total). A client's key is an HMAC of its address under a salt derived
 * from `salt` (itself derived from the server secret, never stored) and the window's number, so the
 * table holds no address, and the same address has an unrelated key in the next window.
 */
export function databaseRateLimiter(db: Db, name: string, rule: LimitRule & { now?: () => number }, salt: string): RateLimiter {
	const now = rule.now ?? Date.now;
	return {
		async allow(client) {
			const t = now();
			const window = Math.floor(t / rule.windowMs);
			const windowSalt = hmac(sha256, utf8ToBytes(salt), utf8ToBytes(`${name}\n${window}`));
			const keyed = (text: string) => bytesToHex(hmac(sha256, windowSalt, utf8ToBytes(text)));
			const keys = [keyed(`client\n${client}`), ...(Number.isFinite(rule.total) ? [keyed('total')] : [])];
			const [mine = 0, all = 0] = await countRate(db, keys, (window + 1) * rule.windowMs, t);
			return mine <= rule.perClient && all <= rule.total;
		},
	};
}
