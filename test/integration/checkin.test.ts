// On the day and after: staff tick who came and add walk-ins; some days later retention leaves only
// counts, and the rates and hours staff read stay what they were. On each driver.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { insertSignup, slotSignups, slotTallies } from '../../functions/db/queries/signups.ts';
import { eventReport, volunteerMinutesByMonth } from '../../functions/events/attendance.ts';
import { checkIn } from '../../functions/events/checkin.ts';
import { removeDemoSignups, seedDemoSignups } from '../../functions/events/demo.ts';
import { reduceExpiredSignups } from '../../functions/events/retention.ts';
import { signUp, type EventDeps } from '../../functions/events/signup.ts';
import { nightlyPurge } from '../../functions/nightly.ts';
import { loadContent } from '../../functions/node/content-files.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { eventDeps, form } from '../helpers/event-deps.ts';

let t: TestDatabase;
let deps: EventDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = eventDeps(t.db);
});
afterEach(() => t.cleanup());

const { events } = loadContent('content');
const eventOf = (id: string) => ({ ...events.get(id)!, id });
const slotOf = (eventId: string, slotId: string) => events.get(eventId)!.slots.find((s) => s.id === slotId)!;
let n = 0;
async function signUpOk(eventId: string, fields: Record<string, string>) {
	const outcome = await signUp(form({ _key: `key-${String(++n).padStart(20, '0')}`, ...fields }), eventOf(eventId), '1.2.3.4', deps);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome.signup;
}
const reading = () => ({ event: eventOf('family-reading-2026-12'), slot: slotOf('family-reading-2026-12', 'dec-19') });
const tick = (fields: Record<string, string>) => checkIn(form(fields), reading().event, reading().slot, deps);
const rows = () => slotSignups(t.db, 'family-reading-2026-12', 'dec-19');

describe('check-in', () => {
	test('one tap ticks everyone on a sign-up, a number says fewer came, and a mistake is undone', async () => {
		const family = await signUpOk('family-reading-2026-12', { slot: 'dec-19', name: '陈女士', class: 'g3-1', people: '3' });
		expect(await tick({ action: 'attend', signup: family.id })).toEqual({ ok: true, signupId: family.id });
		expect((await rows())[0]!.attended).toBe(3);
		await tick({ action: 'attend', signup: family.id, attended: '2' });
		expect((await rows())[0]!.attended).toBe(2);
		await tick({ action: 'undo', signup: family.id });
		expect((await rows())[0]!.attended).toBeNull();
	});

	test('more people than signed up, or a sign-up of another slot, is refused and nothing is written', async () => {
		const family = await signUpOk('family-reading-2026-12', { slot: 'dec-19', name: '陈女士', class: 'g3-1', people: '2' });
		const tooMany = await tick({ action: 'attend', signup: family.id, attended: '3' });
		expect(tooMany).toMatchObject({ ok: false, status: 422, errors: { attended: '到场人数请填写 1 到 2 之间的整数' }, input: { attended: '3' } });
		const volunteer = await signUpOk('volunteers-2026-12', { slot: 'dec-07-south', name: '周先生', class: 'g5-1', phone: '13912345678' });
		expect(await tick({ action: 'attend', signup: volunteer.id })).toMatchObject({ ok: false, status: 404 });
		expect(await tick({ action: 'dance', signup: family.id })).toMatchObject({ ok: false, status: 422 });
		expect((await t.db.all<{ n: number }>(sql`select count(*) as n from signups where attended is not null`))[0]!.n).toBe(0);
	});

	test('a walk-in is added confirmed and present, beyond the places if need be', async () => {
		expect(await tick({ action: 'walk-in', name: ' 赵 先生 ', class: 'g2-3', people: '2' })).toEqual({ ok: true });
		expect(await rows()).toMatchObject([{ name: '赵 先生', classId: 'g2-3', people: 2, attended: 2, walkIn: true, status: 'confirmed', phone: null }]);
	});

	test('a walk-in with a class outside the audience or no name gets messages and its values back', async () => {
		const outcome = await tick({ action: 'walk-in', name: '', class: 'g9-1', people: '5' });
		expect(outcome).toEqual({
			ok: false,
			status: 422,
			errors: { name: '请填写姓名或称呼（最多 20 个字）', class: '请选择孩子所在的班级', people: '人数请填写 1 到 3 之间的整数' },
			input: { action: 'walk-in', name: '', class: 'g9-1', people: '5' },
		});
		expect(await rows()).toEqual([]);
	});
});

