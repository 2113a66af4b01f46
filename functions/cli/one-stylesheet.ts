import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * One stylesheet for every page. With `cssCodeSplit: false` Vite puts a build's CSS in one
 * style.css, but Astro builds prerendered and on-demand pages as two builds (Vite environments) and
 * links both files from every page. This takes the first build's style.css out of its output and
 * writes it, followed by the second's, as the second build's style.css, the one every page links.
 */
export function oneStylesheet(): AstroIntegration {
	let first: string | undefined;
	let merged = false;
	const plugin: Plugin = {
		name: 'gongyu:one-stylesheet',
		// After Vite has written style.css, and (put first among these below) before Astro's own
		// post plugins link it into the pages.
		enforce: 'post',
		applyToEnvironment: (environment) => environment.name === 'prerender' || environment.name === 'ssr',
		generateBundle(_options, bundle) {
			const [fileName, asset] = Object.entries(bundle).find(([, file]) => file.type === 'asset' && file.names.includes('style.css')) ?? [];
			if (!fileName || asset?.type !== 'asset') return;
			delete bundle[fileName];
			if (first === undefined) {
				first = String(asset.source);
				return;
			}
			// Named by the merged content's hash, so a change to either half makes a new name.
			this.emitFile({ type: 'asset', name: 'style.css', source: first + String(asset.source) });
			merged = true;
		},
	};
	return {
		name: 'gongyu:one-stylesheet',
		hooks: {
			'astro:build:setup': ({ vite }) => {
				// One process may build several sites (benchmarks build sandboxes).
				first = undefined;
				merged = false;
				vite.plugins = [plugin, ...(vite.plugins ?? [])];
			},
			'astro:build:done': () => {
				// A site whose pages are all prerendered (or all on demand) makes one style.css only.
				if (first !== undefined && !merged) throw new Error('one-stylesheet: only one build wrote CSS; its style.css was left out');
			},
		},
	};
}
