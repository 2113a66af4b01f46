// The check-in list on the day: staff tick who came (or untick a mistake) and add people who came
// without signing up. One small form per action, so it works on any phone without JavaScript.
import { audienceClasses, slotAudience, type EventSlot, type SchoolEvent } from '../domain/event.ts';
import { checkinMessages as m } from '../domain/messages.ts';
import type { School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { Db } from '../db/client.ts';
import { addWalkIn, markAttendance, slotSignups } from '../db/queries/signups.ts';
import { readFormBody } from '../http/form-body.ts';

export interface CheckinDeps {
	db: Db;
	now: () => Date;
	school: School;
}

export type CheckinInput = Record<string, string>;

export type CheckinOutcome =
	/** `signupId`: the row ticked or unticked, so the list can come back to it. */
	| { ok: true; signupId?: string }
	| { ok: false; status: 400 | 404 | 413 | 415 | 422; errors: Record<string, string>; input: CheckinInput };

const known = new Set(['_csrf', 'action', 'signup', 'attended', 'name', 'class', 'people']);
const count = (text: string | undefined) => {
	const t = (text ?? '').normalize('NFKC').trim();
	return /^\d{1,3}$/.test(t) ? Number(t) : NaN;
};

/** The classes a walk-in may name: the slot's audience, as on the parents' form. */
export const walkInClasses = (school: School, event: SchoolEvent, slot: EventSlot): string[] => audienceClasses(school, slotAudience(event, slot)).classes;

export async function checkIn(request: Request, event: SchoolEvent & { id: string }, slot: EventSlot, deps: CheckinDeps): Promise<CheckinOutcome> {
	const body = await readFormBody(request, 8 * 1024);
	if (!body.ok) return { ok: false, status: body.status, errors: { _form: m.badBody }, input: {} };
	const input: CheckinInput = {};
	for (const [name, value] of Object.entries(body.input)) if (typeof value === 'string') input[name] = value;
	const fail = (status: 404 | 422, errors: Record<string, string>): CheckinOutcome => ({ ok: false, status, errors, input });
	if (Object.keys(body.input).some((name) => !known.has(name)) || Object.values(body.input).some((v) => typeof v !== 'string'))
		return fail(422, { _form: m.unknownAction });

	if (input.action === 'attend' || input.action === 'undo') {
		const signup = (await slotSignups(deps.db, event.id, slot.id)).find((s) => s.id === input.signup && s.status === 'confirmed');
		if (!signup) return fail(404, { _form: m.notOnList });
		if (input.action === 'undo') return markAttendance(deps.db, event.id, signup.id, null).then(() => ({ ok: true, signupId: signup.id }));
		// One tap ticks everyone on the sign-up; a number says fewer came.
		const attended = input.attended === undefined ? signup.people : count(input.attended);
		if (!(attended >= 1 && attended <= signup.people)) return fail(422, { attended: m.attended(signup.people) });
		return markAttendance(deps.db, event.id, signup.id, attended).then(() => ({ ok: true, signupId: signup.id }));
	}
	if (input.action !== 'walk-in') return fail(422, { _form: m.unknownAction });

	const errors: Record<string, string> = {};
	const name = (input.name ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
	if (name.length === 0 || [...name].length > 20) errors.name = m.name;
	let classId: string | null = null;
	if (event.asks.class) {
		classId = input.class ?? '';
		if (!walkInClasses(deps.school, event, slot).includes(classId)) errors.class = m.class;
	}
	// Walk-ins are let in beyond the places: they are at the door already, and staff decide there.
	const max = event.asks.maxPeople;
	const people = input.people === undefined && max === 1 ? 1 : count(input.people);
	if (!(people >= 1 && people <= max)) errors.people = m.people(max);
	if (Object.keys(errors).length) return fail(422, errors);
	await addWalkIn(deps.db, { eventId: event.id, slotId: slot.id, capacity: slot.capacity }, { name, classId, people, day: shanghaiDay(deps.now()) });
	return { ok: true };
}
