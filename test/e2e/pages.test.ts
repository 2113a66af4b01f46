import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, phonePage } from '../helpers/browser.ts';
import { baseUrl } from '../helpers/hub-server.ts';
import { pageTypes } from '../helpers/site.ts';

let browser: Browser;
let pages: Record<string, string>;

beforeAll(async () => {
	browser = await launchBrowser();
	pages = await pageTypes(baseUrl());
});
afterAll(() => browser?.close());

const cjk = /[\u4e00-\u9fff]/;

function expectSecurityHeaders(res: Response, what: string) {
	const csp = res.headers.get('content-security-policy') ?? '';
	expect(csp, what).toContain("frame-ancestors 'none'");
	expect(csp, what).toMatch(/script-src 'self'/);
	expect(csp, what).not.toContain('unsafe-inline');
	expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
	expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
}

describe('every page type', () => {
	test('is served with 200, in Chinese, with the security headers', async () => {
		for (const [type, path] of Object.entries(pages)) {
			const res = await fetch(baseUrl() + path);
			expect(res.status, type).toBe(200);
			expectSecurityHeaders(res, type);
			const html = await res.text();
			expect(html, type).toContain('<html lang="zh-CN">');
			expect(/<h1[^>]*>([^<]*)</.exec(html)?.[1], type).toMatch(cjk);
		}
	});

	test('content pages carry no script at all; only search loads one, from our own origin', async () => {
		for (const [type, path] of Object.entries(pages)) {
			const html = await (await fetch(baseUrl() + path)).text();
			if (type === 'search') {
				const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
				expect(scripts.length).toBeGreaterThan(0);
				for (const tag of scripts) expect(tag).toMatch(/src="\/_astro\//);
			} else {
				expect(html, type).not.toContain('<script');
			}
		}
	});

	test('loads nothing from another origin in the browser', async () => {
		const page = await phonePage(browser);
		const foreign: string[] = [];
		page.on('request', (req) => {
			if (!req.url().startsWith(baseUrl())) foreign.push(req.url());
		});
		for (const path of Object.values(pages)) await page.goto(baseUrl() + path);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	// One test per page: axe takes seconds a page on a busy machine, and ten pages in one test once
	// ran past the time limit without a single violation.
	test.each(['home', 'resources', 'resource', 'topic', 'grade', 'lectures', 'lecture', 'policies', 'policy', 'search', '404'])(
		'%s has no accessibility violations (axe)',
		async (type) => {
			const page = await phonePage(browser);
			await page.goto(baseUrl() + (type === '404' ? '/no-such-page/' : pages[type]!));
			expect(await axeViolations(page), type).toEqual([]);
			await page.context().close();
		},
	);

	test('has what a WeChat link card needs: title, description and a reachable absolute image', async () => {
		for (const [type, path] of Object.entries(pages)) {
			const html = await (await fetch(baseUrl() + path)).text();
			const meta = (attr: string, name: string) =>
				new RegExp(`<meta ${attr}="${name}" content="([^"]+)"`).exec(html)?.[1];
			expect(meta('property', 'og:title'), type).toMatch(cjk);
			expect(meta('itemprop', 'description'), type).toMatch(cjk);
			const image = meta('itemprop', 'image') ?? '';
			expect(meta('property', 'og:image'), type).toBe(image);
			// Absolute, on the configured site; fetch its path from the server under test.
			const url = new URL(image);
			const res = await fetch(baseUrl() + url.pathname);
			expect(res.headers.get('content-type'), type).toBe('image/png');
		}
	});
});

test('Chinese text renders with a real CJK font, not as empty boxes', async () => {
	const page = await phonePage(browser);
	await page.goto(baseUrl() + '/');
	// With no CJK font, every Han character falls back to the same missing-glyph box.
	const [a, b] = await page.evaluate(() => {
		const draw = (text: string) => {
			const canvas = document.createElement('canvas');
			canvas.width = 64;
			canvas.height = 64;
			const ctx = canvas.getContext('2d')!;
			ctx.font = `48px ${getComputedStyle(document.body).fontFamily}`;
			ctx.fillText(text, 4, 52);
			return Array.from(ctx.getImageData(0, 0, 64, 64).data).join();
		};
		return [draw('育'), draw('校')];
	});
	expect(a).not.toBe(b);
	await page.context().close();
});

test('an unknown address gets the Chinese 404 page with status 404 and the headers', async () => {
	const res = await fetch(`${baseUrl()}/no-such-page/`);
	expect(res.status).toBe(404);
	expectSecurityHeaders(res, '404');
	expect(await res.text()).toContain('页面不存在');
});

test('stylesheets, the feed, the sitemap and calendars carry the security headers too', async () => {
	const html = await (await fetch(baseUrl() + '/')).text();
	const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
	expect(css).toBeDefined();
	for (const path of [css!, '/rss.xml', '/sitemap-index.xml', '/lectures/calendar.ics', '/favicon.svg']) {
		const res = await fetch(baseUrl() + path);
		expect(res.status, path).toBe(200);
		expectSecurityHeaders(res, path);
	}
});

test('on a slow phone network a second visit downloads little: assets cached for a year, pages revalidated', async () => {
	const page = await fetch(`${baseUrl()}/policies/`);
	const html = await page.text();
	const etag = page.headers.get('etag');
	expect(etag).toBeTruthy();
	expect((await fetch(`${baseUrl()}/policies/`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
	const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
	expect((await fetch(baseUrl() + css)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('pages, styles and scripts travel compressed to browsers that accept it, rendered pages too', async () => {
	const html = await (await fetch(`${baseUrl()}/surveys/lecture-feedback/`)).text();
	const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
	for (const path of ['/policies/', script, '/surveys/lecture-feedback/', '/no-such-page/']) {
		for (const encoding of ['br', 'gzip']) {
			const res = await fetch(baseUrl() + path, { headers: { 'accept-encoding': encoding } });
			expect(res.headers.get('content-encoding'), `${path} ${encoding}`).toBe(encoding);
			expect(res.headers.get('vary'), path).toMatch(/accept-encoding/i);
			expect((await res.text()).length, path).toBeGreaterThan(100);
		}
		const plain = await fetch(baseUrl() + path, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding'), path).toBeNull();
	}
});

test('the feed lists resources and lectures, the sitemap lists detail pages', async () => {
	const rss = await (await fetch(`${baseUrl()}/rss.xml`)).text();
	expect(rss).toContain('<language>zh-cn</language>');
	expect(rss).toContain(pages.resource);
	expect(rss).toContain(pages.lecture);
	const index = await (await fetch(`${baseUrl()}/sitemap-index.xml`)).text();
	const sitemapPath = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname;
	const sitemap = await (await fetch(baseUrl() + sitemapPath)).text();
	for (const type of ['resource', 'lecture', 'policy'] as const) expect(sitemap).toContain(pages[type]);
});

test('a policy prints without the site navigation', async () => {
	const page = await phonePage(browser);
	await page.goto(baseUrl() + pages.policy);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('header nav').isVisible()).toBe(false);
	expect(await page.locator('h1').isVisible()).toBe(true);
	await page.context().close();
});

test('robots.txt lets search engines read the public site, keeps them out of the staff area, names the sitemap', async () => {
	const res = await fetch(`${baseUrl()}/robots.txt`);
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
	const lines = (await res.text()).split('\n');
	expect(lines).toContain('User-agent: *');
	expect(lines).toContain('Disallow: /admin/');
	expect(lines.filter((l) => l.startsWith('Disallow:'))).toEqual(['Disallow: /admin/']);
	const sitemap = new URL(lines.find((l) => l.startsWith('Sitemap: '))!.slice('Sitemap: '.length));
	expect(sitemap.pathname).toBe('/sitemap-index.xml');
	expect((await fetch(baseUrl() + sitemap.pathname)).status).toBe(200);
});

test('the icon is cached, and every page renders after one stylesheet, the same one', async () => {
	const icon = await fetch(`${baseUrl()}/favicon.svg`);
	expect(icon.headers.get('cache-control')).toMatch(/max-age=[1-9]\d{4,}/);
	const sheets = new Set<string>();
	for (const [type, path] of Object.entries({ ...pages, survey: '/surveys/lecture-feedback/', suggestions: '/suggestions/' })) {
		const html = await (await fetch(baseUrl() + path)).text();
		const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
		expect(links, type).toHaveLength(1);
		sheets.add(links[0]!);
	}
	expect(sheets.size).toBe(1);
});
