// The school's D1 on Cloudflare, for the command-line tools (GONGYU_D1_REMOTE=1): wrangler's platform
// proxy with the DB binding marked remote, so that every query goes to Cloudflare over the account
// `npx wrangler login` signed in to (or CLOUDFLARE_API_TOKEN). wrangler.jsonc stays as it is for local
// use: the proxy reads a copy of the binding marked `"remote": true`, written into the local folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { sql } from 'drizzle-orm';
import { d1Database } from '../db/client.ts';
import { localEdgeFolder, pendingMigrations, type LocalD1 } from './local-d1.ts';

/** How long connecting may take before the tool gives up (wrangler has no limit of its own). */
const connectTimeout = 60_000;

/** Says what went wrong in words an administrator can act on, instead of a stack trace. */
export class RemoteD1Error extends Error {}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new RemoteD1Error(`${what}：${connectTimeout / 1000} 秒内没有连上 Cloudflare（先运行 npx wrangler login，或设置 CLOUDFLARE_API_TOKEN）。`)), connectTimeout);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The D1 on Cloudflare that wrangler.jsonc names (binding DB), migrated already with `--remote`. */
export async function openRemoteD1(root: string): Promise<LocalD1> {
	// wrangler's "Establishing remote connection..." would land in the CSV that `npm run codes` prints
	// into a file. On a terminal it stays, with what wrangler says when it needs a login.
	if (!process.stdout.isTTY) process.env.WRANGLER_LOG ??= 'warn';
	const { getPlatformProxy, unstable_readConfig } = await import('wrangler');
	const config = unstable_readConfig({ config: join(root, 'wrangler.jsonc') }, { hideWarnings: true });
	const binding = config.d1_databases.find((entry: { binding: string; database_id?: string; database_name?: string }) => entry.binding === 'DB');
	if (!binding?.database_id || /^[0-]+$/.test(binding.database_id))
		throw new RemoteD1Error('wrangler.jsonc 中 DB 的 database_id 还是占位值：先运行 npx wrangler d1 create gongyu，把打印的 id 填进去。');
	const remoteConfig = join(localEdgeFolder(root), 'wrangler.remote.json');
	writeFileSync(
		remoteConfig,
		JSON.stringify({
			name: config.name,
			compatibility_date: config.compatibility_date,
			compatibility_flags: config.compatibility_flags,
			d1_databases: [{ binding: 'DB', database_name: binding.database_name, database_id: binding.database_id, remote: true }],
		}),
	);
	const proxy = await withTimeout(getPlatformProxy<{ DB: D1Database }>({ configPath: remoteConfig, envFiles: [], persist: false, remoteBindings: true }), '无法打开 Cloudflare 上的 D1').catch(
		(error: unknown) => {
			if (error instanceof RemoteD1Error) throw error;
			throw new RemoteD1Error(`无法打开 Cloudflare 上的 D1（先运行 npx wrangler login，或设置 CLOUDFLARE_API_TOKEN）：${error instanceof Error ? error.message : String(error)}`);
		},
	);
	const db = d1Database(proxy.env.DB);
	const close = () => proxy.dispose();
	try {
		await withTimeout(db.get(sql`select 1`), '无法查询 Cloudflare 上的 D1');
		const pending = await pendingMigrations(db);
		if (pending.length > 0)
			throw new RemoteD1Error(`Cloudflare 上的 D1 还缺 ${pending.length} 个迁移（${pending.join('、')}）：先运行 npx wrangler d1 migrations apply DB --remote。`);
	} catch (error) {
		await close().catch(() => {});
		if (error instanceof RemoteD1Error) throw error;
		throw new RemoteD1Error(`无法查询 Cloudflare 上的 D1（先运行 npx wrangler login，或设置 CLOUDFLARE_API_TOKEN）：${error instanceof Error ? error.message : String(error)}`);
	}
	return { db, close };
}
