// `npm run bench`: measurements against the budgets in DESIGN.md, printed as tables.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startHub } from '../helpers/hub.ts';
import { generateContent } from './generate-content.ts';
import { pageWeights } from './page-weight.ts';
import { printTable } from './table.ts';

const hub = await startHub();
try {
	printTable('Page weight per page type (bytes, gzip -9); budget: 0 B of JS on content pages', await pageWeights(hub.url));
} finally {
	hub.stop();
}

const benchDir = 'node_modules/.cache/gongyu-bench';

function timedBuild(content: string): number {
	// Inside the project: the prerender step imports packages from node_modules next to the output.
	mkdirSync(benchDir, { recursive: true });
	const out = mkdtempSync(join(benchDir, 'dist-'));
	const started = performance.now();
	const run = spawnSync(process.execPath, ['functions/cli/build.ts', out], {
		env: { ...process.env, GONGYU_CONTENT: content },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const seconds = (performance.now() - started) / 1000;
	rmSync(out, { recursive: true, force: true });
	if (run.status !== 0) throw new Error(`build failed for ${content}`);
	return seconds;
}

const rows = [];
for (const count of [16, 1000]) {
	const content = count === 16 ? 'content' : generateContent(count);
	rows.push({ content: count === 16 ? 'demo content (16 resources)' : `${count} generated resources`, 'build s': timedBuild(content).toFixed(1), budget: count === 1000 ? '≤ 60 s' : '' });
	if (content !== 'content') rmSync(content, { recursive: true, force: true });
}
printTable('Site build, including the search index', rows);
