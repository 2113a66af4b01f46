import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Everything the built site is made from. A change to any of it means the build is stale.
const inputs = ['src', 'content', 'functions', 'astro.config.mjs', 'package-lock.json'];
const stampFile = 'dist/build-stamp.txt';

function files(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.map((p) => join(path, p))
		.filter((p) => statSync(p).isFile())
		.sort();
}

/** A hash of the build inputs' paths and contents, plus the settings baked into the build. */
export function inputHash(root: string): string {
	const hash = createHash('sha256').update(`${process.env.SITE_URL ?? ''} ${process.env.GONGYU_TRUST_PROXY ?? ''}`);
	for (const file of inputs.flatMap((p) => files(join(root, p)))) {
		hash.update(file).update(readFileSync(file));
	}
	return hash.digest('hex');
}

export function isBuildCurrent(root: string): boolean {
	const stamp = join(root, stampFile);
	return existsSync(stamp) && readFileSync(stamp, 'utf8') === inputHash(root);
}

export function writeBuildStamp(root: string): void {
	writeFileSync(join(root, stampFile), inputHash(root));
}
