// Bad sign-ups through the real handler on each driver: every bad field gets its own Chinese message,
// a bad body or a closed window a 4xx, and none of them writes a row.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SchoolEvent } from '../../functions/domain/event.ts';
import { answerMessages, signupMessages as m, submissionMessages } from '../../functions/domain/messages.ts';
import { signUp, type EventDeps } from '../../functions/events/signup.ts';
import { rateLimiter } from '../../functions/http/rate-limit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { eventDeps, form } from '../helpers/event-deps.ts';

let t: TestDatabase;
let deps: EventDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = eventDeps(t.db);
});
afterEach(() => t.cleanup());

const event = (id: string, change: (e: SchoolEvent) => SchoolEvent = (e) => e) => ({ ...change(deps.events.get(id)!), id });
const rows = async () => (await t.db.get<{ n: number }>(sql`select count(*) as n from signups`)).n;
const key = 'field-test-key-0000000001';

// Open day: class asked, one person. Volunteers: phone asked. Family reading: up to 3 people.
const openDay = { _key: key, slot: 'g7-2-chinese', name: '王女士', class: 'g7-2' };
const volunteer = { _key: key, slot: 'dec-07-south', name: '李先生', class: 'g5-1', phone: '13800138000' };
const reading = { _key: key, slot: 'dec-19', name: '张明妈妈', class: 'g3-1', people: '2' };

const cases: [string, string, Record<string, string>, Record<string, string>][] = [
	['no slot', 'open-day-2026-12', { ...openDay, slot: '' }, { slot: m.slot }],
	['a slot the event does not have', 'open-day-2026-12', { ...openDay, slot: 'g7-2-art' }, { slot: m.slot }],
	['no name', 'open-day-2026-12', { ...openDay, name: '' }, { name: m.name }],
	['a name of spaces only', 'open-day-2026-12', { ...openDay, name: ' \u3000 ' }, { name: m.name }],
	['a name of 21 characters', 'open-day-2026-12', { ...openDay, name: '王'.repeat(21) }, { name: m.name }],
	['a name of 10 000 characters', 'open-day-2026-12', { ...openDay, name: 'x'.repeat(7000) }, { name: m.name }],
	['no class', 'open-day-2026-12', { ...openDay, class: '' }, { class: m.class }],
	['a class outside the audience', 'open-day-2026-12', { ...openDay, class: 'g3-1' }, { class: m.class }],
	['a class school.yaml does not have', 'open-day-2026-12', { ...openDay, class: 'g7-99' }, { class: m.class }],
	['a class invited to another slot (another grade’s meeting)', 'parent-meetings-2026-autumn', { ...openDay, slot: 'g7', class: 'g8-1', people: '1' }, { class: m.classNotInSlot }],
	['a class no slot invites', 'parent-meetings-2026-autumn', { ...openDay, slot: 'g7', class: 'g3-1', people: '1' }, { class: m.class }],
	['no phone where one is asked', 'volunteers-2026-12', { ...volunteer, phone: '' }, { phone: m.phone }],
	['a phone number of 5 digits', 'volunteers-2026-12', { ...volunteer, phone: '12345' }, { phone: m.phone }],
	['a phone where none is asked', 'open-day-2026-12', { ...openDay, phone: '13800138000' }, { _form: answerMessages.unknownField }],
	['0 people', 'family-reading-2026-12', { ...reading, people: '0' }, { people: m.people(3) }],
	['more people than one sign-up may bring', 'family-reading-2026-12', { ...reading, people: '4' }, { people: m.people(3) }],
	['people as words', 'family-reading-2026-12', { ...reading, people: '两' }, { people: m.people(3) }],
	['a fraction of a person', 'family-reading-2026-12', { ...reading, people: '1.5' }, { people: m.people(3) }],
	['a huge number of people', 'family-reading-2026-12', { ...reading, people: '99999999999999999999' }, { people: m.people(3) }],
	['2 people where one may come', 'open-day-2026-12', { ...openDay, people: '2' }, { people: m.people(1) }],
	['no form key', 'open-day-2026-12', { ...openDay, _key: '' }, { _form: submissionMessages.missingKey }],
	['a form key too short to be random', 'open-day-2026-12', { ...openDay, _key: 'abc' }, { _form: submissionMessages.missingKey }],
	['a field the form does not have', 'open-day-2026-12', { ...openDay, seat: 'front' }, { _form: answerMessages.unknownField }],
	['everything missing', 'volunteers-2026-12', { _key: key }, { slot: m.slot, name: m.name, class: m.class, phone: m.phone }],
];

