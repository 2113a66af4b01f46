import http from 'node:http';
import sirv from 'sirv';
import { securityHeaders } from '../http/security-headers.ts';

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * The embedded target's HTTP server: the built files (prerendered pages, scripts, styles, search
 * index) and Astro's handler for on-demand routes, all behind the security headers. sirv lists the
 * built files once at start-up, so an on-demand request goes to Astro without a failed file lookup.
 */
export function createHubServer(astroHandler: NodeHandler, clientDir: string): http.Server {
	const files = sirv(clientDir, {
		etag: true,
		setHeaders: (res, pathname) => {
			// Astro names these by content hash: a new build makes new names.
			if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		},
	});
	return http.createServer((req, res) => {
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		try {
			decodeURI(req.url ?? '/');
		} catch {
			res.writeHead(400).end();
			return;
		}
		if (req.method === 'GET' || req.method === 'HEAD') files(req, res, () => astroHandler(req, res));
		else astroHandler(req, res);
	});
}
