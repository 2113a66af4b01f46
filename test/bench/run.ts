// `npm run bench`: measurements against the budgets in DESIGN.md, printed as tables.
// BENCH_SECONDS shortens the load phases (default 30 s each) for a quick look.
import { startHub } from '../helpers/hub.ts';
import { makeSandbox } from '../helpers/sandbox.ts';
import { pageTypes } from '../helpers/site.ts';
import { generateResources } from './generate-content.ts';
import { pageWeights } from './page-weight.ts';
import { resultsTimes } from './results.ts';
import { signupThroughput } from './signups.ts';
import { submissionThroughput } from './submissions.ts';
import { printTable } from './table.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);

const hub = await startHub({ GONGYU_DEMO: '0', DATABASE_URL: 'file:node_modules/.cache/gongyu-bench/pages.db' });
try {
	printTable('Content pages (bytes, gzip -9; HTML sent: as the hub sends it to a phone, Brotli); budget: 0 B of JavaScript', await pageWeights(hub.url, await pageTypes(hub.url)));
	const surveys = Object.fromEntries(
		['parent-meeting-needs', 'satisfaction-2026-autumn', 'after-school-intention', 'lecture-feedback'].map((id) => [id, `/surveys/${id}/`]),
	);
	printTable('Survey pages (bytes, gzip -9; HTML sent: as the hub sends it, Brotli); budget: JS ≤ 20 KB, whole page ≤ 40 KB', await pageWeights(hub.url, surveys));
	printTable('Promise board (bytes, gzip -9; HTML sent: as the hub sends it, Brotli); budget: 0 B of JavaScript, whole page ≤ 20 KB', await pageWeights(hub.url, { promises: '/promises/' }));
} finally {
	await hub.stop();
}

const submissions = await submissionThroughput(seconds);
printTable(
	`Complete parent submissions (GET form + POST answers, counted in the database), ${seconds} s per row; Node goal ≥ 1 000/s and ≥ 50 % of the raw loop; the edge measured beside it`,
	submissions.rows,
);
printTable('Staff sign-in, one after another (scrypt; Workers Free allows 10 ms CPU per request, Paid 30 s)', submissions.signIns);

printTable(
	`Event sign-ups (GET event page + POST a sign-up, counted in the database), ${seconds} s per row; all for one slot, confirmed then waiting`,
	await signupThroughput(seconds),
);

const results = await resultsTimes({
	'answers CSV': '/admin/surveys/{survey}/export/answers.csv',
	'answers XLSX': '/admin/surveys/{survey}/export/answers.xlsx',
});
printTable('Results page (bytes, gzip -9); budget: JS ≤ 60 KB', results.weight);
printTable('Results for one survey as responses grow (page: median of 20, loopback; goals ≤ 100 ms at 100 000 and flat, exports ≤ 10 s)', results.rows);

const builds = [];
for (const count of [0, 1000]) {
	const sandbox = makeSandbox();
	try {
		if (count) generateResources(sandbox.content, count);
		const { status, output, seconds: took } = sandbox.build();
		if (status !== 0) throw new Error(output);
		builds.push({
			content: count ? `${count} generated resources` : 'demo content',
			'build s': took.toFixed(1),
			budget: count ? '≤ 60 s' : '',
		});
	} finally {
		sandbox.remove();
	}
}
printTable('Site build from a clean cache, including the search index', builds);
