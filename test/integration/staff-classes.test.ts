// A class teacher's account and the classes it looks after, on each driver.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { classesOf, createSession, createStaff, findStaff, sessionFor, setStaffClasses } from '../../functions/db/queries/staff.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
});
afterEach(() => t.cleanup());

const user = (username: string, role: 'teacher' | 'organiser') => ({ username, role, displayName: username, passwordHash: 'scrypt$x' });

test('a teacher is created with their classes in one commit; a session carries them; they can be replaced', async () => {
	await createStaff(t.db, user('Chen.Jing', 'teacher'), ['g7-3', 'g7-2']);
	const teacher = (await findStaff(t.db, 'chen.jing'))!;
	expect(await classesOf(t.db, teacher.id)).toEqual(['g7-2', 'g7-3']);
	const { id } = await createSession(t.db, teacher.id, 1_000);
	expect((await sessionFor(t.db, id, 2_000))?.classes).toEqual(['g7-2', 'g7-3']);

	await setStaffClasses(t.db, teacher.id, ['g8-1']);
	expect((await sessionFor(t.db, id, 3_000))?.classes).toEqual(['g8-1']);
});

test('an organiser has no classes of its own; a second account with the same name stores no classes either', async () => {
	await createStaff(t.db, user('jiaowu', 'organiser'));
	const organiser = (await findStaff(t.db, 'jiaowu'))!;
	expect(await classesOf(t.db, organiser.id)).toEqual([]);
	await expect(createStaff(t.db, user('jiaowu', 'teacher'), ['g7-2'])).rejects.toThrow();
	expect(await classesOf(t.db, organiser.id)).toEqual([]);
});
