// Reading a database file the way whoever copied it would: every table's rows in the order they lie
// in the file, which rows belong to which known submission, and whether any value or any order tells
// when, or in which order, parents submitted. Used by test/e2e/privacy-audit.test.ts.
import { createClient } from '@libsql/client';

export type Value = null | bigint | number | string | ArrayBuffer;

export interface TableDump {
	name: string;
	/** Declared WITHOUT ROWID: there is no rowid to sort by. */
	withoutRowid: boolean;
	columns: string[];
	/** In the order a full scan returns them: the order of the table's b-tree in the file. */
	rows: { rowid: bigint | undefined; values: Value[] }[];
	foreignKeys: { from: string; table: string; to: string | null }[];
}

/** Every table of the file (sqlite_schema aside), read through the real driver, integers exact. */
export async function dumpDatabase(url: string): Promise<TableDump[]> {
	const client = createClient({ url, intMode: 'bigint' });
	try {
		const names = (await client.execute("select name from sqlite_schema where type = 'table' order by name")).rows.map((r) => String(r.name));
		const tables: TableDump[] = [];
		for (const name of names) {
			const quoted = `"${name.replace(/"/g, '""')}"`;
			// A WITHOUT ROWID table has no rowid column: the same scan without it.
			let withoutRowid = false;
			let result;
			try {
				// NOT INDEXED: the table's own b-tree, not a covering index's key order.
				result = await client.execute(`select rowid as "rowid ", * from ${quoted} not indexed`);
			} catch (error) {
				if (!/no such column: rowid/i.test(String(error))) throw error;
				withoutRowid = true;
				result = await client.execute(`select * from ${quoted} not indexed`);
			}
			const skip = withoutRowid ? 0 : 1;
			const rows = result.rows.map((row) => ({
				rowid: withoutRowid ? undefined : BigInt(row[0] as bigint),
				values: Array.from({ length: result.columns.length - skip }, (_, i) => row[i + skip] as Value),
			}));
			const foreignKeys = (await client.execute({ sql: 'select "from", "table", "to" from pragma_foreign_key_list(?)', args: [name] })).rows.map((r) => ({
				from: String(r.from),
				table: String(r.table),
				to: r.to === null ? null : String(r.to),
			}));
			tables.push({ name, withoutRowid, columns: result.columns.slice(skip), rows, foreignKeys });
		}
		return tables;
	} finally {
		client.close();
	}
}

/** A value as text, the way a search through a dump (`sqlite3 .dump`, a hex editor) would see it. */
export function valueText(v: Value): string {
	if (v === null) return '';
	if (v instanceof ArrayBuffer) return `${Buffer.from(v).toString('hex')} ${Buffer.from(v).toString('latin1')}`;
	return String(v);
}

const valueKey = (v: Value): string =>
	v === null ? 'null' : v instanceof ArrayBuffer ? `b${Buffer.from(v).toString('hex')}` : typeof v === 'string' ? `t${v}` : Number.isInteger(Number(v)) ? `i${BigInt(v)}` : `r${v}`;

