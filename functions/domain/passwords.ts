// Staff passwords: scrypt (memory-hard) in pure JavaScript, so the same hashes verify on Node and on
// Cloudflare Workers, where PBKDF2 is capped at 100 000 iterations and native scrypt is missing.
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** 2^15 × 8 × 128 bytes = 32 MiB per check: costly to guess at scale, about 0.1 s for one sign-in. */
const params = { N: 2 ** 15, r: 8, p: 1, dkLen: 32 } as const;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function hashPassword(password: string): Promise<string> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const hash = await scryptAsync(utf8ToBytes(password.normalize('NFC')), salt, params);
	return `scrypt$${params.N}$${params.r}$${params.p}$${b64(salt)}$${b64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, N, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !N || !r || !p || !salt || !hash) return false;
	const expected = unb64(hash);
	const actual = await scryptAsync(utf8ToBytes(password.normalize('NFC')), unb64(salt), {
		N: Number(N),
		r: Number(r),
		p: Number(p),
		dkLen: expected.length,
	});
	return constantTimeEqual(actual, expected);
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
	return diff === 0;
}

/** A password for a new or reset account: 16 characters from an unambiguous alphabet (~90 bits). */
export function generatePassword(): string {
	const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
	return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => alphabet[b % alphabet.length]).join('');
}
