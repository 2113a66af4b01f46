import { rateLimiter, type RateLimiter } from '../http/rate-limit.ts';

/**
 * Stored survey responses per source and 10 minutes, per server worker: GONGYU_SURVEY_LIMIT (default
 * 60; 0 turns it off). High enough for a parent meeting on the school's Wi-Fi, where a whole class
 * shares one address; low enough that nobody fills a class with made-up answers in a few minutes.
 */
export function surveyLimiter(): RateLimiter | undefined {
	const perClient = Number(process.env.GONGYU_SURVEY_LIMIT ?? 60);
	return perClient > 0 ? rateLimiter({ perClient, total: Number.POSITIVE_INFINITY, windowMs: 10 * 60 * 1000 }) : undefined;
}
