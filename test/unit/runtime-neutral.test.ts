// The server core runs unchanged on Node and on Workers: only functions/node/, functions/cli/ and
// functions/edge/ may know their runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
	return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(ts|astro|mjs)$/.test(file))
		.map((file) => join(dir, file));
}

/** Lines of `files` matching `pattern`, as `path:line: text`. */
function offending(files: string[], pattern: RegExp): string[] {
	return files.flatMap((file) =>
		readFileSync(join(root, file), 'utf8')
			.split('\n')
			.flatMap((line, i) => (pattern.test(line) ? [`${relative(root, join(root, file))}:${i + 1}: ${line.trim()}`] : [])),
	);
}

const core = sources('functions').filter((file) => !/^functions\/(node|cli|edge)\//.test(file));

test('the core under functions/ imports no node:* module and reads no process.env', () => {
	expect(core.length).toBeGreaterThan(40);
	expect(offending(core, /from 'node:|import\('node:|process\.env/)).toEqual([]);
});

test('src/ imports no node:* module, no runtime-specific functions/ folder, and reads no process.env', () => {
	expect(offending(sources('src'), /from 'node:|import\('node:|process\.env|(from |import\()'[^']*functions\/(node|cli|edge)\//)).toEqual([]);
});

test('functions/ imports nothing from src/ or astro:*', () => {
	expect(offending(sources('functions'), /from '(\.\.\/)+src\/|from 'astro:/)).toEqual([]);
});
