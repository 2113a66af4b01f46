// The first administrator on Cloudflare, where no start script runs next to the database: with no
// staff account yet and the Workers secret ADMIN_PASSWORD set, the first sign-in POST creates `admin`
// with that password, then signs in as any other. Delete the secret once admin exists (DEPLOY.md §3).
import type { Db } from '../db/client.ts';
import { countStaff } from '../db/queries/staff.ts';
import { ensureAdmin } from '../staff/accounts.ts';

/** A POST to the sign-in page, the only request that may create the first admin. */
export const isSignIn = (request: Request, url: URL): boolean => request.method === 'POST' && /^\/admin\/login\/?$/.test(url.pathname);

/**
 * Creates `admin` with `password` when no staff account exists. A worker has nowhere private to keep a
 * generated password, so none is ever generated here. Two first sign-ins at once both see no account:
 * the slower insert fails on the unique username, and that is fine once an account exists. While
 * the secret is set, each sign-in POST costs one count of the accounts, so delete it once admin exists.
 */
export async function firstAdminFromSecret(db: Db, password: string): Promise<void> {
	try {
		await ensureAdmin(
			db,
			() => {
				throw new Error('the worker never generates the first admin password');
			},
			password,
		);
	} catch (error) {
		if ((await countStaff(db)) === 0) throw error;
	}
}
