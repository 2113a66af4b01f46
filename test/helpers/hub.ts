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
	/** Everything the hub wrote to stdout so far, and to stderr when started with `captureStderr`. */
	output(): string;
	/** SIGTERM stops it the way a service manager would; SIGKILL is a crash. Resolves once it is gone. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * `root`: another copy of the project to run (a sandbox, test/helpers/sandbox.ts). `captureStderr`:
 * collect stderr into `output()` too (it is still shown), e.g. to audit everything the hub logs.
 * `script`: `npm run start:edge`'s (functions/cli/start-edge.ts) for the worker on a local D1.
 */
/**
 * When every started hub's clock begins (GONGYU_NOW): the demo content's surveys and sign-up windows
 * are open then, so the browser tests pass on any day. A test may pass its own GONGYU_NOW.
 */
export const e2eNow = '2026-12-02T10:00:00+08:00';

export async function startHub(
	env: Record<string, string> = {},
	root = '.',
	{ captureStderr = false, script = 'functions/cli/start.ts' } = {},
): Promise<RunningHub> {
	const port = await freePort();
	const child = spawn(process.execPath, [script], {
		cwd: root,
		env: { ...process.env, GONGYU_NOW: e2eNow, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', captureStderr ? 'pipe' : 'inherit'],
	});
	let out = '';
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
		out += chunk;
		process.stderr.write(chunk);
	});
	const url = await new Promise<string>((resolve, reject) => {
		child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
			out += chunk;
			// The address in the line both start scripts print once the hub answers.
			const match = /共育已启动[^\n]*?(http:\/\/[\d.]+:\d+)\//.exec(out);
			if (match) resolve(match[1]!);
		});
		child.on('exit', (code) => reject(new Error(`the hub exited (${code}) before listening:\n${out}`)));
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		url,
		output: () => out,
		stop: (signal = 'SIGTERM') => {
			child.kill(signal);
			return exited;
		},
	};
}
