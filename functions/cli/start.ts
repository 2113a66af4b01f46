// `npm start`: build when the sources changed, bring the database up to date (with demo data on a
// new installation), then serve the hub from worker processes while the primary stores responses.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LibsqlDb } from '../db/client.ts';
import { defaultDatabaseUrl, openDatabase } from '../node/database.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { rebuildTotals, totalsMatchResponses } from '../db/queries/totals.ts';
import { loadEvents, loadSchool, loadSurveys } from '../node/content-files.ts';
import { seedDemoSignups } from '../events/demo.ts';
import { seedDemo } from '../surveys/demo.ts';
import { suggestionsTable } from '../db/schema/index.ts';
import { nightlyPurge } from '../nightly.ts';
import { ensureAdmin } from '../staff/accounts.ts';
import { keepAdminPassword, waitingAdminPassword } from '../node/admin-password.ts';
import { compactDatabase, untilNight } from '../node/compact.ts';
import { dataFolder, privateDataFolder } from '../node/data-folder.ts';
import { loadSecret, secretMissing, sourceSalt } from '../node/secret.ts';
import { nodeHub } from '../node/hub.ts';
import { storeThroughPrimary, writeForWorkers } from '../node/primary-writer.ts';
import { createHubServer, type HttpsRule } from '../node/server.ts';
import { isBuildCurrent } from './build-stamp.ts';
import { buildSite, exitOnBuildError } from './build.ts';
import { calendarNotice } from './calendar-notice.ts';
import { contentDir, projectRoot } from './paths.ts';
import { clockFrom } from '../hub.ts';
import { siteUrlNotice } from './site-url-notice.ts';

/** The hub's clock (GONGYU_NOW may start it elsewhere): demo data and clean-ups follow it too. */
const now = clockFrom(process.env.GONGYU_NOW);

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
// Node runs JavaScript on one core, so the workers that serve pages are processes; the primary
// process stores every survey response (primary-writer.ts) and keeps a core's share for that.
// Measured on 2 cores: one worker took 3 700 parents/s (8 at a time) where two took 3 000.
const workers = Number(process.env.GONGYU_WORKERS ?? Math.max(1, availableParallelism() - 1));
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;

async function prepare(): Promise<LibsqlDb> {
	if (!isBuildCurrent(projectRoot)) {
		console.log('构建站点……');
		await buildSite().catch(exitOnBuildError);
	}
	// After the build, whose files are public anyway; the workers inherit the umask and the salt.
	privateDataFolder(databaseUrl);
	sourceSalt();
	const { db } = await openDatabase();
	const { created } = await migrateDatabase(db);
	// A new secret would make every receipt code already handed out unreadable: a lost secret.key is
	// the administrator's to restore from the backup, not ours to replace.
	if (secretMissing(databaseUrl) && (await db.$count(suggestionsTable)) > 0) {
		console.error(`找不到密钥文件 ${join(dataFolder(databaseUrl)!, 'secret.key')}，而数据库里已有意见。请从备份中恢复该文件（或设置 GONGYU_SECRET）后再启动：新生成的密钥会让家长手里的回执码全部失效。`);
		process.exit(1);
	}
	// Made here, before the workers start, so they never race to create it.
	loadSecret(databaseUrl);
	if ((await ensureAdmin(db, (password) => keepAdminPassword(dataFolder(databaseUrl), password), process.env.ADMIN_PASSWORD)) === 'given')
		console.log('已创建管理员账号 admin，密码为 ADMIN_PASSWORD 的值。');
	const surveys = loadSurveys(contentDir);
	const school = loadSchool(contentDir);
	const events = loadEvents(contentDir, school);
	// Only on a new installation, so `npm run demo -- remove` stays removed; a real deployment says
	// GONGYU_DEMO=0 and never gets demo answers.
	if (process.env.GONGYU_DEMO !== '0' && created) {
		const n = await seedDemo(db, surveys, school, now());
		const signups = await seedDemoSignups(db, events, school, now());
		console.log(`已写入 ${n} 份演示答卷、${signups} 条演示报名（npm run demo -- remove 可全部删除）。`);
	}
	if (!(await totalsMatchResponses(db))) {
		await rebuildTotals(db, surveys);
		console.log('已根据原始答卷重新统计结果。');
	}
	// Every night: delete what the privacy page promises to delete, then rewrite the file so that
	// neither the deleted rows nor the order of the day's inserts can be read from it.
	const nightly = () =>
		nightlyPurge(db, { surveys, events, school }, now())
			.then(() => compactDatabase(db))
			.catch((e) => console.error('清理过期数据失败', e));
	await nightly();
	setTimeout(() => {
		void nightly();
		setInterval(nightly, 24 * 60 * 60 * 1000).unref();
	}, untilNight(now())).unref();
	writeForWorkers(db);
	return db;
}

