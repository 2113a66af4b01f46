// The term report (/admin/report/<term>): the promise board for a term and for the same term a year
// before, and the detail behind it — each survey's headline figures, suggestions by category, lectures,
// resources. Every figure comes from the functions the board and the dashboard use, with the same
// suppression, so the printed report and /promises/ cannot disagree. Runtime-neutral plain data.
import { publishedTotals } from '../db/queries/publication.ts';
import { suggestionClocksBetween } from '../db/queries/suggestions.ts';
import { familiesAsked } from '../domain/roster.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { SuggestionCategory } from '../domain/suggestion.ts';
import { summarize, type SurveySummary } from '../domain/summary.ts';
import type { Survey } from '../domain/survey.ts';
import { surveyState } from '../domain/survey-window.ts';
import { termOf, type TermId } from '../domain/term.ts';
import { calendarDay, promiseBoard, recordsBegin, satisfiedShare, termRecorded, type BoardInput, type PromiseRow } from './board.ts';
import * as measure from './measures.ts';
import { termAYearBefore, termDays } from './terms.ts';

export interface ReportInput extends Omit<BoardInput, 'resources' | 'lectures'> {
	resources: readonly { title: string; published: Date }[];
	lectures: readonly { title: string; start: Date }[];
}

/** The most chosen option of a choice question. */
export interface TopChoice {
	question: string;
	option: string;
	share: number;
}

export interface SurveyHeadline {
	id: string;
	title: string;
	state: 'open' | 'closed';
	/** Published responses; null when the whole school is under the minimum group and nothing is shown. */
	responses: number | null;
	/** Published responses over families asked (class sizes), null without a figure. */
	responseRate: number | null;
	/** Share answering 4–5 over the survey's scale questions; null without scales or without a figure. */
	satisfied: number | null;
	top: TopChoice[];
	/** The satisfied share of each survey of the same series up to this one, oldest first (at most four terms). */
	trend: { term: TermId; share: number | null }[];
	/** The satisfied share of the series' survey the same term a year before; undefined when there is none. */
	yearBefore?: number | null;
}

export interface CategoryTally {
	category: SuggestionCategory | 'all';
	received: number;
	answered: number;
	/** Unanswered past the due day. */
	overdue: number;
	decided: number;
	onTime: number;
	/** On-time share, null under the minimum group (as on the board). */
	rate: number | null;
}

export interface LectureLine {
	title: string;
	day: string;
	held: boolean;
}

export interface TermReport {
	term: TermId;
	/** Each board promise, with its figure the same term a year before when the hub held records then. */
	promises: { row: PromiseRow; yearBefore?: measure.Measured }[];
	surveys: SurveyHeadline[];
	/** By category, most received first, then the whole box. */
	suggestions: CategoryTally[];
	lectures: LectureLine[];
	resources: { months: measure.Point[]; total: number; target: number };
}

/** Choice questions a headline names: the school's own questions, not the grade or class asked for grouping. */
const HEADLINE_CHOICES = 2;
const TREND_TERMS = 4;

function headline(id: string, survey: Survey, summary: SurveySummary, families: number, now: Date): Omit<SurveyHeadline, 'trend' | 'yearBefore'> {
	const base = { id, title: survey.title, state: surveyState(survey, now) === 'open' ? ('open' as const) : ('closed' as const) };
	if (summary.withheld) return { ...base, responses: null, responseRate: null, satisfied: null, top: [] };
	const top = summary.questions
		.flatMap((q) => (q.kind === 'choice' && (q.question.type === 'single' || q.question.type === 'multiple') && q.options[0]?.count ? [{ question: q.question.title, option: q.options[0].label, share: q.options[0].share }] : []))
		.slice(0, HEADLINE_CHOICES);
	return { ...base, responses: summary.responses, responseRate: families ? summary.responses / families : null, satisfied: satisfiedShare(summary) ?? null, top };
}

