// The nightly clean-up on every runtime: the Node server runs it on a timer at start and every night
// (functions/cli/start.ts, then rewrites the file), the worker on its cron trigger
// (functions/edge/worker.ts), `npm run start:edge` once at start. No VACUUM here: D1 refuses it.
import type { Survey } from './domain/survey.ts';
import type { Db } from './db/client.ts';
import { purgeRateCounts } from './db/queries/rate-limits.ts';
import { purgeAttempts } from './db/queries/staff.ts';
import { purgeExpired } from './surveys/retention.ts';

/** Deletes what the privacy page promises to delete, and the counters nobody needs any more. */
export async function nightlyPurge(db: Db, surveys: Map<string, Survey>, now: Date): Promise<void> {
	await purgeExpired(db, surveys, now);
	await purgeAttempts(db, now.getTime());
	await purgeRateCounts(db, now.getTime());
}
