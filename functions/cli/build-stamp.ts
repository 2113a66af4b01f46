import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Everything the built site is made from. A change to any of it means the build is stale.
const inputs = ['src', 'content', 'functions', 'astro.config.mjs', 'package-lock.json'];

function files(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.map((p) => join(path, p))
		.filter((p) => statSync(p).isFile())
		.sort();
}

/**
 * A hash of the build inputs' paths and contents, plus the settings baked into the build. `extra`:
 * inputs of one target only (the edge build's wrangler.jsonc).
 */
export function inputHash(root: string, extra: readonly string[] = []): string {
	const hash = createHash('sha256').update(`${process.env.SITE_URL ?? ''} ${process.env.GONGYU_TRUST_PROXY ?? ''}`);
	for (const file of [...inputs, ...extra].flatMap((p) => files(join(root, p)))) {
		hash.update(file).update(readFileSync(file));
	}
	return hash.digest('hex');
}

/** Where a build and its stamp go: Node's in dist/, the edge's in dist-edge/. */
export interface BuildTarget {
	outDir: string;
	extraInputs?: readonly string[];
}

const nodeBuild: BuildTarget = { outDir: 'dist' };
const stampOf = (root: string, target: BuildTarget) => join(root, target.outDir, 'build-stamp.txt');

export function isBuildCurrent(root: string, target = nodeBuild): boolean {
	const stamp = stampOf(root, target);
	return existsSync(stamp) && readFileSync(stamp, 'utf8') === inputHash(root, target.extraInputs);
}

export function writeBuildStamp(root: string, target = nodeBuild): void {
	writeFileSync(stampOf(root, target), inputHash(root, target.extraInputs));
}
