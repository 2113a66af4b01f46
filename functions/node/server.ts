import http from 'node:http';
import compression from 'compression';
import sirv from 'sirv';
import { securityHeaders, strictTransportSecurity } from '../http/security-headers.ts';
import { surveyLane, type AstroHandler, type Compress, type SurveyLaneOptions } from './survey-lane.ts';

/**
 * How the server knows a request reached the hub over https: 'site' when SITE_URL is https (then
 * every request did, through whatever terminates TLS); 'forwarded' when only a trusted proxy's
 * X-Forwarded-Proto can say so; 'never' on plain http.
 */
export type HttpsRule = 'site' | 'forwarded' | 'never';

function reachedOverHttps(req: http.IncomingMessage, rule: HttpsRule): boolean {
	const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]!.trim();
	return rule === 'site' || (rule === 'forwarded' && forwarded === 'https');
}

/**
 * The embedded target's HTTP server: the built files (prerendered pages, scripts, styles, search
 * index) and Astro's handler for on-demand routes, all behind the security headers. sirv lists the
 * built files once at start-up, so an on-demand request goes to Astro without a failed file lookup,
 * and sends the Brotli or gzip copies the build made. Pages rendered on demand are compressed as
 * they are sent, at a fast setting. Survey form pages and their posts take a lane of their own.
 */
export function createHubServer(astroHandler: AstroHandler, clientDir: string, surveys: SurveyLaneOptions, https: HttpsRule): http.Server {
	const files = sirv(clientDir, {
		etag: true,
		brotli: true,
		gzip: true,
		setHeaders: (res, pathname) => {
			// Astro names these by content hash: a new build makes new names.
			if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			// Every page asks for the icon under the same name; a week old is fine for a logo.
			else if (pathname === '/favicon.svg') res.setHeader('Cache-Control', 'public, max-age=604800');
			// sirv names it text/calendar without a charset, and some phone calendars then garble Chinese.
			if (pathname.endsWith('.ics')) res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
		},
	});
	// compression works on plain Node requests; its types name Express's.
	const compress = compression() as unknown as Compress;
	const rendered = (req: http.IncomingMessage, res: http.ServerResponse) => compress(req, res, () => astroHandler(req, res, undefined, { hub: surveys.hub }));
	const lane = surveyLane(surveys, astroHandler, compress);
	return http.createServer((req, res) => {
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		if (reachedOverHttps(req, https)) res.setHeader('Strict-Transport-Security', strictTransportSecurity);
		try {
			decodeURI(req.url ?? '/');
		} catch {
			res.writeHead(400).end();
			return;
		}
		if (lane(req, res)) return;
		if (req.method === 'GET' || req.method === 'HEAD') files(req, res, () => rendered(req, res));
		else rendered(req, res);
	});
}
