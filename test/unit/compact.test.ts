import { expect, test } from 'vitest';
import { untilNight } from '../../functions/node/compact.ts';

test('the nightly rewrite of the database waits for the next 03:00 in Beijing', () => {
	const hour = 60 * 60 * 1000;
	expect(untilNight(new Date('2026-12-02T18:00:00Z'))).toBe(hour); // 02:00 in Beijing
	expect(untilNight(new Date('2026-12-02T19:00:00Z'))).toBe(24 * hour); // 03:00: the next night
	expect(untilNight(new Date('2026-12-02T04:30:00Z'))).toBe(14.5 * hour); // 12:30 at noon
});
