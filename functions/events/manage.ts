// A parent looks up a sign-up with its manage code and may cancel it. The code travels in a POST
// body, never in the address, so it stays out of history and logs.
import { signupMessages as m, submissionMessages } from '../domain/messages.ts';
import type { Place, Signup } from '../db/queries/signups.ts';
import { readFormBody } from '../http/form-body.ts';
import { cancelByCode, lookUpSignup, type EventDeps } from './signup.ts';

export type ManageOutcome =
	| { ok: true; signup: Signup; place: Place; code: string; cancelledNow: boolean }
	| { ok: false; status: 400 | 404 | 413 | 415 | 422 | 429; error: string; code: string };

export async function manageSignup(request: Request, client: string, deps: EventDeps): Promise<ManageOutcome> {
	const body = await readFormBody(request, 1024);
	if (!body.ok) return { ok: false, status: body.status, error: submissionMessages.badBody, code: '' };
	const { code: typed, action, ...rest } = body.input;
	const code = typeof typed === 'string' ? typed.trim().slice(0, 40) : '';
	const cancel = action === 'cancel';
	if (Object.keys(rest).length > 0 || typeof typed !== 'string' || !(action === undefined || cancel))
		return { ok: false, status: 422, error: m.codeInvalid, code };
	const found = cancel ? await cancelByCode(code, client, deps) : await lookUpSignup(code, client, deps);
	if (!found.ok) return { ...found, code };
	// Cancelling twice (a double tap, or the back button) shows the cancelled sign-up both times.
	return { ...found, code, cancelledNow: cancel };
}
