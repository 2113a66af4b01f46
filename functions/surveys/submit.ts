// Accepts one parent's answers to a survey: read, check, store once.
import { checkAnswers, countedQuestionIds, type FormInput, type Roster } from '../domain/answers.ts';
import { hashCode } from '../domain/codes.ts';
import { submissionMessages as m } from '../domain/messages.ts';
import { splitNamed } from '../domain/named.ts';
import { rosterFor } from '../domain/roster.ts';
import type { School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { Survey } from '../domain/survey.ts';
import { surveyVersion } from '../domain/survey-version.ts';
import { surveyState } from '../domain/survey-window.ts';
import type { Db } from '../db/client.ts';
import { insertResponse, isFamilyCode, type InsertOutcome, type NewResponse } from '../db/queries/responses.ts';
import { readFormBody, type BodyResult } from '../http/form-body.ts';
import type { RateLimiter } from '../http/rate-limit.ts';

/** A survey as the server knows it at run time. */
export interface SurveyTarget {
	id: string;
	survey: Survey;
	version: string;
	roster: Roster;
}

export const targetOf = (id: string, survey: Survey, school: School): SurveyTarget => ({
	id,
	survey,
	version: surveyVersion(survey),
	roster: rosterFor(school, survey.audience),
});

export interface SurveyDeps {
	db: Db;
	now: () => Date;
	/**
	 * Where checked responses go: by default each in its own atomic batch on `db`, as on Workers, where
	 * no promise may outlive its request. The Node server shares commits between requests instead
	 * (functions/node/group-commit.ts, through the primary process: functions/node/primary-writer.ts).
	 */
	store?: (response: NewResponse) => Promise<InsertOutcome>;
	/**
	 * Limits stored responses per source (a salted, rotating hash of the address, in memory only), so
	 * nobody can pad a small group with answers of their own and subtract them again. Surveys whose
	 * breakdowns matter should still use family codes: a limit per address only slows padding down.
	 */
	submissions?: RateLimiter;
}

export type SubmitOutcome =
	| { ok: true; duplicate: boolean }
	| {
			ok: false;
			status: 400 | 403 | 409 | 410 | 413 | 415 | 422 | 429;
			/** Messages by question id; `_form` for the whole form, `_code` for the family code. */
			errors: Record<string, string>;
			/** What the parent sent, to put back in the form. */
			input: FormInput;
	  };

const keyPattern = /^[A-Za-z0-9_-]{16,64}$/;

const single = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** `client`: who is asking (an address), for the rate limit only; never stored. */
export async function submitSurvey(request: Request, target: SurveyTarget, deps: SurveyDeps, client = ''): Promise<SubmitOutcome> {
	return submitBody(await readFormBody(request), target, deps, client);
}

/** The same, for a body the server has already read (functions/node/survey-lane.ts). */
export async function submitBody(body: BodyResult, target: SurveyTarget, deps: SurveyDeps, client = ''): Promise<SubmitOutcome> {
	if (!body.ok) {
		const message = body.status === 413 ? m.tooLarge : m.badBody;
		return { ok: false, status: body.status, errors: { _form: message }, input: {} };
	}
	const { input } = body;
	const fail = (status: 403 | 409 | 410 | 422 | 429, errors: Record<string, string>): SubmitOutcome => ({
		ok: false,
		status,
		errors,
		input,
	});

	const now = deps.now();
	const state = surveyState(target.survey, now);
	if (state !== 'open') return fail(state === 'closed' ? 410 : 403, { _form: state === 'closed' ? m.closed : m.notOpen });

	const key = single(input._key);
	if (!key || !keyPattern.test(key)) return fail(422, { _form: m.missingKey });

	const errors: Record<string, string> = {};
	let codeHash: string | undefined;
	if (target.survey.onePerFamily) {
		const code = single(input._code)?.trim();
		if (!code) errors._code = m.codeRequired;
		else if (code.length > 40 || !(await isFamilyCode(deps.db, target.id, (codeHash = hashCode(code)))))
			errors._code = m.codeInvalid;
	} else if (input._code !== undefined) {
		errors._form = m.badBody;
	}
	const checked = checkAnswers(target.survey, target.roster, input);
	if (!checked.ok) Object.assign(errors, checked.errors);
	if (!checked.ok || Object.keys(errors).length > 0) return fail(422, errors);
	// Counted only once the answers are complete, so a parent correcting a form is not held up.
	if (deps.submissions && !(await deps.submissions.allow(client))) return fail(429, { _form: m.tooMany });

	const store = deps.store ?? ((response: NewResponse) => insertResponse(deps.db, response));
	const outcome = await store({
		surveyId: target.id,
		surveyVersion: target.version,
		day: shanghaiDay(now),
		segments: checked.segments,
		...splitNamed(target.survey, checked.answers, checked.segments),
		counted: countedQuestionIds(target.survey),
		key,
		...(codeHash ? { codeHash } : {}),
	});
	if (outcome === 'code-used') return fail(409, { _code: m.codeUsed });
	return { ok: true, duplicate: outcome === 'duplicate' };
}

/** Where a parent goes once their answers are stored. */
export const thanksPath = (surveyId: string) => `/surveys/${surveyId}/thanks/`;

/** The JSON answer for API clients and the form script. */
export function outcomeToJson(outcome: SubmitOutcome): Response {
	return outcome.ok
		? Response.json({ ok: true, duplicate: outcome.duplicate }, { status: outcome.duplicate ? 200 : 201 })
		: Response.json({ ok: false, errors: outcome.errors }, { status: outcome.status });
}
