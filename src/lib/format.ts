import { toShanghaiParts, pad } from '../../functions/domain/shanghai-time.ts';
import { dates } from '../strings.ts';

/** 2026年11月23日 — content dates are calendar days, stored as UTC midnight. */
export function formatDay(date: Date): string {
	return dates.day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 2026年12月5日（周六）19:00—20:30, in Beijing time; the times never break apart. */
export function formatTimeRange(start: Date, end: Date): string {
	const s = toShanghaiParts(start);
	const e = toShanghaiParts(end);
	const day = `${dates.day(s.year, s.month, s.day)}（${dates.weekdays[s.weekday]}）`;
	const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
	const endText = sameDay ? clock(e) : `${dates.day(e.year, e.month, e.day)} ${clock(e)}`;
	// Word joiners keep "19:00—20:30" on one line: at 360 px it broke as "19:00 / —20:30".
	return `${day}${clock(s)}\u2060—\u2060${endText}`;
}

function clock(p: { hour: number; minute: number }): string {
	return `${p.hour}:${pad(p.minute)}`;
}

/** Machine-readable value for <time datetime>. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** 2026年12月29日, from a Beijing calendar day ("2026-12-29"). */
export const formatCalendarDay = (day: string): string => formatDay(new Date(`${day}T00:00:00Z`));
