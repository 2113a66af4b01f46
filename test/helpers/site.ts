// What the tests and benchmarks know about the running site: they discover pages as a visitor would.

/** The first link on `page` to a path under `prefix`, e.g. a resource linked from /resources/. */
export async function firstLink(base: string, page: string, prefix: string, exclude = /$^/): Promise<string> {
	const html = await (await fetch(base + page)).text();
	const pattern = new RegExp(`href="(${prefix.replace(/\//g, '\\/')}[a-z0-9-]+/)"`, 'g');
	const path = [...html.matchAll(pattern)].map((m) => m[1]!).find((p) => !exclude.test(p));
	if (!path) throw new Error(`no link to ${prefix}… on ${page}`);
	return path;
}

/** One URL of every kind of HTML page the site has. */
export async function pageTypes(base: string): Promise<Record<string, string>> {
	return {
		home: '/',
		resources: '/resources/',
		resource: await firstLink(base, '/resources/', '/resources/', /\/(topic|grade)\//),
		topic: await firstLink(base, '/resources/', '/resources/topic/'),
		grade: await firstLink(base, '/resources/', '/resources/grade/'),
		lectures: '/lectures/',
		lecture: await firstLink(base, '/lectures/', '/lectures/'),
		policies: '/policies/',
		policy: await firstLink(base, '/policies/', '/policies/'),
		search: '/search/',
	};
}
