// Events parents sign up for (content/events/<id>.yaml): open days, volunteer rotas, 家长进课堂,
// parent meetings, parent–child activities. One schema for the site's collection and the server.
import type { School } from './school.ts';
import { z } from './zod.ts';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '只能用小写字母、数字和连字符，例如 morning、g7');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间要写成 24 小时制的 HH:MM，例如 08:30');
// Astro's YAML loader reads an unquoted 2026-12-28 as a Date (YAML 1.1); the server's parser as text.
const day = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期要写成 YYYY-MM-DD，例如 2026-12-28'),
);

/** Stable keys; the Chinese names live in src/strings.ts. */
export const eventKinds = ['open-day', 'volunteer', 'class-visit', 'parent-meeting', 'family-activity'] as const;
export type EventKind = (typeof eventKinds)[number];

/** One session of an event, with its own places. */
export const slotSchema = z
	.object({
		/** Stable id: sign-ups are stored under it. */
		id: key,
		/** Beijing calendar day. */
		date: day,
		/** Beijing time. */
		start: clock,
		end: clock,
		place: z.string().min(2),
		/** Places: people, not sign-ups (one sign-up may bring several). */
		capacity: z.number().int().min(1).max(2000),
		/** A line shown beside the slot, e.g. 旁听七（2）班第二节语文课. */
		note: z.string().optional(),
		/** Narrows the event's audience for this slot, e.g. one grade's parent meeting. */
		audience: z.array(key).optional(),
	})
	.refine((s) => s.end > s.start, { path: ['end'], message: '结束时间必须晚于开始时间' });
export type EventSlot = z.infer<typeof slotSchema>;

export const eventSchema = z
	.object({
		title: z.string().min(2),
		kind: z.enum(eventKinds),
		description: z.string().min(10),
		/**
		 * Who it is for: grade bands (junior), grade ids (g7) or class ids (g7-2) from school.yaml;
		 * empty for the whole school. Only these classes can be chosen on the form.
		 */
		audience: z.array(key).default([]),
		/** Who runs it, shown to parents, e.g. 德育处. */
		organiser: z.string().min(2),
		/** Sign-up window, Beijing calendar days, both included. */
		signup: z.object({ opens: day, closes: day }).refine((w) => w.closes >= w.opens, {
			path: ['closes'],
			message: '报名截止日期不能早于开始日期',
		}),
		/** What the form asks beyond the parent's name or 称呼 (always asked). */
		asks: z
			.object({
				/** The child's class. */
				class: z.boolean().default(true),
				/** A mobile number, when the organiser needs to call back. */
				phone: z.boolean().default(false),
				/** Most people one sign-up may bring (the parent included). */
				maxPeople: z.number().int().min(1).max(10).default(1),
			})
			.prefault({}),
		slots: z.array(slotSchema).min(1),
	})
	.superRefine((e, ctx) => {
		const seen = new Set<string>();
		e.slots.forEach((s, i) => {
			if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['slots', i, 'id'], message: `场次 id “${s.id}” 重复` });
			seen.add(s.id);
			if (s.date < e.signup.opens)
				ctx.addIssue({ code: 'custom', path: ['slots', i, 'date'], message: '场次日期不能早于报名开始日期' });
		});
	});
export type SchoolEvent = z.infer<typeof eventSchema>;

/** Minutes a slot lasts: volunteer hours count it for each volunteer who came. */
export function slotMinutes(slot: EventSlot): number {
	const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
	return minutes(slot.end) - minutes(slot.start);
}

/** The last day any slot of the event takes place. */
export const lastDay = (event: SchoolEvent): string => event.slots.map((s) => s.date).sort().at(-1)!;

/** The classes a slot is for: its own audience, else the event's. */
export const slotAudience = (event: SchoolEvent, slot: EventSlot): readonly string[] => slot.audience ?? event.audience;

/** The class ids an audience covers, in school.yaml's order, or the ids school.yaml does not know. */
export function audienceClasses(school: School, audience: readonly string[]): { classes: string[]; unknown: string[] } {
	const known = new Set(school.grades.flatMap((g) => [g.id, g.band, ...g.classes.map((c) => c.id)]));
	const unknown = audience.filter((id) => !known.has(id));
	const classes = school.grades.flatMap((g) =>
		g.classes.filter((c) => audience.length === 0 || audience.some((id) => id === g.band || id === g.id || id === c.id)).map((c) => c.id),
	);
	return { classes, unknown };
}
