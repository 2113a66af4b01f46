import fc from 'fast-check';
import { expect, test } from 'vitest';
import { hashCode, normalizeCode, randomCode, randomToken } from '../../functions/domain/codes.ts';

test('codes are groups of four Crockford characters, easy to read aloud', () => {
	const code = randomCode(3);
	expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	expect(new Set(Array.from({ length: 1000 }, () => randomCode(3))).size).toBe(1000);
});

test('what a parent types matches whatever the case, spacing or look-alike letters', () => {
	fc.assert(
		fc.property(fc.constant(null).map(() => randomCode(3)), (code) => {
			const typed = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
			expect(hashCode(typed)).toBe(hashCode(code));
		}),
	);
	expect(normalizeCode(' 7k3m-q9td ')).toBe('7K3MQ9TD');
	expect(hashCode('AAAA-BBBB')).not.toBe(hashCode('AAAA-BBBC'));
});

test('tokens carry 128 random bits in URL-safe text', () => {
	const token = randomToken();
	expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
	expect(randomToken()).not.toBe(token);
});
