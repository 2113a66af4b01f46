import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { signupStatuses } from '../../domain/signup.ts';

// Named data. Sign-ups hold parents' names and numbers, so they live in tables of their own, are read
// only through the access rules for named data (functions/domain/access.ts), are never joined with the
// anonymous tables, and are reduced to counts some days after the event (functions/events/retention.ts).

/** One parent's sign-up for one slot of an event (content/events/<eventId>.yaml). */
export const signupsTable = sqliteTable(
	'signups',
	{
		/** Random. */
		id: text().primaryKey(),
		eventId: text('event_id').notNull(),
		slotId: text('slot_id').notNull(),
		/** Order of arrival within the slot: the waiting list is served in this order. */
		seq: integer().notNull(),
		status: text({ enum: signupStatuses }).notNull(),
		/** The parent's name or 称呼. */
		name: text().notNull(),
		classId: text('class_id'),
		phone: text(),
		/** People coming on this sign-up, the parent included. */
		people: integer().notNull(),
		/** Keyed hash of the manage code shown once to the parent; null for walk-ins added on the day. */
		manageHash: text('manage_hash').unique(),
		/** The form's idempotency key, so a double tap signs up once; null for walk-ins. */
		formKey: text('form_key').unique(),
		/** Beijing calendar day of the sign-up. */
		day: text().notNull(),
		/** Ticked on the check-in list: people who came; null until checked. */
		attended: integer(),
		/** Added on the day by staff, without signing up. */
		walkIn: integer('walk_in', { mode: 'boolean' }).notNull().default(false),
		/** Generated demo data, removable with one command. */
		demo: integer({ mode: 'boolean' }).notNull().default(false),
	},
	(t) => [
		// Serves places left, the waiting list and the check-in list of a slot.
		index('signups_slot_idx').on(t.eventId, t.slotId, t.status, t.seq),
		// Serves a class teacher's list.
		index('signups_class_idx').on(t.classId),
	],
);

/**
 * What is left of a slot's sign-ups once the named rows are deleted: counts per class, so attendance
 * rates and volunteer hours outlive the names.
 */
export const signupCountsTable = sqliteTable(
	'signup_counts',
	{
		eventId: text('event_id').notNull(),
		slotId: text('slot_id').notNull(),
		/** '' when the event asks no class. */
		classId: text('class_id').notNull(),
		/** People confirmed (walk-ins included). */
		confirmed: integer().notNull(),
		/** People who came. */
		attended: integer().notNull(),
		/** Sign-ups checked in (volunteers counted once, whatever they brought). */
		present: integer().notNull(),
	},
	(t) => [primaryKey({ columns: [t.eventId, t.slotId, t.classId] })],
);
