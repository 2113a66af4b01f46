// Where a page's absolute links point (canonical, og:url, link-card images). SITE_URL when the school
// set it. Otherwise a page rendered on demand uses the address it was asked at, so a hub on another
// port or host still links to itself; a prerendered page is built before anyone asks and keeps
// astro.config.mjs's default, which `npm start` warns about (functions/cli/site-url-notice.ts).
import { SITE_URL } from 'astro:env/server';

export function publicOrigin(page: { site: URL | undefined; url: URL; isPrerendered: boolean }): URL {
	return SITE_URL || page.isPrerendered ? page.site! : new URL(page.url.origin);
}
