// Working days on the official Chinese calendar, for the suggestion box's reply deadlines.
// Pure and dependency-free so the same answer comes out in Node, browsers and Cloudflare Workers.
// Days are 'YYYY-MM-DD' strings naming Beijing calendar days; arithmetic uses Date.UTC only, so the
// machine's time zone can never shift a day.
import type { CalendarFile } from './calendar.ts';

export interface WorkCalendar {
	/** Days off: public holidays and school closures. */
	off: ReadonlySet<string>;
	/** Weekend days that are working days (调休). */
	workdays: ReadonlySet<string>;
	/** Years the calendar covers. */
	years: ReadonlySet<number>;
}

const DAY_MS = 86_400_000;

/** Milliseconds of UTC midnight for a day; throws on anything but a real 'YYYY-MM-DD' day. */
function parseDay(day: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
	// The round trip rejects 2026-02-30, which Date.UTC would quietly turn into 2 March.
	if (Number.isNaN(ms) || formatDay(ms) !== day) {
		throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
	}
	return ms;
}

function formatDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The day `delta` calendar days after `day` (before it if negative). */
export function nextDay(day: string, delta = 1): string {
	if (!Number.isInteger(delta)) throw new RangeError(`delta must be an integer: ${delta}`);
	return formatDay(parseDay(day) + delta * DAY_MS);
}

/** Merge the yearly calendar files into one set of days off and make-up working days. */
export function workCalendar(files: readonly CalendarFile[]): WorkCalendar {
	const off = new Set<string>();
	const workdays = new Set<string>();
	const years = new Set<number>();
	for (const file of files) {
		years.add(file.year);
		for (const { from, to } of [...file.holidays, ...file.closures]) {
			for (let day = from; day <= to; day = nextDay(day)) off.add(day);
		}
		for (const day of file.workdays) workdays.add(day);
	}
	return { off, workdays, years };
}

/**
 * Whether people work on `day`: Monday to Friday unless it is a holiday or school closure, a
 * weekend day only if it is a make-up working day (a closure wins even then). A day in a year the
 * calendar does not cover is in neither set, so it falls back to plain Monday to Friday: the school
 * may not have added next year's file yet, and a deadline a few days early beats none at all.
 */
export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
	if (calendar.off.has(day)) return false;
	const weekday = new Date(parseDay(day)).getUTCDay();
	return weekday === 0 || weekday === 6 ? calendar.workdays.has(day) : true;
}

/**
 * The day by which a reply is due: the n-th working day after `from` (the submission day itself
 * does not count).
 */
export function addWorkingDays(calendar: WorkCalendar, from: string, n: number): string {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer: ${n}`);
	parseDay(from); // a malformed day throws even when n is 0
	let day = from;
	for (let counted = 0; counted < n; ) {
		day = nextDay(day);
		if (isWorkingDay(calendar, day)) counted++;
	}
	return day;
}

/**
 * Working days taken from `from` to `to`: 0 if answered the same day or before the next working
 * day, 1 if on the next working day, etc. It counts the working days in (from, to], so it undoes
 * addWorkingDays; an answer dated before `from` took 0.
 */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
	parseDay(to); // the loop compares strings, which only works for well-formed days
	let count = 0;
	for (let day = nextDay(from); day <= to; day = nextDay(day)) {
		if (isWorkingDay(calendar, day)) count++;
	}
	return count;
}

/**
 * Years the clock counted in without their official calendar file, between `from` (exclusive, as
 * the clock never looks at the day a count starts on) and `to` (inclusive), in order. In those years
 * isWorkingDay falls back to plain Monday to Friday, so a deadline or a time taken that runs into one
 * may be off by that year's holidays and make-up days: whoever shows it must say so.
 */
export function assumedYears(calendar: WorkCalendar, from: string, to: string): number[] {
	const first = new Date(parseDay(nextDay(from))).getUTCFullYear();
	const last = new Date(parseDay(to)).getUTCFullYear();
	const years: number[] = [];
	if (to <= from) return years;
	for (let year = first; year <= last; year++) if (!calendar.years.has(year)) years.push(year);
	return years;
}
