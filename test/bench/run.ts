// `npm run bench`: measurements against the budgets in DESIGN.md, printed as tables.
import { startHub } from '../helpers/hub.ts';
import { makeSandbox } from '../helpers/sandbox.ts';
import { generateResources } from './generate-content.ts';
import { pageWeights } from './page-weight.ts';
import { printTable } from './table.ts';

const hub = await startHub();
try {
	printTable('Page weight per page type (bytes, gzip -9); budget: 0 B of JS on content pages', await pageWeights(hub.url));
} finally {
	hub.stop();
}

const builds = [];
for (const count of [0, 1000]) {
	const sandbox = makeSandbox();
	try {
		if (count) generateResources(sandbox.content, count);
		const { status, output, seconds } = sandbox.build();
		if (status !== 0) throw new Error(output);
		builds.push({
			content: count ? `${count} generated resources` : 'demo content',
			'build s': seconds.toFixed(1),
			budget: count ? '≤ 60 s' : '',
		});
	} finally {
		sandbox.remove();
	}
}
printTable('Site build from a clean cache, including the search index', builds);