describe('each bad field gets its message and nothing is written', () => {
	test.each(cases)('%s', async (_, id, fields, errors) => {
		const outcome = await signUp(form(fields), event(id), '1.2.3.4', deps);
		expect(outcome).toMatchObject({ ok: false, status: 422, errors });
		expect(!outcome.ok && outcome.errors).toEqual(errors);
		expect(await rows()).toBe(0);
	});
});

test('what was typed comes back with the errors, to fill the form in again', async () => {
	const outcome = await signUp(form({ ...openDay, class: 'g3-1' }), event('open-day-2026-12'), '1.2.3.4', deps);
	expect(!outcome.ok && outcome.input).toEqual({ ...openDay, class: 'g3-1' });
});

test('a field sent twice (an array) is refused', async () => {
	const body = new URLSearchParams([...Object.entries(openDay), ['name', '李先生']]).toString();
	const request = new Request('http://hub.test/events/x/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
	const outcome = await signUp(request, event('open-day-2026-12'), '1.2.3.4', deps);
	expect(outcome).toMatchObject({ ok: false, status: 422, errors: { _form: answerMessages.unknownField } });
	expect(await rows()).toBe(0);
});

test('more people than the slot has places', async () => {
	const small = event('family-reading-2026-12', (e) => ({ ...e, slots: e.slots.map((s) => ({ ...s, capacity: 2 })) }));
	const outcome = await signUp(form({ ...reading, people: '3' }), small, '1.2.3.4', deps);
	expect(outcome).toMatchObject({ ok: false, status: 422, errors: { people: m.overCapacity(2) } });
	expect(await rows()).toBe(0);
});

test('a class sent to an event that asks none', async () => {
	const noClass = event('open-day-2026-12', (e) => ({ ...e, asks: { ...e.asks, class: false } }));
	const outcome = await signUp(form(openDay), noClass, '1.2.3.4', deps);
	expect(outcome).toMatchObject({ ok: false, status: 422, errors: { _form: answerMessages.unknownField } });
	expect(await rows()).toBe(0);
});

describe('the sign-up window, by Beijing day', () => {
	const at = (iso: string) => ({ ...deps, now: () => new Date(iso) });
	test('before it opens: 403 and the day it opens', async () => {
		// 23:59 on 30 November in Beijing; the window opens on 1 December.
		const outcome = await signUp(form(openDay), event('open-day-2026-12'), '1.2.3.4', at('2026-11-30T15:59:00Z'));
		expect(outcome).toMatchObject({ ok: false, status: 403, errors: { _form: m.notOpen('2026-12-01') } });
		expect(await rows()).toBe(0);
	});
	test('after it closes: 410', async () => {
		// 00:00 on 30 December in Beijing; the window closed at the end of 29 December.
		const outcome = await signUp(form(openDay), event('open-day-2026-12'), '1.2.3.4', at('2026-12-29T16:00:00Z'));
		expect(outcome).toMatchObject({ ok: false, status: 410, errors: { _form: m.closed } });
		expect(await rows()).toBe(0);
	});
	test('a slot already held, while later ones still take sign-ups', async () => {
		const outcome = await signUp(form(volunteer), event('volunteers-2026-12'), '1.2.3.4', at('2026-12-08T02:00:00Z'));
		expect(outcome).toMatchObject({ ok: false, status: 422, errors: { slot: m.slotPast } });
		expect(await rows()).toBe(0);
	});
});

describe('bodies that are not a sign-up form', () => {
	const post = (type: string, body: BodyInit) =>
		signUp(new Request('http://hub.test/events/x/', { method: 'POST', headers: { 'content-type': type }, body }), event('open-day-2026-12'), '1.2.3.4', deps);
	test.each([
		['text/plain', 415, 'text/plain', new URLSearchParams(openDay).toString()],
		['multipart', 415, 'multipart/form-data; boundary=x', '--x--'],
		['over 8 KB', 413, 'application/x-www-form-urlencoded', new URLSearchParams({ ...openDay, name: '王'.repeat(3000) }).toString()],
		['not UTF-8', 400, 'application/x-www-form-urlencoded', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe])],
		['broken JSON', 400, 'application/json', '{"idempotencyKey":'],
	] as const)('%s: %i', async (_, status, type, body) => {
		const outcome = await post(type, body);
		expect(outcome).toMatchObject({ ok: false, status, errors: { _form: submissionMessages.badBody } });
		expect(await rows()).toBe(0);
	});
});

test('too many sign-ups from one address: 429, what was typed kept, nothing written', async () => {
	const limited = { ...deps, submissions: rateLimiter({ perClient: 0, total: 100, windowMs: 600_000 }) };
	const outcome = await signUp(form(openDay), event('open-day-2026-12'), '1.2.3.4', limited);
	expect(outcome).toMatchObject({ ok: false, status: 429, errors: { _form: m.tooMany }, input: openDay });
	expect(await rows()).toBe(0);
});
