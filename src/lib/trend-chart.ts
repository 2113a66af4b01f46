// The trend as small multiples: one small line chart per aspect, all on the same y-range, drawn as
// SVG by the server. Six lines in one chart on a 0–100 % axis crowded into a band a few pixels high;
// one chart each, on a range fitted around the data and the target, with the values written at the
// points, reads on a phone, on a laptop and on paper (SVG prints as vectors, and needs no script).
// Across the chart, positions are percentages of its width and the heights are pixels, so text keeps
// its size whatever the width; the y-axis labels sit in a narrow chart of their own to the left.
import type { Trend } from '../../functions/domain/trend.ts';
import { results as t, termLabel, termShort } from '../strings.ts';
import { short } from './chart-data.ts';

export interface TrendPoint {
	/** Across, in % of the chart's width. */
	x: number;
	/** Down, in px. */
	y: number;
	text: string;
	/** Where the value's label sits (its baseline), above or below the point, clear of the target line. */
	labelY: number;
	below: boolean;
}

export interface TrendPanel {
	key: string;
	title: string;
	/** The values in words, for screen readers. */
	description: string;
	points: TrendPoint[];
	/** Lines between neighbouring terms; none across a withheld term. */
	segments: { x1: number; y1: number; x2: number; y2: number }[];
	/** Where a withheld term would be. */
	gaps: number[];
}

export interface TrendChart {
	height: number;
	/** Where the first and the last term are across, in %: room for their values' labels either side. */
	across: [number, number];
	/** Half-way down the plot: where a withheld term's "—" goes. */
	middle: number;
	/** Y-axis labels at the bottom and top of the range (one close to the target's is left out). */
	ticks: { y: number; text: string }[];
	target: { y: number; text: string };
	/** Term labels along the bottom (every few terms when there are many). */
	terms: { x: number; text: string }[];
	/** Bottom and top of the range, in %. */
	range: [number, number];
	panels: TrendPanel[];
}

const [top, plot, bottom] = [22, 96, 30];
const [left, right] = [18, 82];
/** Height of a 12 px label, with a little air. */
const labelRoom = 14;

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

/** From 0 to 100, in steps of 5, with at least 3 points of air around the data and the target. */
function rangeOf(values: number[], target: number): [number, number] {
	const all = [...values, target].map((v) => v * 100);
	const lo = Math.max(0, Math.floor((Math.min(...all) - 3) / 5) * 5);
	const hi = Math.min(100, Math.ceil((Math.max(...all) + 3) / 5) * 5);
	return [lo, hi];
}

export function trendChart(trend: Trend, terms: readonly string[], target: number): TrendChart {
	const [lo, hi] = rangeOf(
		trend.lines.flatMap((l) => l.values.filter((v) => v !== null)),
		target,
	);
	const yOf = (v: number) => top + ((hi - v * 100) / (hi - lo)) * plot;
	const xOf = (i: number) => (terms.length === 1 ? (left + right) / 2 : left + ((right - left) * i) / (terms.length - 1));
	const targetY = yOf(target);
	const clearOfTarget = (baseline: number) => baseline < targetY - 2 || baseline - labelRoom + 2 > targetY;
	// Every few terms when there are many, counted back from the latest, so labels do not run into each other on a phone.
	const every = Math.ceil(terms.length / 4);
	const panels = trend.lines.map((line): TrendPanel => {
		const points = line.values.flatMap((v, i): TrendPoint[] => {
			if (v === null) return [];
			const y = yOf(v);
			// Away from the line: below when the neighbouring terms are higher, else above; then clear of the target line.
			const neighbours = [line.values[i - 1], line.values[i + 1]].filter((n) => n !== null && n !== undefined);
			const under = neighbours.length > 0 && neighbours.reduce((s, n) => s + n, 0) / neighbours.length > v;
			const [above, beneath] = [y - 7, y + labelRoom + 3];
			const fits = (baseline: number) => clearOfTarget(baseline) && baseline - labelRoom >= 0 && baseline <= top + plot + 4;
			const [first, second] = under ? [beneath, above] : [above, beneath];
			const labelY = fits(first) || !fits(second) ? first : second;
			return [{ x: xOf(i), y, text: percent(v), labelY, below: v < target }];
		});
		const segments = line.values.flatMap((v, i) => {
			const previous = line.values[i - 1];
			return v === null || previous === null || previous === undefined ? [] : [{ x1: xOf(i - 1), y1: yOf(previous), x2: xOf(i), y2: yOf(v) }];
		});
		return {
			key: line.key,
			title: short(line.label),
			description: t.trendPanel(
				line.label,
				line.values.map((v, i) => `${termLabel(terms[i]!)} ${v === null ? t.trendWithheld : percent(v)}`),
				percent(target),
			),
			points,
			segments,
			gaps: line.values.flatMap((v, i) => (v === null ? [xOf(i)] : [])),
		};
	});
	const ticks = [lo, hi].map((v) => ({ y: yOf(v / 100), text: `${v}%` })).filter((tick) => Math.abs(tick.y - targetY) >= labelRoom);
	return {
		height: top + plot + bottom,
		across: [left, right],
		middle: top + plot / 2,
		ticks,
		target: { y: targetY, text: `${Math.round(target * 100)}%` },
		terms: terms.flatMap((term, i) => ((terms.length - 1 - i) % every === 0 ? [{ x: xOf(i), text: termShort(term) }] : [])),
		range: [lo, hi],
		panels,
	};
}
