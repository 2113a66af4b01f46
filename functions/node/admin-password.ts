// The first administrator's generated password goes into a file only the hub's user can read, never
// to the terminal: a service manager keeps whatever a server prints. The file goes at the first
// sign-in, so the password lives on only in the administrator's head (or their password manager).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the first admin password waits, in the hub's data folder (the SQLite file's, functions/node/
 * data-folder.ts, or the local D1's, functions/node/local-d1.ts); undefined for a database server.
 */
export function adminPasswordFile(folder: string | undefined): string | undefined {
	return folder === undefined ? undefined : join(folder, 'admin-password.txt');
}

export function keepAdminPassword(folder: string | undefined, password: string): void {
	const file = adminPasswordFile(folder);
	if (!file) throw new Error('ADMIN_PASSWORD must be set when the database is not a local file');
	rmSync(file, { force: true });
	writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
}

/** The file, while it waits for the first sign-in. */
export function waitingAdminPassword(folder: string | undefined): string | undefined {
	const file = adminPasswordFile(folder);
	return file && existsSync(file) ? file : undefined;
}

export function forgetAdminPassword(folder: string | undefined): void {
	const file = adminPasswordFile(folder);
	if (file) rmSync(file, { force: true });
}
