// Gzip bytes of the HTML, CSS and JavaScript each page type makes a phone download, and the bytes of
// HTML the hub actually sends a browser that accepts Brotli.
import http from 'node:http';
import { gzipSync } from 'node:zlib';

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

async function get(url: string, headers: Record<string, string> = {}): Promise<Uint8Array> {
	const res = await fetch(url, { headers });
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

/** Bytes on the wire, compressed as the hub chooses for a phone browser (fetch would decompress). */
function sentBytes(url: string, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
				let n = 0;
				res.on('data', (chunk: Buffer) => (n += chunk.length));
				res.on('end', () => resolve(n));
			})
			.on('error', reject);
	});
}

/** A module script and the modules it imports statically (Astro splits shared code into chunks). */
async function moduleGraph(base: string, entry: string, seen = new Set<string>()): Promise<number> {
	if (seen.has(entry)) return 0;
	seen.add(entry);
	const body = await get(base + entry);
	let total = gz(body);
	const text = new TextDecoder().decode(body);
	for (const m of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		total += await moduleGraph(base, new URL(m[1]!, base + entry).pathname, seen);
	}
	return total;
}

export async function pageWeights(base: string, pages: Record<string, string>, headers: Record<string, string> = {}) {
	const rows = [];
	for (const [type, path] of Object.entries(pages)) {
		const html = await get(base + path, headers);
		const text = new TextDecoder().decode(html);
		const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
		const js = [...text.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!);
		let cssBytes = 0;
		for (const href of css) cssBytes += gz(await get(base + href));
		let jsBytes = 0;
		for (const src of js) jsBytes += await moduleGraph(base, src);
		const htmlBytes = gz(html);
		rows.push({
			page: `${type} ${path}`,
			'HTML gz': htmlBytes,
			'CSS gz': cssBytes,
			'JS gz': jsBytes,
			'total gz': htmlBytes + cssBytes + jsBytes,
			'HTML sent': await sentBytes(base + path, headers),
		});
	}
	return rows;
}
