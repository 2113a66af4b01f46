// Fixed-window counters kept in memory only. Clients are told apart by a hash of their address with a
// salt that changes every window and is never written anywhere, so nothing here can be tied to a
// suggestion later. (Each server worker counts on its own; the limits allow for that.)
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface RateLimiter {
	/** Counts one attempt; false when the client (or everyone together) is over the limit. */
	allow(client: string): boolean;
}

export function rateLimiter(options: { perClient: number; total: number; windowMs: number; now?: () => number }): RateLimiter {
	const now = options.now ?? Date.now;
	let windowStart = -Infinity;
	let salt = '';
	let total = 0;
	const counts = new Map<string, number>();
	return {
		allow(client) {
			const t = now();
			if (t - windowStart >= options.windowMs) {
				windowStart = t;
				salt = bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
				total = 0;
				counts.clear();
			}
			const key = bytesToHex(sha256(utf8ToBytes(salt + client)));
			const n = (counts.get(key) ?? 0) + 1;
			counts.set(key, n);
			total++;
			return n <= options.perClient && total <= options.total;
		},
	};
}
