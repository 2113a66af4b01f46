// Sign-ups with places, through the real handler on each driver: places are never exceeded, the
// waiting list is served in order, a retry signs up once, a manage code cancels.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cancelByCode, lookUpSignup, signUp, type EventDeps } from '../../functions/events/signup.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { eventDeps, form } from '../helpers/event-deps.ts';

let t: TestDatabase;
let deps: EventDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = eventDeps(t.db);
});
afterEach(() => t.cleanup());

const openDay = () => ({ ...deps.events.get('open-day-2026-12')!, id: 'open-day-2026-12' });
let n = 0;
const key = () => `key-${String(++n).padStart(20, '0')}`;
const fields = (over: Record<string, string> = {}) => ({ _key: key(), slot: 'g7-2-chinese', name: '王女士', class: 'g7-2', ...over });
async function signUpOk(over: Record<string, string> = {}) {
	const outcome = await signUp(form(fields(over)), openDay(), '1.2.3.4', deps);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome;
}
const statuses = async () =>
	(await t.db.all<{ status: string; n: number }>(sql`select status, count(*) as n from signups group by status order by status`)).map((r) => `${r.status}:${r.n}`);

describe('a slot with 3 places', () => {
	test('three sign-ups are confirmed, the fourth waits first in line, a cancellation promotes it', async () => {
		const first = await signUpOk({ name: '一号' });
		await signUpOk({ name: '二号' });
		await signUpOk({ name: '三号' });
		const fourth = await signUpOk({ name: '四号' });
		const fifth = await signUpOk({ name: '五号' });
		expect(first.place).toEqual({ status: 'confirmed' });
		expect(fourth.place).toEqual({ status: 'waiting', position: 1 });
		expect(fifth.place).toEqual({ status: 'waiting', position: 2 });

		expect((await cancelByCode(first.code, '1.2.3.4', deps)).ok).toBe(true);
		const promoted = await lookUpSignup(fourth.code, '1.2.3.4', deps);
		expect(promoted.ok && promoted.place).toEqual({ status: 'confirmed' });
		const next = await lookUpSignup(fifth.code.toLowerCase().replaceAll('-', ' '), '1.2.3.4', deps);
		expect(next.ok && next.place).toEqual({ status: 'waiting', position: 1 });
		expect(await statuses()).toEqual(['cancelled:1', 'confirmed:3', 'waiting:1']);
	});

	test('50 sign-ups at once: exactly 3 confirmed, 47 waiting in positions 1 to 47', async () => {
		const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => signUp(form(fields({ name: `家长${i}` })), openDay(), `10.0.0.${i}`, deps)));
		expect(outcomes.every((o) => o.ok)).toBe(true);
		const places = outcomes.flatMap((o) => (o.ok ? [o.place] : []));
		expect(places.filter((p) => p.status === 'confirmed')).toHaveLength(3);
		const positions = places.flatMap((p) => (p.status === 'waiting' ? [p.position] : [])).sort((a, b) => a - b);
		expect(positions).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
		expect(await statuses()).toEqual(['confirmed:3', 'waiting:47']);
	});

	test('a double tap signs up once and shows the same code and place', async () => {
		const fieldsOnce = fields();
		const [a, b] = await Promise.all([signUp(form(fieldsOnce), openDay(), '1.2.3.4', deps), signUp(form(fieldsOnce), openDay(), '1.2.3.4', deps)]);
		expect(a.ok && b.ok && a.code === b.code).toBe(true);
		expect(await statuses()).toEqual(['confirmed:1']);
	});

	test('a party that does not fit waits, and a smaller one behind it does not overtake it', async () => {
		const family = { ...deps.events.get('family-reading-2026-12')!, id: 'family-reading-2026-12' };
		const reading = (name: string, people: string) => signUp(form({ _key: key(), slot: 'dec-19', name, class: 'g3-1', people }), family, '1.2.3.4', deps);
		for (let i = 0; i < 9; i++) await reading(`家庭${i}`, '3'); // 27 of 30 places
		const big = await reading('大家庭', '3');
		const small = await reading('小家庭', '1');
		expect(big.ok && big.place).toEqual({ status: 'confirmed' });
		expect(small.ok && small.place).toEqual({ status: 'waiting', position: 1 });
	});
});
