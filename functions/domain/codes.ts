// Codes people copy from paper or read aloud: Crockford base32 (no I, L, O, U), in groups of four.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code of `groups` × 4 characters (5 bits each) from the platform's CSPRNG. */
export function randomCode(groups: number): string {
	const bytes = crypto.getRandomValues(new Uint8Array(groups * 4));
	// 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
	const chars = [...bytes].map((b) => alphabet[b % 32]!);
	return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

/** What a person typed, in canonical form: case, spaces and dashes ignored, look-alikes mapped. */
export function normalizeCode(typed: string): string {
	return typed
		.toUpperCase()
		.replace(/[\s-]/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
}

/** Family codes are stored only as this hash; 60 random bits make guessing from it hopeless. */
export function hashCode(typed: string): string {
	return bytesToHex(sha256(utf8ToBytes(normalizeCode(typed))));
}

/** A random opaque token (128 bits, base64url), e.g. a form's idempotency key. */
export function randomToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
}
