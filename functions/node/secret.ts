import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomToken } from '../domain/codes.ts';
import { dataFolder } from './data-folder.ts';

/**
 * The server secret keys receipt-code hashes. GONGYU_SECRET wins; otherwise one is generated once into
 * the folder of the database file and kept there. Losing it makes existing receipt codes unreadable,
 * so back it up with the database. `npm start` creates it before the workers start.
 */
export function loadSecret(databaseUrl: string): string {
	if (process.env.GONGYU_SECRET) return process.env.GONGYU_SECRET;
	const folder = dataFolder(databaseUrl);
	if (folder === undefined) throw new Error('GONGYU_SECRET must be set when the database is not a local file');
	const file = secretFile(folder);
	if (!existsSync(file)) {
		mkdirSync(folder, { recursive: true });
		const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
		writeFileSync(file, `${secret}\n`, { mode: 0o600 });
	}
	return readFileSync(file, 'utf8').trim();
}

const secretFile = (folder: string) => join(folder, 'secret.key');

/** Neither GONGYU_SECRET nor the secret's file: loadSecret would make a new one. */
export function secretMissing(databaseUrl: string): boolean {
	const folder = dataFolder(databaseUrl);
	return !process.env.GONGYU_SECRET && folder !== undefined && !existsSync(secretFile(folder));
}

/**
 * Salts the hashes that count sign-in attempts per source address. It is made once per `npm start`
 * and reaches the workers through their environment; it is never written down, so neither the
 * database nor a backup with the secret can be searched for an address. A restart forgets the counts.
 */
export function sourceSalt(): string {
	process.env.GONGYU_SOURCE_SALT ||= randomToken();
	return process.env.GONGYU_SOURCE_SALT;
}
