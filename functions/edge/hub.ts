// The Cloudflare Workers composition root: the hub built from the worker's bindings (wrangler.jsonc).
// Only functions/edge/ knows it runs on Workers; what it builds is the same Hub the Node server builds.
import type { D1Database } from '@cloudflare/workers-types';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { d1Database, openRemote, type Db } from '../db/client.ts';
import { databaseRateLimiter } from '../http/rate-limit.ts';
import { assembleHub, clockFrom, type Hub } from '../hub.ts';
import { bundledContent } from './content.ts';

/** The worker's bindings: wrangler.jsonc declares them; `wrangler secret put` sets the secret. */
export interface EdgeEnv {
	/** The D1 database (`d1_databases`, binding DB). */
	DB: D1Database;
	/** Keys receipt-code hashes and, through derived salts, every hash of an address. A Workers secret. */
	GONGYU_SECRET?: string;
	/** The public address; https marks session cookies Secure. */
	SITE_URL?: string;
	/** Stored survey responses per source and 10 minutes; 0 turns the limit off. */
	GONGYU_SURVEY_LIMIT?: string;
	/** Starts the hub's clock at this instant (demos, tests); see clockFrom. */
	GONGYU_NOW?: string;
	/**
	 * The first administrator's password, a Workers secret set only until `admin` exists: while no staff
	 * account exists, a sign-in POST creates `admin` with it (functions/edge/first-admin.ts). Delete it
	 * afterwards with `npx wrangler secret delete ADMIN_PASSWORD`.
	 */
	ADMIN_PASSWORD?: string;
	/** Turso instead of D1: `libsql://<db>.turso.io` (a var), with DATABASE_AUTH_TOKEN (a secret). */
	DATABASE_URL?: string;
	DATABASE_AUTH_TOKEN?: string;
}

/** The database the bindings name: Turso over HTTPS when DATABASE_URL is set, else the D1 binding. */
function databaseOf(env: EdgeEnv): Db {
	return env.DATABASE_URL ? openRemote(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN).db : d1Database(env.DB);
}

/** A salt for hashing addresses, derived from the secret for one purpose; never stored anywhere. */
export const derivedSalt = (secret: string, purpose: string): string => bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(purpose)));

const hubs = new WeakMap<EdgeEnv, Hub>();

/**
 * The hub for these bindings. It holds no promise and no request's state (only the database handle,
 * the parsed content and the limiters' rules), so one serves every request of the isolate.
 */
export function edgeHub(env: EdgeEnv): Hub {
	const cached = hubs.get(env);
	if (cached) return cached;
	const secret = env.GONGYU_SECRET;
	if (!secret)
		throw new Error('GONGYU_SECRET is not set: `npx wrangler secret put GONGYU_SECRET` on Cloudflare, or in .dev.vars for wrangler dev (npm run start:edge makes one).');
	const db = databaseOf(env);
	const sourceSalt = derivedSalt(secret, 'gongyu source salt');
	const hub = assembleHub({
		db,
		content: bundledContent(),
		secret,
		sourceSalt,
		// Isolates share nothing but the database: every attempt is counted there, keyed per window.
		limiter: (name, rule) => databaseRateLimiter(db, name, rule, sourceSalt),
		surveyLimit: Number(env.GONGYU_SURVEY_LIMIT ?? 60),
		secureCookies: (env.SITE_URL ?? '').startsWith('https:'),
		// The adapter gives Astro the client's address from CF-Connecting-IP, which Cloudflare sets.
		trustProxy: false,
		now: clockFrom(env.GONGYU_NOW),
	});
	hubs.set(env, hub);
	return hub;
}
