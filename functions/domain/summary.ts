// Turns running totals into the numbers a results page shows. Computed on the server; pages and
// charts only render. Figures for a group the suppression rules withhold are never produced.
import { countedQuestionIds } from './answers.ts';
import { conditionOf, type Question, type Survey } from './survey.ts';
import { mayShow, publishable, type SegmentCount } from './suppression.ts';

export interface TotalRow {
	questionId: string;
	rowId: string;
	value: string;
	grade: string;
	classId: string;
	count: number;
}

export interface Filter {
	grade?: string | undefined;
	classId?: string | undefined;
}

export interface OptionCount {
	id: string;
	label: string;
	count: number;
	/** Share of the responses that were asked the question (multiple choice may add up to more than 1). */
	share: number;
}

/** Counts for scale points 1…5, and the share answering 4 or 5 ("satisfied"). */
export interface ScaleCounts {
	counts: [number, number, number, number, number];
	answered: number;
	satisfied: number;
}

export type QuestionSummary =
	| {
			kind: 'choice';
			question: Question;
			options: OptionCount[];
			/** Responses that were asked it: all of them, or for a showIf question those its condition held for. */
			asked: number;
			/** A showIf question's condition, so the page can say whose answers the shares are of. */
			condition?: { question: string; options: string[] };
	  }
	| ({ kind: 'scale'; question: Question } & ScaleCounts)
	| { kind: 'matrix'; question: Question; rows: ({ id: string; label: string } & ScaleCounts)[] }
	| { kind: 'nps'; question: Question; answered: number; promoters: number; passives: number; detractors: number; score: number }
	| { kind: 'number'; question: Question; answered: number; mean: number };

export type SurveySummary =
	| { withheld: true }
	| { withheld: false; responses: number; target: number; questions: QuestionSummary[] };

const inFilter = (f: Filter) => (r: { grade: string; classId: string }) =>
	(f.grade === undefined || r.grade === f.grade) && (f.classId === undefined || r.classId === f.classId);

function scale(rows: readonly TotalRow[]): ScaleCounts {
	const counts: ScaleCounts['counts'] = [0, 0, 0, 0, 0];
	for (const r of rows) {
		const i = Number(r.value) - 1;
		if (i >= 0 && i <= 4) counts[i as 0 | 1 | 2 | 3 | 4] += r.count;
	}
	const answered = counts.reduce((a, b) => a + b, 0);
	return { counts, answered, satisfied: answered ? (counts[3] + counts[4]) / answered : 0 };
}

export function summarize(
	survey: Pick<Survey, 'sections'>,
	totals: readonly TotalRow[],
	responses: readonly SegmentCount[],
	filter: Filter,
	target: number,
): SurveySummary {
	if (!mayShow(publishable(responses), filter)) return { withheld: true };
	const n = responses.filter(inFilter(filter)).reduce((sum, r) => sum + r.count, 0);
	const rows = totals.filter(inFilter(filter));
	const counted = new Set(countedQuestionIds(survey));
	const of = (q: Question, rowId = '') => rows.filter((r) => r.questionId === q.id && r.rowId === rowId);
	const sum = (list: readonly TotalRow[]) => list.reduce((s, r) => s + r.count, 0);

	const questions = survey.sections
		.flatMap((s) => s.questions)
		.filter((q) => counted.has(q.id))
		.map((q): QuestionSummary => {
			switch (q.type) {
				case 'likert':
					return { kind: 'scale', question: q, ...scale(of(q)) };
				case 'matrix':
					return { kind: 'matrix', question: q, rows: q.rows.map((row) => ({ id: row.id, label: row.label, ...scale(of(q, row.id)) })) };
				case 'nps': {
					const list = of(q);
					const between = (lo: number, hi: number) => sum(list.filter((r) => Number(r.value) >= lo && Number(r.value) <= hi));
					const answered = sum(list);
					const [promoters, passives, detractors] = [between(9, 10), between(7, 8), between(0, 6)];
					return { kind: 'nps', question: q, answered, promoters, passives, detractors, score: answered ? Math.round(((promoters - detractors) / answered) * 100) : 0 };
				}
				case 'number': {
					const list = of(q);
					const answered = sum(list);
					return { kind: 'number', question: q, answered, mean: answered ? list.reduce((s, r) => s + Number(r.value) * r.count, 0) / answered : 0 };
				}
				default: {
					const options = q.type === 'consent' ? [{ id: 'yes', label: q.statement }] : 'options' in q ? q.options : [];
					const list = of(q);
					// A showIf question was asked only of those who gave the earlier single choice one of its
					// options: exactly those options' counts. Shares of every response would count the
					// families never asked as having chosen nothing.
					const condition = conditionOf(survey, q);
					const asked = condition ? sum(of(condition.question).filter((r) => condition.options.some((o) => o.id === r.value))) : n;
					return {
						kind: 'choice',
						question: q,
						options: options
							.map((o) => {
								const count = sum(list.filter((r) => r.value === o.id));
								return { id: o.id, label: o.label, count, share: asked ? count / asked : 0 };
							})
							.sort((a, b) => b.count - a.count),
						asked,
						...(condition && { condition: { question: condition.question.title, options: condition.options.map((o) => o.label) } }),
					};
				}
			}
		});
	return { withheld: false, responses: n, target, questions };
}
