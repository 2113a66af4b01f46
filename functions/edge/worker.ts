// The worker's entry (wrangler.jsonc `main`): Astro's Cloudflare handler for every request, with the
// hub's security headers added to whatever it answers (pages rendered on demand, prerendered pages
// and static files alike: `assets.run_worker_first` sends every request through here), and the
// nightly clean-up the Node server runs on a timer, here on a cron trigger.
import { handle } from '@astrojs/cloudflare/handler';
import type { ExecutionContext, ScheduledController } from '@cloudflare/workers-types';
import { securityHeaders, strictTransportSecurity } from '../http/security-headers.ts';
import { edgeHub, type EdgeEnv } from './hub.ts';
import { nightlyPurge } from '../nightly.ts';

/**
 * The same headers as the Node server sends (functions/node/server.ts), HSTS only over https.
 * Responses from the assets binding have immutable headers, so those are copied first.
 */
export function withSecurityHeaders(response: Response, https: boolean): Response {
	const headers = { ...securityHeaders, ...(https ? { 'Strict-Transport-Security': strictTransportSecurity } : {}) };
	let out = response;
	try {
		for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
	} catch {
		out = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
	}
	return out;
}

export default {
	async fetch(request: Request, env: EdgeEnv, context: ExecutionContext): Promise<Response> {
		const response = (await handle(request as never, env as never, context as never)) as unknown as Response;
		return withSecurityHeaders(response, new URL(request.url).protocol === 'https:');
	},
	// The run lasts as long as the returned promise; a failure shows in the cron's log and past events.
	async scheduled(controller: ScheduledController, env: EdgeEnv): Promise<void> {
		const { db, content } = edgeHub(env);
		await nightlyPurge(db, { ...content, surveys: new Map(content.surveys) }, new Date(controller.scheduledTime));
	},
};
