// Dependencies of on-demand routes, built once per server process.
import { openDatabase, type OpenDatabase } from '../../functions/db/client.ts';
import type { SurveyDeps } from '../../functions/surveys/submit.ts';

let database: Promise<OpenDatabase> | undefined;

export async function surveyDeps(): Promise<SurveyDeps> {
	database ??= openDatabase();
	return { db: (await database).db, now: () => new Date() };
}
