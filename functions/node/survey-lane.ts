// When a class teacher posts a survey link to the class group, nearly every request the hub gets is
// a survey's form page or its POST. The embedded server answers those two here, without Astro's
// per-request machinery, which cost a worker more than the answer itself (a form page copy took
// 235 µs of CPU through Astro). The lane answers only what it is sure of: a copy of a form page Astro
// rendered, or a submission that was stored. Everything else (a first render, an unknown survey, a
// cross-site or oversized post, a validation error) goes on to Astro, which renders it as on every
// other runtime; a post goes on with the body already read, so Astro checks it again and shows the
// parent their answers and the messages.
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { randomToken } from '../domain/codes.ts';
import { surveyState } from '../domain/survey-window.ts';
import { clientAddress } from '../http/client-address.ts';
import { bodyType, decodeFormBody, maxBodyBytes } from '../http/form-body.ts';
import type { Hub } from '../hub.ts';
import { outcomeToJson, submitBody, thanksPath, type SurveyTarget } from '../surveys/submit.ts';

type Req = http.IncomingMessage & { body?: Buffer };
type Res = http.ServerResponse;
/**
 * Astro's Node handler; `locals` reach the page as Astro.locals (hub: the process's dependencies;
 * formKey: the key a form page carries).
 */
export type AstroHandler = (req: Req, res: Res, next: undefined, locals: { hub: Hub; formKey?: string }) => unknown;
/** A middleware that compresses what the handler it calls writes. */
export type Compress = (req: Req, res: Res, next: () => void) => void;

export interface SurveyLaneOptions {
	hub: Hub;
	/** Behind a trusted reverse proxy: the public origin (SITE_URL's) its X-Forwarded headers may name. */
	proxiedOrigin?: string | undefined;
}

/** A rendered form page, kept as bytes around its key, so a copy is a few memory copies. */
interface FormPage {
	parts: Buffer[];
	contentType: string;
}

const formPath = /^\/surveys\/([a-z0-9-]+)\/?$/;

/** Returns a handler that answers a request and says true, or says false and leaves it alone. */
export function surveyLane({ hub, proxiedOrigin }: SurveyLaneOptions, astro: AstroHandler, compress: Compress) {
	const deps = hub.surveys;
	// One copy per survey and state (upcoming, open, closed): the page changes only with the state.
	const pages = new Map<string, FormPage>();

	function sendForm(req: Req, res: Res, target: SurveyTarget): void {
		const cacheKey = `${target.id} ${surveyState(target.survey, deps.now())}`;
		const page = pages.get(cacheKey);
		if (page) {
			compress(req, res, () => {
				res.setHeader('content-type', page.contentType);
				// Each form carries its own idempotency key; a proxy must never hand one parent's page to another.
				res.setHeader('cache-control', 'private, no-store');
				res.end(withKey(page.parts, randomToken()));
			});
			return;
		}
		// Rendered for this parent with a key of their own, and kept with that key cut out.
		const key = randomToken();
		compress(req, res, () => {
			const chunks = tap(res);
			res.once('finish', () => {
				if (res.statusCode !== 200) return;
				const parts = Buffer.concat(chunks).toString().split(key).map((part) => Buffer.from(part));
				pages.set(cacheKey, { parts, contentType: String(res.getHeader('content-type')) });
			});
			astro(req, res, undefined, { hub, formKey: key });
		});
	}

	async function submit(req: Req, res: Res, target: SurveyTarget, type: 'json' | 'form'): Promise<void> {
		const bytes = await readBody(req, maxBodyBytes);
		if (bytes.length <= maxBodyBytes) {
			const client = clientAddress(req.headers['x-forwarded-for']?.toString(), proxiedOrigin !== undefined, req.socket.remoteAddress ?? '');
			const outcome = await submitBody(decodeFormBody(type, bytes), target, deps, client).catch(() => undefined);
			if (outcome?.ok && type === 'json') {
				const json = outcomeToJson(outcome);
				res.writeHead(json.status, { 'content-type': 'application/json' }).end(await json.text());
				return;
			}
			if (outcome?.ok) {
				res.writeHead(303, { location: thanksPath(target.id) }).end();
				return;
			}
		}
		req.body = bytes;
		compress(req, res, () => astro(req, res, undefined, { hub }));
	}

	return (req: Req, res: Res): boolean => {
		const [path, query] = (req.url ?? '').split('?', 2);
		const target = hub.targets.get(formPath.exec(path!)?.[1] ?? '');
		if (!target) return false;
		if (req.method === 'GET' && query === undefined) {
			sendForm(req, res, target);
			return true;
		}
		if (req.method !== 'POST') return false;
		const type = bodyType(req.headers['content-type']);
		// Astro's own checks: a form post only from this site's pages; no body over the limit.
		if (!type || (type === 'form' && req.headers.origin !== originOf(req, proxiedOrigin))) return false;
		if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return false;
		submit(req, res, target, type).catch(() => res.destroy());
		return true;
	};
}

/** The origin of the page that posted, if it was ours: behind a trusted proxy, the public one it names. */
function originOf(req: Req, proxiedOrigin: string | undefined): string {
	const first = (name: string) => String(req.headers[name] ?? '').split(',')[0]!.trim();
	if (proxiedOrigin && `${first('x-forwarded-proto')}://${first('x-forwarded-host')}` === proxiedOrigin) return proxiedOrigin;
	return `${(req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${req.headers.host}`;
}

/** The body, or its first bytes past `limit` (then the rest is left unread). */
function readBody(req: Req, limit: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			chunks.push(chunk);
			size += chunk.length;
			if (size > limit) done();
		};
		const done = () => {
			req.off('data', onData).off('end', done).off('error', reject);
			resolve(Buffer.concat(chunks));
		};
		req.on('data', onData).on('end', done).on('error', reject);
	});
}

/** What is written to `res` from now on (before compression), collected as it goes. */
function tap(res: Res): Buffer[] {
	const chunks: Buffer[] = [];
	const collect = (chunk: unknown) => {
		if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
	};
	const { write, end } = res;
	res.write = function (this: Res, chunk: unknown, ...rest: unknown[]) {
		collect(chunk);
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as Res['write'];
	res.end = function (this: Res, chunk?: unknown, ...rest: unknown[]) {
		collect(chunk);
		return (end as (...args: unknown[]) => Res).call(this, chunk, ...rest);
	} as Res['end'];
	return chunks;
}

function withKey(parts: Buffer[], key: string): Buffer {
	const keyBytes = Buffer.from(key);
	return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [keyBytes, part])));
}
