// A school serves the hub behind nginx, which terminates HTTPS and forwards plain HTTP with
// X-Forwarded-Proto and X-Forwarded-Host; parents' browsers post with Origin: https://<school>.
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { baseUrl } from '../helpers/hub-server.ts';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.ts';

const site = 'https://school.example';
const fromProxy = { host: 'school.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'school.example', 'x-forwarded-for': '203.0.113.9' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** A request as the proxy forwards it (fetch cannot set Host). */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: string) {
	const { hostname, port } = new URL(base);
	return new Promise<{ status: number; location?: string | undefined; text: string }>((resolve, reject) => {
		const request = http.request({ host: hostname, port, method, path, headers }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, text }));
		});
		request.on('error', reject).end(body);
	});
}

const keyIn = (html: string) => /name="_key" value="([^"]+)"/.exec(html)![1]!;
const answers = 'q.lecture=grade7-first-term&q.useful=4&q.clarity=5&q.format=online&q.topics=phone';

describe('behind a reverse proxy that terminates HTTPS (GONGYU_TRUST_PROXY=1, SITE_URL=https://…)', () => {
	let sandbox: Sandbox;
	let hub: RunningHub;
	beforeAll(async () => {
		sandbox = makeSandbox();
		const env = { SITE_URL: site, GONGYU_TRUST_PROXY: '1', GONGYU_DEMO: '0', DATABASE_URL: `file:${join(sandbox.root, 'data/hub.db')}` };
		hub = await startHub(env, sandbox.root);
	}, 180_000);
	afterAll(async () => {
		await hub?.stop();
		sandbox?.remove();
	});

	test('a parent’s survey and suggestion posts from the public https address are accepted', async () => {
		const path = '/surveys/lecture-feedback/';
		const page = await send(hub.url, 'GET', path, fromProxy);
		const posted = await send(hub.url, 'POST', path, { ...fromProxy, ...form, origin: site }, `_key=${keyIn(page.text)}&${answers}`);
		expect([posted.status, posted.location]).toEqual([303, '/surveys/lecture-feedback/thanks/']);

		const box = await send(hub.url, 'GET', '/suggestions/', fromProxy);
		const body = new URLSearchParams({ _key: keyIn(box.text), category: 'canteen', body: '希望食堂的午饭少放一点盐，孩子回家常说菜太咸了。' });
		const filed = await send(hub.url, 'POST', '/suggestions/', { ...fromProxy, ...form, origin: site }, body.toString());
		expect(filed.status).toBe(200);
		expect(filed.text).toContain('回执码');
	});

	test('a form another site makes a parent’s browser post is still refused', async () => {
		const path = '/surveys/lecture-feedback/';
		const key = keyIn((await send(hub.url, 'GET', path, fromProxy)).text);
		const posted = await send(hub.url, 'POST', path, { ...fromProxy, ...form, origin: 'https://evil.example' }, `_key=${key}&${answers}`);
		expect(posted.status).toBe(403);
	});
});

test('without GONGYU_TRUST_PROXY the hub trusts no forwarded header: the same post is cross-site', async () => {
	const path = '/surveys/lecture-feedback/';
	const key = keyIn((await send(baseUrl(), 'GET', path, fromProxy)).text);
	expect((await send(baseUrl(), 'POST', path, { ...fromProxy, ...form, origin: site }, `_key=${key}&${answers}`)).status).toBe(403);
});
