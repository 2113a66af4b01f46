import type { Db } from '../../functions/db/client.ts';
import { rateLimiter } from '../../functions/http/rate-limit.ts';
import type { SuggestionDeps } from '../../functions/suggestions/submit.ts';
import { loadCalendar, loadSchool } from '../../functions/node/content-files.ts';

/** Monday 23 November 2026, 10:00 in Beijing. */
export const monday = () => new Date('2026-11-23T02:00:00Z');

export function suggestionDeps(db: Db, overrides: Partial<SuggestionDeps> = {}): SuggestionDeps {
	return {
		db,
		now: monday,
		secret: 'test-secret',
		// The school's real working-day calendar and reply days, from content/.
		calendar: loadCalendar('content'),
		replyDays: loadSchool('content').promises.replyDays,
		submissions: rateLimiter({ perClient: 1000, total: 100_000, windowMs: 3_600_000 }),
		lookups: rateLimiter({ perClient: 1000, total: 100_000, windowMs: 600_000 }),
		...overrides,
	};
}

export function post(fields: Record<string, string>): Request {
	return new Request('http://hub.test/suggestions/', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields).toString(),
	});
}
