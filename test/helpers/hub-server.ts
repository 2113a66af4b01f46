// Vitest global setup for e2e: runs `npm start`'s own script on a free port, the way a school would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

let child: ChildProcess | undefined;

export async function setup(project: TestProject) {
	const port = await freePort();
	child = spawn(process.execPath, ['functions/cli/start.ts'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		child!.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /http:\/\/[\d.]+:\d+\//.exec(out);
			if (match) resolve(match[0].slice(0, -1));
		});
		child!.on('exit', (code) => reject(new Error(`the hub exited (${code}) before listening:\n${out}`)));
	});
	project.provide('baseUrl', url);
}

export async function teardown() {
	child?.kill('SIGTERM');
}
