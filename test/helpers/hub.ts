// Starts the hub the way `npm start` does (build if stale, then serve), on a free loopback port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

export interface RunningHub {
	url: string;
	/** SIGTERM stops it the way a service manager would; SIGKILL is a crash. Resolves once it is gone. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `root`: another copy of the project to run (a sandbox, test/helpers/sandbox.ts). */
export async function startHub(env: Record<string, string> = {}, root = '.'): Promise<RunningHub> {
	const port = await freePort();
	const child = spawn(process.execPath, ['functions/cli/start.ts'], {
		cwd: root,
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /http:\/\/[\d.]+:\d+(?=\/)/.exec(out);
			if (match) resolve(match[0]);
		});
		child.on('exit', (code) => reject(new Error(`the hub exited (${code}) before listening:\n${out}`)));
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		url,
		stop: (signal = 'SIGTERM') => {
			child.kill(signal);
			return exited;
		},
	};
}
