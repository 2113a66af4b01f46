// Dependencies of on-demand routes, built once per server process.
import { clientAddress } from '../../functions/http/client-address.ts';
import cluster from 'node:cluster';
import { getCollection } from 'astro:content';
import { defaultDatabaseUrl, openDatabase, type OpenDatabase } from '../../functions/node/database.ts';
import { workCalendar } from '../../functions/domain/working-days.ts';
import { rateLimiter } from '../../functions/http/rate-limit.ts';
import { storeThroughPrimary } from '../../functions/node/primary-writer.ts';
import { forgetAdminPassword } from '../../functions/node/admin-password.ts';
import { loadSecret, sourceSalt } from '../../functions/node/secret.ts';
import { surveyLimiter } from '../../functions/node/survey-limit.ts';
import { getSchool } from './school.ts';
import { firstAdmin } from '../../functions/staff/accounts.ts';
import type { StaffDeps } from '../../functions/staff/auth.ts';
import type { SuggestionDeps } from '../../functions/suggestions/submit.ts';
import type { SurveyDeps } from '../../functions/surveys/submit.ts';

const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;
let database: Promise<OpenDatabase> | undefined;
const now = () => new Date();

async function db() {
	database ??= openDatabase(databaseUrl);
	return (await database).db;
}

const surveySubmissions = surveyLimiter();

export async function surveyDeps(): Promise<SurveyDeps> {
	// Under `npm start` the primary process writes the responses of all workers.
	return {
		db: await db(),
		now,
		...(cluster.isWorker ? { store: storeThroughPrimary } : {}),
		...(surveySubmissions ? { submissions: surveySubmissions } : {}),
	};
}

// A parent may file a few suggestions an hour; the whole school rarely more than a couple of hundred.
const submissions = rateLimiter({ perClient: 5, total: 200, windowMs: 60 * 60 * 1000 });
// Ten look-ups per ten minutes is plenty for a parent and hopeless for guessing 80-bit codes.
const lookups = rateLimiter({ perClient: 10, total: 2000, windowMs: 10 * 60 * 1000 });
let calendar: SuggestionDeps['calendar'] | undefined;
let replyDays: SuggestionDeps['replyDays'] | undefined;
let secret: string | undefined;

export async function suggestionDeps(): Promise<SuggestionDeps> {
	calendar ??= workCalendar((await getCollection('calendar')).map((entry) => entry.data));
	replyDays ??= (await getSchool()).promises.replyDays;
	secret ??= loadSecret(databaseUrl);
	return { db: await db(), now, secret, calendar, replyDays, submissions, lookups };
}

export async function staffDeps(site: URL | undefined): Promise<StaffDeps> {
	return { db: await db(), now, secureCookies: site?.protocol === 'https:', sourceSalt: sourceSalt(), afterSignIn };
}

/** The first admin password's file has served its purpose once the admin is in. */
function afterSignIn(username: string): void {
	if (username === firstAdmin) forgetAdminPassword(databaseUrl);
}

/**
 * Who is asking, for rate limits only (hashed with a rotating salt, never stored). Behind a reverse
 * proxy every request comes from the proxy; GONGYU_TRUST_PROXY=1 reads X-Forwarded-For instead.
 */
export function clientOf(request: Request, socketAddress: string): string {
	return clientAddress(request.headers.get('x-forwarded-for'), process.env.GONGYU_TRUST_PROXY === '1', socketAddress);
}
