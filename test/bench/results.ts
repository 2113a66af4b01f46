// Results-page server time and export time as responses grow: 1 000, 10 000 and 100 000 generated
// responses to the satisfaction survey, in a database file the running hub serves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAnswers } from '../../functions/domain/answers.ts';
import { rosterFor } from '../../functions/domain/roster.ts';
import { surveyVersion } from '../../functions/domain/survey-version.ts';
import { openDatabase } from '../../functions/node/database.ts';
import { migrateDatabase } from '../../functions/node/migrate.ts';
import { rebuildTotals } from '../../functions/db/queries/totals.ts';
import { answersTable, responsesTable } from '../../functions/db/schema/index.ts';
import { loadSchool, loadSurveys } from '../../functions/node/content-files.ts';
import { demoInput, seededRandom } from '../../functions/surveys/demo.ts';
import { startHub } from '../helpers/hub.ts';
import { pageWeights } from './page-weight.ts';

const surveyId = 'satisfaction-2026-autumn';

/** Writes `n` valid responses in large transactions (fast), then builds the totals from them. */
async function fill(url: string, n: number) {
	const surveys = loadSurveys('content');
	const survey = surveys.get(surveyId)!;
	const roster = rosterFor(loadSchool('content'), survey.audience);
	const { db, close } = await openDatabase(url);
	await migrateDatabase(db);
	const rnd = seededRandom(7);
	const version = surveyVersion(survey);
	for (let start = 0; start < n; start += 200) {
		const responses = [];
		const answers = [];
		for (let i = start; i < Math.min(n, start + 200); i++) {
			const checked = checkAnswers(survey, roster, demoInput(survey, roster, rnd, 0.87));
			if (!checked.ok) throw new Error('generated answers failed the checks');
			responses.push({ id: i + 1, surveyId, surveyVersion: version, day: '2026-12-01', grade: checked.segments.grade, classId: checked.segments.classId });
			answers.push(...checked.answers.map((a) => ({ ...a, responseId: i + 1 })));
		}
		await db.batch([db.insert(responsesTable).values(responses), db.insert(answersTable).values(answers)]);
	}
	await rebuildTotals(db, surveys);
	close();
}

async function signIn(base: string): Promise<string> {
	const res = await fetch(`${base}/admin/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
		body: 'username=admin&password=bench-admin-password',
	});
	return /gongyu_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
}

async function timed(fn: () => Promise<unknown>, runs: number): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		await fn();
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function resultsTimes(exportPaths: Record<string, string>) {
	const rows = [];
	let weight: Awaited<ReturnType<typeof pageWeights>> = [];
	for (const n of [1_000, 10_000, 100_000]) {
		const dir = mkdtempSync(join(tmpdir(), 'gongyu-results-'));
		const url = `file:${join(dir, 'hub.db')}`;
		try {
			await fill(url, n);
			const hub = await startHub({ DATABASE_URL: url, GONGYU_DEMO: '0', ADMIN_PASSWORD: 'bench-admin-password', GONGYU_WORKERS: '1' });
			try {
				const cookie = await signIn(hub.url);
				if (n === 1_000) weight = await pageWeights(hub.url, { dashboard: `/admin/surveys/${surveyId}` }, { cookie });
				const get = (path: string) => fetch(hub.url + path, { headers: { cookie } }).then((r) => r.arrayBuffer());
				const row: Record<string, string | number> = {
					responses: n,
					'results page p50 ms': (await timed(() => get(`/admin/surveys/${surveyId}`), 20)).toFixed(1),
					'class filter p50 ms': (await timed(() => get(`/admin/surveys/${surveyId}?class=g3-1`), 20)).toFixed(1),
				};
				for (const [name, path] of Object.entries(exportPaths)) {
					const started = performance.now();
					const bytes = (await get(path.replace('{survey}', surveyId))).byteLength;
					row[`${name} s`] = ((performance.now() - started) / 1000).toFixed(2);
					row[`${name} KB`] = Math.round(bytes / 1024);
				}
				rows.push(row);
			} finally {
				await hub.stop();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	return { rows, weight };
}
