// Sign-ups and their places. Places are decided inside the database, in the statement that writes the
// row, so no two requests can both take the last place: SQLite runs one write at a time, on a libSQL
// file, a libSQL server and D1 alike, and each batch here is one atomic write.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { randomToken } from '../../domain/codes.ts';
import type { SignupStatus } from '../../domain/signup.ts';
import { writeBatch, type Db, type Statement } from '../client.ts';
import { signupCountsTable, signupsTable } from '../schema/index.ts';

export type Signup = typeof signupsTable.$inferSelect;

export interface SlotRef {
	eventId: string;
	slotId: string;
	/** Places in the slot (content/events/), in people. */
	capacity: number;
}

export interface NewSignup {
	name: string;
	classId: string | null;
	phone: string | null;
	people: number;
	manageHash: string;
	formKey: string;
	day: string;
}

/** Where a sign-up stands; `position` counts from 1 at the head of the waiting list. */
export type Place = { status: 'confirmed' } | { status: 'waiting'; position: number } | { status: 'cancelled' };

const taken = `coalesce((select sum(people) from signups where event_id = ? and slot_id = ? and status = 'confirmed'), 0)`;

/**
 * Confirms waiting sign-ups from the head of the list while their people fit: strictly in order, so a
 * small party never overtakes a larger one that arrived first.
 */
function promote({ eventId, slotId, capacity }: SlotRef): Statement {
	return {
		sql: `update signups set status = 'confirmed'
			where event_id = ? and slot_id = ? and status = 'waiting' and id in (
				select id from (
					select id, sum(people) over (order by seq) as running from signups
					where event_id = ? and slot_id = ? and status = 'waiting'
				) where running + ${taken} <= ?
			)`,
		args: [eventId, slotId, eventId, slotId, eventId, slotId, capacity],
	};
}

/**
 * Signs up once per form key: confirmed if the people fit and nobody is waiting, else on the waiting
 * list. A retry of the same form changes nothing and reports where the first one stands.
 */
export async function insertSignup(db: Db, slot: SlotRef, s: NewSignup): Promise<{ signup: Signup; place: Place }> {
	const { eventId, slotId, capacity } = slot;
	await writeBatch(db, [
		// A capacity raised in content/events/ first serves those already waiting.
		promote(slot),
		{
			sql: `insert into signups (id, event_id, slot_id, seq, status, name, class_id, phone, people, manage_hash, form_key, day)
				select ?, ?, ?,
					coalesce((select max(seq) from signups where event_id = ? and slot_id = ?), 0) + 1,
					case when ${taken} + ? <= ?
						and not exists (select 1 from signups where event_id = ? and slot_id = ? and status = 'waiting')
						then 'confirmed' else 'waiting' end,
					?, ?, ?, ?, ?, ?, ?
				where true
				on conflict (form_key) do nothing`,
			args: [
				randomToken(), eventId, slotId,
				eventId, slotId,
				eventId, slotId, s.people, capacity,
				eventId, slotId,
				s.name, s.classId, s.phone, s.people, s.manageHash, s.formKey, s.day,
			],
		},
	]);
	const signup = (await db.select().from(signupsTable).where(eq(signupsTable.formKey, s.formKey)).get())!;
	return { signup, place: await placeOf(db, signup) };
}

async function placeOf(db: Db, s: Signup): Promise<Place> {
	if (s.status !== 'waiting') return { status: s.status };
	const t = signupsTable;
	const ahead = await db
		.select({ n: sql<number>`count(*)` })
		.from(t)
		.where(and(eq(t.eventId, s.eventId), eq(t.slotId, s.slotId), eq(t.status, 'waiting'), sql`${t.seq} <= ${s.seq}`))
		.get();
	return { status: 'waiting', position: ahead!.n };
}

/** The sign-up behind a manage code's hash, with where it stands. */
export async function signupByManageHash(db: Db, manageHash: string): Promise<{ signup: Signup; place: Place } | undefined> {
	const signup = await db.select().from(signupsTable).where(eq(signupsTable.manageHash, manageHash)).get();
	return signup && { signup, place: await placeOf(db, signup) };
}

/** Cancels a sign-up and, in the same commit, gives its places to the head of the waiting list. */
export async function cancelSignup(db: Db, slot: SlotRef, signupId: string): Promise<void> {
	await writeBatch(db, [
		{ sql: `update signups set status = 'cancelled' where id = ? and status != 'cancelled'`, args: [signupId] },
		promote(slot),
	]);
}

export interface SlotCount {
	confirmed: number;
	waiting: number;
}

/**
 * People confirmed and sign-ups waiting per slot, keyed `eventId/slotId`: of one event, or of every
 * event in one query (the lists of all events).
 */
