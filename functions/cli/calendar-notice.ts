// The working-day clock quietly counts plain Monday to Friday in a year content/calendar/ has no
// file for. `npm start` and `npm run build` say so ahead of time, while there is time to add it.
import { calendarMessages } from '../domain/messages.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { assumedYears, nextDay } from '../domain/working-days.ts';
import { loadCalendar } from '../node/content-files.ts';

/**
 * How far ahead the notice looks. A hub runs for weeks between restarts and a reply can fall due
 * two weeks after a suggestion arrives, so six weeks covers what it will count before the next
 * start; for next year that is from about 20 November, after the State Council's notice (usually
 * published in early November).
 */
export const lookaheadDays = 42;

/** One line per year from today to `lookaheadDays` on that has no calendar file; none when all do. */
export function calendarNotice(contentDir: string, now: Date): string[] {
	const today = shanghaiDay(now);
	// assumedYears leaves out its first day; starting the day before includes today's year.
	return assumedYears(loadCalendar(contentDir), nextDay(today, -1), nextDay(today, lookaheadDays)).map(calendarMessages.missingYear);
}
