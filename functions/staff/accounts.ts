// Creating the first administrator, used by `npm start` on an empty database.
import { generatePassword, hashPassword } from '../domain/passwords.ts';
import type { Db } from '../db/client.ts';
import { countStaff, createStaff } from '../db/queries/staff.ts';

/**
 * With no staff account yet, creates `admin` with ADMIN_PASSWORD or a generated password.
 * Returns the password to print once, or undefined when accounts already exist.
 */
export async function ensureAdmin(db: Db, password = process.env.ADMIN_PASSWORD): Promise<string | undefined> {
	if ((await countStaff(db)) > 0) return undefined;
	const chosen = password || generatePassword();
	await createStaff(db, { username: 'admin', displayName: '管理员', role: 'admin', passwordHash: await hashPassword(chosen) });
	return chosen;
}
