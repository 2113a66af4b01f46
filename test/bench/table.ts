/** Prints rows as an aligned plain-text table (East Asian characters count as two columns). */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
	const width = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
	const headers = Object.keys(rows[0] ?? {});
	const cells = [headers, ...rows.map((r) => headers.map((h) => String(r[h] ?? '')))];
	const widths = headers.map((_, i) => Math.max(...cells.map((row) => width(row[i]!))));
	const line = (row: string[]) =>
		row.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c)).join('  ');
	console.log(`\n${title}\n`);
	console.log(line(cells[0]!));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of cells.slice(1)) console.log(line(row));
}
