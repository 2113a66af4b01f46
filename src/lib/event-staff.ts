// What the staff event pages share: how a slot's day and time read, and classes by name.
import type { EventSlot, SchoolEvent } from '../../functions/domain/event.ts';
import type { School } from '../../functions/domain/school.ts';
import { dates } from '../strings.ts';

/** 2026年12月7日（周一）7:10—7:50; word joiners keep the times on one line. */
export function slotWhen(slot: EventSlot): string {
	const [y, m, d] = slot.date.split('-').map(Number) as [number, number, number];
	const weekday = dates.weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
	const clock = (t: string) => t.replace(/^0/, '');
	return `${dates.day(y, m, d)}（${weekday}）${clock(slot.start)}\u2060—\u2060${clock(slot.end)}`;
}

/** Class ids to names (一（1）班); an id school.yaml no longer has reads as itself. */
export function classNamer(school: School): (classId: string | null) => string {
	const names = new Map(school.grades.flatMap((g) => g.classes.map((c) => [c.id, c.name] as const)));
	return (classId) => (classId ? (names.get(classId) ?? classId) : '');
}

/** The event and slot named in a staff URL, or undefined for a 404. */
export function findSlot(events: ReadonlyMap<string, SchoolEvent>, eventId: string | undefined, slotId?: string) {
	const event = eventId ? events.get(eventId) : undefined;
	if (!event) return undefined;
	const slot = slotId === undefined ? undefined : event.slots.find((s) => s.id === slotId);
	return { event: { ...event, id: eventId! }, slot };
}
