// A school editor's mistake must stop the build with a message naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

const temp: string[] = [];
afterEach(() => {
	for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Builds the demo content plus one extra file; returns the exit code and what the build printed. */
function buildWith(folder: string, file: string, frontMatter: string) {
	const content = mkdtempSync(join(tmpdir(), 'gongyu-content-'));
	cpSync('content', content, { recursive: true });
	writeFileSync(join(content, folder, file), `---\n${frontMatter}\n---\n\n正文。\n`);
	mkdirSync('node_modules/.cache', { recursive: true });
	const out = mkdtempSync('node_modules/.cache/gongyu-test-dist-');
	temp.push(content, out);
	const run = spawnSync(process.execPath, ['functions/cli/build.ts', out], {
		env: { ...process.env, GONGYU_CONTENT: content },
		encoding: 'utf8',
	});
	return { status: run.status, output: run.stdout + run.stderr };
}

test('an unknown topic names the resource file and the field, in Chinese', () => {
	const { status, output } = buildWith(
		'resources',
		'wrong-topic.mdx',
		'title: 坏的资源\ndescription: 这是一篇故意写错主题的资源文件。\nkind: article\ntopics: [cooking]\ngrades: [junior]\npublished: 2026-11-01\nsource: 德育处',
	);
	expect(status).toBe(1);
	expect(output).toContain('wrong-topic.mdx');
	expect(output).toContain('topics.0');
	expect(output).toContain('无效选项');
	expect(output).not.toMatch(/^\s+at /m);
});

test('a lecture time the schema cannot read says how to write it', () => {
	const { status, output } = buildWith(
		'lectures',
		'bad-time.mdx',
		'title: 时间写错的讲座\ndescription: 这是一个故意把时间写错的讲座文件。\nspeaker: 王老师\nstart: 12月5日晚上七点\nend: 2026-12-05 20:30\nplace: 报告厅\ngrades: [junior]',
	);
	expect(status).toBe(1);
	expect(output).toContain('bad-time.mdx');
	expect(output).toContain('时间应写成 2026-12-05 19:00（北京时间）');
});

test('a draft (file name starting with _) is not checked or published', () => {
	const { status } = buildWith('resources', '_draft.mdx', 'title: 草稿');
	expect(status).toBe(0);
});
