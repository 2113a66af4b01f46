// Receipt codes for the suggestion box and manage codes for event sign-ups. A code is derived from the
// form's random idempotency key with the server secret, so a retried POST shows the parent the same
// code, while the database keeps only a second keyed hash of it: without the secret, nothing links a
// code to a suggestion, and a copy of the database cancels nobody's sign-up.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normalizeCode } from './codes.ts';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 Crockford characters = 80 bits, as XXXX-XXXX-XXXX-XXXX. */
export const receiptCodeFor = (secret: string, formKey: string): string => codeFor(secret, `receipt:${formKey}`);

/** The same for a sign-up: another label, so no form key yields both kinds of code. */
export const manageCodeFor = (secret: string, formKey: string): string => codeFor(secret, `signup:${formKey}`);

function codeFor(secret: string, label: string): string {
	const mac = hmac(sha256, utf8ToBytes(secret), utf8ToBytes(label));
	let bits = 0n;
	for (const byte of mac.slice(0, 10)) bits = (bits << 8n) | BigInt(byte);
	const chars = Array.from({ length: 16 }, (_, i) => alphabet[Number((bits >> BigInt(75 - i * 5)) & 31n)]!);
	return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export function receiptHash(secret: string, typed: string): string {
	return bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(`stored:${normalizeCode(typed)}`)));
}

/** Whether what someone typed could be a receipt code at all (16 Crockford characters). */
export function looksLikeReceipt(typed: string): boolean {
	return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(normalizeCode(typed));
}
