import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** The first link on `page` to a path under `prefix`, e.g. a resource linked from /resources/. */
export async function firstLink(page: string, prefix: string, exclude = /$^/): Promise<string> {
	const html = await (await fetch(baseUrl() + page)).text();
	const pattern = new RegExp(`href="(${prefix.replace(/\//g, '\\/')}[a-z0-9-]+/)"`, 'g');
	const path = [...html.matchAll(pattern)].map((m) => m[1]!).find((p) => !exclude.test(p));
	if (!path) throw new Error(`no link to ${prefix}… on ${page}`);
	return path;
}

/** One URL of every kind of HTML page the site has. */
export async function pageTypes(): Promise<Record<string, string>> {
	return {
		home: '/',
		resources: '/resources/',
		resource: await firstLink('/resources/', '/resources/', /\/(topic|grade)\//),
		topic: await firstLink('/resources/', '/resources/topic/'),
		grade: await firstLink('/resources/', '/resources/grade/'),
		lectures: '/lectures/',
		lecture: await firstLink('/lectures/', '/lectures/'),
		policies: '/policies/',
		policy: await firstLink('/policies/', '/policies/'),
		search: '/search/',
	};
}