/** What `npm start` says once every worker listens; the first admin password only by where it is. */
function banner(): string {
	const file = waitingAdminPassword(dataFolder(databaseUrl));
	const admin = file ? `管理员账号：admin，初始密码在 ${file} 中（查看：cat ${file}），首次登录后该文件自动删除\n` : '';
	const notices = [...siteUrlNotice(process.env.SITE_URL, { host, port }, process.env.GONGYU_TRUST_PROXY === '1'), ...calendarNotice(contentDir, now())];
	return `\n共育已启动：${url}/\n教职工登录：${url}/admin/login\n${admin}${notices.map((line) => `\n${line}\n`).join('')}`;
}

/**
 * A clean stop: the workers go first (one still busy after 200 ms is killed; what it acknowledged
 * is on disk already), then the file is compacted (functions/node/compact.ts): the order of the
 * commits, kept by the WAL and by where records sit in their pages, is private.
 */
async function stop(db: LibsqlDb): Promise<void> {
	const running = Object.values(cluster.workers ?? {}).flatMap((worker) => (worker ? [worker] : []));
	const exited = running.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
	for (const worker of running) worker.process.kill('SIGTERM');
	const late = setTimeout(() => running.forEach((worker) => worker.process.kill('SIGKILL')), 200);
	await Promise.all(exited);
	clearTimeout(late);
	await compactDatabase(db).catch((e) => console.error('关闭前整理数据库失败', e));
	process.exit(0);
}

async function serve(): Promise<void> {
	// The adapter's middleware mode: Astro renders, our server serves files and adds the headers.
	const entry = pathToFileURL(`${projectRoot}dist/server/entry.mjs`).href;
	const { handler } = (await import(entry)) as { handler: Parameters<typeof createHubServer>[0] };
	// The primary process stores every response (primary-writer.ts).
	const { hub } = await nodeHub(storeThroughPrimary);
	const proxiedOrigin = process.env.GONGYU_TRUST_PROXY === '1' ? new URL(process.env.SITE_URL ?? url).origin : undefined;
	const https: HttpsRule = (process.env.SITE_URL ?? url).startsWith('https://') ? 'site' : proxiedOrigin ? 'forwarded' : 'never';
	const server = createHubServer(handler, `${projectRoot}dist/client`, { hub, proxiedOrigin }, https);
	server.listen(port, host, () => process.send?.('listening'));
	process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

if (cluster.isPrimary) {
	const db = await prepare();
	let listening = 0;
	for (let i = 0; i < workers; i++) {
		cluster.fork().on('message', (message) => {
			if (message === 'listening' && ++listening === workers) console.log(banner());
		});
	}
	cluster.on('exit', (worker, code, signal) => {
		if (!stopping) console.error(`工作进程 ${worker.process.pid} 退出（${signal ?? code}），正在重启。`);
		if (!stopping) cluster.fork();
	});
	let stopping = false;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			if (stopping) return;
			stopping = true;
			void stop(db);
		});
	}
} else {
	await serve();
}
