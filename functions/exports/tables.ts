// What the exports contain, as rows of cells: the summary a results page shows, and the raw
// anonymous answers. Figures withheld on the page are withheld here too.
import { and, asc, between, eq, gt, sql, type SQL } from 'drizzle-orm';
import { fieldName } from '../domain/answers.ts';
import { exportLabels as l } from '../domain/messages.ts';
import { identifyingQuestionIds } from '../domain/named.ts';
import type { Filter, SurveySummary } from '../domain/summary.ts';
import { answerGroups, classKey, mayShow, type SegmentCount } from '../domain/suppression.ts';
import { questionsOf, type Question, type Survey } from '../domain/survey.ts';
import type { Db } from '../db/client.ts';
import { answersTable, responsesTable } from '../db/schema/index.ts';

/** A share of 0–1. CSV writes it as text such as "87.3%" (which Excel reads as a number), XLSX as a number formatted as a percentage. */
export interface Share {
	share: number;
}
export type Cell = string | number | Share;

const pct = (share: number): Share => ({ share });

/** Every figure of the summary, one line each; a withheld summary is one sentence and no numbers. */
export function summaryTable(summary: SurveySummary, scaleLabel: (q: Question, point: number) => string): Cell[][] {
	if (summary.withheld) return [[l.withheld]];
	const rows: Cell[][] = [[l.question, l.item, l.count, l.share, l.value], [l.responses, '', summary.responses, '', '']];
	for (const s of summary.questions) {
		const title = s.question.title;
		const share = (n: number, of: number) => pct(of ? n / of : 0);
		if (s.kind === 'choice') for (const o of s.options) rows.push([title, o.label, o.count, pct(o.share), '']);
		if (s.kind === 'scale') {
			s.counts.forEach((c, i) => rows.push([title, scaleLabel(s.question, i + 1), c, share(c, s.answered), '']));
			rows.push([title, l.satisfied, s.answered, pct(s.satisfied), '']);
		}
		if (s.kind === 'matrix') for (const r of s.rows) rows.push([title, `${r.label} · ${l.satisfied}`, r.answered, pct(r.satisfied), '']);
		if (s.kind === 'nps') {
			rows.push([title, l.promoters, s.promoters, share(s.promoters, s.answered), '']);
			rows.push([title, l.passives, s.passives, share(s.passives, s.answered), '']);
			rows.push([title, l.detractors, s.detractors, share(s.detractors, s.answered), '']);
			rows.push([title, l.nps, s.answered, '', s.score]);
		}
		if (s.kind === 'number') rows.push([title, l.mean, s.answered, '', Number(s.mean.toFixed(1))]);
	}
	return rows;
}

/** Questions whose answers are numbers: 1–5 scores, matrix rows, 0–10 ratings, numbers. */
const numeric = new Set<Question['type']>(['likert', 'matrix', 'nps', 'number']);

interface RawOptions {
	filter: Filter;
	/** Published responses per segment: which groups may label a row. */
	counts: readonly SegmentCount[];
	/** Grade and class names by id. */
	names: Map<string, string>;
}

/**
 * The raw answers, one published response a row, read 1 000 responses at a time in random-id order
 * (memory stays flat; the order says nothing about when anyone answered). Rows are numbered 1…n;
 * database ids never leave the server. Only a group of MIN_TEXT_GROUP or more gets rows at all, and
 * within it a row names its grade or class only where that grade or class may label answers itself
 * (answerGroups): a class of three in a whole-school export is "样本不足", not three rows with its
 * name. Days are given as months. The answers to the grade and class questions are the response's
 * grade and class, so they appear once, in the 年级 and 班级 columns (only those the survey asks).
 * Scores, 0–10 ratings and numbers are numbers, so a spreadsheet can sort and average them.
 */
