// Hands the Workers hub to Astro's routes as `Astro.locals.hub`, as the Node server does with each
// request. Added before the site's own middleware by the hubLocals integration (functions/cli/runtime.ts).
import { env } from 'cloudflare:workers';
import type { MiddlewareHandler } from 'astro';
import { edgeHub, type EdgeEnv } from './hub.ts';

export const onRequest: MiddlewareHandler = (context, next) => {
	// Prerendering runs in workerd at build time, without the D1 database or the secret; prerendered
	// pages read no hub (src/env.d.ts), so they get none.
	if (!context.isPrerendered) context.locals.hub = edgeHub(env as unknown as EdgeEnv);
	return next();
};