export async function slotCounts(db: Db, eventId?: string): Promise<Map<string, SlotCount>> {
	const t = signupsTable;
	const rows = await db
		.select({
			eventId: t.eventId,
			slotId: t.slotId,
			confirmed: sql<number>`coalesce(sum(case when ${t.status} = 'confirmed' then ${t.people} end), 0)`,
			waiting: sql<number>`count(case when ${t.status} = 'waiting' then 1 end)`,
		})
		.from(t)
		.where(eventId === undefined ? undefined : eq(t.eventId, eventId))
		.groupBy(t.eventId, t.slotId)
		.all();
	return new Map(rows.map(({ eventId: e, slotId, ...counts }) => [slotKey(e, slotId), counts]));
}

export const slotKey = (eventId: string, slotId: string) => `${eventId}/${slotId}`;

/** A slot's sign-ups in order of arrival, confirmed first, then waiting, then cancelled. */
export async function slotSignups(db: Db, eventId: string, slotId: string): Promise<Signup[]> {
	const t = signupsTable;
	return db
		.select()
		.from(t)
		.where(and(eq(t.eventId, eventId), eq(t.slotId, slotId)))
		.orderBy(sql`case ${t.status} when 'confirmed' then 0 when 'waiting' then 1 else 2 end`, asc(t.seq))
		.all();
}

/** Sign-ups of these classes' children, for their class teachers. */
export async function classSignups(db: Db, classIds: readonly string[]): Promise<Signup[]> {
	if (classIds.length === 0) return [];
	const t = signupsTable;
	return db.select().from(t).where(inArray(t.classId, [...classIds])).orderBy(asc(t.eventId), asc(t.slotId), asc(t.seq)).all();
}

/** Someone who came without signing up, added on the check-in list: confirmed and present. */
export async function addWalkIn(db: Db, slot: SlotRef, w: { name: string; classId: string | null; people: number; day: string }) {
	await writeBatch(db, [
		{
			sql: `insert into signups (id, event_id, slot_id, seq, status, name, class_id, phone, people, day, attended, walk_in)
				select ?, ?, ?, coalesce((select max(seq) from signups where event_id = ? and slot_id = ?), 0) + 1,
					'confirmed', ?, ?, null, ?, ?, ?, 1`,
			args: [randomToken(), slot.eventId, slot.slotId, slot.eventId, slot.slotId, w.name, w.classId, w.people, w.day, w.people],
		},
	]);
}

/** Ticks (people who came) or unticks (null) a confirmed sign-up on the check-in list. */
export async function markAttendance(db: Db, eventId: string, signupId: string, attended: number | null) {
	const t = signupsTable;
	await db
		.update(t)
		.set({ attended })
		.where(and(eq(t.id, signupId), eq(t.eventId, eventId), eq(t.status, 'confirmed' satisfies SignupStatus)));
}

/** Per slot and class: people confirmed, people who came, sign-ups present; live rows and reduced counts. */
export interface SlotTally {
	eventId: string;
	slotId: string;
	/** '' when the event asks no class. */
	classId: string;
	confirmed: number;
	attended: number;
	present: number;
}

const liveTally = (t: typeof signupsTable) => ({
	eventId: t.eventId,
	slotId: t.slotId,
	classId: sql<string>`coalesce(${t.classId}, '')`.as('class_id'),
	confirmed: sql<number>`sum(${t.people})`.as('confirmed'),
	attended: sql<number>`coalesce(sum(${t.attended}), 0)`.as('attended'),
	present: sql<number>`count(case when ${t.attended} > 0 then 1 end)`.as('present'),
});

export async function slotTallies(db: Db): Promise<SlotTally[]> {
	const t = signupsTable;
	const live = await db
		.select(liveTally(t))
		.from(t)
		.where(eq(t.status, 'confirmed'))
		.groupBy(t.eventId, t.slotId, sql`coalesce(${t.classId}, '')`)
		.all();
	const kept = await db.select().from(signupCountsTable).all();
	return [...live, ...kept];
}

/**
 * Replaces an event's named rows by counts per slot and class, in one commit: what retention keeps.
 * Counts already kept for the event are added to, so running it twice loses nothing.
 */
export async function reduceToCounts(db: Db, eventId: string): Promise<void> {
	await writeBatch(db, [
		{
			sql: `insert into signup_counts (event_id, slot_id, class_id, confirmed, attended, present)
				select event_id, slot_id, coalesce(class_id, ''), sum(people), coalesce(sum(attended), 0),
					count(case when attended > 0 then 1 end)
				from signups where event_id = ? and status = 'confirmed'
				group by event_id, slot_id, coalesce(class_id, '')
				on conflict (event_id, slot_id, class_id) do update set
					confirmed = confirmed + excluded.confirmed,
					attended = attended + excluded.attended,
					present = present + excluded.present`,
			args: [eventId],
		},
		{ sql: `delete from signups where event_id = ?`, args: [eventId] },
	]);
}
