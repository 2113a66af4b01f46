// The first administrator's generated password goes into a file only the hub's user can read, never
// to the terminal: a service manager keeps whatever a server prints. The file goes at the first
// sign-in, so the password lives on only in the administrator's head (or their password manager).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolder } from './data-folder.ts';

/** Where the first admin password waits, in the data folder; undefined for a database server. */
export function adminPasswordFile(databaseUrl: string): string | undefined {
	const folder = dataFolder(databaseUrl);
	return folder === undefined ? undefined : join(folder, 'admin-password.txt');
}

export function keepAdminPassword(databaseUrl: string, password: string): void {
	const file = adminPasswordFile(databaseUrl);
	if (!file) throw new Error('ADMIN_PASSWORD must be set when the database is not a local file');
	rmSync(file, { force: true });
	writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
}

/** The file, while it waits for the first sign-in. */
export function waitingAdminPassword(databaseUrl: string): string | undefined {
	const file = adminPasswordFile(databaseUrl);
	return file && existsSync(file) ? file : undefined;
}

export function forgetAdminPassword(databaseUrl: string): void {
	const file = adminPasswordFile(databaseUrl);
	if (file) rmSync(file, { force: true });
}
