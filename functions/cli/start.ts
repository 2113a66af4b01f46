// `npm start`: build when the sources changed since the last build, then serve the hub.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHubServer } from '../node/server.ts';
import { isBuildCurrent } from './build-stamp.ts';
import { buildSite, exitOnBuildError } from './build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

if (!isBuildCurrent(root)) {
	console.log('构建站点……');
	await buildSite().catch(exitOnBuildError);
}

// Astro's entry would start its own server on import; ours adds the security headers.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = pathToFileURL(`${root}dist/server/entry.mjs`).href;
const { handler } = (await import(entry)) as { handler: Parameters<typeof createHubServer>[0] };

const server = createHubServer(handler);
server.listen(port, host, () => {
	console.log(`\n共育已启动：http://${host.includes(':') ? `[${host}]` : host}:${port}/\n`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
