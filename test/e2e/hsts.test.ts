// Once a browser has reached the hub over https, Strict-Transport-Security keeps it there: no later
// visit goes out over plain http, where a Wi-Fi hotspot could read or rewrite it. Over plain http
// the header would mean nothing, or lock a school out of a hub it never set up https for.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { baseUrl } from '../helpers/hub-server.ts';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.ts';

/** A prerendered page, a page rendered on demand and a built asset: each is served its own way. */
const paths = ['/privacy/', '/admin/login', '/favicon.svg'];

async function hstsOn(base: string, headers: Record<string, string> = {}) {
	const found: Record<string, string | null> = {};
	for (const path of paths) {
		const res = await fetch(base + path, { headers, redirect: 'manual' });
		expect(res.status).toBe(200);
		found[path] = res.headers.get('strict-transport-security');
	}
	return found;
}
const everywhere = (value: string | null) => Object.fromEntries(paths.map((path) => [path, value]));

/** A hub built and started in a sandbox of its own, with `env`. */
function sandboxHub(env: Record<string, string>) {
	const running: { sandbox?: Sandbox; hub?: RunningHub; url: string } = { url: '' };
	beforeAll(async () => {
		running.sandbox = makeSandbox();
		running.hub = await startHub({ ...env, GONGYU_DEMO: '0', DATABASE_URL: `file:${join(running.sandbox.root, 'data/hub.db')}` }, running.sandbox.root);
		running.url = running.hub.url;
	}, 180_000);
	afterAll(async () => {
		await running.hub?.stop();
		running.sandbox?.remove();
	});
	return running;
}

describe('SITE_URL is https (TLS ends in front of the hub)', () => {
	const running = sandboxHub({ SITE_URL: 'https://school.example' });

	test('every response carries HSTS for a year, without includeSubDomains', async () => {
		expect(await hstsOn(running.url)).toEqual(everywhere('max-age=31536000'));
	});
});

describe('behind a trusted proxy (GONGYU_TRUST_PROXY=1) that says how the browser came', () => {
	const running = sandboxHub({ GONGYU_TRUST_PROXY: '1' });

	test('HSTS when the proxy forwards an https request, not when it forwards plain http', async () => {
		expect(await hstsOn(running.url, { 'x-forwarded-proto': 'https' })).toEqual(everywhere('max-age=31536000'));
		expect(await hstsOn(running.url, { 'x-forwarded-proto': 'http' })).toEqual(everywhere(null));
		expect(await hstsOn(running.url)).toEqual(everywhere(null));
	});
});

test('a hub on plain http sends no HSTS, even to a client claiming X-Forwarded-Proto: https', async () => {
	expect(await hstsOn(baseUrl())).toEqual(everywhere(null));
	expect(await hstsOn(baseUrl(), { 'x-forwarded-proto': 'https' })).toEqual(everywhere(null));
});
