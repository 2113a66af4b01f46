// Demo sign-ups, so a new installation's staff see lists, a check-in page and a sign-in sheet. Every
// row is marked demo, so `npm run demo -- remove` takes them out with the demo answers.
import { eq, getTableColumns, sql } from 'drizzle-orm';
import { randomToken } from '../domain/codes.ts';
import { audienceClasses, slotAudience, type SchoolEvent } from '../domain/event.ts';
import type { School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { perStatement, type Db } from '../db/client.ts';
import { signupsTable } from '../db/schema/index.ts';
import { seededRandom } from '../surveys/demo.ts';

type Row = typeof signupsTable.$inferInsert;

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱'];
const givenNames = ['建国', '丽华', '晓燕', '志强', '海燕', '文杰', '秀英', '伟', '静', '磊'];
/** Most sign-ups a demo slot gets: enough for a list, a sheet and a rate. */
const perSlot = 12;

/**
 * Half the places of each slot, so anyone trying the parents' form still gets a place. Open days are
 * left empty: the newcomer's walkthrough signs up for one of their few places by hand. Slots already
 * held get check-ins, so /admin/events/ shows rates. Only into a database without sign-ups; returns
 * how many were written.
 */
export async function seedDemoSignups(db: Db, events: ReadonlyMap<string, SchoolEvent>, school: School, now: Date): Promise<number> {
	if ((await db.select({ n: sql<number>`1` }).from(signupsTable).limit(1).all()).length > 0) return 0;
	const rnd = seededRandom(1215);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
	const today = shanghaiDay(now);
	const rows: Row[] = [];
	for (const [eventId, event] of events) {
		if (event.kind === 'open-day' || event.signup.opens > today) continue;
		for (const slot of event.slots) {
			const classes = audienceClasses(school, slotAudience(event, slot)).classes;
			const signedUpBy = [event.signup.closes, slot.date, today].sort()[0]!;
			let people = 0;
			for (let seq = 1; seq <= perSlot; seq++) {
				const party = 1 + Math.floor(rnd() * event.asks.maxPeople);
				if (people + party > Math.floor(slot.capacity / 2)) break;
				people += party;
				const name = `${pick(surnames)}${pick(givenNames)}`;
				rows.push({
					id: randomToken(),
					eventId,
					slotId: slot.id,
					seq,
					status: 'confirmed',
					name,
					classId: event.asks.class ? pick(classes) : null,
					phone: event.asks.phone ? `139${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` : null,
					people: party,
					manageHash: null,
					formKey: null,
					day: signedUpBy,
					attended: slot.date < today && rnd() < 0.85 ? party : null,
					walkIn: false,
					demo: true,
				});
			}
		}
	}
	const inserts = perStatement(rows, Object.keys(getTableColumns(signupsTable)).length).map((chunk) => db.insert(signupsTable).values(chunk));
	if (inserts.length) await db.batch(inserts as [(typeof inserts)[0], ...typeof inserts]);
	return rows.length;
}

/** Deletes every demo sign-up; returns how many. */
export async function removeDemoSignups(db: Db): Promise<number> {
	return (await db.delete(signupsTable).where(eq(signupsTable.demo, true)).returning({ id: signupsTable.id })).length;
}
