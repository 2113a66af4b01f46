// Page helpers for events: a slot's times as instants and as text, who an event is for, and the
// classes its form offers, all from content/events/ and school.yaml.
import { audienceClasses, slotAudience, type EventSlot, type SchoolEvent } from '../../functions/domain/event.ts';
import type { School } from '../../functions/domain/school.ts';
import { parseShanghaiDateTime } from '../../functions/domain/shanghai-time.ts';
import { events as t, gradeBandLabels } from '../strings.ts';
import { formatTimeRange } from './format.ts';

/** A slot's start and end instants; its Beijing times are checked by the event schema. */
export function slotInterval(slot: EventSlot): { start: Date; end: Date } {
	return {
		start: parseShanghaiDateTime(`${slot.date} ${slot.start}`)!,
		end: parseShanghaiDateTime(`${slot.date} ${slot.end}`)!,
	};
}

/** 2026年12月31日（周四）8:50—9:35 */
export function formatSlotTime(slot: EventSlot): string {
	const { start, end } = slotInterval(slot);
	return formatTimeRange(start, end);
}

/** 初中、七年级、七（2）班 … or 全校家长, from the audience's school.yaml ids. */
export function audienceLabel(school: School, audience: readonly string[]): string {
	if (audience.length === 0) return t.wholeSchool;
	const names = new Map<string, string>();
	for (const g of school.grades) {
		names.set(g.band, gradeBandLabels[g.band]);
		names.set(g.id, g.name);
		for (const c of g.classes) names.set(c.id, c.name);
	}
	return audience.map((id) => names.get(id) ?? id).join('、');
}

/**
 * The classes the form offers, by grade: every class some slot is for. The server checks the class
 * against the chosen slot's own audience.
 */
export function classChoices(school: School, event: SchoolEvent, slots: readonly EventSlot[]) {
	const offered = new Set(slots.flatMap((s) => audienceClasses(school, slotAudience(event, s)).classes));
	return school.grades
		.map((g) => ({ name: g.name, classes: g.classes.filter((c) => offered.has(c.id)) }))
		.filter((g) => g.classes.length > 0);
}
