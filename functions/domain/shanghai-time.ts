// Schools run on Beijing time (UTC+8, no daylight saving), whatever the server's zone is.
const OFFSET_MS = 8 * 60 * 60 * 1000;

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** Parses "2026-12-05 19:00" as Beijing time; returns undefined when the text is not in that form. */
export function parseShanghaiDateTime(text: string): Date | undefined {
	const m = localDateTime.exec(text.trim());
	if (!m) return undefined;
	const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
	const date = new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS);
	// Date.UTC rolls 2026-02-30 over to March; a calendar date that does not exist is an error.
	const back = toShanghaiParts(date);
	return back.year === y && back.month === mo && back.day === d && h < 24 && mi < 60
		? date
		: undefined;
}

export interface ShanghaiParts {
	year: number;
	/** 1–12 */
	month: number;
	day: number;
	hour: number;
	minute: number;
	/** 0 = Sunday … 6 = Saturday */
	weekday: number;
}

export function toShanghaiParts(date: Date): ShanghaiParts {
	const shifted = new Date(date.getTime() + OFFSET_MS);
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		weekday: shifted.getUTCDay(),
	};
}

/** "2026-12-05": the Beijing calendar day of an instant. */
export function shanghaiDay(date: Date): string {
	const p = toShanghaiParts(date);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "2026-12": the Beijing calendar month of an instant. */
export function shanghaiMonth(date: Date): string {
	return shanghaiDay(date).slice(0, 7);
}

export function pad(n: number): string {
	return String(n).padStart(2, '0');
}
