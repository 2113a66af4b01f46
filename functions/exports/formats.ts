// CSV and XLSX as web streams: 100 000 responses export without holding the file in memory, on Node
// and on Workers alike. The browser's reading pace sets the pace: rows are read from the database
// only as fast as the download takes them.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Cell } from './tables.ts';

type Rows = AsyncIterable<Cell[]> | Iterable<Cell[]>;

/**
 * A cell as CSV text. Numbers stay bare and shares read "87.3%": Excel and WPS open both as numbers.
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) gets a leading
 * apostrophe: a parent's answer must never become a formula on a leader's computer.
 */
export function inertCell(cell: Cell): string | number {
	if (typeof cell === 'object') return `${(cell.share * 100).toFixed(1)}%`;
	return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const rowsOf = (rows: Rows): AsyncIterator<Cell[]> | Iterator<Cell[]> =>
	Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();

/** Rows written as CSV text per pull: one chunk of about 64 KB each (a row a chunk made exports slow). */
const csvRowsPerChunk = 500;

/**
 * UTF-8 with a byte-order mark: without it, Excel on Windows shows Chinese as mojibake. A failure
 * while reading rows errors the stream, which ends the download with an error instead of leaving
 * it hanging.
 */
export function csvStream(rows: Rows): ReadableStream<Uint8Array> {
	const iterator = rowsOf(rows);
	const encoder = new TextEncoder();
	let first = true;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const batch: (string | number)[][] = [];
			while (batch.length < csvRowsPerChunk) {
				const next = await iterator.next();
				if (next.done) break;
				batch.push(next.value.map(inertCell));
			}
			if (batch.length > 0) controller.enqueue(encoder.encode(stringify(batch, { bom: first })));
			first = false;
			if (batch.length < csvRowsPerChunk) controller.close();
		},
		async cancel() {
			await iterator.return?.();
		},
	});
}

type Listener = (...args: unknown[]) => void;

/**
 * The part of a Node writable stream that exceljs's zip writer (archiver, through readable-stream's
 * pipe) writes to, feeding a web ReadableStream instead. write() says false while the reader has
 * 64 KB waiting, and 'drain' comes when it asks for more: the zip writer then waits, as it would for a
 * socket.
 */
class ZipSink {
	readonly #listeners = new Map<string, Listener[]>();
	#controller!: ReadableStreamDefaultController<Uint8Array>;
	#wanted: (() => void) | undefined;
	/** The reader went away (cancelled) or the stream ended: nothing more may be enqueued. */
	#over = false;
	cancelled = false;
	readonly readable = new ReadableStream<Uint8Array>(
		{
			start: (controller) => {
				this.#controller = controller;
			},
			pull: () => {
				this.#wanted?.();
				this.#wanted = undefined;
				this.emit('drain');
			},
			cancel: () => {
				this.cancelled = this.#over = true;
				this.#wanted?.();
			},
		},
		new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
	);

	get #full(): boolean {
		return (this.#controller.desiredSize ?? 0) <= 0;
	}

	/** Resolves once the reader wants more (or has gone). */
	wanted(): Promise<void> {
		return this.#full && !this.#over ? new Promise((resolve) => (this.#wanted = resolve)) : Promise.resolve();
	}

	write(chunk: Uint8Array): boolean {
		if (!this.#over) this.#controller.enqueue(chunk);
		return this.#over || !this.#full;
	}

	end(): void {
		if (!this.#over) this.#controller.close();
		this.#over = true;
		this.emit('finish');
	}

	fail(error: unknown): void {
		if (!this.#over) this.#controller.error(error);
		this.#over = true;
	}

	on(event: string, listener: Listener): this {
		this.#listeners.set(event, [...this.listeners(event), listener]);
		return this;
	}

	once(event: string, listener: Listener): this {
		const once: Listener & { listener?: Listener } = (...args) => {
			this.removeListener(event, once);
			listener.apply(this, args);
		};
		once.listener = listener;
		return this.on(event, once);
	}

	prependListener(event: string, listener: Listener): this {
		this.#listeners.set(event, [listener, ...this.listeners(event)]);
		return this;
	}

	removeListener(event: string, listener: Listener): this {
		const kept = this.listeners(event).filter((l) => l !== listener && (l as { listener?: Listener }).listener !== listener);
		this.#listeners.set(event, kept);
		return this;
	}

	listeners(event: string): Listener[] {
		return [...(this.#listeners.get(event) ?? [])];
	}

	listenerCount(event: string): number {
		return this.listeners(event).length;
	}

	emit(event: string, ...args: unknown[]): boolean {
		const listeners = this.listeners(event);
		for (const listener of listeners) listener.apply(this, args);
		return listeners.length > 0;
	}
}

// Shared style objects: exceljs caches a style by object, so the 100 000-row export formats its cells
// as fast as without styles (a fresh style per cell made it 2.4 times slower).
const plainStyle = {};
const headingStyle = { font: { bold: true } };
const shareStyle = { numFmt: '0.0%' };

/**
 * One worksheet, each row written and released as it comes (exceljs' streaming writer). Numbers are
 * number cells and shares are numbers with a percentage format, so leaders can sort and average; the
 * first row is the heading, bold, and stays in view when scrolling.
 */
export function xlsxStream(sheetName: string, rows: Rows): ReadableStream<Uint8Array> {
	const out = new ZipSink();
	// exceljs types its `stream` option as Node's Writable; the zip writer uses only what ZipSink has.
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useStyles: true, useSharedStrings: false });
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	void (async () => {
		try {
			for await (const cells of { [Symbol.asyncIterator]: () => rowsOf(rows) as AsyncIterator<Cell[]> }) {
				// Stop reading when the download was abandoned; wait when the reader is slower than us.
				if (out.cancelled) return;
				const row = sheet.addRow(cells.map((c) => (typeof c === 'object' ? c.share : c)));
				cells.forEach((c, i) => {
					row.getCell(i + 1).style = typeof c === 'object' ? shareStyle : row.number === 1 ? headingStyle : plainStyle;
				});
				row.commit();
				await out.wanted();
			}
			sheet.commit();
			await workbook.commit();
		} catch (error) {
			out.fail(error);
		}
	})();
	return out.readable;
}
