// A throw-away copy of the project with its own content/, for builds with other content.
// Sources are copied (Astro's compiler loses track of symlinked .astro files), node_modules is linked;
// Astro's per-root caches (.astro/) stay apart from the real project's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const copied = ['src', 'functions', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'wrangler.jsonc'];

export interface Sandbox {
	root: string;
	/** Its content/ folder, a copy of the demo content to add to or change. */
	content: string;
	/** Runs `npm run build`'s script in the sandbox. */
	build(): { status: number | null; output: string; seconds: number };
	remove(): void;
}

export function makeSandbox(): Sandbox {
	const root = mkdtempSync(join(tmpdir(), 'gongyu-sandbox-'));
	for (const name of copied) cpSync(name, join(root, name), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
	const content = join(root, 'content');
	return {
		root,
		content,
		build() {
			const started = performance.now();
			const run = spawnSync(process.execPath, ['functions/cli/build.ts', root], {
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			});
			return {
				status: run.status,
				output: run.stdout + run.stderr,
				seconds: (performance.now() - started) / 1000,
			};
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
