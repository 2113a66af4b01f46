// What the exports contain, as rows of cells: the summary a results page shows, and the raw
// anonymous answers. Figures withheld on the page are withheld here too.
import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { fieldName } from '../domain/answers.ts';
import { exportLabels as l } from '../domain/messages.ts';
import type { Filter, SurveySummary } from '../domain/summary.ts';
import { questionsOf, type Question, type Survey } from '../domain/survey.ts';
import type { Db } from '../db/client.ts';
import { answersTable, responsesTable } from '../db/schema/index.ts';

export type Cell = string | number;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Every figure of the summary, one line each; a withheld summary is one sentence and no numbers. */
export function summaryTable(summary: SurveySummary, scaleLabel: (q: Question, point: number) => string): Cell[][] {
	if (summary.withheld) return [[l.withheld]];
	const rows: Cell[][] = [[l.question, l.item, l.count, l.share], [l.responses, '', summary.responses, '']];
	for (const s of summary.questions) {
		const title = s.question.title;
		if (s.kind === 'choice') for (const o of s.options) rows.push([title, o.label, o.count, pct(o.share)]);
		if (s.kind === 'scale') {
			s.counts.forEach((c, i) => rows.push([title, scaleLabel(s.question, i + 1), c, pct(s.answered ? c / s.answered : 0)]));
			rows.push([title, l.satisfied, s.answered, pct(s.satisfied)]);
		}
		if (s.kind === 'matrix') for (const r of s.rows) rows.push([title, `${r.label} · ${l.satisfied}`, r.answered, pct(r.satisfied)]);
		if (s.kind === 'nps') {
			rows.push([title, l.promoters, s.promoters, pct(s.answered ? s.promoters / s.answered : 0)]);
			rows.push([title, l.passives, s.passives, pct(s.answered ? s.passives / s.answered : 0)]);
			rows.push([title, l.detractors, s.detractors, pct(s.answered ? s.detractors / s.answered : 0)]);
			rows.push([title, l.nps, s.score, '']);
		}
		if (s.kind === 'number') rows.push([title, l.mean, s.answered, s.mean.toFixed(1)]);
	}
	return rows;
}

interface RawOptions {
	filter: Filter;
	/** The group may be shown at all (suppression). */
	show: boolean;
	/** Free text may be shown (group of at least 10). */
	showText: boolean;
	/** Grade and class names by id. */
	names: Map<string, string>;
}

/**
 * The raw answers, one response a row, read 1 000 responses at a time in random-id order (memory stays
 * flat; the order says nothing about when anyone answered). Rows are numbered 1…n; database ids never
 * leave the server.
 */
export async function* rawTable(db: Db, surveyId: string, survey: Survey, options: RawOptions): AsyncGenerator<Cell[]> {
	const columns = questionsOf(survey).flatMap((q): { q: Question; key: string; title: string }[] =>
		q.type === 'matrix'
			? q.rows.map((r) => ({ q, key: fieldName(q.id, r.id), title: `${q.title} — ${r.label}` }))
			: [{ q, key: fieldName(q.id), title: q.title }],
	);
	yield [l.number, l.day, l.grade, l.class, ...columns.map((c) => c.title)];
	if (!options.show) return yield [l.withheld];
	const label = (q: Question, value: string) => {
		if (q.type === 'text') return options.showText ? value : l.textHidden;
		if (q.type === 'grade' || q.type === 'class') return options.names.get(value) ?? value;
		if ('options' in q) return q.options.find((o) => o.id === value)?.label ?? value;
		return value;
	};
	// Several choices read in the order the form lists them.
	const order = (q: Question, values: string[]) =>
		'options' in q ? values.sort((a, b) => q.options.findIndex((o) => o.id === a) - q.options.findIndex((o) => o.id === b)) : values;
	let after = 0;
	let n = 0;
	for (;;) {
		const where: SQL[] = [eq(responsesTable.surveyId, surveyId), gt(responsesTable.id, after)];
		if (options.filter.grade !== undefined) where.push(eq(responsesTable.grade, options.filter.grade));
		if (options.filter.classId !== undefined) where.push(eq(responsesTable.classId, options.filter.classId));
		const page = await db.select().from(responsesTable).where(and(...where)).orderBy(asc(responsesTable.id)).limit(1000).all();
		if (page.length === 0) return;
		after = page.at(-1)!.id;
		const answers = await db.select().from(answersTable).where(inArray(answersTable.responseId, page.map((r) => r.id))).all();
		const byResponse = Map.groupBy(answers, (a) => a.responseId);
		for (const r of page) {
			const cells = new Map<string, string[]>();
			for (const a of byResponse.get(r.id) ?? []) {
				const key = fieldName(a.questionId, a.rowId || undefined);
				cells.set(key, [...(cells.get(key) ?? []), a.value]);
			}
			yield [
				++n,
				r.day,
				options.names.get(r.grade ?? '') ?? '',
				options.names.get(r.classId ?? '') ?? '',
				...columns.map((c) => order(c.q, cells.get(c.key) ?? []).map((v) => label(c.q, v)).join('；')),
			];
		}
	}
}
