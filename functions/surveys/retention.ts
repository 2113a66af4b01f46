// Deletes what the privacy page promises to delete. Runs when the hub starts and once a day.
import { inArray, lt } from 'drizzle-orm';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { Survey } from '../domain/survey.ts';
import { affectedRows, perStatement, type Db } from '../db/client.ts';
import { purgeSessions } from '../db/queries/staff.ts';
import { purgeSuggestionKeys } from '../db/queries/suggestions.ts';
import { rebuildTotals } from '../db/queries/totals.ts';
import { namedResponsesTable, responsesTable, submissionKeysTable } from '../db/schema/index.ts';

/** Idempotency keys only need to outlive a parent's retries. */
const keyDays = 3;
/** Anonymous answers are kept three years, for comparing terms and years. */
const answerYears = 3;

export async function purgeExpired(db: Db, surveys: Map<string, Survey>, now: Date): Promise<void> {
	const daysAgo = (days: number) => shanghaiDay(new Date(now.getTime() - days * 86_400_000));
	await db.delete(submissionKeysTable).where(lt(submissionKeysTable.day, daysAgo(keyDays)));
	await purgeSuggestionKeys(db, daysAgo(keyDays));
	await purgeSessions(db, now.getTime());
	let deleted = affectedRows(await db.delete(responsesTable).where(lt(responsesTable.day, daysAgo(answerYears * 365 + 1))));
	const today = shanghaiDay(now);
	const expired = [...surveys]
		.filter(([, s]) => s.keepUntil && s.keepUntil.toISOString().slice(0, 10) < today)
		.map(([id]) => id);
	for (const ids of perStatement(expired, 1)) {
		deleted += affectedRows(await db.delete(responsesTable).where(inArray(responsesTable.surveyId, ids)));
		// A named form's names and phone numbers go on the day its data note promises.
		await db.delete(namedResponsesTable).where(inArray(namedResponsesTable.surveyId, ids));
	}
	if (deleted > 0) await rebuildTotals(db, surveys);
}

