// The first admin on Cloudflare: `npm run start:edge` with ADMIN_PASSWORD hands the password to the
// worker (data/edge/.dev.vars, as `wrangler secret put` does on Cloudflare) and creates no account
// itself; the worker creates `admin` at the first sign-in (functions/edge/first-admin.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listStaff } from '../../functions/db/queries/staff.ts';
import { openLocalD1 } from '../../functions/node/local-d1.ts';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { makeSandbox, type Sandbox } from '../helpers/sandbox.ts';

const adminPassword = 'edge-first-admin-password';
let sandbox: Sandbox;
let hub: RunningHub;
beforeAll(async () => {
	sandbox = makeSandbox();
	hub = await startHub({ ADMIN_PASSWORD: adminPassword, GONGYU_DEMO: '0' }, sandbox.root, { script: 'functions/cli/start-edge.ts' });
}, 900_000);
afterAll(async () => {
	await hub?.stop();
	sandbox?.remove();
});

const login = (password: string) =>
	fetch(`${hub.url}/admin/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: hub.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username: 'admin', password }).toString(),
	});

const staff = async () => {
	const { db, close } = await openLocalD1(sandbox.root);
	try {
		return await listStaff(db);
	} finally {
		await close();
	}
};

test('start:edge given ADMIN_PASSWORD creates no account and writes no password file', async () => {
	expect(await staff()).toEqual([]);
	expect(existsSync(join(sandbox.root, 'data/edge/admin-password.txt'))).toBe(false);
});

test('two first sign-ins at once both reach /admin/, and make one admin account', async () => {
	const [a, b] = await Promise.all([login(adminPassword), login(adminPassword)]);
	for (const res of [a, b]) {
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/admin/');
		expect(res.headers.get('set-cookie')).toMatch(/^gongyu_session=/);
	}
	expect((await staff()).map((user) => [user.username, user.role])).toEqual([['admin', 'admin']]);
});

test('a wrong password for the first admin is refused', async () => {
	expect((await login('not-the-admin-password')).status).toBe(401);
});
