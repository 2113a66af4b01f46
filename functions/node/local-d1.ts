// The edge target's database on this machine: wrangler's local D1 (a SQLite file that workerd keeps
// under data/edge/), the same one `npm run start:edge` serves. The command-line tools reach it through
// wrangler's platform proxy, a workerd of their own with the worker's bindings.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { sql } from 'drizzle-orm';
import { randomToken } from '../domain/codes.ts';
import { d1Database, type Db } from '../db/client.ts';
import { migrationsFolder } from './migrate.ts';

/** Where the local D1 and the worker's local secret live, within a project root. */
export const localEdgeFolder = (root: string): string => join(root, 'data/edge');

/**
 * Whoever reads the folder reads every answer, as with the SQLite file (functions/node/data-folder.ts):
 * it is made 0700, and what this process and its children (workerd) create in it is theirs alone.
 */
export function privateLocalEdgeFolder(root: string): void {
	process.umask(0o077);
	mkdirSync(localEdgeFolder(root), { recursive: true, mode: 0o700 });
	chmodSync(localEdgeFolder(root), 0o700);
}

/** wrangler's command line, run on this Node (22), not whatever `node` is first on the PATH. */
export function wrangler(root: string, args: string[], options: { detached?: boolean; quiet?: boolean } = {}) {
	const bin = join(dirname(createRequire(join(root, 'package.json')).resolve('wrangler/package.json')), 'bin/wrangler.js');
	return spawn(process.execPath, [bin, ...args], {
		cwd: root,
		detached: options.detached ?? false,
		stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', 'inherit'],
		env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
	});
}

/**
 * Applies pending migrations to the local D1 with `wrangler d1 migrations apply DB --local`: the same
 * command, with --remote, migrates the school's D1 on Cloudflare. Its output is shown only on failure.
 */
export function migrateLocalD1(root: string): Promise<void> {
	const child = wrangler(root, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', localEdgeFolder(root)], { quiet: true });
	let out = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wrangler d1 migrations apply failed (${code}):\n${out}`))));
	});
}

/** A value as a dotenv line quotes it: literally, between a quote mark the value does not contain. */
function dotenvValue(name: string, value: string): string {
	const quote = /[\r\n]/.test(value) ? undefined : ["'", '"', '`'].find((mark) => !value.includes(mark));
	if (!quote) throw new Error(`${name} cannot go into .dev.vars: it contains all three quote marks, or a line break`);
	return `${name}=${quote}${value}${quote}\n`;
}

/**
 * The worker's secrets for `wrangler dev`, in a .dev.vars file of the local folder (0600): GONGYU_SECRET
 * from the environment, or the one made on the first start; and ADMIN_PASSWORD while the environment
 * gives one, for the worker to create `admin` with at the first sign-in, as on Cloudflare
 * (functions/edge/first-admin.ts). On Cloudflare both are Workers secrets.
 */
export function localDevVars(root: string): string {
	const file = join(localEdgeFolder(root), '.dev.vars');
	const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const kept = /^GONGYU_SECRET=(.+)$/m.exec(before)?.[1];
	const secret = process.env.GONGYU_SECRET || kept || randomToken();
	const admin = process.env.ADMIN_PASSWORD;
	const text = `GONGYU_SECRET=${secret}\n${admin ? dotenvValue('ADMIN_PASSWORD', admin) : ''}`;
	if (text !== before) writeFileSync(file, text, { mode: 0o600 });
	return file;
}

export interface LocalD1 {
	db: Db;
	close(): Promise<void>;
}

/** The local D1, opened from Node through wrangler's platform proxy. */
async function platformD1(root: string): Promise<LocalD1> {
	const { getPlatformProxy } = await import('wrangler');
	const proxy = await getPlatformProxy<{ DB: D1Database }>({
		configPath: join(root, 'wrangler.jsonc'),
		// wrangler dev --persist-to <folder> keeps its state under <folder>/v3.
		persist: { path: join(localEdgeFolder(root), 'v3') },
		envFiles: [],
		remoteBindings: false,
	});
	return { db: d1Database(proxy.env.DB), close: () => proxy.dispose() };
}

/** Migration files wrangler has not applied yet (it lists those applied in its table d1_migrations). */
export async function pendingMigrations(db: Db): Promise<string[]> {
	const files = readdirSync(migrationsFolder).filter((name) => name.endsWith('.sql'));
	const applied = await db.all<{ name: string }>(sql`select name from d1_migrations`).catch(() => []);
	const done = new Set(applied.map((row) => row.name));
	return files.filter((name) => !done.has(name));
}

/**
 * The local D1, migrated: wrangler applies what is pending (a few seconds, so only when something is).
 * `close()` stops the proxy's workerd.
 */
export async function openLocalD1(root: string): Promise<LocalD1> {
	const local = await platformD1(root);
	if ((await pendingMigrations(local.db)).length === 0) return local;
	await local.close();
	await migrateLocalD1(root);
	return platformD1(root);
}
