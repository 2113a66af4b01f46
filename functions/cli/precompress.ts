// Parents often read on slow phone networks: every built text file gets a Brotli (.br) and a gzip
// (.gz) copy, compressed once at build time at the best settings, which the server sends to browsers
// that accept them (functions/node/server.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|ics|wasm)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export async function precompress(dir: string): Promise<void> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => compressible.test(f));
	// A few at a time: zlib works on libuv's thread pool.
	for (let i = 0; i < files.length; i += 16) {
		await Promise.all(
			files.slice(i, i + 16).map(async (file) => {
				const path = join(dir, file);
				const content = readFileSync(path);
				const [br, gz] = await Promise.all([
					brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
					gzipped(content, { level: 9 }),
				]);
				writeFileSync(`${path}.br`, br);
				writeFileSync(`${path}.gz`, gz);
			}),
		);
	}
}
