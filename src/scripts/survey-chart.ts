// <survey-chart>: draws one results chart from the data the server rendered into `data-chart`.
// The table under it carries the same numbers, so the page reads fine without it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import type { ChartData } from '../lib/chart-data.ts';

// Only the parts drawn here, to keep the dashboard's JavaScript small: horizontal bars. The trend
// across terms is SVG from the server (lib/trend-chart.ts).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A dashed line down the chart at the target share, with its caption. */
const targetLine: Plugin<'bar'> = {
	id: 'targetLine',
	afterDatasetsDraw(chart) {
		const target = (chart.options.plugins as { targetLine?: ChartData['target'] }).targetLine;
		if (!target) return;
		const { top, bottom } = chart.chartArea;
		const ctx = chart.ctx;
		ctx.save();
		ctx.strokeStyle = '#b42318';
		ctx.fillStyle = '#b42318';
		ctx.lineWidth = 2;
		ctx.setLineDash([6, 4]);
		ctx.font = '12px sans-serif';
		ctx.beginPath();
		const x = chart.scales.x!.getPixelForValue(target.value);
		ctx.moveTo(x, top - 4);
		ctx.lineTo(x, bottom);
		ctx.stroke();
		ctx.textAlign = 'right';
		ctx.fillText(target.label, x - 4, top + 10);
		ctx.restore();
	},
};

class SurveyChart extends HTMLElement {
	connectedCallback() {
		const data = JSON.parse(this.dataset.chart ?? 'null') as ChartData | null;
		const canvas = this.querySelector('canvas');
		if (!data || !canvas) return;
		// The page's CSP allows no inline styles in markup; sizes set from script are fine.
		const frame = canvas.parentElement!;
		frame.style.height = `${frame.dataset.height}px`;
		const percent = data.percent ? { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } } : { beginAtZero: true };
		new Chart(canvas, {
			type: 'bar',
			data: {
				labels: data.labels,
				datasets: data.datasets.map((d) => ({ label: d.label, data: d.data, backgroundColor: d.color, borderColor: d.color })),
			},
			options: {
				indexAxis: 'y',
				maintainAspectRatio: false,
				animation: false,
				scales: { x: { stacked: data.stacked, ...percent }, y: { stacked: data.stacked } },
				plugins: {
					legend: { display: data.datasets.length > 1, position: 'bottom' },
					...({ targetLine: data.target } as object),
				},
			},
			plugins: [targetLine],
		});
	}
}

customElements.define('survey-chart', SurveyChart);
