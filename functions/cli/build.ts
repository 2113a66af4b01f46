// `npm run build`: the Astro site, then the Pagefind search index over its prerendered pages, then
// compressed copies of every built text file.
import { join } from 'node:path';
import { build } from 'astro';
import { writeBuildStamp } from './build-stamp.ts';
import { calendarNotice } from './calendar-notice.ts';
import { projectRoot } from './paths.ts';
import { precompress } from './precompress.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * Builds `root` into its dist/. The root is this project, or a sandbox that benchmarks and tests make
 * with other content (Astro keeps per-root caches, so roots must not share a folder).
 */
export async function buildSite(root = projectRoot): Promise<void> {
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	const outDir = join(root, 'dist');
	// The cache goes under the root's own .astro/, not node_modules/, which a sandbox shares.
	await build({ root, outDir, cacheDir: join(root, '.astro/cache'), logLevel: 'warn' });
	await writeSearchIndex(`${outDir}/client`);
	await precompress(`${outDir}/client`);
	writeBuildStamp(root);
}

/** A content mistake is the school editor's to fix: say which file and field, without a stack trace. */
export function exitOnBuildError(error: unknown): never {
	const { message, loc } = error as { message?: string; loc?: { file?: string } };
	console.error(`\n构建失败 / build failed${loc?.file ? `：${loc.file}` : ''}\n\n${message ?? error}\n`);
	process.exit(1);
}

// `node functions/cli/build.ts [root]`
if (import.meta.main) {
	const root = process.argv[2] ?? projectRoot;
	await buildSite(root).catch(exitOnBuildError);
	for (const line of calendarNotice(join(root, 'content'), new Date())) console.warn(line);
}
