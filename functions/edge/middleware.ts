// Hands the Workers hub to Astro's routes as `Astro.locals.hub`, as the Node server does with each
// request. Added before the site's own middleware by the hubLocals integration (functions/cli/runtime.ts).
import { env } from 'cloudflare:workers';
import type { MiddlewareHandler } from 'astro';
import { firstAdminFromSecret, isSignIn } from './first-admin.ts';
import { edgeHub, type EdgeEnv } from './hub.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
	// Prerendering runs in workerd at build time, without the D1 database or the secret; prerendered
	// pages read no hub (src/env.d.ts), so they get none.
	if (context.isPrerendered) return next();
	const bindings = env as unknown as EdgeEnv;
	const hub = edgeHub(bindings);
	context.locals.hub = hub;
	if (bindings.ADMIN_PASSWORD && isSignIn(context.request, context.url)) await firstAdminFromSecret(hub.db, bindings.ADMIN_PASSWORD);
	return next();
};
