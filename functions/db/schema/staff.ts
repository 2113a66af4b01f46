import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { staffRoles } from '../../domain/access.ts';

/** School staff who sign in: admin manages accounts, leader reads results, handler answers suggestions. */
export const staffUsersTable = sqliteTable('staff_users', {
	id: integer().primaryKey({ autoIncrement: true }),
	/** Sign-in name, lower case. */
	username: text().notNull().unique(),
	/** Shown in the audit trail, e.g. 德育处 王老师. */
	displayName: text('display_name').notNull(),
	role: text({ enum: staffRoles }).notNull(),
	/** scrypt$N$r$p$salt$hash */
	passwordHash: text('password_hash').notNull(),
	disabled: integer({ mode: 'boolean' }).notNull().default(false),
});

/** Signed-in sessions. Only a hash of the cookie's id is kept, so a copy of the database signs no one in. */
export const staffSessionsTable = sqliteTable(
	'staff_sessions',
	{
		idHash: text('id_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => staffUsersTable.id, { onDelete: 'cascade' }),
		/** Milliseconds since the epoch; staff sessions expire by the clock, so they keep times. */
		createdAt: integer('created_at').notNull(),
		lastSeenAt: integer('last_seen_at').notNull(),
		/** Token every staff form must send back. */
		csrfToken: text('csrf_token').notNull(),
	},
	(t) => [
		// Serves signing a user out everywhere (disable, password reset).
		index('staff_sessions_user_idx').on(t.userId),
	],
);

/** Failed sign-ins per account name (hashed), for slowing down password guessing. */
export const loginFailuresTable = sqliteTable('login_failures', {
	keyHash: text('key_hash').primaryKey(),
	failures: integer().notNull(),
	/** Milliseconds since the epoch until which sign-in is refused. */
	lockedUntil: integer('locked_until').notNull(),
});

/** The classes a teacher account looks after: it sees their named lists and no others. */
export const staffClassesTable = sqliteTable(
	'staff_classes',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => staffUsersTable.id, { onDelete: 'cascade' }),
		/** A class id from school.yaml, e.g. g7-2. */
		classId: text('class_id').notNull(),
	},
	(t) => [primaryKey({ columns: [t.userId, t.classId] })],
);
