import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { summarize, type Filter } from '../../functions/domain/summary.ts';
import { mayShowAnswers } from '../../functions/domain/suppression.ts';
import { surveyTotals } from '../../functions/db/queries/totals.ts';
import { csvStream, inertCell, xlsxStream } from '../../functions/exports/formats.ts';
import { rawTable, summaryTable, type Cell } from '../../functions/exports/tables.ts';
import { submitSurvey } from '../../functions/surveys/submit.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { duringSurvey, fixtureSurvey, fixtureTarget, formRequest, validFields } from '../helpers/survey-fixture.ts';

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
	// 12 responses in class g1-1 (with a comment each), 3 in g1-2.
	for (let i = 0; i < 15; i++) {
		const fields = validFields(`export-key-${String(i).padStart(10, '0')}`).map(([k, v]): [string, string] =>
			k === 'q.class' ? [k, i < 12 ? 'g1-1' : 'g1-2'] : k === 'q.note' ? [k, `意见${i}`] : [k, v],
		);
		await submitSurvey(formRequest(fields), fixtureTarget, { db: t.db, now: duringSurvey });
	}
});
afterEach(() => t.cleanup());

const names = new Map([['g1', '一年级'], ['g1-1', '一（1）班'], ['g1-2', '一（2）班']]);
const scaleLabel = (_: unknown, point: number) => `${point}分`;
const withheld = '样本不足：这一范围的答卷少于 5 份（或可被推算出），为保护家长隐私，不导出任何数据。';

async function tables(filter: Filter) {
	const { totals, responses } = await surveyTotals(t.db, 'fixture');
	const summary = summarize(fixtureSurvey, totals, responses, filter, 0.85);
	const raw: Cell[][] = [];
	const options = { filter, show: mayShowAnswers(responses, filter), names };
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
	expect(text).toContain('答卷总数,,15,,');
	if (summary.withheld) throw new Error('withheld');
	const overall = summary.questions.find((q) => q.question.id === 'overall');
	expect(overall?.kind === 'scale' && overall.counts[3]).toBe(15);
	expect(text).toContain('总体满意度,4分,15,100.0%,');
});

test('XLSX parses back with the same numbers', async () => {
	const { summaryRows } = await tables({});
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await bytes(xlsxStream('fixture', summaryRows))).buffer as ArrayBuffer);
	// Excel keeps no empty strings: compare with empty cells as ''.
	const pad = (r: readonly unknown[], from = 0) => Array.from({ length: 5 }, (_, i) => r[i + from] ?? '');
	const values = workbook.worksheets[0]!.getSheetValues().slice(1).map((r) => pad(r as unknown[], 1));
	expect(values).toEqual(summaryRows.map((r) => pad(r)));
	expect(values[1]).toEqual(['答卷总数', '', 15, '', '']);
});

test('raw answers: one numbered row per response, labels not ids, no database ids, only for groups of 10 or more', async () => {
	const { raw } = await tables({});
	expect(raw).toHaveLength(16);
	expect(raw[0]!.slice(0, 5)).toEqual(['序号', '日期', '年级', '班级', '孩子所在班级']);
	expect(raw.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
	expect(raw[1]).toEqual(expect.arrayContaining(['2026-11-15', '一年级', '电话', '学习；安全']));
	const ids = (await t.db.all<{ id: number }>(sql`select id from responses`)).map((r) => String(r.id));
	const flat = JSON.stringify(raw);
	for (const id of ids) expect(flat).not.toContain(id);
	expect(flat).toContain('意见0');
	// Class g1-1 has 12 responses, but g1-2 (3) would be g1 − g1-1: both classes are withheld.
	const classRaw = (await tables({ grade: 'g1', classId: 'g1-1' })).raw;
	expect(classRaw).toHaveLength(2);
	expect(classRaw[1]).toEqual(['这一范围的答卷少于 10 份（或可被推算出），为保护家长隐私，不导出原始答卷。']);
});

test('a withheld group exports no figure at all', async () => {
	const { summaryRows } = await tables({ grade: 'g1', classId: 'g1-2' });
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
