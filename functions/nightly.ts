// The nightly clean-up on every runtime: the Node server runs it on a timer at start and every night
// (functions/cli/start.ts, then rewrites the file), the worker on its cron trigger
// (functions/edge/worker.ts), `npm run start:edge` once at start. No VACUUM here: D1 refuses it.
import type { SchoolEvent } from './domain/event.ts';
import type { School } from './domain/school.ts';
import type { Survey } from './domain/survey.ts';
import type { Db } from './db/client.ts';
import { purgeRateCounts } from './db/queries/rate-limits.ts';
import { purgeAttempts } from './db/queries/staff.ts';
import { reduceExpiredSignups } from './events/retention.ts';
import { purgeExpired } from './surveys/retention.ts';

/** What the clean-up needs of content/: retention follows the surveys, the events and school.yaml. */
export interface NightlyContent {
	surveys: Map<string, Survey>;
	events: ReadonlyMap<string, SchoolEvent>;
	school: School;
}

/** Deletes what the privacy page promises to delete, and the counters nobody needs any more. */
export async function nightlyPurge(db: Db, content: NightlyContent, now: Date): Promise<void> {
	await purgeExpired(db, content.surveys, now);
	await reduceExpiredSignups(db, content.events, content.school.signups.keepDays, now);
	await purgeAttempts(db, now.getTime());
	await purgeRateCounts(db, now.getTime());
}
