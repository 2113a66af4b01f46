// `npm run build`: the Astro site, then the Pagefind search index over its prerendered pages.
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { writeBuildStamp } from './build-stamp.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds into dist/ (and stamps it), or into another folder, as the benchmark does. */
export async function buildSite(outDir = `${root}dist`): Promise<void> {
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	await build({ root, outDir, logLevel: 'warn' });
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('pagefind could not start');
	await index.addDirectory({ path: `${outDir}/client` });
	await index.writeFiles({ outputPath: `${outDir}/client/pagefind` });
	await pagefind.close();
	if (outDir === `${root}dist`) writeBuildStamp(root);
}

/** A content mistake is the school editor's to fix: say which file and field, without a stack trace. */
export function exitOnBuildError(error: unknown): never {
	const { message, loc } = error as { message?: string; loc?: { file?: string } };
	console.error(`\n构建失败 / build failed${loc?.file ? `：${loc.file}` : ''}\n\n${message ?? error}\n`);
	process.exit(1);
}

// `node functions/cli/build.ts [outDir]`
if (import.meta.main) await buildSite(process.argv[2]).catch(exitOnBuildError);