/** SQLite's own order: NULL, numbers, text, blobs. */
export function compareValues(a: Value, b: Value): number {
	const rank = (v: Value) => (v === null ? 0 : typeof v === 'bigint' || typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
	if (rank(a) !== rank(b)) return rank(a) - rank(b);
	if (a === null || b === null) return 0;
	if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
	if (a instanceof ArrayBuffer && b instanceof ArrayBuffer) return Buffer.compare(Buffer.from(a), Buffer.from(b));
	const [x, y] = [a, b].map((v) => (typeof v === 'bigint' ? v : Number.isInteger(v) ? BigInt(v as number) : (v as number)));
	return x! < y! ? -1 : x! > y! ? 1 : 0;
}

/** Values only one submission could have produced: long text, long blobs, random-looking integers. */
const distinctive = (v: Value) =>
	typeof v === 'string' ? v.length >= 16 : v instanceof ArrayBuffer ? v.byteLength >= 8 : v !== null && !Number.isNaN(Number(v)) && Math.abs(Number(v)) >= 2 ** 32;

/**
 * Which submission each row of each table belongs to: its index, -1 when it belongs to several, or
 * undefined. A row belongs to a submission when a text value contains one of that submission's tokens
 * (a marker in its free text, its form key, its code hash); then through declared foreign keys, both
 * ways; then through any distinctive value (e.g. a random response id) that only that submission's
 * rows hold, so tables that link without declaring it are covered too.
 */
export function attribute(tables: readonly TableDump[], tokens: ReadonlyMap<string, number>): Map<string, (number | undefined)[]> {
	const owners = new Map(tables.map((t) => [t.name, t.rows.map(() => new Set<number>())]));
	const pattern = new RegExp([...tokens.keys()].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
	for (const t of tables) {
		t.rows.forEach((row, r) => {
			for (const v of row.values) {
				if (typeof v !== 'string') continue;
				for (const match of v.matchAll(pattern)) owners.get(t.name)![r]!.add(tokens.get(match[0])!);
			}
		});
	}
	const count = () => [...owners.values()].reduce((n, sets) => n + sets.reduce((m, s) => m + s.size, 0), 0);
	const byName = new Map(tables.map((t) => [t.name, t]));
	for (let before = -1; before !== count(); ) {
		before = count();
		// Declared foreign keys, from child to parent and back.
		for (const child of tables) {
			for (const fk of child.foreignKeys) {
				const parent = byName.get(fk.table);
				if (!parent || fk.to === null) continue;
				const from = child.columns.indexOf(fk.from);
				const to = parent.columns.indexOf(fk.to);
				if (from < 0 || to < 0) continue;
				link(child, from, parent, to);
				link(parent, to, child, from);
			}
		}
		// Distinctive values held by one submission's rows only.
		const holders = new Map<string, Set<number>>();
		for (const t of tables) {
			t.rows.forEach((row, r) => {
				const own = owners.get(t.name)![r]!;
				if (own.size !== 1) return;
				for (const v of row.values.filter(distinctive)) {
					const key = valueKey(v);
					if (!holders.has(key)) holders.set(key, new Set());
					holders.get(key)!.add([...own][0]!);
				}
			});
		}
		for (const t of tables) {
			t.rows.forEach((row, r) => {
				for (const v of row.values.filter(distinctive)) {
					const held = holders.get(valueKey(v));
					if (held?.size === 1) owners.get(t.name)![r]!.add([...held][0]!);
				}
			});
		}
	}
	return new Map([...owners].map(([name, sets]) => [name, sets.map((s) => (s.size === 0 ? undefined : s.size === 1 ? [...s][0]! : -1))]));

	/** Rows of `to` whose column `toCol` equals column `fromCol` of an owned row of `from` get its owners. */
	function link(from: TableDump, fromCol: number, to: TableDump, toCol: number): void {
		const byValue = new Map<string, Set<number>>();
		from.rows.forEach((row, r) => {
			const key = valueKey(row.values[fromCol]!);
			for (const o of owners.get(from.name)![r]!) {
				if (!byValue.has(key)) byValue.set(key, new Set());
				byValue.get(key)!.add(o);
			}
		});
		to.rows.forEach((row, r) => {
			for (const o of byValue.get(valueKey(row.values[toCol]!)) ?? []) owners.get(to.name)![r]!.add(o);
		});
	}
}

/**
 * P(|S| >= |s|) for Kendall's S = concordant - discordant pairs between a fixed order and uniformly
 * random orders of independent groups of distinct items, `sizes` items each (one group: the plain
 * test; several: pages of one b-tree, pairs compared within a page only). Exact: the number of
 * inversions of a random order of n items is the sum of independent uniform draws from 0..k-1 for
 * k = 1..n (the Mahonian distribution); S = pairs - 2 * inversions is symmetric around 0.
 */
export function kendallTail(sizes: readonly number[], s: number): number {
	const pairs = sizes.reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
	if (s === 0 || pairs === 0) return 1;
	let dist = [1];
	for (const n of sizes) {
		for (let k = 2; k <= n; k++) {
			// The k-th item adds 0..k-1 inversions, each with probability 1/k.
			const next = new Array<number>(dist.length + k - 1).fill(0);
			let window = 0;
			for (let i = 0; i < next.length; i++) {
				window += dist[i] ?? 0;
				if (i - k >= 0) window -= dist[i - k]!;
				next[i] = window / k;
			}
			dist = next;
		}
	}
	// |S| >= |s| <=> inversions <= (pairs - |s|) / 2, or the same count from the other end.
	const limit = Math.floor((pairs - Math.abs(s)) / 2);
	let tail = 0;
	for (let i = 0; i <= limit; i++) tail += dist[i]!;
	return Math.min(1, 2 * tail);
}

/** Kendall's S between submission indices and what was read for each (ties count neither way). */
function kendallS(pairs: readonly [number, Value][]): number {
	let s = 0;
	for (let i = 0; i < pairs.length; i++) {
		for (let j = i + 1; j < pairs.length; j++) {
			s += Math.sign(pairs[i]![0] - pairs[j]![0]) * Math.sign(compareValues(pairs[i]![1], pairs[j]![1]));
		}
	}
	return s;
}

export interface OrderCheck {
	/** A table, or a page of the file. */
	where: string;
	/** What the order was read from: the scan, the rowid, a column, byte offsets. */
	by: string;
	/** Submissions compared (within pages: records, a submission's in two pages counting twice). */
	n: number;
	/** Kendall's tau-a between submission order and the order read. */
	tau: number;
	/** How likely an order at least this far from random is, for a random order. */
	p: number;
	/** Exactly increasing or decreasing. */
	monotone: boolean;
}

/** Submission indices against what was read for each (ties count neither way). */
export function kendall(where: string, by: string, pairs: readonly [number, Value][]): OrderCheck {
	const n = pairs.length;
	const s = kendallS(pairs);
	const all = (n * (n - 1)) / 2;
	const distinct = new Set(pairs.map(([, v]) => valueKey(v))).size === n;
	return { where, by, n, tau: all ? s / all : 0, p: kendallTail([n], s), monotone: n > 1 && distinct && Math.abs(s) === all };
}

/**
 * The orders one can read from a table's rows that belong to known submissions: the scan (the first
 * row of each submission), the rowid and every column (the smallest value among a submission's rows).
 * Tables with fewer than `minN` submissions in them are left out.
 */
export function tableOrders(table: TableDump, owners: readonly (number | undefined)[], minN: number): OrderCheck[] {
	const rowsOf = new Map<number, number[]>();
	owners.forEach((o, r) => {
		if (o === undefined || o < 0) return;
		if (!rowsOf.has(o)) rowsOf.set(o, []);
		rowsOf.get(o)!.push(r);
	});
	if (rowsOf.size < minN) return [];
	const least = (o: number, read: (r: number) => Value) => rowsOf.get(o)!.map(read).sort(compareValues)[0]!;
	const submissions = [...rowsOf.keys()];
	const checks = [kendall(table.name, 'scan order', submissions.map((o) => [o, BigInt(rowsOf.get(o)![0]!)]))];
	if (!table.withoutRowid) checks.push(kendall(table.name, 'rowid', submissions.map((o) => [o, least(o, (r) => table.rows[r]!.rowid!)])));
	table.columns.forEach((column, c) => {
		checks.push(kendall(table.name, `column ${column}`, submissions.map((o) => [o, least(o, (r) => table.rows[r]!.values[c]!)])));
	});
	return checks;
}

/** A byte string one submission's records hold in the file, and what it is. */
export interface ByteToken {
	bytes: Uint8Array;
	owner: number;
	kind: string;
}

/** Every offset of `needle` in `haystack`. */
export function offsetsOf(haystack: Uint8Array, needle: Uint8Array): number[] {
	const hay = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
	const found: number[] = [];
	for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) found.push(at);
	return found;
}

export interface Page {
	label: string;
	/** The table or index it belongs to, when known: its pages are tested together. */
	btree?: string | undefined;
	bytes: Uint8Array;
}

/** A database file's pages, labelled with the table or index each belongs to when `btrees` says. */
export function databasePages(file: Uint8Array, btrees: ReadonlyMap<number, string> = new Map()): Page[] {
	if (file.byteLength < 100) return [];
	const raw = (file[16]! << 8) | file[17]!;
	const size = raw === 1 ? 65536 : raw;
	return Array.from({ length: Math.ceil(file.byteLength / size) }, (_, i) => ({
		label: `page ${i + 1}`,
		btree: btrees.get(i + 1),
		bytes: file.subarray(i * size, (i + 1) * size),
	}));
}

/** Which table or index each page of the file belongs to (SQLite's dbstat table), if the driver has it. */
export async function pageOwners(url: string): Promise<Map<number, string>> {
	const client = createClient({ url });
	try {
		return new Map((await client.execute('select pageno, name from dbstat')).rows.map((r) => [Number(r.pageno), String(r.name)]));
	} catch {
		return new Map();
	} finally {
		client.close();
	}
}

/** The pages a WAL file holds, one per frame (a 32-byte file header, then a 24-byte header per frame). */
export function walFrames(wal: Uint8Array): Page[] {
	if (wal.byteLength < 32) return [];
	const size = Buffer.from(wal.buffer, wal.byteOffset, wal.byteLength).readUInt32BE(8);
	const frames: Page[] = [];
	for (let at = 32, i = 1; at + 24 + size <= wal.byteLength; at += 24 + size, i++) {
		const page = Buffer.from(wal.buffer, wal.byteOffset + at, 4).readUInt32BE(0);
		frames.push({ label: `WAL frame ${i} (page ${page})`, bytes: wal.subarray(at + 24, at + 24 + size) });
	}
	return frames;
}

/**
 * Within each page, the byte offsets of the records of known submissions: SQLite places a new cell
 * below the previous one in a page until the page is rebuilt, so offsets can keep the insertion
 * order even when the b-tree's key order is random. Pages of one table or index are tested together
 * (offsets compared within a page only), so a table spread thinly over many pages is covered too.
 */
export function pageOrders(pages: readonly Page[], tokens: readonly ByteToken[], minN: number): OrderCheck[] {
	// Per b-tree and kind of token, per page: the first offset of each submission's token.
	const groups = new Map<string, { pages: Set<string>; perPage: [number, Value][][] }>();
	for (const page of pages) {
		const kinds = new Map<string, Map<number, number>>();
		for (const token of tokens) {
			const at = offsetsOf(page.bytes, token.bytes)[0];
			if (at === undefined) continue;
			if (!kinds.has(token.kind)) kinds.set(token.kind, new Map());
			const first = kinds.get(token.kind)!;
			if (!first.has(token.owner) || first.get(token.owner)! > at) first.set(token.owner, at);
		}
		for (const [kind, first] of kinds) {
			const key = `${page.btree ?? page.label} (${kind})`;
			if (!groups.has(key)) groups.set(key, { pages: new Set(), perPage: [] });
			if (page.btree) groups.get(key)!.pages.add(page.label.replace('page ', ''));
			groups.get(key)!.perPage.push([...first].map(([o, at]) => [o, BigInt(at)]));
		}
	}
	const checks: OrderCheck[] = [];
	for (const [key, { pages: numbers, perPage }] of groups) {
		const sizes = perPage.map((p) => p.length);
		const n = sizes.reduce((a, b) => a + b, 0);
		if (n < minN) continue;
		const s = perPage.reduce((sum, p) => sum + kendallS(p), 0);
		const all = sizes.reduce((sum, m) => sum + (m * (m - 1)) / 2, 0);
		checks.push({
			where: numbers.size ? `${key}, page${numbers.size > 1 ? 's' : ''} ${[...numbers].join(', ')}` : key,
			by: 'byte offset within a page',
			n,
			tau: all ? s / all : 0,
			p: kendallTail(sizes, s),
			// Across pages only the p-value speaks: many small pages can each be in order by chance.
			monotone: perPage.length === 1 && all > 0 && Math.abs(s) === all,
		});
	}
	return checks;
}

/** SQLite's variable-length integer, as rowids are written in cell headers and indexes. */
export function sqliteVarint(value: bigint): Uint8Array {
	let v = BigInt.asUintN(64, value);
	if (v >= 1n << 56n) {
		const bytes = [Number(v & 0xffn)];
		v >>= 8n;
		for (let i = 0; i < 8; i++, v >>= 7n) bytes.unshift(Number(v & 0x7fn) | 0x80);
		return Uint8Array.from(bytes);
	}
	const groups: number[] = [];
	do {
		groups.unshift(Number(v & 0x7fn));
		v >>= 7n;
	} while (v > 0n);
	return Uint8Array.from(groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)));
}

