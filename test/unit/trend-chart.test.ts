import { expect, test } from 'vitest';
import { trendChart } from '../../src/lib/trend-chart.ts';

const terms = ['2025-2026-2', '2026-2027-1', '2026-2027-2'];
const trend = {
	lines: [
		{ key: 'cooperation.communication', label: '沟通效果：老师与家长沟通及时、有效', values: [0.783, 0.869, null] },
		{ key: 'overall', label: '总体满意度', values: [0.815, null, 0.9] },
	],
};

test('every aspect gets its own chart, on one y-range fitted around the data and the 85 % target', () => {
	const chart = trendChart(trend, terms, 0.85);
	expect(chart.panels.map((p) => p.title)).toEqual(['沟通效果', '总体满意度']);
	// 78.3 % … 90 % and the target: 75–95 %, not 0–100 %, so a few points' change is visible.
	expect(chart.range).toEqual([75, 95]);
	expect(chart.ticks.map((t) => t.text)).toEqual(['75%', '95%']);
	expect(chart.target.text).toBe('85%');
	const ys = chart.panels.flatMap((p) => p.points.map((pt) => pt.y));
	for (const y of ys) expect(y).toBeGreaterThanOrEqual(Math.min(...chart.ticks.map((t) => t.y)));
	for (const y of ys) expect(y).toBeLessThanOrEqual(Math.max(...chart.ticks.map((t) => t.y)));
});

test('values are written at their points, below-target ones marked, and no label sits on the target line', () => {
	const chart = trendChart(trend, terms, 0.85);
	const communication = chart.panels[0]!;
	expect(communication.points.map((p) => [p.text, p.below])).toEqual([
		['78.3%', true],
		['86.9%', false],
	]);
	for (const p of chart.panels.flatMap((panel) => panel.points)) {
		// A 12 px label spans from its baseline up to about 12 px above it.
		expect(p.labelY < chart.target.y - 1 || p.labelY - 12 > chart.target.y, p.text).toBe(true);
	}
	// The later, higher value is labelled above its point, the earlier, lower one below (away from the line).
	expect(communication.points[1]!.labelY).toBeLessThan(communication.points[1]!.y);
	expect(communication.points[0]!.labelY).toBeGreaterThan(communication.points[0]!.y);
});

test('a withheld term stays a gap: no point, no line across it, and a screen reader hears 样本不足', () => {
	const chart = trendChart(trend, terms, 0.85);
	const overall = chart.panels[1]!;
	expect(overall.points).toHaveLength(2);
	expect(overall.segments).toEqual([]);
	expect(overall.gaps).toEqual([chart.terms[1]!.x]);
	expect(chart.panels[0]!.segments).toHaveLength(1);
	expect(overall.description).toBe('总体满意度：2025—2026学年第二学期 81.5%，2026—2027学年第一学期 样本不足，2026—2027学年第二学期 90.0%（目标 85.0%）');
});

test('terms are named short along the axis, every few terms when there are many, always the latest', () => {
	expect(trendChart(trend, terms, 0.85).terms.map((t) => t.text)).toEqual(['2026春', '2026秋', '2027春']);
	const many = ['2023-2024-1', '2023-2024-2', '2024-2025-1', '2024-2025-2', '2025-2026-1', '2025-2026-2'];
	const chart = trendChart({ lines: [{ key: 'x', label: 'x', values: many.map(() => 0.9) }] }, many, 0.85);
	expect(chart.terms.map((t) => t.text)).toEqual(['2024春', '2025春', '2026春']);
});

test('a value at the bottom of the range is labelled above its point, clear of the terms along the axis', () => {
	const chart = trendChart({ lines: [{ key: 'x', label: '育人成效', values: [0.683, 0.8] }] }, terms.slice(0, 2), 0.85);
	const low = chart.panels[0]!.points[0]!;
	expect(low.labelY).toBeLessThan(low.y);
	expect(low.labelY).toBeLessThan(chart.height - 6 - 12);
});
