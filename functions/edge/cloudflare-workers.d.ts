// The one part of workerd's `cloudflare:workers` module the hub uses. @cloudflare/workers-types
// declares it only in its global flavour, whose Request and Response would clash with the DOM's
// that the rest of the project type-checks against.
declare module 'cloudflare:workers' {
	/** The worker's bindings (functions/edge/hub.ts EdgeEnv), the same object `fetch` is given. */
	export const env: unknown;
}
