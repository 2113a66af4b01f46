// Attendance rates and volunteer hours, computed from slot tallies (live rows and the counts kept after
// retention alike), so the figures on /admin/events/ do not change when names are deleted.
import { audienceClasses, slotAudience, slotMinutes, type EventSlot, type SchoolEvent } from '../domain/event.ts';
import type { School } from '../domain/school.ts';
import type { SlotTally } from '../db/queries/signups.ts';

/** A rate against the school's target (school.yaml promises.attendanceTarget). */
export interface Rate {
	came: number;
	expected: number;
	/** Whole per cent, rounded down, so the page never shows a target met that is not. */
	percent: number;
	meets: boolean;
}

export interface SlotReport {
	slot: EventSlot;
	/** People confirmed, walk-ins included. */
	confirmed: number;
	/** People who came. */
	attended: number;
	/**
	 * Held: the slot's day has passed, or someone was checked in (on the day itself, before the day
	 * is over). Until then there is no rate: 0 % of a meeting not yet held says nothing.
	 */
	held: boolean;
	rate?: Rate;
}

export interface EventReport {
	slots: SlotReport[];
	/** Over the slots held; undefined while none is. */
	rate?: Rate;
	/** Per class, over the slots held, in school.yaml's order. */
	classes: { classId: string; rate: Rate }[];
}

interface Cell {
	classId: string;
	came: number;
	expected: number;
}

export function rateOf(came: number, expected: number, target: number): Rate | undefined {
	if (expected === 0) return undefined;
	return { came, expected, percent: Math.floor((came * 100) / expected), meets: came / expected >= target };
}

/**
 * What counts for one held slot, per class. A parent meeting expects every family of its classes,
 * signed up or not (class sizes from school.yaml), and counts families who came (sign-ups checked
 * in): two parents of one family are one family at the meeting, so the rate cannot pass 100 %.
 * Other events expect the people confirmed and count the people who came.
 */
function cells(event: SchoolEvent, slot: EventSlot, tallies: readonly SlotTally[], school: School): Cell[] {
	if (event.kind !== 'parent-meeting')
		return tallies.map((t) => ({ classId: t.classId, came: t.attended, expected: t.confirmed }));
	const sizes = new Map(school.grades.flatMap((g) => g.classes.map((c) => [c.id, c.size] as const)));
	return audienceClasses(school, slotAudience(event, slot)).classes.map((classId) => ({
		classId,
		came: tallies.filter((t) => t.classId === classId).reduce((sum, t) => sum + t.present, 0),
		expected: sizes.get(classId)!,
	}));
}

const sum = (list: readonly Cell[], key: 'came' | 'expected') => list.reduce((total, c) => total + c[key], 0);

/** One event's slots with places taken and, once held, attendance against the target. */
export function eventReport(event: SchoolEvent & { id: string }, tallies: readonly SlotTally[], school: School, today: string): EventReport {
	const target = school.promises.attendanceTarget;
	const held: Cell[] = [];
	const slots = event.slots.map((slot): SlotReport => {
		const mine = tallies.filter((t) => t.eventId === event.id && t.slotId === slot.id);
		const attended = mine.reduce((total, t) => total + t.attended, 0);
		const report: SlotReport = { slot, confirmed: mine.reduce((total, t) => total + t.confirmed, 0), attended, held: slot.date < today || attended > 0 };
		if (!report.held) return report;
		const slotCells = cells(event, slot, mine, school);
		held.push(...slotCells);
		const rate = rateOf(sum(slotCells, 'came'), sum(slotCells, 'expected'), target);
		return rate ? { ...report, rate } : report;
	});
	const order = school.grades.flatMap((g) => g.classes.map((c) => c.id));
	const classes = order.flatMap((classId) => {
		const mine = held.filter((c) => c.classId === classId);
		const rate = rateOf(sum(mine, 'came'), sum(mine, 'expected'), target);
		return rate ? [{ classId, rate }] : [];
	});
	const rate = slots.some((s) => s.held) ? rateOf(sum(held, 'came'), sum(held, 'expected'), target) : undefined;
	return { slots, ...(rate ? { rate } : {}), classes };
}

/** Volunteer minutes per month (YYYY-MM, newest first): each volunteer checked in counts the slot's length once. */
export function volunteerMinutesByMonth(events: ReadonlyMap<string, SchoolEvent>, tallies: readonly SlotTally[]): [string, number][] {
	const months = new Map<string, number>();
	for (const t of tallies) {
		const event = events.get(t.eventId);
		const slot = event?.kind === 'volunteer' ? event.slots.find((s) => s.id === t.slotId) : undefined;
		if (!slot || t.present === 0) continue;
		const month = slot.date.slice(0, 7);
		months.set(month, (months.get(month) ?? 0) + t.present * slotMinutes(slot));
	}
	return [...months].sort(([a], [b]) => b.localeCompare(a));
}

/** A volunteer's service in one month: name, class and phone together say who it is. */
export interface VolunteerMonth {
	month: string;
	name: string;
	classId: string | null;
	phone: string | null;
	minutes: number;
	/** Slots served. */
	times: number;
}

/** Minutes per volunteer per month from the live rows checked in; newest month first, most minutes first. */
export function volunteerMonths(
	events: ReadonlyMap<string, SchoolEvent>,
	rows: readonly { eventId: string; slotId: string; name: string; classId: string | null; phone: string | null; attended: number | null }[],
): VolunteerMonth[] {
	const byKey = new Map<string, VolunteerMonth>();
	for (const r of rows) {
		const event = events.get(r.eventId);
		const slot = event?.kind === 'volunteer' ? event.slots.find((s) => s.id === r.slotId) : undefined;
		if (!slot || !r.attended) continue;
		const month = slot.date.slice(0, 7);
		const key = JSON.stringify([month, r.name, r.classId, r.phone]);
		const entry = byKey.get(key) ?? { month, name: r.name, classId: r.classId, phone: r.phone, minutes: 0, times: 0 };
		entry.minutes += slotMinutes(slot);
		entry.times += 1;
		byKey.set(key, entry);
	}
	return [...byKey.values()].sort((a, b) => b.month.localeCompare(a.month) || b.minutes - a.minutes || a.name.localeCompare(b.name, 'zh'));
}
