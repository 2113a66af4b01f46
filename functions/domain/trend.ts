// The share satisfied per term for a series of surveys (e.g. every term's satisfaction survey), for
// each five-point question and matrix row the surveys share. A term whose group is withheld is a gap.
import { summarize, type Filter, type TotalRow } from './summary.ts';
import type { SegmentCount } from './suppression.ts';
import type { Survey } from './survey.ts';

export interface SeriesMember {
	survey: Survey;
	totals: readonly TotalRow[];
	responses: readonly SegmentCount[];
}

export interface Trend {
	lines: { key: string; label: string; values: (number | null)[] }[];
}

export function trendOf(members: readonly SeriesMember[], filter: Filter): Trend {
	const lines = new Map<string, { label: string; values: (number | null)[] }>();
	members.forEach((m, i) => {
		const summary = summarize(m.survey, m.totals, m.responses, filter, 0);
		if (summary.withheld) return;
		for (const q of summary.questions) {
			const points =
				q.kind === 'scale'
					? [{ key: q.question.id, label: q.question.title, s: q }]
					: q.kind === 'matrix'
						? q.rows.map((r) => ({ key: `${q.question.id}.${r.id}`, label: r.label, s: r }))
						: [];
			for (const p of points) {
				const line = lines.get(p.key) ?? { label: p.label, values: members.map(() => null) };
				line.values[i] = p.s.answered ? p.s.satisfied : null;
				lines.set(p.key, line);
			}
		}
	});
	return { lines: [...lines].map(([key, l]) => ({ key, ...l })) };
}