function tally(category: CategoryTally['category'], items: readonly measure.SuggestionClock[], today: string): CategoryTally {
	const { decided, onTime, value } = measure.replyTally(items, today);
	return {
		category,
		received: items.length,
		answered: items.filter((s) => s.repliedDay !== null).length,
		overdue: items.filter((s) => s.repliedDay === null && s.dueDay < today).length,
		decided,
		onTime,
		rate: value,
	};
}

export async function termReport(input: ReportInput, term: TermId): Promise<TermReport> {
	const { db, content, now } = input;
	const { school } = content;
	const today = shanghaiDay(now);
	const boardInput: BoardInput = { db, content, now, resources: input.resources.map((r) => r.published), lectures: input.lectures.map((l) => l.start) };
	// Year on year only where the hub held records a year before: a school's first year compares with nothing.
	const begins = recordsBegin(boardInput);
	const lastYearKnown = termRecorded(termAYearBefore(term), await begins);
	const [rows, lastYear] = await Promise.all([
		promiseBoard(boardInput, term, begins),
		lastYearKnown ? promiseBoard(boardInput, termAYearBefore(term), begins) : undefined,
	]);

	// Surveys opened in the term, and the figures of every survey sharing a series with one of them.
	const started = [...content.surveys].filter(([, s]) => surveyState(s, now) !== 'upcoming' && termOf(s.opens) <= term);
	const opened = started.filter(([, s]) => termOf(s.opens) === term).sort(([, a], [, b]) => a.opens.getTime() - b.opens.getTime());
	const series = new Set(opened.map(([, s]) => s.series).filter(Boolean));
	const counted = started.filter(([, s]) => termOf(s.opens) === term || (s.series && series.has(s.series)));
	const summaries = new Map(
		await Promise.all(
			counted.map(async ([id, s]) => {
				const { totals, responses } = await publishedTotals(db, id);
				return [id, summarize(s, totals, responses, {}, school.promises.satisfactionTarget)] as const;
			}),
		),
	);
	const surveys = opened.map(([id, survey]): SurveyHeadline => {
		const summary = summaries.get(id)!;
		const own = headline(id, survey, summary, familiesAsked(school, survey.audience), now);
		if (!survey.series) return { ...own, trend: [] };
		const members = counted
			.filter(([, s]) => s.series === survey.series && s.opens <= survey.opens)
			.sort(([, a], [, b]) => a.opens.getTime() - b.opens.getTime())
			.map(([mid, s]) => {
				const m = summaries.get(mid)!;
				return { term: termOf(s.opens), share: m.withheld ? null : (satisfiedShare(m) ?? null) };
			});
		const before = members.find((m) => m.term === termAYearBefore(term));
		return { ...own, trend: members.slice(-TREND_TERMS), ...(before && { yearBefore: before.share }) };
	});

	const { first, after } = termDays(term);
	const clocks = await suggestionClocksBetween(db, first, after);
	const categories = [...new Set(clocks.map((c) => c.category))]
		.map((c) => tally(c, clocks.filter((s) => s.category === c), today))
		.sort((a, b) => b.received - a.received || a.category.localeCompare(b.category));

	const months = measure.resourcesPerMonth(boardInput.resources.map(calendarDay), term, today, school.promises.resourcesPerMonth).history;
	return {
		term,
		promises: rows.map((row, i) => ({ row, ...(lastYear && { yearBefore: lastYear[i]!.result }) })),
		surveys,
		suggestions: [...categories, tally('all', clocks, today)],
		lectures: input.lectures
			.filter((l) => termOf(l.start) === term)
			.sort((a, b) => a.start.getTime() - b.start.getTime())
			.map((l) => ({ title: l.title, day: shanghaiDay(l.start), held: l.start <= now })),
		resources: { months, total: months.reduce((n, p) => n + (p.value ?? 0), 0), target: school.promises.resourcesPerMonth },
	};
}
