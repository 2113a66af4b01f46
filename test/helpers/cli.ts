import { execFileSync } from 'node:child_process';

/** Runs `npm run codes`'s script against a database and returns the printed codes. */
export function issueCodes(databaseUrl: string, surveyId: string, count: number): string[] {
	const csv = execFileSync(process.execPath, ['functions/cli/codes.ts', surveyId, String(count)], {
		env: { ...process.env, DATABASE_URL: databaseUrl },
		encoding: 'utf8',
	});
	const [header, ...rows] = csv.trim().split('\n');
	if (header !== 'code,survey') throw new Error(`unexpected output: ${csv}`);
	return rows.map((row) => row.split(',')[0]!);
}

/** Runs `npm run staff -- add`'s script: a staff account with a known password (a teacher's with classes). */
export function addStaff(databaseUrl: string, username: string, role: string, displayName: string, password: string, classes: string[] = []): void {
	execFileSync(process.execPath, ['functions/cli/staff.ts', 'add', username, role, ...classes.flatMap((c) => ['--class', c]), displayName], {
		env: { ...process.env, DATABASE_URL: databaseUrl, STAFF_PASSWORD: password },
		encoding: 'utf8',
	});
}
