// Vitest global setup for e2e: one running hub, started by `npm start`'s own script with a fresh
// database file, for all browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startHub, type RunningHub } from './hub.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		databaseUrl: string;
	}
}

/** The first administrator's password, as a school would set it with ADMIN_PASSWORD. */
export const adminPassword = 'e2e-admin-password';

let hub: RunningHub | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
	dataDir = mkdtempSync(join(tmpdir(), 'gongyu-e2e-'));
	const databaseUrl = `file:${join(dataDir, 'gongyu.db')}`;
	hub = await startHub({ DATABASE_URL: databaseUrl, ADMIN_PASSWORD: adminPassword });
	project.provide('baseUrl', hub.url);
	project.provide('databaseUrl', databaseUrl);
}

export async function teardown() {
	await hub?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** The running hub's address, inside an e2e test. */
export const baseUrl = () => inject('baseUrl');
/** The hub's SQLite file, to check what it stored. */
export const databaseUrl = () => inject('databaseUrl');
