// What a second start of the hub must not undo: demo answers the school removed, and the secret that
// every receipt code handed out so far depends on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, expect, test } from 'vitest';
import { startHub } from '../helpers/hub.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function dataFolder() {
	const dir = mkdtempSync(join(tmpdir(), 'gongyu-restart-'));
	dirs.push(dir);
	return join(dir, 'data');
}

async function count(databaseUrl: string, table: string): Promise<number> {
	const client = createClient({ url: databaseUrl });
	try {
		return Number((await client.execute(`select count(*) as n from ${table}`)).rows[0]!.n);
	} finally {
		client.close();
	}
}

test('demo answers come with a new installation only: once removed, a restart does not bring them back', { timeout: 120_000 }, async () => {
	const data = dataFolder();
	const env = { DATABASE_URL: `file:${join(data, 'gongyu.db')}`, GONGYU_WORKERS: '1' };
	const first = await startHub(env);
	await first.stop();
	expect(first.output()).toContain('份演示答卷');
	expect(await count(env.DATABASE_URL, 'responses')).toBeGreaterThan(100);

	execFileSync(process.execPath, ['functions/cli/demo.ts', 'remove'], { env: { ...process.env, ...env }, encoding: 'utf8' });
	const second = await startHub(env);
	await second.stop();
	expect(second.output()).not.toContain('份演示答卷');
	expect(await count(env.DATABASE_URL, 'responses')).toBe(0);
});

test('with suggestions on file, a lost secret.key stops the start with the reason instead of being replaced', { timeout: 120_000 }, async () => {
	const data = dataFolder();
	const env = { DATABASE_URL: `file:${join(data, 'gongyu.db')}`, GONGYU_DEMO: '0', GONGYU_WORKERS: '1' };
	const hub = await startHub(env);
	try {
		const res = await fetch(`${hub.url}/suggestions/`, {
			method: 'POST',
			headers: { origin: hub.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ _key: 'restart-test-key-0001', category: 'canteen', body: '食堂的菜可以再清淡一些，谢谢老师。' }),
		});
		expect(res.status).toBe(200);
	} finally {
		await hub.stop();
	}
	expect(await count(env.DATABASE_URL, 'suggestions')).toBe(1);

	rmSync(join(data, 'secret.key'));
	const failed = await startHub(env, '.', { captureStderr: true }).then(
		async (again) => {
			await again.stop();
			return '';
		},
		(error: Error) => error.message,
	);
	expect(failed).toContain('找不到密钥文件');
	expect(failed).toContain('secret.key');
});
