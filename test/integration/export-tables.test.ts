import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { summarize, type Filter } from '../../functions/domain/summary.ts';
import { publishedTotals } from '../../functions/db/queries/publication.ts';
import { csvStream, inertCell, xlsxStream } from '../../functions/exports/formats.ts';
import { rawTable, summaryTable, type Cell } from '../../functions/exports/tables.ts';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { duringSurvey, fixtureSurvey, fixtureTarget, formRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
	// 12 responses in class g1-1, 6 in g1-2, 3 in g2-1 (with a comment each): g2-1 is too small to be
	// published at all, and g1-2 too small to label raw rows.
	const classOf = (i: number) => (i < 12 ? 'g1-1' : i < 18 ? 'g1-2' : 'g2-1');
	for (let i = 0; i < 21; i++) {
		const fields = validFields(`export-key-${String(i).padStart(10, '0')}`).map(([k, v]): [string, string] =>
			k === 'q.class' ? [k, classOf(i)] : k === 'q.note' ? [k, `意见${i}号`] : [k, v],
		);
		await submitSurvey(formRequest(fields), fixtureTarget, { db: t.db, now: duringSurvey });
	}
});
afterEach(() => t.cleanup());

const names = new Map([['g1', '一年级'], ['g2', '二年级'], ['g1-1', '一（1）班'], ['g1-2', '一（2）班'], ['g2-1', '二（1）班']]);
const scaleLabel = (_: unknown, point: number) => `${point}分`;
const withheld = '样本不足：这一范围的答卷少于 5 份（或可被推算出），为保护家长隐私，不导出任何数据。';

async function tables(filter: Filter) {
	const { totals, responses } = await publishedTotals(t.db, 'fixture');
	const summary = summarize(fixtureSurvey, totals, responses, filter, 0.85);
	const raw: Cell[][] = [];
	const options = { filter, counts: responses, names };
	for await (const row of rawTable(t.db, 'fixture', fixtureSurvey, options)) raw.push(row);
	return { summary, summaryRows: summaryTable(summary, scaleLabel), raw };
}
const bytes = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

test('CSV starts with a UTF-8 BOM and carries the same numbers as the page', async () => {
	const { summary, summaryRows } = await tables({});
	const csv = await bytes(csvStream(summaryRows));
	expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = new TextDecoder().decode(csv);
	expect(text).toContain('题目,选项或方面,人数,占比,数值');
	// g2-1's three responses wait for their class's first step of five.
	expect(text).toContain('答卷总数,,18,,');
	if (summary.withheld) throw new Error('withheld');
	const overall = summary.questions.find((q) => q.question.id === 'overall');
	expect(overall?.kind === 'scale' && overall.counts[3]).toBe(18);
	expect(text).toContain('总体满意度,4分,18,100.0%,');
});

async function sheetOf(stream: ReadableStream<Uint8Array>) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await bytes(stream)).buffer as ArrayBuffer);
	return workbook.worksheets[0]!;
}

test('XLSX summary: counts are number cells and shares are numbers shown as percentages, on a sheet named 汇总', async () => {
	const { summaryRows } = await tables({});
	const sheet = await sheetOf(xlsxStream('汇总', summaryRows));
	expect(sheet.name).toBe('汇总');
	expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
	expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
	expect(sheet.getRow(2).values).toEqual([undefined, '答卷总数', undefined, 18]);
	const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '总体满意度' && r.getCell(2).value === '4分')!;
	expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
	expect(row.getCell(3).value).toBe(18);
	// 100 %: a number a leader can average, formatted the way the page writes it.
	expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
	expect(row.getCell(4).value).toBe(1);
	expect(row.getCell(4).numFmt).toBe('0.0%');
	const nps = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(2).value === 'NPS 净推荐值')!;
	expect(nps.getCell(5).type).toBe(ExcelJS.ValueType.Number);
	// Every share in the file is a percentage-formatted number; no cell holds "…%" as text.
	sheet.eachRow((r) =>
		r.eachCell((c) => {
			expect(String(c.value)).not.toMatch(/%$/);
			if (c.fullAddress.col === 4 && r.number > 2 && c.value !== null) expect([c.type, c.numFmt]).toEqual([ExcelJS.ValueType.Number, '0.0%']);
		}),
	);
});

