import { gradeBandSchema } from './grades.ts';
import { z } from './zod.ts';

/**
 * How the hub measures a promise on the public board (functions/promises/). A school picks which to show
 * and words them; each reads its target from one key of `promises` (promiseTargets), so a number is
 * declared once.
 */
export const promiseMeasures = ['reply-general', 'reply-complex', 'satisfaction', 'satisfaction-growth', 'resources', 'lectures', 'attendance', 'needs-survey'] as const;
export type PromiseMeasure = (typeof promiseMeasures)[number];

/** content/school.yaml: everything the site says about the school comes from here. */
export const schoolSchema = z.object({
	/** Full name, e.g. 沙洲实验学校. */
	name: z.string().min(2),
	/** One line shown under the name on the home page. */
	motto: z.string().optional(),
	address: z.string().min(4),
	/** The home–school hotline parents can call. */
	hotline: z.string().min(5),
	/** When the hotline and offices are staffed, e.g. 工作日 8:00—17:30. */
	officeHours: z.string().min(2),
	email: z.email().optional(),
	/** What the school promises parents; the hub measures itself against these. */
	promises: z
		.object({
			/** New resources a month in the library (the seeds: at least 5). */
			resourcesPerMonth: z.number().int().positive().default(5),
			/** Share of parents satisfied (4–5 on a five-point scale) the school aims for (the seeds: 85 %). */
			satisfactionTarget: z.number().min(0).max(1).default(0.85),
			/** Share of families expected at a parent meeting, and of sign-ups expected to come (the seeds: 80 %). */
			attendanceTarget: z.number().min(0).max(1).default(0.8),
			/** Relative rise in the satisfied share on the same term a year before (the seeds: +20 %). */
			satisfactionGrowth: z.number().min(0).max(5).default(0.2),
			/** Parent-school lectures a term, at least (the seeds: 2–3). */
			lecturesPerTerm: z.number().int().min(1).max(20).default(2),
			/** Days a needs questionnaire closes before each parent meeting, at least (the seeds: one week). */
			needsLeadDays: z.number().int().min(1).max(60).default(7),
			/**
			 * Working days to answer a suggestion, counted on content/calendar/ from the day after it
			 * arrives. Staff triage each one as general or complex.
			 */
			replyDays: z
				.object({
					/** A general issue (the seeds: 3 working days). */
					general: z.number().int().min(1).max(30).default(3),
					/** A complex issue, "within a week" in the seeds: 5 working days. */
					complex: z.number().int().min(1).max(30).default(5),
				})
				.prefault({})
				.refine((days) => days.complex >= days.general, {
					path: ['complex'],
					message: '复杂问题的答复时限不能短于一般问题',
				}),
			/** The public promise board (/promises/), in the order shown. */
			board: z
				.array(
					z.object({
						/** What the school promises, as parents read it, e.g. 一般问题 3 个工作日内答复. */
						title: z.string().min(2),
						/** How the hub measures it; the target comes from the key of `promises` this measure reads. */
						measure: z.enum(promiseMeasures),
						/** Slug of the content/policies/ page the promise comes from (checked when content loads). */
						policy: z.string().regex(/^[a-z0-9-]+$/),
					}),
				)
				.default([]),
		})
		.prefault({}),
	/** Event sign-ups hold names: how long after an event's last day they are kept before only counts remain. */
	signups: z
		.object({
			keepDays: z.number().int().min(1).max(365).default(30),
		})
		.prefault({}),
	/** Grades with their classes; class sizes let the dashboard show response rates. */
	grades: z
		.array(
			z.object({
				/** Stable key, e.g. g1. */
				id: z.string().regex(/^[a-z0-9-]+$/),
				/** 一年级 */
				name: z.string(),
				band: gradeBandSchema,
				classes: z
					.array(
						z.object({
							/** Stable key, e.g. g1-1. */
							id: z.string().regex(/^[a-z0-9-]+$/),
							/** 一（1）班 */
							name: z.string(),
							/** Number of pupils. */
							size: z.number().int().positive(),
						}),
					)
					.min(1),
			}),
		)
		.min(1),
});
export type School = z.infer<typeof schoolSchema>;
