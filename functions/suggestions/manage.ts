// What staff do with a suggestion: triage, reply, change status, publish. Each step is audited.
import { staffMessages as m } from '../domain/messages.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { addWorkingDays } from '../domain/working-days.ts';
import { suggestionById, updateSuggestion, type Suggestion } from '../db/queries/suggestions.ts';
import { suggestionComplexities, suggestionStatuses, type SuggestionComplexity, type SuggestionStatus } from '../domain/suggestion.ts';
import { readFormBody } from '../http/form-body.ts';
import { bodyLength, type SuggestionDeps } from './submit.ts';

/** What a staff member did, as recorded in the audit trail (labels in src/strings.ts). */
type StaffAction = 'triage' | 'reply' | 'status' | 'publish';

export type ActionOutcome = { ok: true } | { ok: false; status: 400 | 404 | 413 | 415 | 422; error: string };

const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '');

export async function actOnSuggestion(
	request: Request,
	id: number,
	actor: string,
	deps: Pick<SuggestionDeps, 'db' | 'now' | 'calendar' | 'replyDays'>,
): Promise<ActionOutcome> {
	const body = await readFormBody(request, 16 * 1024);
	if (!body.ok) return { ok: false, status: body.status, error: m.csrf };
	const suggestion = await suggestionById(deps.db, id);
	if (!suggestion) return { ok: false, status: 404, error: m.forbidden };
	const input = body.input;
	const today = shanghaiDay(deps.now());
	const record = (change: Partial<Omit<Suggestion, 'id'>>, action: StaffAction, detail: string | null) =>
		updateSuggestion(deps.db, id, change, { day: today, actor, action, detail }).then(() => ({ ok: true }) as const);

	switch (input.action) {
		case 'triage': {
			const complexity = text(input.complexity) as SuggestionComplexity;
			if (!suggestionComplexities.includes(complexity)) return { ok: false, status: 422, error: m.csrf };
			return record(
				{
					complexity,
					dueDay: addWorkingDays(deps.calendar, suggestion.day, deps.replyDays[complexity]),
					status: suggestion.status === 'received' ? 'processing' : suggestion.status,
				},
				'triage',
				complexity,
			);
		}
		case 'reply': {
			const reply = text(input.reply);
			if (!reply) return { ok: false, status: 422, error: m.replyEmpty };
			if ([...reply].length > bodyLength.max) return { ok: false, status: 422, error: m.replyEmpty };
			// The first reply's day is what the promise to parents is measured by.
			return record({ reply, repliedDay: suggestion.repliedDay ?? today, status: 'answered' }, 'reply', null);
		}
		case 'status': {
			const status = text(input.status) as SuggestionStatus;
			if (!suggestionStatuses.includes(status) || status === 'published') return { ok: false, status: 422, error: m.csrf };
			return record({ status }, 'status', status);
		}
		case 'publish': {
			const boardText = text(input.boardText);
			if (!suggestion.publishConsent) return { ok: false, status: 422, error: m.noConsent };
			if (!suggestion.reply) return { ok: false, status: 422, error: m.notAnswered };
			if (!boardText) return { ok: false, status: 422, error: m.boardEmpty };
			return record({ boardText, status: 'published', publishedDay: today }, 'publish', null);
		}
		default:
			return { ok: false, status: 400, error: m.csrf };
	}
}
