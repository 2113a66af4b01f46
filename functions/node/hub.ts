// The Node server's composition root: one hub per process, from the environment and the files on disk.
// A worker of `npm start` builds it once and hands it to its survey lane and to Astro alike.
import { defaultDatabaseUrl, openDatabase } from './database.ts';
import { rateLimiter } from '../http/rate-limit.ts';
import { assembleHub, clockFrom, type Hub } from '../hub.ts';
import { firstAdmin } from '../staff/accounts.ts';
import type { SurveyDeps } from '../surveys/submit.ts';
import { contentDir } from '../cli/paths.ts';
import { forgetAdminPassword } from './admin-password.ts';
import { dataFolder } from './data-folder.ts';
import { loadContent } from './content-files.ts';
import { loadSecret, sourceSalt } from './secret.ts';

export interface NodeHub {
	hub: Hub;
	close(): void;
}

export async function nodeHub(store?: SurveyDeps['store']): Promise<NodeHub> {
	const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;
	const { db, close } = await openDatabase(databaseUrl);
	const hub = assembleHub({
		db,
		content: loadContent(contentDir),
		secret: loadSecret(databaseUrl),
		sourceSalt: sourceSalt(),
		// Each worker counts on its own, in memory: nothing about who asked ever reaches the disk.
		limiter: (_name, rule) => rateLimiter(rule),
		surveyLimit: Number(process.env.GONGYU_SURVEY_LIMIT ?? 60),
		...(store ? { store } : {}),
		secureCookies: (process.env.SITE_URL ?? '').startsWith('https:'),
		trustProxy: process.env.GONGYU_TRUST_PROXY === '1',
		now: clockFrom(process.env.GONGYU_NOW),
		// The first admin password's file has served its purpose once the admin is in.
		afterSignIn: (username) => {
			if (username === firstAdmin) forgetAdminPassword(dataFolder(databaseUrl));
		},
	});
	return { hub, close };
}
