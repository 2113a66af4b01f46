// The data folder holds the database, its WAL and the server secret: whoever can read them reads
// every answer, so they belong to the user that runs the hub alone.
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultDatabaseUrl } from './database.ts';

/** The folder of a `file:` DATABASE_URL; undefined for a database server. */
export function dataFolder(databaseUrl: string): string | undefined {
	return databaseUrl.startsWith('file:') ? dirname(databaseUrl.slice('file:'.length)) : undefined;
}

/**
 * Makes every file this process creates from now on private (umask 077: folders 0700, files 0600;
 * SQLite gives the -wal and -shm files the database file's mode), and tightens a data folder that
 * an earlier version left readable to everyone. Files of other users are left alone: the 0700 folder
 * already hides them.
 */
export function privateDataFolder(databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl): void {
	process.umask(0o077);
	const folder = dataFolder(databaseUrl);
	if (!folder) return;
	mkdirSync(folder, { recursive: true });
	chmodSync(folder, 0o700);
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const file = join(folder, entry.name);
		if (entry.isFile() && statSync(file).uid === process.getuid?.()) chmodSync(file, 0o600);
	}
}
