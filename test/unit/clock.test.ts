import { expect, test } from 'vitest';
import { clockFrom } from '../../functions/hub.ts';

test('GONGYU_NOW starts the hub clock at that instant, and it runs on', async () => {
	const now = clockFrom('2026-12-02T10:00:00+08:00');
	const first = now().getTime();
	expect(Math.abs(first - Date.parse('2026-12-02T02:00:00Z'))).toBeLessThan(1000);
	await new Promise((resolve) => setTimeout(resolve, 20));
	expect(now().getTime()).toBeGreaterThan(first);
});

test('without it the clock is the real time; a setting it cannot read stops the start', () => {
	expect(Math.abs(clockFrom(undefined)().getTime() - Date.now())).toBeLessThan(1000);
	expect(Math.abs(clockFrom('')().getTime() - Date.now())).toBeLessThan(1000);
	expect(() => clockFrom('next tuesday')).toThrow(/GONGYU_NOW/);
});
