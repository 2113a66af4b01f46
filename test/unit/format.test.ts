import { expect, test } from 'vitest';
import { formatTimeRange } from '../../src/lib/format.ts';

test('a lecture time reads in Beijing time, and the line can break before the times but never inside them', () => {
	const text = formatTimeRange(new Date('2026-12-10T11:00:00Z'), new Date('2026-12-10T12:30:00Z'));
	expect(text.replaceAll('\u2060', '')).toBe('2026年12月10日（周四）19:00—20:30');
	// U+2060 WORD JOINER on both sides of the dash: no line break there, and nothing visible.
	expect(text).toContain('19:00\u2060—\u206020:30');
});
