// Creating the first administrator, used by `npm start` on an empty database.
import { generatePassword, hashPassword } from '../domain/passwords.ts';
import type { Db } from '../db/client.ts';
import { countStaff, createStaff } from '../db/queries/staff.ts';

export const firstAdmin = 'admin';

/**
 * With no staff account yet, creates `admin` with the given password (ADMIN_PASSWORD), or with a generated password that
 * `keep` stores first (somewhere the administrator can read it; never a log). Says which it did, or
 * undefined when accounts already exist.
 */
export async function ensureAdmin(
	db: Db,
	keep: (generated: string) => void,
	password: string | undefined,
): Promise<'given' | 'generated' | undefined> {
	if ((await countStaff(db)) > 0) return undefined;
	const chosen = password || generatePassword();
	if (!password) keep(chosen);
	await createStaff(db, { username: firstAdmin, displayName: '管理员', role: 'admin', passwordHash: await hashPassword(chosen) });
	return password ? 'given' : 'generated';
}