export async function* rawTable(db: Db, surveyId: string, survey: Survey, options: RawOptions): AsyncGenerator<Cell[]> {
	const questions = questionsOf(survey);
	const asks = (...types: Question['type'][]) => questions.some((q) => types.includes(q.type));
	const [byGrade, byClass] = [asks('grade', 'class'), asks('class')];
	// A named form's names, notes and phone numbers are on its class lists only (functions/domain/named.ts).
	const held = identifyingQuestionIds(survey);
	const columns = questions
		.filter((q) => q.type !== 'grade' && q.type !== 'class' && !held.has(q.id))
		.flatMap((q): { q: Question; key: string; title: string }[] =>
			q.type === 'matrix'
				? q.rows.map((r) => ({ q, key: fieldName(q.id, r.id), title: `${q.title} — ${r.label}` }))
				: [{ q, key: fieldName(q.id), title: q.title }],
		);
	yield [l.number, l.month, ...(byGrade ? [l.grade] : []), ...(byClass ? [l.class] : []), ...columns.map((c) => c.title)];
	const groups = answerGroups(options.counts);
	if (!mayShow(groups, options.filter)) return yield [l.rawWithheld];
	// A grade or class, or "样本不足" where naming it could single out a few parents.
	const gradeOf = (grade: string | null) => (grade === null ? '' : groups.grades.has(grade) ? (options.names.get(grade) ?? grade) : l.tooFew);
	const classOf = (grade: string | null, classId: string | null) =>
		classId === null ? '' : groups.classes.has(classKey(grade ?? '', classId)) ? (options.names.get(classId) ?? classId) : l.tooFew;
	// One answer a cell: a number where the question asks for one, an option's label, or the text.
	const cell = (q: Question, values: string[]): Cell => {
		if (numeric.has(q.type) && values.length === 1 && Number.isFinite(Number(values[0]))) return Number(values[0]);
		if (!('options' in q)) return values.join('；');
		// Several choices read in the order the form lists them.
		const index = (id: string) => q.options.findIndex((o) => o.id === id);
		return values
			.sort((a, b) => index(a) - index(b))
			.map((v) => q.options.find((o) => o.id === v)?.label ?? v)
			.join('；');
	};
	const scope: SQL[] = [eq(responsesTable.surveyId, surveyId), eq(responsesTable.published, true)];
	if (options.filter.grade !== undefined) scope.push(eq(responsesTable.grade, options.filter.grade));
	if (options.filter.classId !== undefined) scope.push(eq(responsesTable.classId, options.filter.classId));
	let after = 0;
	let n = 0;
	for (;;) {
		const page = await db
			.select()
			.from(responsesTable)
			.where(and(...scope, gt(responsesTable.id, after)))
			.orderBy(asc(responsesTable.id))
			.limit(1000)
			.all();
		if (page.length === 0) return;
		const [first, last] = [page[0]!.id, page.at(-1)!.id];
		after = last;
		// The page's answers by id range (a list of 1 000 ids would pass D1's limit of 100 bound values),
		// one JSON array per response: SQLite builds it in C, where a million answer rows handed to
		// JavaScript one by one took 6.3 of a 100 000-response export's 9 seconds.
		const a = answersTable;
		const grouped = await db
			.select({ id: a.responseId, answers: sql<string>`json_group_array(json_array(${a.questionId}, ${a.rowId}, ${a.value}))` })
			.from(a)
			.innerJoin(responsesTable, eq(a.responseId, responsesTable.id))
			.where(and(...scope, between(a.responseId, first, last)))
			.groupBy(a.responseId)
			.all();
		const byResponse = new Map(grouped.map((g) => [g.id, JSON.parse(g.answers) as [string, string, string][]]));
		for (const r of page) {
			const cells = new Map<string, string[]>();
			for (const [questionId, rowId, value] of byResponse.get(r.id) ?? []) {
				const key = fieldName(questionId, rowId || undefined);
				cells.set(key, [...(cells.get(key) ?? []), value]);
			}
			yield [
				++n,
				r.day.slice(0, 7),
				...(byGrade ? [gradeOf(r.grade)] : []),
				...(byClass ? [classOf(r.grade, r.classId)] : []),
				...columns.map((c) => cell(c.q, cells.get(c.key) ?? [])),
			];
		}
	}
}
