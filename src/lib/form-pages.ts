// A survey's form page is the same for every parent but its idempotency key, and rendering it was
// most of a submission's server time. So each survey's page is rendered once per state (upcoming,
// open, closed) in each server process, and every parent gets a copy with a fresh key of their own.
import type { APIContext, MiddlewareNext } from 'astro';
import { randomToken } from '../../functions/domain/codes.ts';
import { surveyState } from '../../functions/domain/survey-window.ts';
import { surveyTarget } from './surveys.ts';

const formPath = /^\/surveys\/([a-z0-9-]+)\/?$/;
/** Rendered in place of the key; a key itself, so the page renders exactly as it would for a parent. */
const placeholder = randomToken();
const pages = new Map<string, { html: string; headers: Headers }>();

/** Whether this request is for a form page that can be served from a rendered copy. */
export const isFormPageRequest = (request: Request, url: URL) =>
	request.method === 'GET' && url.search === '' && formPath.test(url.pathname);

export async function formPage(context: APIContext, next: MiddlewareNext): Promise<Response> {
	const target = await surveyTarget(formPath.exec(context.url.pathname)![1]!);
	if (!target) return next();
	const cacheKey = `${target.id} ${surveyState(target.survey, new Date())}`;
	let page = pages.get(cacheKey);
	if (!page) {
		context.locals.formKey = placeholder;
		const response = await next();
		if (response.status !== 200) return response;
		page = { html: await response.text(), headers: response.headers };
		pages.set(cacheKey, page);
	}
	return new Response(page.html.replaceAll(placeholder, randomToken()), { headers: page.headers });
}
