// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { oneStylesheet } from './functions/cli/one-stylesheet.ts';
import { quietDebuglog } from './functions/cli/quiet-debuglog.ts';
import { hubLocals, targetOf } from './functions/cli/runtime.ts';

// The public address of the hub; absolute URLs in feeds, the sitemap and WeChat link cards use it.
// Without SITE_URL, prerendered files point at this default (npm start warns); pages rendered on
// demand use the address they were asked at instead (src/lib/public-url.ts).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const publicUrl = new URL(site);
// node: the embedded server (`npm start`); edge: Cloudflare Workers with D1 (`npm run build:edge`).
const target = targetOf(process.env.GONGYU_TARGET);

export default defineConfig({
	site,
	// Keeps the top level to the folders the design card fixes.
	publicDir: './src/public',
	trailingSlash: 'ignore',
	// Read at build time, like `site` (the build stamp covers SITE_URL): whether the school gave one.
	env: { schema: { SITE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }) } },
	// Behind a reverse proxy that terminates HTTPS (GONGYU_TRUST_PROXY=1), Astro learns the public
	// address from X-Forwarded-Proto and X-Forwarded-Host, trusted only when they name SITE_URL. Without
	// it, it sees http://… and refuses every form a parent posts from https://… as cross-site.
	security:
		process.env.GONGYU_TRUST_PROXY === '1'
			? { allowedDomains: [{ protocol: publicUrl.protocol.slice(0, -1), hostname: publicUrl.hostname, ...(publicUrl.port ? { port: publicUrl.port } : {}) }] }
			: {},
	// Node: functions/node/server.ts serves the built files and calls Astro for everything else.
	// Workers: functions/edge/worker.ts (wrangler.jsonc `main`). Images are served as built (the one
	// image is the share card), so the worker needs no Cloudflare Images binding.
	adapter: target === 'edge' ? (await import('@astrojs/cloudflare')).default({ imageService: 'passthrough' }) : node({ mode: 'middleware' }),
	// Staff sign-in keeps its own sessions in the database (functions/staff/auth.ts); Astro's would
	// need a store of their own (a KV namespace on Workers) and nothing uses them.
	session: false,
	integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/admin/') }), oneStylesheet(), hubLocals(target)],
	build: {
		// Every script and stylesheet is a file of our own origin, so the CSP needs no 'unsafe-inline'.
		inlineStylesheets: 'never',
	},
	vite: {
		// The worker's exports would flood its log (functions/cli/quiet-debuglog.ts).
		plugins: target === 'edge' ? [quietDebuglog()] : [],
		build: {
			assetsInlineLimit: 0,
			// One stylesheet for the whole site (about 4 KB compressed), cached for a year: a page then
			// waits for one request before it can render, not one per component (four on the home page).
			// oneStylesheet() joins the two that Astro's two builds make.
			cssCodeSplit: false,
			rolldownOptions: {
				// Astro marks every MDX module with a directive rolldown warns about, harmlessly, once
				// per file (withastro/astro#18087); the flood would hide real warnings.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	devToolbar: { enabled: false },
});
