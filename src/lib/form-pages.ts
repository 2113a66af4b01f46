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
const pages = new Map<string, { parts: Uint8Array[]; headers: Headers }>();
const encoder = new TextEncoder();

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
		// Kept as bytes around the key, so a copy is a few memory copies, not a re-encoded string.
		page = { parts: (await response.text()).split(placeholder).map((part) => encoder.encode(part)), headers: response.headers };
		pages.set(cacheKey, page);
	}
	return new Response(withKey(page.parts, encoder.encode(randomToken())), { headers: page.headers });
}

function withKey(parts: Uint8Array[], key: Uint8Array): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, key.length * (parts.length - 1)));
	let at = 0;
	for (const [i, part] of parts.entries()) {
		if (i > 0) {
			bytes.set(key, at);
			at += key.length;
		}
		bytes.set(part, at);
		at += part.length;
	}
	return bytes;
}
