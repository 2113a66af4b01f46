// One pure function per way the hub measures a promise (school.yaml promises.board[].measure), over
// plain inputs, so the board, the term report and the tests all compute the same figure. A figure
// that covers fewer than MIN_GROUP people, or that cannot be measured yet, is never a number: it is
// "unknown" with the reason.
import { MIN_GROUP } from '../domain/suppression.ts';
import type { TermId } from '../domain/term.ts';
import { recentTerms, termAYearBefore, termMonths, termOfDay } from './terms.ts';

export type PromiseState = 'met' | 'unmet' | 'unknown';

/** Why a promise has no figure yet. */
export type NoFigure = 'too-few' | 'no-survey' | 'withheld' | 'no-last-year' | 'no-full-month' | 'no-meeting-held' | 'no-meeting';

/** One bar of the history: a term or a month, null where there is no figure to show. */
export interface Point {
	label: string;
	value: number | null;
}

export type Measured =
	| {
			state: 'met' | 'unmet';
			value: number;
			of?: number;
			/** The earlier term the figure comes from, when it is not the term asked about (the latest closed survey). */
			term?: TermId;
			history: Point[];
	  }
	| { state: 'unknown'; why: NoFigure; history: Point[] };

/** Terms shown in a history. */
export const HISTORY_TERMS = 4;

const judged = (value: number, meets: boolean, history: Point[], of?: number): Measured => ({
	state: meets ? 'met' : 'unmet',
	value,
	...(of === undefined ? {} : { of }),
	history,
});

/** A suggestion's clock: Beijing days. */
export interface SuggestionClock {
	day: string;
	dueDay: string;
	repliedDay: string | null;
}

/**
 * Suggestions decided by today (answered, or unanswered past the due day, which counts as late), those
 * answered by their due day, and the on-time share: null under MIN_GROUP decided, since a rate of
 * three suggestions would point at the parents who wrote them.
 */
export function replyTally(items: readonly SuggestionClock[], today: string) {
	const decided = items.filter((s) => s.repliedDay !== null || s.dueDay < today);
	const onTime = decided.filter((s) => s.repliedDay !== null && s.repliedDay <= s.dueDay).length;
	return { decided: decided.length, onTime, value: decided.length >= MIN_GROUP ? onTime / decided.length : null };
}

/**
 * Share of suggestions answered by their due day, over those decided in the term (by the day they
 * arrived). The promise is every reply on time, so anything below 100 % is not met.
 */
export function replyOnTime(items: readonly SuggestionClock[], term: TermId, today: string): Measured {
	const rate = (t: TermId) => {
		const { onTime, decided, value } = replyTally(items.filter((s) => termOfDay(s.day) === t), today);
		return value === null ? undefined : { value, onTime, decided };
	};
	const history = recentTerms(term, HISTORY_TERMS).map((t) => ({ label: t, value: rate(t)?.value ?? null }));
	const now = rate(term);
	if (!now) return { state: 'unknown', why: 'too-few', history };
	return judged(now.value, now.onTime === now.decided, history);
}

/** A closed satisfaction survey's satisfied share (answers 4–5), undefined where suppression withholds it. */
export interface SurveyFigure {
	term: TermId;
	/** Last day of the survey, so the latest one in a term counts. */
	closes: string;
	share: number | undefined;
}

/** The latest closed survey of each term. */
function latestByTerm(surveys: readonly SurveyFigure[]): Map<TermId, SurveyFigure> {
	const byTerm = new Map<TermId, SurveyFigure>();
	for (const s of [...surveys].sort((a, b) => a.closes.localeCompare(b.closes))) byTerm.set(s.term, s);
	return byTerm;
}

/** The latest closed satisfaction survey up to the term, against the target share. */
export function satisfaction(surveys: readonly SurveyFigure[], term: TermId, target: number): Measured {
	const byTerm = latestByTerm(surveys.filter((s) => s.term <= term));
	const history = recentTerms(term, HISTORY_TERMS).map((t) => ({ label: t, value: byTerm.get(t)?.share ?? null }));
	const latest = [...byTerm.values()].at(-1);
	if (!latest) return { state: 'unknown', why: 'no-survey', history };
	if (latest.share === undefined) return { state: 'unknown', why: 'withheld', history };
	return { ...judged(latest.share, latest.share >= target, history), ...(latest.term === term ? {} : { term: latest.term }) };
}