/** An integer as a record's body stores it: big-endian, in the fewest of 1, 2, 3, 4, 6 or 8 bytes. */
export function sqliteRecordInteger(value: bigint): Uint8Array {
	const size = [1, 2, 3, 4, 6, 8].find((n) => value >= -(1n << BigInt(8 * n - 1)) && value < 1n << BigInt(8 * n - 1))!;
	const bytes = new Uint8Array(size);
	let v = BigInt.asUintN(8 * size, value);
	for (let i = size - 1; i >= 0; i--, v >>= 8n) bytes[i] = Number(v & 0xffn);
	return bytes;
}

export interface Span {
	/** Epoch milliseconds. */
	from: number;
	to: number;
}

/**
 * Why a value looks like a time of day (or an instant) within `span`, or undefined: an HH:MM, a
 * Chinese 时/分 time, or a number that read as epoch milliseconds, epoch seconds or a Julian day
 * falls inside the span (padded by ten minutes).
 */
export function timeOfDay(v: Value, span: Span): string | undefined {
	const pad = 10 * 60 * 1000;
	const [from, to] = [span.from - pad, span.to + pad];
	const text = typeof v === 'string' ? v : v instanceof ArrayBuffer ? Buffer.from(v).toString('utf8') : undefined;
	if (text !== undefined) {
		if (/(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/.test(text)) return `a time of day (HH:MM) in ${JSON.stringify(text.slice(0, 80))}`;
		if (/\d{1,2}\s*[时点]\s*\d{1,2}\s*分/.test(text)) return `a time of day (时/分) in ${JSON.stringify(text.slice(0, 80))}`;
		if (!/^\s*\d{9,13}(\.\d+)?\s*$/.test(text)) return undefined;
	}
	if (v === null) return undefined;
	const n = Number(text ?? v);
	if (n >= from && n <= to) return `${String(v)} reads as epoch milliseconds within the test`;
	if (n >= from / 1000 && n <= to / 1000) return `${String(v)} reads as epoch seconds within the test`;
	const julian = (ms: number) => ms / 86_400_000 + 2_440_587.5;
	// A whole or half Julian day is a date, not a time.
	if (n >= julian(from) && n <= julian(to) && !Number.isInteger(n * 2)) return `${String(v)} reads as a Julian day and time within the test`;
	return undefined;
}
