// The promise board's figures (school.yaml promises.board), gathered from the database and content and
// handed to the pure measures. Runtime-neutral and returning plain data, so /promises/ and the term
// report show the same numbers.
import { publishedTotals } from '../db/queries/publication.ts';
import { slotTallies } from '../db/queries/signups.ts';
import { firstSuggestionDay, suggestionClocks } from '../db/queries/suggestions.ts';
import type { Db } from '../db/client.ts';
import { eventReport } from '../events/attendance.ts';
import type { SchoolEvent } from '../domain/event.ts';
import type { PromiseMeasure, School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { summarize, type ScaleCounts, type SurveySummary } from '../domain/summary.ts';
import { surveyState } from '../domain/survey-window.ts';
import { termOf, type TermId } from '../domain/term.ts';
import type { SchoolContent } from '../surveys/definitions.ts';
import * as measure from './measures.ts';
import { termDays, termOfDay } from './terms.ts';

export interface BoardInput {
	db: Db;
	content: SchoolContent;
	now: Date;
	/** Published days of content/resources (the site's collection; the server does not read MDX). */
	resources: readonly Date[];
	/** Start times of content/lectures. */
	lectures: readonly Date[];
}

export interface PromiseRow {
	title: string;
	measure: PromiseMeasure;
	policy: string;
	/** The target, from the one key of school.yaml `promises` this measure reads. */
	target: number;
	result: measure.Measured;
}

/** The key of `promises` each measure reads its target from. */
export function targetOf(school: School, m: PromiseMeasure): number {
	const p = school.promises;
	const targets: Record<PromiseMeasure, number> = {
		'reply-general': p.replyDays.general,
		'reply-complex': p.replyDays.complex,
		satisfaction: p.satisfactionTarget,
		'satisfaction-growth': p.satisfactionGrowth,
		resources: p.resourcesPerMonth,
		lectures: p.lecturesPerTerm,
		attendance: p.attendanceTarget,
		'needs-survey': p.needsLeadDays,
	};
	return targets[m];
}

/** Share answering 4–5 over every scale question and matrix row, as the dashboard counts it. */
export function satisfiedShare(summary: SurveySummary): number | undefined {
	if (summary.withheld) return undefined;
	const scales: ScaleCounts[] = summary.questions.flatMap((q): ScaleCounts[] => (q.kind === 'scale' ? [q] : q.kind === 'matrix' ? q.rows : []));
	const answered = scales.reduce((n, s) => n + s.answered, 0);
	return answered ? scales.reduce((n, s) => n + s.counts[3] + s.counts[4], 0) / answered : undefined;
}

/** A content date (UTC midnight) as its calendar day. */
export const calendarDay = (d: Date) => d.toISOString().slice(0, 10);
const firstDay = (event: SchoolEvent) => event.slots.map((s) => s.date).sort()[0]!;

/**
 * The first Beijing day the hub holds a record of: a survey, lecture, resource, event slot or
 * suggestion. Before it a count reads 0 only because the hub was not in use yet.
 */
export async function recordsBegin(input: BoardInput): Promise<string | undefined> {
	const { content } = input;
	const days = [
		...[...content.surveys.values()].map((s) => calendarDay(s.opens)),
		...input.lectures.map(shanghaiDay),
		...input.resources.map(calendarDay),
		...[...content.events.values()].flatMap((e) => e.slots.map((slot) => slot.date)),
		...[await firstSuggestionDay(input.db)].filter((d) => d !== undefined),
	];
	return days.sort()[0];
}

/** Whether the hub held records during the term: a term that ended before they begin has no figures. */
export const termRecorded = (term: TermId, begin: string | undefined): boolean => begin !== undefined && termDays(term).after > begin;

/**
 * Every promise on the board with its figure for the term (by default the term `now` falls in). A
 * history shows no bar for a term before the hub's records begin, rather than a 0 nobody counted;
 * a caller drawing several boards passes `recordsBegin` once.
 */
export async function promiseBoard(input: BoardInput, term: TermId = termOf(input.now), begins = recordsBegin(input)): Promise<PromiseRow[]> {
	const { db, content, now } = input;
	const { school } = content;
	const board = school.promises.board;
	const uses = (...m: PromiseMeasure[]) => board.some((p) => m.includes(p.measure));
	const today = shanghaiDay(now);

	const satisfactionSurveys = uses('satisfaction', 'satisfaction-growth')
		? await Promise.all(
				[...content.surveys]
					.filter(([, s]) => s.kind === 'satisfaction' && surveyState(s, now) === 'closed')
					.map(async ([id, survey]) => {
						const { totals, responses } = await publishedTotals(db, id);
						const closes = calendarDay(survey.closes);
						return { term: termOfDay(closes), closes, share: satisfiedShare(summarize(survey, totals, responses, {}, school.promises.satisfactionTarget)) };
					}),
			)
		: [];
	const meetings = [...content.events].filter(([, e]) => e.kind === 'parent-meeting');
	const tallies = uses('attendance') ? await slotTallies(db) : [];

	const figure = async (m: PromiseMeasure, target: number): Promise<measure.Measured> => {
		switch (m) {
			case 'reply-general':
			case 'reply-complex':
				return measure.replyOnTime(await suggestionClocks(db, m === 'reply-general' ? 'general' : 'complex'), term, today);
			case 'satisfaction':
				return measure.satisfaction(satisfactionSurveys, term, target);
			case 'satisfaction-growth':
				return measure.satisfactionGrowth(satisfactionSurveys, term, target);
			case 'resources':
				return measure.resourcesPerMonth(input.resources.map(calendarDay), term, today, target);
			case 'lectures':
				return measure.lecturesPerTerm(input.lectures.map(shanghaiDay), term, target);
			case 'attendance':
				return measure.attendance(
					meetings.flatMap(([id, event]) => {
						const rate = eventReport({ ...event, id }, tallies, school, today).rate;
						return rate ? [{ term: termOfDay(firstDay(event)), came: rate.came, expected: rate.expected }] : [];
					}),
					term,
					target,
				);
			case 'needs-survey':
				return measure.needsBeforeMeetings(
					meetings.map(([, e]) => ({ firstDay: firstDay(e) })),
					[...content.surveys.values()].filter((s) => s.kind === 'needs').map((s) => calendarDay(s.closes)),
					term,
					target,
				);
		}
	};
	const begin = await begins;
	// Resources' history is the months of this term, not earlier terms.
	const recorded = (m: PromiseMeasure, p: measure.Point) => m === 'resources' || termRecorded(p.label as TermId, begin);
	return Promise.all(
		board.map(async (p) => {
			const target = targetOf(school, p.measure);
			const result = await figure(p.measure, target);
			const history = result.history.map((point) => (recorded(p.measure, point) ? point : { ...point, value: null }));
			return { ...p, target, result: { ...result, history } };
		}),
	);
}
