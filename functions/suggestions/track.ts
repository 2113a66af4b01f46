// A parent looks up a suggestion with its receipt code.
import { suggestionMessages as m } from '../domain/messages.ts';
import { looksLikeReceipt, receiptHash } from '../domain/receipts.ts';
import { workingDaysBetween } from '../domain/working-days.ts';
import { suggestionByReceipt, type Suggestion } from '../db/queries/suggestions.ts';
import { readFormBody } from '../http/form-body.ts';
import type { SuggestionDeps } from './submit.ts';

export type TrackOutcome =
	| { ok: true; suggestion: Pick<Suggestion, 'category' | 'status' | 'complexity' | 'day' | 'dueDay' | 'reply' | 'repliedDay'>; daysTaken: number | null }
	| { ok: false; status: 400 | 404 | 413 | 415 | 422 | 429; error: string; code: string };

export async function trackSuggestion(request: Request, client: string, deps: SuggestionDeps): Promise<TrackOutcome> {
	const body = await readFormBody(request, 1024);
	if (!body.ok) return { ok: false, status: body.status, error: m.codeFormat, code: '' };
	const code = typeof body.input.code === 'string' ? body.input.code.trim().slice(0, 40) : '';
	if (!(await deps.lookups.allow(client))) return { ok: false, status: 429, error: m.lookupsTooMany, code };
	if (!looksLikeReceipt(code)) return { ok: false, status: 422, error: m.codeFormat, code };
	const found = await suggestionByReceipt(deps.db, receiptHash(deps.secret, code));
	// Every wrong code gets the same answer: nothing tells a guesser how close they were.
	if (!found) return { ok: false, status: 404, error: m.notFound, code };
	const { category, status, complexity, day, dueDay, reply, repliedDay } = found;
	return {
		ok: true,
		suggestion: { category, status, complexity, day, dueDay, reply, repliedDay },
		daysTaken: repliedDay ? workingDaysBetween(deps.calendar, day, repliedDay) : null,
	};
}
