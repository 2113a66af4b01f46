// The dependencies of request code, built once per runtime by its composition root
// (functions/node/hub.ts for the Node server, functions/edge/hub.ts for Cloudflare Workers) and handed
// to Astro's routes as `Astro.locals.hub`. Nothing here knows which runtime it runs on.
import type { Db } from './db/client.ts';
import type { EventDeps } from './events/signup.ts';
import { clientAddress } from './http/client-address.ts';
import { limitRules, type LimitRule, type RateLimiter } from './http/rate-limit.ts';
import type { StaffDeps } from './staff/auth.ts';
import { surveyTargets, type SchoolContent } from './surveys/definitions.ts';
import type { SuggestionDeps } from './suggestions/submit.ts';
import type { SurveyDeps, SurveyTarget } from './surveys/submit.ts';

export interface Hub {
	db: Db;
	now: () => Date;
	content: SchoolContent;
	/** Every survey as the submission handler knows it, by id. */
	targets: ReadonlyMap<string, SurveyTarget>;
	surveys: SurveyDeps;
	suggestions: SuggestionDeps;
	events: EventDeps;
	staff: StaffDeps;
	/** Who is asking, for rate limits and sign-in throttling only (hashed, never stored). */
	clientOf(request: Request, socketAddress: string): string;
}

/** What differs between runtimes; everything else of the hub follows from it. */
export interface HubParts {
	db: Db;
	content: SchoolContent;
	/** Keys receipt and manage codes and their hashes (functions/domain/receipts.ts). */
	secret: string;
	/** Keys sign-in attempt counts per source (functions/staff/auth.ts). */
	sourceSalt: string;
	/** Where rate limits count: in memory on Node, in the database on Workers. */
	limiter(name: keyof typeof limitRules, rule: LimitRule): RateLimiter;
	/** Stored survey responses per source and 10 minutes; 0 turns the limit off. */
	surveyLimit: number;
	store?: SurveyDeps['store'];
	/** The hub is reached over https: session cookies are marked Secure. */
	secureCookies: boolean;
	/** Behind a trusted reverse proxy, X-Forwarded-For names the client. */
	trustProxy: boolean;
	afterSignIn?: StaffDeps['afterSignIn'];
	now?: () => Date;
}

/**
 * The hub's clock. GONGYU_NOW (an ISO instant) starts it at that moment and lets it run, for a demo or
 * a test suite that must see the demo content's sign-up windows open whatever today is; otherwise the
 * real time.
 */
export function clockFrom(start: string | undefined): () => Date {
	if (!start) return () => new Date();
	const at = Date.parse(start);
	if (Number.isNaN(at)) throw new Error(`GONGYU_NOW must be an ISO date and time such as 2026-12-02T10:00:00+08:00 (got ${start})`);
	const offset = at - Date.now();
	return () => new Date(Date.now() + offset);
}

export function assembleHub(parts: HubParts): Hub {
	const { db, content, secret, limiter } = parts;
	const now = parts.now ?? (() => new Date());
	const surveyLimit = parts.surveyLimit > 0 ? limiter('surveys', limitRules.surveys(parts.surveyLimit)) : undefined;
	return {
		db,
		now,
		content,
		targets: surveyTargets(content.surveys, content.school),
		surveys: { db, now, ...(parts.store ? { store: parts.store } : {}), ...(surveyLimit ? { submissions: surveyLimit } : {}) },
		suggestions: {
			db,
			now,
			secret,
			calendar: content.calendar,
			replyDays: content.school.promises.replyDays,
			submissions: limiter('suggestions', limitRules.suggestions),
			lookups: limiter('lookups', limitRules.lookups),
		},
		events: {
			db,
			now,
			secret,
			school: content.school,
			events: content.events,
			submissions: limiter('signups', limitRules.signups),
			lookups: limiter('signupLookups', limitRules.signupLookups),
		},
		staff: { db, now, secureCookies: parts.secureCookies, sourceSalt: parts.sourceSalt, afterSignIn: parts.afterSignIn },
		clientOf: (request, socketAddress) => clientAddress(request.headers.get('x-forwarded-for'), parts.trustProxy, socketAddress),
	};
}