test('XLSX raw answers: scores, 0–10 ratings and numbers are number cells, on a sheet named 原始答卷', async () => {
	const { raw } = await tables({});
	const sheet = await sheetOf(xlsxStream('原始答卷', raw));
	expect(sheet.name).toBe('原始答卷');
	const heading = (sheet.getRow(1).values as unknown[]).slice(1);
	const at = (title: string) => heading.indexOf(title) + 1;
	const first = sheet.getRow(2);
	for (const [title, value] of [['总体满意度', 4], ['各方面满意度 — 沟通', 5], ['各方面满意度 — 活动', 3], ['推荐意愿', 9], ['家中孩子数', 2]] as const) {
		expect(first.getCell(at(title)).type, title).toBe(ExcelJS.ValueType.Number);
		expect(first.getCell(at(title)).value, title).toBe(value);
	}
	expect(first.getCell(at('序号')).value).toBe(1);
	expect(first.getCell(at('希望了解的内容')).value).toBe('学习；安全');
	// The CSV writes the same numbers as plain digits, which spreadsheets read as numbers too.
	const csv = new TextDecoder().decode(await bytes(csvStream(raw))).split('\n');
	expect(csv[1]).toMatch(/^1,2026-11,一年级,样本不足,电话,学习；安全,4,5,3,9,2,/);
});

test('raw answers: one numbered row per published response, labels not ids, months not days, no database ids', async () => {
	const { raw } = await tables({});
	expect(raw).toHaveLength(19);
	// The class question's answer is the 班级 column: asked once, shown once.
	expect(raw[0]).toEqual(['序号', '提交月份', '年级', '班级', '最常用的沟通方式', '希望了解的内容', '总体满意度', '各方面满意度 — 沟通', '各方面满意度 — 活动', '推荐意愿', '家中孩子数', '建议']);
	expect(raw.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
	expect(raw[1]).toEqual(expect.arrayContaining(['2026-11', '一年级', '电话', '学习；安全']));
	const ids = (await t.db.all<{ id: number }>(sql`select id from responses`)).map((r) => String(r.id));
	const flat = JSON.stringify(raw);
	for (const id of ids) expect(flat).not.toContain(id);
	expect(flat).not.toContain('2026-11-15');
	expect(flat).toContain('意见0号');
	// Not yet published: g2-1's three parents are in no export.
	for (const i of [18, 19, 20]) expect(flat).not.toContain(`意见${i}号`);
});

test('a raw row names a class only when that class could be listed on its own', async () => {
	// g1-2 has 6 responses: too few to label rows, and then g1-1 (12) would be the grade minus g1-2,
	// so neither class is named.
	const { raw } = await tables({});
	for (const row of raw.slice(1)) expect([row[2], row[3]]).toEqual(['一年级', '样本不足']);
	expect(JSON.stringify(raw)).not.toMatch(/一（[12]）班/);
	// The same rule for a class asked for on its own.
	const classRaw = (await tables({ grade: 'g1', classId: 'g1-1' })).raw;
	expect(classRaw).toHaveLength(2);
	expect(classRaw[1]).toEqual(['这一范围的答卷少于 10 份（或可被推算出），为保护家长隐私，不导出原始答卷。']);
	// Five more in g1-2 are published as one step (11): both classes are then named.
	for (let i = 0; i < 5; i++) {
		const fields = validFields(`export-more-${String(i).padStart(10, '0')}`).map(([k, v]): [string, string] => (k === 'q.class' ? [k, 'g1-2'] : [k, v]));
		await submitSurvey(formRequest(fields), fixtureTarget, { db: t.db, now: duringSurvey });
	}
	const named = (await tables({})).raw.slice(1);
	expect(named.filter((r) => r[3] === '一（1）班')).toHaveLength(12);
	expect(named.filter((r) => r[3] === '一（2）班')).toHaveLength(11);
});

test('a withheld group exports no figure at all', async () => {
	const { summaryRows } = await tables({ grade: 'g2', classId: 'g2-1' });
	expect(summaryRows).toEqual([[withheld]]);
	const text = new TextDecoder().decode(await bytes(csvStream(summaryRows)));
	expect(text.replace('5 份', '')).not.toMatch(/\d/);
});

test("a parent's text cannot become a spreadsheet formula in the CSV", async () => {
	expect(['=HYPERLINK("x")', '+1', '-2', '@cmd', '\tx', 'ok', 3].map(inertCell)).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@cmd", "'\tx", 'ok', 3]);
	const text = new TextDecoder().decode(await bytes(csvStream([['=1+1']])));
	expect(text).toContain("'=1+1");
});

test('a failure while reading ends the download with an error instead of leaving it hanging', async () => {
	const broken = async function* () {
		yield ['一', '二'];
		throw new Error('disk gone');
	};
	await expect(bytes(csvStream(broken()))).rejects.toThrow();
	await expect(bytes(xlsxStream('x', broken()))).rejects.toThrow();
});
