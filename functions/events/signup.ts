// A parent signs up for one slot of an event, or looks up and cancels a sign-up with its manage code.
import { mobileNumber } from '../domain/answers.ts';
import { audienceClasses, slotAudience, type SchoolEvent } from '../domain/event.ts';
import { answerMessages, signupMessages as m, submissionMessages } from '../domain/messages.ts';
import { looksLikeReceipt, manageCodeFor, receiptHash } from '../domain/receipts.ts';
import type { School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { Db } from '../db/client.ts';
import { cancelSignup, insertSignup, signupByManageHash, type Place, type Signup } from '../db/queries/signups.ts';
import { readFormBody } from '../http/form-body.ts';
import type { RateLimiter } from '../http/rate-limit.ts';

export interface EventDeps {
	db: Db;
	now: () => Date;
	/** Keys manage codes; see functions/domain/receipts.ts. */
	secret: string;
	school: School;
	events: ReadonlyMap<string, SchoolEvent>;
	/** Limits sign-ups per client, so nobody fills a slot with made-up names. */
	submissions: RateLimiter;
	/** Limits manage-code look-ups, so codes cannot be guessed. */
	lookups: RateLimiter;
}

export type SignupInput = Record<string, string | string[]>;

export type SignupOutcome =
	| { ok: true; code: string; signup: Signup; place: Place }
	| { ok: false; status: 400 | 403 | 410 | 413 | 415 | 422 | 429; errors: Record<string, string>; input: SignupInput };

/** Whether sign-ups are taken today: 'open', or why not. */
export function signupState(event: SchoolEvent, today: string): 'open' | 'not-open' | 'closed' {
	if (today < event.signup.opens) return 'not-open';
	return today > event.signup.closes || event.slots.every((s) => s.date < today) ? 'closed' : 'open';
}

const single = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
const known = new Set(['_key', 'slot', 'name', 'class', 'phone', 'people']);

export async function signUp(request: Request, event: SchoolEvent & { id: string }, client: string, deps: EventDeps): Promise<SignupOutcome> {
	const body = await readFormBody(request, 8 * 1024);
	if (!body.ok) return { ok: false, status: body.status, errors: { _form: submissionMessages.badBody }, input: {} };
	const input = body.input;
	const fail = (status: 403 | 410 | 422 | 429, errors: Record<string, string>): SignupOutcome => ({ ok: false, status, errors, input });

	const today = shanghaiDay(deps.now());
	const state = signupState(event, today);
	if (state !== 'open') return fail(state === 'closed' ? 410 : 403, { _form: state === 'closed' ? m.closed : m.notOpen(event.signup.opens) });

	const errors: Record<string, string> = {};
	const key = single(input._key);
	if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) errors._form = submissionMessages.missingKey;
	if (Object.keys(input).some((name) => !known.has(name)) || Object.values(input).some(Array.isArray)) errors._form = answerMessages.unknownField;

	const slot = event.slots.find((s) => s.id === single(input.slot));
	if (!slot) errors.slot = m.slot;
	else if (slot.date < today) errors.slot = m.slotPast;

	const name = single(input.name).normalize('NFKC').replace(/\s+/g, ' ').trim();
	if (name.length === 0 || [...name].length > 20) errors.name = m.name;

	let classId: string | null = null;
	if (event.asks.class) {
		const chosen = single(input.class);
		classId = chosen;
		const invited = (audience: readonly string[]) => audienceClasses(deps.school, audience).classes.includes(chosen);
		if (!invited(slot ? slotAudience(event, slot) : event.audience))
			errors.class = slot && event.slots.some((s) => invited(slotAudience(event, s))) ? m.classNotInSlot : m.class;
	} else if (input.class !== undefined) errors._form = answerMessages.unknownField;

	let phone: string | null = null;
	if (event.asks.phone) {
		phone = mobileNumber(single(input.phone)) ?? null;
		if (!phone) errors.phone = m.phone;
	} else if (input.phone !== undefined) errors._form = answerMessages.unknownField;

	const max = event.asks.maxPeople;
	const peopleText = input.people === undefined && max === 1 ? '1' : single(input.people).normalize('NFKC').trim();
	const people = /^\d{1,2}$/.test(peopleText) ? Number(peopleText) : NaN;
	if (!(people >= 1 && people <= max)) errors.people = m.people(max);
	else if (slot && people > slot.capacity) errors.people = m.overCapacity(slot.capacity);

	if (Object.keys(errors).length || !slot) return fail(422, errors);
	if (!(await deps.submissions.allow(client))) return fail(429, { _form: m.tooMany });

	const code = manageCodeFor(deps.secret, key);
	const placed = await insertSignup(
		deps.db,
		{ eventId: event.id, slotId: slot.id, capacity: slot.capacity },
		{ name, classId, phone, people, manageHash: receiptHash(deps.secret, code), formKey: key, day: today },
	);
	return { ok: true, code, ...placed };
}

export type LookupOutcome =
	| { ok: true; signup: Signup; place: Place }
	| { ok: false; status: 404 | 422 | 429; error: string };

/** The sign-up behind a manage code someone typed. */
export async function lookUpSignup(typed: string, client: string, deps: EventDeps): Promise<LookupOutcome> {
	if (!looksLikeReceipt(typed)) return { ok: false, status: 422, error: m.codeInvalid };
	if (!(await deps.lookups.allow(client))) return { ok: false, status: 429, error: m.tooManyLookups };
	const found = await signupByManageHash(deps.db, receiptHash(deps.secret, typed));
	return found ? { ok: true, ...found } : { ok: false, status: 404, error: m.codeInvalid };
}

/** Cancels the sign-up behind a manage code; its places go to the head of the waiting list. */
export async function cancelByCode(typed: string, client: string, deps: EventDeps): Promise<LookupOutcome> {
	const found = await lookUpSignup(typed, client, deps);
	if (!found.ok || found.signup.status === 'cancelled') return found;
	const { signup } = found;
	const slot = deps.events.get(signup.eventId)?.slots.find((s) => s.id === signup.slotId);
	// A slot removed from content/events/ has no places to hand on; the sign-up is cancelled all the same.
	await cancelSignup(deps.db, { eventId: signup.eventId, slotId: signup.slotId, capacity: slot?.capacity ?? 0 }, signup.id);
	return { ok: true, signup: { ...signup, status: 'cancelled' }, place: { status: 'cancelled' } };
}
