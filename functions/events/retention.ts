// Sign-ups hold names and phone numbers: some days after an event (school.yaml signups.keepDays) they
// are reduced to counts per slot and class, which is all attendance rates and volunteer hours need.
// Runs with the nightly clean-up (functions/nightly.ts).
import { max } from 'drizzle-orm';
import { lastDay, type SchoolEvent } from '../domain/event.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { Db } from '../db/client.ts';
import { reduceToCounts } from '../db/queries/signups.ts';
import { signupsTable } from '../db/schema/index.ts';

/**
 * Reduces every event whose last day is more than `keepDays` before today (Beijing). An event no longer
 * in content/events/ has no last day to go by: its rows go once the newest of them (a sign-up, or a
 * walk-in added on the day) is that old. Nobody can open such an event's list any more, so this errs on
 * the side of deleting names early rather than keeping them. Returns the events reduced.
 */
export async function reduceExpiredSignups(db: Db, events: ReadonlyMap<string, SchoolEvent>, keepDays: number, now: Date): Promise<string[]> {
	const cutoff = shanghaiDay(new Date(now.getTime() - keepDays * 86_400_000));
	const t = signupsTable;
	const live = await db.select({ eventId: t.eventId, newest: max(t.day) }).from(t).groupBy(t.eventId).all();
	const expired = live
		.filter(({ eventId, newest }) => {
			const event = events.get(eventId);
			return (event ? lastDay(event) : newest!) < cutoff;
		})
		.map(({ eventId }) => eventId);
	for (const eventId of expired) await reduceToCounts(db, eventId);
	return expired;
}