describe('retention', () => {
	const volunteers = eventOf('volunteers-2026-12');
	// The volunteer rota's last day is 2026-12-28; school.yaml keeps names 30 days.
	const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T04:00:00Z`) + days * 86_400_000);

	test('30 days after the last day only counts remain, and rates and hours read the same', async () => {
		const signups = [];
		for (const [i, slot] of ['dec-07-south', 'dec-07-south', 'dec-14-south', 'dec-28-east'].entries())
			signups.push(await signUpOk('volunteers-2026-12', { slot, name: `志愿者${i}`, class: i % 2 ? 'g7-1' : 'g4-2', phone: `1390000000${i}` }));
		const eventCheckIn = (slotId: string, fields: Record<string, string>) => checkIn(form(fields), volunteers, slotOf('volunteers-2026-12', slotId), deps);
		await eventCheckIn('dec-07-south', { action: 'attend', signup: signups[0]!.id });
		await eventCheckIn('dec-14-south', { action: 'attend', signup: signups[2]!.id });
		await eventCheckIn('dec-14-south', { action: 'walk-in', name: '临时帮忙的家长', class: 'g1-1' });
		const school = deps.school;
		const read = async () => {
			const tallies = await slotTallies(t.db);
			return { report: eventReport(volunteers, tallies, school, '2027-02-01'), hours: volunteerMinutesByMonth(deps.events, tallies) };
		};
		const before = await read();
		expect(before.report.rate).toMatchObject({ came: 3, expected: 5 });
		expect(before.hours).toEqual([['2026-12', 120]]);

		expect(await reduceExpiredSignups(t.db, deps.events, school.signups.keepDays, dayAfter('2026-12-28', 29))).toEqual([]);
		expect((await t.db.all<{ n: number }>(sql`select count(*) as n from signups`))[0]!.n).toBe(5);
		await nightlyPurge(t.db, { surveys: new Map(), events: deps.events, school }, dayAfter('2026-12-28', 31));
		expect(await t.db.all(sql`select * from signups`)).toEqual([]);
		expect(await read()).toEqual(before);
		// The names are gone from every table.
		const kept = JSON.stringify(await t.db.all(sql`select * from signup_counts`));
		for (const name of ['志愿者0', '临时帮忙的家长', '13900000000']) expect(kept).not.toContain(name);
	});

	test('an event no longer in content goes once its newest row is 30 days old', async () => {
		const slot = { eventId: 'removed-event', slotId: 'x', capacity: 10 };
		const row = { name: '吴女士', classId: 'g1-1', phone: null, people: 1, day: '2026-10-01' };
		await insertSignup(t.db, slot, { ...row, manageHash: 'h1', formKey: 'k1' });
		await insertSignup(t.db, slot, { ...row, manageHash: 'h2', formKey: 'k2', day: '2026-11-20' });
		expect(await reduceExpiredSignups(t.db, deps.events, 30, new Date('2026-12-20T04:00:00Z'))).toEqual([]);
		expect(await reduceExpiredSignups(t.db, deps.events, 30, new Date('2026-12-21T04:00:00Z'))).toEqual(['removed-event']);
		expect(await t.db.all(sql`select event_id, class_id, confirmed from signup_counts`)).toEqual([{ event_id: 'removed-event', class_id: 'g1-1', confirmed: 2 }]);
	});
});

describe('demo sign-ups', () => {
	test('seeded into a database without sign-ups, none for the open day, and removed with one call', async () => {
		const real = await signUpOk('family-reading-2026-12', { slot: 'dec-19', name: '真实家长', class: 'g3-1', people: '1' });
		expect(await seedDemoSignups(t.db, deps.events, deps.school, deps.now())).toBe(0);
		await t.db.run(sql`delete from signups`);

		const seeded = await seedDemoSignups(t.db, deps.events, deps.school, deps.now());
		expect(seeded).toBeGreaterThan(20);
		const byEvent = await t.db.all<{ event_id: string; people: number; demo: number }>(
			sql`select event_id, sum(people) as people, min(demo) as demo from signups group by event_id order by event_id`,
		);
		expect(byEvent.map((r) => r.event_id)).toEqual(['class-visit-2027-spring', 'family-reading-2026-12', 'parent-meetings-2026-autumn', 'volunteers-2026-12']);
		expect(byEvent.every((r) => r.demo === 1)).toBe(true);
		// Places are left for parents trying the form.
		for (const [eventId, event] of deps.events)
			for (const slot of event.slots)
				expect((await slotSignups(t.db, eventId, slot.id)).reduce((sum, s) => sum + s.people, 0)).toBeLessThanOrEqual(slot.capacity / 2);

		await signUpOk('family-reading-2026-12', { slot: 'dec-19', name: real.name, class: 'g3-1', people: '1' });
		expect(await removeDemoSignups(t.db)).toBe(seeded);
		expect((await t.db.all<{ name: string }>(sql`select name from signups`)).map((r) => r.name)).toEqual(['真实家长']);
	});
});
