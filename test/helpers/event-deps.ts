import type { Db } from '../../functions/db/client.ts';
import type { EventDeps } from '../../functions/events/signup.ts';
import { rateLimiter } from '../../functions/http/rate-limit.ts';
import { loadContent } from '../../functions/node/content-files.ts';

/** Wednesday 2 December 2026, 10:00 in Beijing: the demo events are open for sign-up. */
export const signupDay = () => new Date('2026-12-02T02:00:00Z');

export function eventDeps(db: Db, overrides: Partial<EventDeps> = {}): EventDeps {
	const content = loadContent('content');
	return {
		db,
		now: signupDay,
		secret: 'test-secret',
		school: content.school,
		events: content.events,
		submissions: rateLimiter({ perClient: 100_000, total: 100_000, windowMs: 600_000 }),
		lookups: rateLimiter({ perClient: 100_000, total: 100_000, windowMs: 600_000 }),
		...overrides,
	};
}

export function form(fields: Record<string, string>): Request {
	return new Request('http://hub.test/events/x/', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields).toString(),
	});
}
