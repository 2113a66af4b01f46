// A school editor's mistake must stop the build with a message naming the file and the field.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { calendarMessages } from '../../functions/domain/messages.ts';
import { shanghaiDay } from '../../functions/domain/shanghai-time.ts';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.ts';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.remove());

/** Builds the demo content plus one extra file. */
function buildWith(folder: string, file: string, frontMatter: string) {
	sandbox = makeSandbox();
	writeFileSync(join(sandbox.content, folder, file), `---\n${frontMatter}\n---\n\n正文。\n`);
	return sandbox.build();
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

test('a survey question shown for an option its earlier question lacks names the file and the field', () => {
	sandbox = makeSandbox();
	const survey = readFileSync(join(sandbox.content, 'surveys', 'after-school-intention.yaml'), 'utf8');
	writeFileSync(join(sandbox.content, 'surveys', 'bad-condition.yaml'), survey.replace('anyOf: ["yes"]', 'anyOf: ["maybe"]'));
	const { status, output } = sandbox.build();
	expect(status).toBe(1);
	expect(output).toContain('bad-condition.yaml');
	expect(output).toContain('showIf.anyOf.0');
	expect(output).toContain('题目 “participate” 没有 id 为 “maybe” 的选项');
	expect(output).not.toMatch(/^\s+at /m);
});

test('a draft (file name starting with _) is neither checked nor published', () => {
	const { status } = buildWith('resources', '_draft.mdx', 'title: 草稿');
	expect(status).toBe(0);
});

test("a build while this year's calendar file is missing still succeeds, and says which file to add", () => {
	sandbox = makeSandbox();
	const year = Number(shanghaiDay(new Date()).slice(0, 4));
	const file = join(sandbox.content, 'calendar', `${year}.yaml`);
	if (existsSync(file)) rmSync(file);
	const { status, output } = sandbox.build();
	expect(status).toBe(0);
	expect(output).toContain(calendarMessages.missingYear(year));
});

test('an event slot without places names the event file and the field, in Chinese', () => {
	sandbox = makeSandbox();
	const good = readFileSync(join(sandbox.content, 'events', 'open-day-2026-12.yaml'), 'utf8');
	writeFileSync(join(sandbox.content, 'events', 'no-places.yaml'), good.replace('capacity: 3', 'capacity: 0'));
	const { status, output } = sandbox.build();
	expect(status).toBe(1);
	expect(output).toContain('no-places.yaml');
	expect(output).toContain('slots.0.capacity');
	expect(output).toContain('数值过小');
});
