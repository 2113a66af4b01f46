// `npm run start:edge`: the hub as Cloudflare Workers runs it, on this machine. Builds for the edge
// when the sources changed, migrates the local D1 (data/edge/), creates the admin account and the
// demo responses as `npm start` does, then serves the built worker with `wrangler dev` (workerd and
// the local D1) on PORT (8787), until Ctrl-C or SIGTERM. Given ADMIN_PASSWORD, it leaves the admin to
// the worker, which creates it at the first sign-in as it does on Cloudflare.
import type { ChildProcess } from 'node:child_process';
import { hasAnyResponse, seedDemo } from '../surveys/demo.ts';
import { ensureAdmin } from '../staff/accounts.ts';
import { countStaff } from '../db/queries/staff.ts';
import { rebuildTotals, totalsMatchResponses } from '../db/queries/totals.ts';
import { nightlyPurge } from '../nightly.ts';
import { keepAdminPassword, waitingAdminPassword } from '../node/admin-password.ts';
import { loadEvents, loadSchool, loadSurveys } from '../node/content-files.ts';
import { seedDemoSignups } from '../events/demo.ts';
import { localDevVars, localEdgeFolder, openLocalD1, privateLocalEdgeFolder, wrangler } from '../node/local-d1.ts';
import { isBuildCurrent } from './build-stamp.ts';
import { buildEdge, edgeBuild, edgeSettings } from './build-edge.ts';
import { exitOnBuildError } from './build.ts';
import { calendarNotice } from './calendar-notice.ts';
import { clockFrom } from '../hub.ts';
import { contentDir, projectRoot } from './paths.ts';

/** The hub's clock (GONGYU_NOW may start it elsewhere): demo data and clean-ups follow it too. */
const now = clockFrom(process.env.GONGYU_NOW);

// As with `npm start`, the environment overrides the settings (here wrangler.jsonc's vars). Read
// first: wrangler's platform proxy, opened below, copies wrangler.jsonc's vars into process.env.
const vars = (['SITE_URL', 'GONGYU_SURVEY_LIMIT', 'GONGYU_NOW'] as const).flatMap((name) => (process.env[name] ? ['--var', `${name}:${process.env[name]}`] : []));
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? 'localhost';
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
const folder = localEdgeFolder(projectRoot);

/** The local D1 brought up to date, with an admin and demo answers on a new one, as `npm start` does. */
async function prepare(): Promise<void> {
	await edgeSettings(projectRoot);
	if (!isBuildCurrent(projectRoot, edgeBuild)) {
		console.log('构建站点（Cloudflare Workers）……');
		await buildEdge().catch(exitOnBuildError);
	}
	privateLocalEdgeFolder(projectRoot);
	const { db, close } = await openLocalD1(projectRoot);
	try {
		// With ADMIN_PASSWORD the worker creates admin itself at the first sign-in, as on Cloudflare
		// (localDevVars hands it the password); without it, a generated password waits in a file.
		if (process.env.ADMIN_PASSWORD) {
			if ((await countStaff(db)) === 0) console.log('首次以 admin 登录时，将用 ADMIN_PASSWORD 的值创建管理员账号。');
		} else await ensureAdmin(db, (password) => keepAdminPassword(folder, password), undefined);
		const surveys = loadSurveys(contentDir);
		const school = loadSchool(contentDir);
		const events = loadEvents(contentDir, school);
		if (process.env.GONGYU_DEMO !== '0' && !(await hasAnyResponse(db))) {
			const n = await seedDemo(db, surveys, school, now());
			const signups = await seedDemoSignups(db, events, school, now());
			console.log(`已写入 ${n} 份演示答卷、${signups} 条演示报名（GONGYU_TARGET=edge npm run demo -- remove 可全部删除）。`);
		}
		if (!(await totalsMatchResponses(db))) {
			await rebuildTotals(db, surveys);
			console.log('已根据原始答卷重新统计结果。');
		}
		// On Cloudflare the cron trigger runs it every night; wrangler dev runs no cron by itself.
		await nightlyPurge(db, { surveys, events, school }, now());
	} finally {
		await close();
	}
}

/** Resolves once the worker answers; rejects if wrangler exits first. */
async function ready(child: ChildProcess): Promise<void> {
	let exited: number | null | undefined;
	child.once('exit', (code) => (exited = code));
	for (;;) {
		if (exited !== undefined) throw new Error(`wrangler dev 已退出（${exited}）`);
		const answered = await fetch(`${url}/robots.txt`).then(
			(response) => response.ok,
			() => false,
		);
		if (answered) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** What `npm run start:edge` says once the worker answers; the first admin password only by where it is. */
function banner(): string {
	const file = waitingAdminPassword(folder);
	// The worker has no file system, so it cannot delete the file at the first sign-in as `npm start` does.
	const admin = file ? `管理员账号：admin，初始密码在 ${file} 中（查看：cat ${file}），登录并记下密码后请删除该文件\n` : '';
	const notices = calendarNotice(contentDir, now());
	return `\n共育已启动（Cloudflare Workers 本地运行，数据在 ${folder}）：${url}/\n教职工登录：${url}/admin/login\n${admin}${notices.map((line) => `\n${line}\n`).join('')}`;
}

await prepare();
// Its own process group, so that stopping it stops workerd too (stopping npx or wrangler alone
// leaves workerd running).
const args = ['dev', '--port', String(port), '--ip', host, '--persist-to', folder, '--env-file', localDevVars(projectRoot)];
const child = wrangler(projectRoot, [...args, ...vars, '--show-interactive-dev-session=false', '--log-level', 'warn'], { detached: true });
let stopping = false;
const stop = () => {
	if (stopping) return;
	stopping = true;
	if (child.pid) process.kill(-child.pid, 'SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
child.on('exit', (code) => process.exit(stopping ? 0 : (code ?? 1)));
await ready(child).then(
	() => console.log(banner()),
	(error: unknown) => {
		console.error(String(error));
		stop();
	},
);
