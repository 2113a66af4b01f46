// `npm run build:edge`: the hub built for Cloudflare Workers into dist-edge/ (never Node's dist/): the
// worker (functions/edge/worker.ts with Astro's handler) in dist-edge/server/, with the wrangler.json
// that `wrangler dev` and `wrangler deploy` read, and the prerendered site, scripts and search index
// in dist-edge/client/, which Workers serves as static assets. No .gz/.br copies: Cloudflare
// compresses what it sends, and would upload the copies as files of their own.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { writeBuildStamp, type BuildTarget } from './build-stamp.ts';
import { exitOnBuildError } from './build.ts';
import { calendarNotice } from './calendar-notice.ts';
import { projectRoot } from './paths.ts';
import { writeSearchIndex } from './search-index.ts';

export const edgeBuild: BuildTarget = { outDir: 'dist-edge', extraInputs: ['wrangler.jsonc'] };

/** Workers and wrangler tell nobody about this machine, and look nothing up on the internet. */
export function quietWrangler(): void {
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	process.env.WRANGLER_SEND_METRICS = 'false';
	process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
}

/**
 * The public address the worker is built for: SITE_URL if given, else wrangler.jsonc's `vars.SITE_URL`,
 * so that the links built into pages and the worker's Secure cookies follow one setting.
 */
async function siteUrlOf(root: string): Promise<string | undefined> {
	if (process.env.SITE_URL) return process.env.SITE_URL;
	const { unstable_readConfig } = await import('wrangler');
	const vars = unstable_readConfig({ config: join(root, 'wrangler.jsonc') }, { hideWarnings: true }).vars;
	return typeof vars.SITE_URL === 'string' ? vars.SITE_URL : undefined;
}

/**
 * The settings an edge build is made with, in this process's environment: before building, and
 * before asking whether the last build is current (its stamp covers SITE_URL).
 */
export async function edgeSettings(root = projectRoot): Promise<void> {
	quietWrangler();
	const site = await siteUrlOf(root);
	if (site) process.env.SITE_URL = site;
	process.env.GONGYU_TARGET = 'edge';
}

export async function buildEdge(root = projectRoot): Promise<void> {
	await edgeSettings(root);
	const outDir = join(root, edgeBuild.outDir);
	// Its own cache: Astro's content store and Vite's optimizer differ between the two targets.
	await build({ root, outDir, cacheDir: join(root, '.astro/cache-edge'), logLevel: 'warn' });
	const client = join(outDir, 'client');
	await writeSearchIndex(client);
	// As the Node server does: every page asks for the icon under the same name; a week old is fine.
	// (The adapter's _headers already marks /_astro/*, named by content hash, immutable.)
	appendFileSync(join(client, '_headers'), '\n/favicon.svg\n  Cache-Control: public, max-age=604800\n');
	writeBuildStamp(root, edgeBuild);
}

// `node functions/cli/build-edge.ts [root]`
if (import.meta.main) {
	const root = process.argv[2] ?? projectRoot;
	await buildEdge(root).catch(exitOnBuildError);
	for (const line of calendarNotice(join(root, 'content'), new Date())) console.warn(line);
}
