// What each results chart draws, worked out on the server from the summary; the <survey-chart>
// element only hands it to chart.js. Shares are percentages (0–100).
import type { QuestionSummary } from '../../functions/domain/summary.ts';
import { results as t, scaleLabels } from '../strings.ts';

/** Horizontal bars (the trend across terms is drawn without a script: lib/trend-chart.ts). */
export interface ChartData {
	/** Bars, one per label; `stacked` puts the datasets side by side within one 100 % bar. */
	labels: string[];
	datasets: { label: string; data: number[]; color: string }[];
	stacked: boolean;
	/** Where the target line goes, in %, with its caption. */
	target?: { value: number; label: string };
	/** Values are percentages (axis 0–100 %) rather than counts. */
	percent: boolean;
}

// Satisfied first (left), so the green part of each bar reaching past the target line means "met".
const scaleColors = ['#b42318', '#f79009', '#98a2b3', '#7cc49f', '#1d6b5a'];

const pct = (x: number) => Math.round(x * 1000) / 10;
/** "沟通效果：老师与家长沟通及时、有效" → "沟通效果": a phone has room for the first part only. */
export const short = (label: string) => label.split(/[：:（(]/)[0]!.trim() || label;

export function chartFor(s: QuestionSummary, target: number): ChartData | undefined {
	const targetLine = { value: pct(target), label: t.target(`${pct(target)}%`) };
	switch (s.kind) {
		case 'choice':
			return {
				labels: s.options.map((o) => short(o.label)),
				datasets: [{ label: t.count, data: s.options.map((o) => o.count), color: '#1d6b5a' }],
				stacked: false,
				percent: false,
			};
		case 'scale':
		case 'matrix': {
			const rows = s.kind === 'scale' ? [{ label: t.share, ...s }] : s.rows;
			const labels = 'scale' in s.question ? scaleLabels[s.question.scale] : scaleLabels.satisfaction;
			return {
				labels: rows.map((r) => short(r.label)),
				datasets: [4, 3, 2, 1, 0].map((i) => ({
					label: labels[i]!,
					data: rows.map((r) => (r.answered ? pct(r.counts[i as 0 | 1 | 2 | 3 | 4] / r.answered) : 0)),
					color: scaleColors[i]!,
				})),
				stacked: true,
				target: targetLine,
				percent: true,
			};
		}
		case 'nps':
			return {
				labels: [t.nps],
				datasets: [
					{ label: t.promoters, data: [s.answered ? pct(s.promoters / s.answered) : 0], color: '#1d6b5a' },
					{ label: t.passives, data: [s.answered ? pct(s.passives / s.answered) : 0], color: '#98a2b3' },
					{ label: t.detractors, data: [s.answered ? pct(s.detractors / s.answered) : 0], color: '#b42318' },
				],
				stacked: true,
				percent: true,
			};
		case 'number':
			return undefined;
	}
}
