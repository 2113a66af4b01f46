import type { APIRoute } from 'astro';

// Search engines may read the public site; the staff area is for staff, and its sign-in page has
// nothing to find. The sitemap is named by its full address, as robots.txt requires.
export const GET: APIRoute = ({ site }) =>
	new Response(['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${new URL('/sitemap-index.xml', site)}`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
