// What parents see before and after signing up, through the real handlers on each driver: places left
// and the waiting list per slot, the events still to come, and a manage code's look-up and cancel.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { signupMessages as m, submissionMessages } from '../../functions/domain/messages.ts';
import { manageSignup } from '../../functions/events/manage.ts';
import { eventPlaces, upcomingEvents } from '../../functions/events/places.ts';
import { signUp, type EventDeps } from '../../functions/events/signup.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { eventDeps, form } from '../helpers/event-deps.ts';

let t: TestDatabase;
let deps: EventDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = eventDeps(t.db);
});
afterEach(() => t.cleanup());

let n = 0;
const key = () => `places-key-${String(++n).padStart(16, '0')}`;
async function signUpOk(eventId: string, fields: Record<string, string>) {
	const outcome = await signUp(form({ _key: key(), ...fields }), { ...deps.events.get(eventId)!, id: eventId }, '1.2.3.4', deps);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome;
}
const openDay = (name: string) => signUpOk('open-day-2026-12', { slot: 'g7-2-chinese', name, class: 'g7-2' });
const slotOf = async (eventId: string, slotId: string) => (await eventPlaces(deps, eventId))!.slots.find((s) => s.slot.id === slotId)!;
const statuses = async () =>
	(await t.db.all<{ status: string; n: number }>(sql`select status, count(*) as n from signups group by status order by status`)).map((r) => `${r.status}:${r.n}`);

describe('places per slot', () => {
	test('places left count people confirmed; a full slot says how many wait', async () => {
		expect(await slotOf('open-day-2026-12', 'g7-2-chinese')).toMatchObject({ left: 3, waiting: 0, full: false, past: false });
		for (const name of ['一号', '二号']) await openDay(name);
		expect(await slotOf('open-day-2026-12', 'g7-2-chinese')).toMatchObject({ left: 1, waiting: 0, full: false });
		for (const name of ['三号', '四号', '五号']) await openDay(name);
		expect(await slotOf('open-day-2026-12', 'g7-2-chinese')).toMatchObject({ left: 0, waiting: 2, full: true });
		// The other slots of the event are untouched.
		expect(await slotOf('open-day-2026-12', 'g8-1-math')).toMatchObject({ left: 4, waiting: 0, full: false });
	});

	test('a family of three takes three places', async () => {
		await signUpOk('family-reading-2026-12', { slot: 'dec-19', name: '张家', class: 'g3-1', people: '3' });
		expect(await slotOf('family-reading-2026-12', 'dec-19')).toMatchObject({ left: 27, waiting: 0 });
	});

	test('a slot with places left but someone waiting is full to a newcomer', async () => {
		const reading = (name: string, people: string) => signUpOk('family-reading-2026-12', { slot: 'dec-19', name, class: 'g3-1', people });
		for (let i = 0; i < 9; i++) await reading(`家庭${i}`, '3');
		await reading('两口之家', '2'); // 29 of 30
		await reading('大家庭', '3'); // does not fit: waits
		expect(await slotOf('family-reading-2026-12', 'dec-19')).toMatchObject({ left: 1, waiting: 1, full: true });
	});

	test('slots in time order, past ones marked, and the window state of the day', async () => {
		const at = { ...deps, now: () => new Date('2026-12-15T02:00:00Z') };
		const volunteers = (await eventPlaces(at, 'volunteers-2026-12'))!;
		expect(volunteers.state).toBe('open');
		expect(volunteers.slots.map((s) => [s.slot.id, s.past])).toEqual([
			['dec-07-south', true],
			['dec-14-south', true],
			['dec-21-east', false],
			['dec-28-east', false],
		]);
		expect((await eventPlaces(at, 'open-day-2026-11'))!.state).toBe('closed');
		expect(await eventPlaces(at, 'no-such-event')).toBeUndefined();
	});
});

test('events still to come, the soonest slot first; those over are left out', async () => {
	const ids = async (iso: string) => (await upcomingEvents({ ...deps, now: () => new Date(iso) })).map((e) => e.id);
	expect(await ids('2026-12-02T02:00:00Z')).toEqual(['volunteers-2026-12', 'family-reading-2026-12', 'open-day-2026-12', 'parent-meetings-2026-autumn', 'class-visit-2027-spring']);
	// 20 December: the reading afternoon (19 December) is over; the volunteers' next slot is the 21st.
	expect(await ids('2026-12-20T02:00:00Z')).toEqual(['volunteers-2026-12', 'open-day-2026-12', 'parent-meetings-2026-autumn', 'class-visit-2027-spring']);
});

describe('a manage code', () => {
	const post = (fields: Record<string, string>) => manageSignup(form(fields), '1.2.3.4', deps);

	test('looks a sign-up up, then cancels it, which promotes the first in line', async () => {
		const first = await openDay('一号');
		for (const name of ['二号', '三号']) await openDay(name);
		const fourth = await openDay('四号');

		const found = await post({ code: ` ${first.code.toLowerCase()} ` });
		expect(found).toMatchObject({ ok: true, place: { status: 'confirmed' }, cancelledNow: false, signup: { name: '一号', eventId: 'open-day-2026-12', slotId: 'g7-2-chinese' } });
		expect(await post({ code: fourth.code })).toMatchObject({ ok: true, place: { status: 'waiting', position: 1 } });

		expect(await post({ code: first.code, action: 'cancel' })).toMatchObject({ ok: true, place: { status: 'cancelled' }, cancelledNow: true });
		expect(await post({ code: fourth.code })).toMatchObject({ ok: true, place: { status: 'confirmed' } });
		// Cancelling again changes nothing and says it is cancelled.
		expect(await post({ code: first.code, action: 'cancel' })).toMatchObject({ ok: true, place: { status: 'cancelled' } });
		expect(await post({ code: first.code })).toMatchObject({ ok: true, place: { status: 'cancelled' }, cancelledNow: false });
		expect(await statuses()).toEqual(['cancelled:1', 'confirmed:3']);
	});

	test.each([
		['a wrong code', { code: 'AAAA-BBBB-CCCC-DDDD' }, 404, m.codeInvalid],
		['a code of the wrong shape', { code: 'hello' }, 422, m.codeInvalid],
		['no code', {}, 422, m.codeInvalid],
		['an action the page does not have', { code: 'AAAA-BBBB-CCCC-DDDD', action: 'delete' }, 422, m.codeInvalid],
		['a field the page does not have', { code: 'AAAA-BBBB-CCCC-DDDD', name: '王' }, 422, m.codeInvalid],
	])('%s: refused, nothing changed', async (_, fields, status, error) => {
		const mine = await openDay('一号');
		expect(await post(fields as Record<string, string>)).toMatchObject({ ok: false, status, error });
		expect((await post({ code: mine.code })).ok).toBe(true);
		expect(await statuses()).toEqual(['confirmed:1']);
	});

	test('a code sent twice, or in a body that is not a form, is refused', async () => {
		const mine = await openDay('一号');
		const twice = new Request('http://hub.test/events/manage/', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams([['code', mine.code], ['code', mine.code], ['action', 'cancel']]).toString(),
		});
		expect(await manageSignup(twice, '1.2.3.4', deps)).toMatchObject({ ok: false, status: 422, error: m.codeInvalid });
		const plain = new Request('http://hub.test/events/manage/', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `code=${mine.code}&action=cancel` });
		expect(await manageSignup(plain, '1.2.3.4', deps)).toMatchObject({ ok: false, status: 415, error: submissionMessages.badBody });
		expect(await statuses()).toEqual(['confirmed:1']);
	});
});
