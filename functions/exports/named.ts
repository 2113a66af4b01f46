// A class's named intention form as rows of cells, for the class page and its CSV download alike.
import { exportLabels as l } from '../domain/messages.ts';
import { questionsOf, type Question, type Survey } from '../domain/survey.ts';
import type { NamedResponse } from '../db/queries/named.ts';
import type { Cell } from './tables.ts';

/** The class is the list's own; the consent box is ticked on every stored form. */
const left = new Set<Question['type']>(['grade', 'class', 'consent']);

/**
 * A heading row, then one row per form: each question in the form's order (options as their labels,
 * several in the order the form lists them), then the day it was filled in. Rows are sorted by the
 * first free-text answer (the child's name on the after-school form), in pinyin order.
 */
export function namedTable(survey: Pick<Survey, 'sections'>, entries: readonly Pick<NamedResponse, 'answers' | 'day'>[]): Cell[][] {
	const columns = questionsOf(survey)
		.filter((q) => !left.has(q.type))
		.flatMap((q): { q: Question; key: string; title: string }[] =>
			q.type === 'matrix' ? q.rows.map((r) => ({ q, key: `${q.id}.${r.id}`, title: `${q.title} — ${r.label}` })) : [{ q, key: q.id, title: q.title }],
		);
	const cell = (q: Question, value: string | string[] | undefined): string => {
		const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
		if (!('options' in q)) return values.join('；');
		return q.options.filter((o) => values.includes(o.id)).map((o) => o.label).join('；');
	};
	const rows = entries.map((e) => [...columns.map((c) => cell(c.q, e.answers[c.key])), e.day]);
	const by = columns.findIndex((c) => c.q.type === 'text');
	if (by >= 0) rows.sort((a, b) => a[by]!.localeCompare(b[by]!, 'zh-CN'));
	return [[...columns.map((c) => c.title), l.filledOn], ...rows];
}
