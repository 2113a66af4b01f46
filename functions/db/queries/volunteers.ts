// Volunteers who came, by name: the organiser's hours per volunteer (functions/events/attendance.ts).
import { and, eq, gt, inArray } from 'drizzle-orm';
import { perStatement, type Db } from '../client.ts';
import { signupsTable } from '../schema/index.ts';

/** Live sign-ups of these events checked in; what retention has reduced to counts has no names left. */
export async function checkedInSignups(db: Db, eventIds: readonly string[]) {
	const t = signupsTable;
	const columns = { eventId: t.eventId, slotId: t.slotId, name: t.name, classId: t.classId, phone: t.phone, attended: t.attended };
	const rows = [];
	for (const ids of perStatement(eventIds, 1, 2))
		rows.push(...(await db.select(columns).from(t).where(and(inArray(t.eventId, ids), eq(t.status, 'confirmed'), gt(t.attended, 0))).all()));
	return rows;
}
