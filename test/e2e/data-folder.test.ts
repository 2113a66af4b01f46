// The data folder holds every answer: only the user that runs the hub may read it. The first
// administrator's password must not stay in a log, nor in a file anyone else can read.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startHub } from '../helpers/hub.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongyu-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data');
const env = { DATABASE_URL: `file:${join(data, 'gongyu.db')}`, GONGYU_DEMO: '0', GONGYU_WORKERS: '1' };
const passwordFile = join(data, 'admin-password.txt');

const mode = (path: string) => statSync(path).mode & 0o777;
/** Each file in the folder with its permissions, e.g. { 'gongyu.db': 0o600 }. */
const modes = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, mode(join(folder, name))]));
const allPrivate = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, 0o600]));

function signIn(base: string, password: string) {
	return fetch(`${base}/admin/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
		body: new URLSearchParams({ username: 'admin', password }),
	});
}

test('the first start keeps its files private and the admin password out of the log until the first sign-in', { timeout: 60_000 }, async () => {
	const hub = await startHub(env, '.', { captureStderr: true });
	let password = '';
	try {
		expect(mode(data)).toBe(0o700);
		expect(Object.keys(modes(data))).toEqual(expect.arrayContaining(['gongyu.db', 'gongyu.db-wal', 'secret.key', 'admin-password.txt']));
		expect(modes(data)).toEqual(allPrivate(data));
		password = readFileSync(passwordFile, 'utf8').trim();
		expect(password).toMatch(/^[A-Za-z2-9]{16}$/);

		expect((await signIn(hub.url, 'a wrong guess')).status).toBe(401);
		expect(existsSync(passwordFile)).toBe(true);
		expect((await signIn(hub.url, password)).status).toBe(303);
		expect(existsSync(passwordFile)).toBe(false);
	} finally {
		await hub.stop();
	}
	// The log says where the password is and how to read it, never the password.
	expect(hub.output()).toContain(`cat ${passwordFile}`);
	expect(hub.output()).toContain('admin');
	expect(hub.output()).not.toContain(password);
});

test('a data folder an earlier version left readable to everyone is made private on start', { timeout: 60_000 }, async () => {
	chmodSync(data, 0o755);
	for (const name of readdirSync(data)) chmodSync(join(data, name), 0o644);
	const hub = await startHub(env);
	await hub.stop();
	expect(mode(data)).toBe(0o700);
	expect(modes(data)).toEqual(allPrivate(data));
});

test('a clean stop (SIGTERM) empties the WAL, whose frames keep the order of the commits', { timeout: 60_000 }, async () => {
	const wal = join(data, 'gongyu.db-wal');
	const hub = await startHub(env);
	expect((await signIn(hub.url, 'a wrong guess')).status).toBe(401);
	expect(statSync(wal).size).toBeGreaterThan(0);
	await hub.stop('SIGTERM');
	expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
});

test('a command that opens the database first (npm run db:migrate) makes a private folder too', () => {
	const other = join(dir, 'other');
	execFileSync(process.execPath, ['functions/cli/db-migrate.ts'], { env: { ...process.env, DATABASE_URL: `file:${join(other, 'hub.db')}` } });
	expect(mode(other)).toBe(0o700);
	expect(modes(other)).toEqual(allPrivate(other));
});
