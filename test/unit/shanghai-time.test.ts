import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseShanghaiDateTime, shanghaiDay, toShanghaiParts } from '../../functions/domain/shanghai-time.ts';
import { termOf } from '../../functions/domain/term.ts';

test('an evening in Beijing is the same calendar day there, whatever the server zone', () => {
	const d = parseShanghaiDateTime('2026-12-31 23:30')!;
	expect(d.toISOString()).toBe('2026-12-31T15:30:00.000Z');
	expect(shanghaiDay(d)).toBe('2026-12-31');
	// 00:30 on New Year's Day in Beijing is still 31 December in UTC.
	expect(shanghaiDay(parseShanghaiDateTime('2027-01-01 00:30')!)).toBe('2027-01-01');
});

test('impossible dates and times are refused', () => {
	for (const text of ['2026-02-29 10:00', '2026-13-01 10:00', '2026-01-01 24:00', '2026-01-01 10:60', '明天']) {
		expect(parseShanghaiDateTime(text), text).toBeUndefined();
	}
});

test('parse and format round-trip for any minute in 2000–2099', () => {
	fc.assert(
		fc.property(fc.date({ min: new Date('2000-01-01T00:00Z'), max: new Date('2099-12-31T00:00Z'), noInvalidDate: true }), (date) => {
			const p = toShanghaiParts(date);
			const text = `${shanghaiDay(date)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
			const back = parseShanghaiDateTime(text)!;
			expect(Math.floor(date.getTime() / 60_000)).toBe(back.getTime() / 60_000);
		}),
	);
});

test('terms: August–January is the first term, February–July the second', () => {
	const at = (text: string) => termOf(parseShanghaiDateTime(text)!);
	expect(at('2026-08-25 09:00')).toBe('2026-2027-1');
	expect(at('2027-01-20 09:00')).toBe('2026-2027-1');
	expect(at('2027-02-01 00:00')).toBe('2026-2027-2');
	expect(at('2027-07-31 23:59')).toBe('2026-2027-2');
	// Beijing midnight of 1 August is still July in UTC; the Beijing date decides.
	expect(at('2026-08-01 00:10')).toBe('2026-2027-1');
});
