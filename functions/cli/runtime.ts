// How Astro's routes get their hub (Astro.locals.hub) on each runtime. The target is chosen by
// configuration (GONGYU_TARGET=edge for Cloudflare Workers), never by code edits.
import type { AstroIntegration } from 'astro';

export type Target = 'node' | 'edge';

export const targetOf = (value: string | undefined): Target => (value === 'edge' ? 'edge' : 'node');

/**
 * Node: `npm start` builds the hub once per worker (functions/node/hub.ts) and hands it to Astro's
 * handler with each request (functions/node/server.ts); under `astro dev` this integration does the
 * same through the dev server's request locals, so the bundle never opens a database of its own.
 * Workers: a middleware compiled into the worker builds it from the bindings (functions/edge/).
 */
export function hubLocals(target: Target): AstroIntegration {
	return {
		name: 'gongyu:hub-locals',
		hooks: {
			'astro:config:setup'({ addMiddleware }) {
				if (target === 'edge') addMiddleware({ entrypoint: new URL('../edge/middleware.ts', import.meta.url), order: 'pre' });
			},
			'astro:server:setup'({ server }) {
				if (target !== 'node') return;
				let hub: ReturnType<typeof import('../node/hub.ts').nodeHub> | undefined;
				server.middlewares.use((req, _res, next) => {
					hub ??= import('../node/hub.ts').then(({ nodeHub }) => nodeHub());
					hub.then(({ hub }) => {
						Reflect.set(req, Symbol.for('astro.locals'), { hub });
						next();
					}, next);
				});
			},
		},
	};
}
