// A parent files a suggestion and gets a receipt code, shown once.
import { answerMessages, submissionMessages, suggestionMessages as m } from '../domain/messages.ts';
import { receiptCodeFor, receiptHash } from '../domain/receipts.ts';
import type { School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { addWorkingDays, type WorkCalendar } from '../domain/working-days.ts';
import type { Db } from '../db/client.ts';
import { insertSuggestion } from '../db/queries/suggestions.ts';
import { suggestionCategories, type SuggestionCategory } from '../domain/suggestion.ts';
import { readFormBody } from '../http/form-body.ts';
import type { RateLimiter } from '../http/rate-limit.ts';

export interface SuggestionDeps {
	db: Db;
	now: () => Date;
	/** Keys receipt codes; see functions/domain/receipts.ts. */
	secret: string;
	calendar: WorkCalendar;
	/** Working days to reply, by how staff triage a suggestion (school.yaml promises.replyDays). */
	replyDays: School['promises']['replyDays'];
	/** Limits new suggestions per client and in total, in memory. */
	submissions: RateLimiter;
	/** Limits receipt look-ups, so codes cannot be guessed. */
	lookups: RateLimiter;
}

export const bodyLength = { min: 10, max: 2000 } as const;

export type SuggestionInput = Record<string, string | string[]>;

export type SubmitSuggestionOutcome =
	| { ok: true; code: string; dueDay: string }
	| { ok: false; status: 400 | 413 | 415 | 422 | 429; errors: Record<string, string>; input: SuggestionInput };

const single = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
const length = (text: string) => [...text].length;

export async function submitSuggestion(request: Request, client: string, deps: SuggestionDeps): Promise<SubmitSuggestionOutcome> {
	// 2 000 Chinese characters are 18 KB once percent-encoded; the default cap leaves room for that.
	const body = await readFormBody(request);
	if (!body.ok) return { ok: false, status: body.status, errors: { _form: m.tooLong(bodyLength.max) }, input: {} };
	const input = body.input;
	const key = single(input._key);
	const category = single(input.category);
	const text = single(input.body).replace(/\r\n?/g, '\n').trim();
	const contact = single(input.contact).trim();
	const errors: Record<string, string> = {};
	if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) errors._form = submissionMessages.missingKey;
	if (!suggestionCategories.includes(category as SuggestionCategory)) errors.category = m.category;
	if (length(text) < bodyLength.min) errors.body = m.tooShort(bodyLength.min);
	else if (length(text) > bodyLength.max) errors.body = m.tooLong(bodyLength.max);
	if (length(contact) > 50) errors.contact = m.contactTooLong;
	const known = new Set(['_key', 'category', 'body', 'contact', 'publish']);
	if (Object.keys(input).some((name) => !known.has(name)) || Object.values(input).some(Array.isArray))
		errors._form = answerMessages.unknownField;
	if (Object.keys(errors).length) return { ok: false, status: 422, errors, input };
	if (!(await deps.submissions.allow(client))) return { ok: false, status: 429, errors: { _form: m.tooMany }, input };

	const day = shanghaiDay(deps.now());
	const code = receiptCodeFor(deps.secret, key);
	// Every suggestion starts as a general issue; triaging it as complex moves the day (manage.ts).
	const dueDay = addWorkingDays(deps.calendar, day, deps.replyDays.general);
	// A retry of an accepted form stores nothing and shows the same code (derived from the same key).
	await insertSuggestion(deps.db, key, {
		category: category as SuggestionCategory,
		body: text,
		contact: contact || null,
		publishConsent: single(input.publish) === 'yes',
		receiptHash: receiptHash(deps.secret, code),
		day,
		dueDay,
	});
	return { ok: true, code, dueDay };
}
