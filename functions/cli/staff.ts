// `npm run staff -- add|list|disable|reset`: staff accounts from the command line.
//   add <username> <admin|leader|handler> [显示名]   prints a generated password (or uses STAFF_PASSWORD)
//   list                                            every account with its role and state
//   disable <username>                              signs the account out everywhere and blocks sign-in
//   reset <username>                                a new generated password; signs out everywhere
import { generatePassword, hashPassword } from '../domain/passwords.ts';
import { defaultDatabaseUrl, openDatabase } from '../node/database.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { forgetAdminPassword } from '../node/admin-password.ts';
import { privateDataFolder } from '../node/data-folder.ts';
import { createStaff, findStaff, listStaff, updateStaff } from '../db/queries/staff.ts';
import { staffRoles, type StaffRole } from '../domain/access.ts';
import { firstAdmin } from '../staff/accounts.ts';

const [command, username, role, displayName] = process.argv.slice(2);
const usage = '用法：npm run staff -- add <用户名> <admin|leader|handler> [显示名] | list | disable <用户名> | reset <用户名>';
privateDataFolder();
const { db, close } = await openDatabase();
await migrateDatabase(db);

function fail(message: string): never {
	console.error(message);
	close();
	process.exit(2);
}

if (command === 'list') {
	for (const u of await listStaff(db)) console.log(`${u.username}\t${u.role}\t${u.displayName}${u.disabled ? '\t（已停用）' : ''}`);
} else if (command === 'add') {
	if (!username || !/^[a-z0-9._-]{2,32}$/i.test(username)) fail(`用户名只能包含字母、数字和 . _ -（2—32 位）。${usage}`);
	if (!staffRoles.includes(role as StaffRole)) fail(`角色必须是 admin、leader 或 handler。${usage}`);
	if (await findStaff(db, username)) fail(`用户名 ${username} 已存在。`);
	const password = process.env.STAFF_PASSWORD || generatePassword();
	await createStaff(db, { username, role: role as StaffRole, displayName: displayName ?? username, passwordHash: await hashPassword(password) });
	console.log(`已创建 ${username}（${role}），初始密码：${password}`);
} else if (command === 'disable' || command === 'reset') {
	const user = username ? await findStaff(db, username) : undefined;
	if (!user) fail(`没有用户名为 ${username ?? ''} 的账号。${usage}`);
	if (command === 'disable') {
		await updateStaff(db, user.id, { disabled: true });
		console.log(`已停用 ${user.username}，其所有登录已失效。`);
	} else {
		const password = generatePassword();
		await updateStaff(db, user.id, { passwordHash: await hashPassword(password), disabled: false });
		console.log(`已为 ${user.username} 重设密码：${password}`);
		// A first admin password still waiting in its file no longer signs anyone in.
		if (user.username === firstAdmin) forgetAdminPassword(process.env.DATABASE_URL ?? defaultDatabaseUrl);
	}
} else {
	fail(usage);
}
close();
