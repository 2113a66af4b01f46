// The clean-up the Node server runs every night (functions/cli/start.ts), for the edge: the worker's
// cron trigger runs it (functions/edge/worker.ts), and `npm run start:edge` once at start, as `npm
// start` does. No VACUUM: D1 refuses it, and Cloudflare, not the school, holds the file.
import type { Survey } from '../domain/survey.ts';
import type { Db } from '../db/client.ts';
import { purgeRateCounts } from '../db/queries/rate-limits.ts';
import { purgeAttempts } from '../db/queries/staff.ts';
import { purgeExpired } from '../surveys/retention.ts';

/** Deletes what the privacy page promises to delete, and the counters nobody needs any more. */
export async function nightlyPurge(db: Db, surveys: Map<string, Survey>, now: Date): Promise<void> {
	await purgeExpired(db, surveys, now);
	await purgeAttempts(db, now.getTime());
	await purgeRateCounts(db, now.getTime());
}
