// Reads a form submission: a browser's urlencoded POST or a JSON body, into one flat shape.
import type { FormInput } from '../domain/answers.ts';

/** Far above any honest survey (the longest text answer is 5 000 characters). */
export const maxBodyBytes = 64 * 1024;

export type BodyResult =
	| { ok: true; input: FormInput; json: boolean }
	| { ok: false; status: 400 | 413 | 415; json: boolean };

/** The two body types a submission may have, from a Content-Type header; undefined for any other. */
export function bodyType(contentType: string | null | undefined): 'json' | 'form' | undefined {
	const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
	return type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
}

export const wantsJson = (request: Request) => bodyType(request.headers.get('content-type')) === 'json';

/** Reads at most `limit` bytes; a longer body is refused without reading the rest. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | undefined> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) return undefined;
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/**
 * JSON bodies look like `{ "idempotencyKey": "…", "code": "…", "answers": { "q1": "a", "q2": ["x", "y"],
 * "m": { "row1": 4 } } }` and become the same fields a browser form sends.
 */
function fromJson(body: unknown): FormInput | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	const { idempotencyKey, code, answers, ...rest } = body as Record<string, unknown>;
	if (Object.keys(rest).length > 0) return undefined;
	const input: FormInput = {};
	const scalar = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
	for (const [name, v] of [['_key', idempotencyKey], ['_code', code]] as const) {
		if (v === undefined) continue;
		const s = scalar(v);
		if (s === undefined) return undefined;
		input[name] = s;
	}
	if (answers === undefined) return input;
	if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
	for (const [id, v] of Object.entries(answers)) {
		if (Array.isArray(v)) {
			const list = v.map(scalar);
			if (list.some((x) => x === undefined)) return undefined;
			input[`q.${id}`] = list as string[];
		} else if (typeof v === 'object' && v !== null) {
			for (const [row, rv] of Object.entries(v)) {
				const s = scalar(rv);
				if (s === undefined) return undefined;
				input[`q.${id}.${row}`] = s;
			}
		} else {
			const s = scalar(v);
			if (s === undefined) return undefined;
			input[`q.${id}`] = s;
		}
	}
	return input;
}

export async function readFormBody(request: Request, limit = maxBodyBytes): Promise<BodyResult> {
	const type = bodyType(request.headers.get('content-type'));
	if (!type) return { ok: false, status: 415, json: false };
	let bytes: Uint8Array | undefined;
	try {
		bytes = await readCapped(request, limit);
	} catch {
		return { ok: false, status: 400, json: type === 'json' }; // the connection broke
	}
	return bytes ? decodeFormBody(type, bytes) : { ok: false, status: 413, json: type === 'json' };
}

/** A whole body, already read and within the size limit, in the flat shape of a form's fields. */
export function decodeFormBody(type: 'json' | 'form', bytes: Uint8Array): BodyResult {
	const json = type === 'json';
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, status: 400, json };
	}
	if (json) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			return { ok: false, status: 400, json };
		}
		const input = fromJson(parsed);
		return input ? { ok: true, input, json } : { ok: false, status: 400, json };
	}
	const input: FormInput = {};
	for (const [name, value] of new URLSearchParams(text)) {
		const prev = input[name];
		input[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return { ok: true, input, json };
}
