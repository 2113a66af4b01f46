import http from 'node:http';
import { securityHeaders } from '../http/security-headers.ts';

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * The embedded target's HTTP server: Astro's standalone handler (static files and on-demand
 * routes) behind the security headers, so prerendered files get them too.
 */
export function createHubServer(handler: NodeHandler): http.Server {
	return http.createServer((req, res) => {
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		handler(req, res);
	});
}
