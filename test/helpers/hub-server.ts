// Vitest global setup for e2e: one running hub, started by `npm start`'s own script, for all browser tests.
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startHub, type RunningHub } from './hub.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

let hub: RunningHub | undefined;

export async function setup(project: TestProject) {
	hub = await startHub();
	project.provide('baseUrl', hub.url);
}

export function teardown() {
	hub?.stop();
}

/** The running hub's address, inside an e2e test. */
export const baseUrl = () => inject('baseUrl');