/**
 * Year on year: the latest closed survey's satisfied share against the same term's a school year
 * before, as a relative rise ((now − then) / then). Needs both years' figures.
 */
export function satisfactionGrowth(surveys: readonly SurveyFigure[], term: TermId, target: number): Measured {
	const byTerm = latestByTerm(surveys.filter((s) => s.term <= term));
	const rise = (t: TermId) => {
		const [now, then] = [byTerm.get(t)?.share, byTerm.get(termAYearBefore(t))?.share];
		return now !== undefined && then !== undefined && then > 0 ? (now - then) / then : null;
	};
	const history = recentTerms(term, HISTORY_TERMS).map((t) => ({ label: t, value: rise(t) }));
	const latest = [...byTerm.values()].at(-1);
	if (!latest) return { state: 'unknown', why: 'no-survey', history };
	const value = rise(latest.term);
	if (value === null) return { state: 'unknown', why: latest.share === undefined ? 'withheld' : 'no-last-year', history };
	return { ...judged(value, value >= target, history), ...(latest.term === term ? {} : { term: latest.term }) };
}

/**
 * New resources per month of the term (by their published day), up to the current month. The
 * figure is the leanest finished month: "at least N a month" holds only if every month kept it.
 */
export function resourcesPerMonth(published: readonly string[], term: TermId, today: string, target: number): Measured {
	const month = today.slice(0, 7);
	const months = termMonths(term).filter((m) => m <= month);
	const history = months.map((m) => ({ label: m, value: published.filter((day) => day.startsWith(m)).length }));
	const finished = history.filter((p) => p.label < month);
	if (finished.length === 0) return { state: 'unknown', why: 'no-full-month', history };
	const leanest = Math.min(...finished.map((p) => p.value));
	return judged(leanest, leanest >= target, history);
}

/** Parent-school lectures in the term, held or on the calendar, by their Beijing day. */
export function lecturesPerTerm(days: readonly string[], term: TermId, target: number): Measured {
	const count = (t: TermId) => days.filter((d) => termOfDay(d) === t).length;
	const history = recentTerms(term, HISTORY_TERMS).map((t) => ({ label: t, value: count(t) }));
	return judged(count(term), count(term) >= target, history);
}

/** Families who came to the term's parent meetings held so far, and families expected. */
export interface Turnout {
	term: TermId;
	came: number;
	expected: number;
}

/** Attendance over the parent meetings held in the term; before any is held there is no figure, not 0 %. */
export function attendance(turnouts: readonly Turnout[], term: TermId, target: number): Measured {
	const rate = (t: TermId) => {
		const mine = turnouts.filter((x) => x.term === t);
		const expected = mine.reduce((n, x) => n + x.expected, 0);
		return expected >= MIN_GROUP ? mine.reduce((n, x) => n + x.came, 0) / expected : null;
	};
	const history = recentTerms(term, HISTORY_TERMS).map((t) => ({ label: t, value: rate(t) }));
	const value = rate(term);
	if (value === null) return { state: 'unknown', why: 'no-meeting-held', history };
	return judged(value, value >= target, history);
}

/** A parent meeting's first day, and the days needs questionnaires close. */
export interface MeetingNeeds {
	firstDay: string;
}

/**
 * Parent meetings of the term with a needs questionnaire closing at least `leadDays` before their
 * first day and in the same term (so last term's questionnaire does not count for this meeting).
 */
export function needsBeforeMeetings(meetings: readonly MeetingNeeds[], needsCloses: readonly string[], term: TermId, leadDays: number): Measured {
	const lead = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - leadDays * 86_400_000).toISOString().slice(0, 10);
	const tally = (t: TermId) => {
		const mine = meetings.filter((m) => termOfDay(m.firstDay) === t);
		const asked = mine.filter((m) => needsCloses.some((c) => termOfDay(c) === t && c <= lead(m.firstDay))).length;
		return { asked, of: mine.length };
	};
	const history = recentTerms(term, HISTORY_TERMS).map((t) => {
		const { asked, of } = tally(t);
		return { label: t, value: of ? asked : null };
	});
	const { asked, of } = tally(term);
	if (of === 0) return { state: 'unknown', why: 'no-meeting', history };
	return judged(asked, asked === of, history, of);
}
