// Absolute addresses without SITE_URL: the hub says what to set, and the pages it renders on demand
// link to the address they were asked at. Prerendered files (feeds, sitemap, calendars, content
// pages) cannot know it: they keep the default, as the README's configuration table says.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startHub } from '../helpers/hub.ts';
import { baseUrl } from '../helpers/hub-server.ts';

test('started on another port without SITE_URL, the hub warns in Chinese, naming what to set', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-site-url-'));
	const hub = await startHub({ DATABASE_URL: `file:${join(dir, 'hub.db')}`, ADMIN_PASSWORD: 'site-url-test', GONGYU_DEMO: '0' });
	try {
		const lines = hub.output().split('\n');
		const warning = lines.find((line) => line.includes('SITE_URL'));
		expect(warning).toContain('没有设置 SITE_URL');
		expect(warning).toContain('都指向 http://localhost:4321');
		expect(warning).toContain(`本平台在 ${hub.url} 提供服务`);
		expect(warning).toContain('请把 SITE_URL 设为家长访问本平台的地址后重新启动');
	} finally {
		await hub.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}, 60_000);

test('a page rendered on demand links to the address it was asked at; a prerendered one to the default', async () => {
	const meta = async (path: string) => {
		const html = await (await fetch(baseUrl() + path)).text();
		const content = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
		return { canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1], url: content('og:url'), image: content('og:image') };
	};
	const home = await meta('/');
	expect(home.canonical).toBe(`${baseUrl()}/`);
	expect(home.url).toBe(`${baseUrl()}/`);
	expect(home.image).toMatch(new RegExp(`^${baseUrl()}/_astro/`));
	expect((await meta('/suggestions/')).url).toBe(`${baseUrl()}/suggestions/`);
	expect((await meta('/policies/suggestion-box/')).url).toBe('http://localhost:4321/policies/suggestion-box/');
});
