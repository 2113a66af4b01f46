// `npm run staff -- add|list|classes|disable|reset`: staff accounts from the command line.
//   add <username> <role> [--class <班级>]… [显示名]   prints a generated password (or uses STAFF_PASSWORD);
//                                                     a teacher names the classes they look after
//   list                                            every account with its role, classes and state
//   classes <username> --class <班级>…               a teacher's classes, replacing the old ones
//   disable <username>                              signs the account out everywhere and blocks sign-in
//   reset <username>                                a new generated password; signs out everywhere
import { generatePassword, hashPassword } from '../domain/passwords.ts';
import { forgetAdminPassword } from '../node/admin-password.ts';
import { loadSchool } from '../node/content-files.ts';
import { classesOf, createStaff, findStaff, listStaff, setStaffClasses, updateStaff } from '../db/queries/staff.ts';
import { staffRoles, type StaffRole } from '../domain/access.ts';
import { firstAdmin } from '../staff/accounts.ts';
import { openCliDatabase } from './database.ts';
import { contentDir } from './paths.ts';

const roleList = staffRoles.join('|');
const usage = `用法：npm run staff -- add <用户名> <${roleList}> [--class <班级>]… [显示名] | list | classes <用户名> --class <班级>… | disable <用户名> | reset <用户名>`;

/** Positional arguments and the values of every `--class x` (or `--class=x`). */
function parseArgs(args: string[]): { positional: string[]; classes: string[] } {
	const positional: string[] = [];
	const classes: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--class') classes.push(args[++i] ?? '');
		else if (arg.startsWith('--class=')) classes.push(arg.slice('--class='.length));
		else positional.push(arg);
	}
	return { positional, classes: [...new Set(classes)] };
}

const { positional, classes } = parseArgs(process.argv.slice(2));
const [command, username, role, displayName] = positional;
const { db, close, folder } = await openCliDatabase();

function fail(message: string): never {
	console.error(message);
	void close();
	process.exit(2);
}

/** A teacher's classes, checked against school.yaml; fails with the ids it does not know. */
function checkClasses(): string[] {
	if (classes.length === 0) fail(`班主任至少要有一个班级，用 --class 指定，例如 --class g7-2。${usage}`);
	const known = new Set(loadSchool(contentDir).grades.flatMap((g) => g.classes.map((c) => c.id)));
	const unknown = classes.filter((id) => !known.has(id));
	if (unknown.length > 0) fail(`content/school.yaml 里没有这些班级：${unknown.join('、')}。班级要写成 school.yaml 里的 id，例如 g7-2。`);
	return classes;
}

if (command === 'list') {
	for (const u of await listStaff(db)) {
		const taught = u.role === 'teacher' ? `\t${(await classesOf(db, u.id)).join(',')}` : '';
		console.log(`${u.username}\t${u.role}\t${u.displayName}${taught}${u.disabled ? '\t（已停用）' : ''}`);
	}
} else if (command === 'add') {
	if (!username || !/^[a-z0-9._-]{2,32}$/i.test(username)) fail(`用户名只能包含字母、数字和 . _ -（2—32 位）。${usage}`);
	if (!staffRoles.includes(role as StaffRole)) fail(`角色必须是 ${staffRoles.join('、')} 之一。${usage}`);
	if (role !== 'teacher' && classes.length > 0) fail(`只有班主任（teacher）账号才指定 --class。${usage}`);
	const taught = role === 'teacher' ? checkClasses() : [];
	if (await findStaff(db, username)) fail(`用户名 ${username} 已存在。`);
	const password = process.env.STAFF_PASSWORD || generatePassword();
	await createStaff(db, { username, role: role as StaffRole, displayName: displayName ?? username, passwordHash: await hashPassword(password) }, taught);
	console.log(`已创建 ${username}（${role}${taught.length ? `，${taught.join('、')}` : ''}），初始密码：${password}`);
} else if (command === 'classes') {
	const user = username ? await findStaff(db, username) : undefined;
	if (!user) fail(`没有用户名为 ${username ?? ''} 的账号。${usage}`);
	if (user.role !== 'teacher') fail(`${user.username} 不是班主任（teacher）账号，没有班级。`);
	await setStaffClasses(db, user.id, checkClasses());
	console.log(`${user.username} 的班级已改为：${classes.join('、')}`);
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
		if (user.username === firstAdmin) forgetAdminPassword(folder);
	}
} else {
	fail(usage);
}
await close();
