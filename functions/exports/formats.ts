// CSV and XLSX as streams: 100 000 responses export without holding the file in memory.
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Cell } from './tables.ts';

type Rows = AsyncIterable<Cell[]> | Iterable<Cell[]>;

/** UTF-8 with a byte-order mark: without it, Excel on Windows shows Chinese as mojibake. */
export function csvStream(rows: Rows): ReadableStream<Uint8Array> {
	return Readable.toWeb(Readable.from(rows).pipe(stringify({ bom: true }))) as ReadableStream<Uint8Array>;
}

/** One worksheet, each row written and released as it comes (exceljs' streaming writer). */
export function xlsxStream(sheetName: string, rows: Rows): ReadableStream<Uint8Array> {
	const out = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
	void (async () => {
		try {
			for await (const row of rows) sheet.addRow(row).commit();
			sheet.commit();
			await workbook.commit();
		} catch (error) {
			out.destroy(error as Error);
		}
	})();
	return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
