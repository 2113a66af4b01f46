// The first admin on Cloudflare (functions/edge/first-admin.ts), on each driver: created from the
// ADMIN_PASSWORD secret once, never with a generated password, and two first sign-ins at once are
// not an error.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { verifyPassword } from '../../functions/domain/passwords.ts';
import { createStaff, listStaff } from '../../functions/db/queries/staff.ts';
import { firstAdminFromSecret, isSignIn } from '../../functions/edge/first-admin.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
});
afterEach(() => t.cleanup());

test('with no account, admin is created with the secret as its password', async () => {
	await firstAdminFromSecret(t.db, 'the secret password');
	const [admin, ...others] = await listStaff(t.db);
	expect(others).toEqual([]);
	expect([admin!.username, admin!.role]).toEqual(['admin', 'admin']);
	expect(await verifyPassword('the secret password', admin!.passwordHash)).toBe(true);
});

test('two first sign-ins at once make one admin and neither fails', async () => {
	await Promise.all([firstAdminFromSecret(t.db, 'the secret password'), firstAdminFromSecret(t.db, 'the secret password')]);
	expect((await listStaff(t.db)).map((user) => user.username)).toEqual(['admin']);
});

test('once an account exists, the secret creates nothing', async () => {
	await createStaff(t.db, { username: 'wang', displayName: '王老师', role: 'admin', passwordHash: 'x' });
	await firstAdminFromSecret(t.db, 'the secret password');
	expect((await listStaff(t.db)).map((user) => user.username)).toEqual(['wang']);
});

test('only a POST to the sign-in page counts as a sign-in', () => {
	const at = (method: string, path: string) => isSignIn(new Request(`http://hub.test${path}`, { method }), new URL(`http://hub.test${path}`));
	expect([at('POST', '/admin/login'), at('POST', '/admin/login/'), at('GET', '/admin/login'), at('POST', '/admin/'), at('POST', '/admin/loginx')]).toEqual([true, true, false, false, false]);
});
