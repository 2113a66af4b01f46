import { gradeBandSchema } from './grades.ts';
import { parseShanghaiDateTime } from './shanghai-time.ts';
import { termOf } from './term.ts';
import { z } from './zod.ts';

/** "2026-12-05 19:00", read as Beijing time whatever zone the build machine is in. */
const beijingTime = z.string().transform((text, ctx) => {
	const date = parseShanghaiDateTime(text);
	if (!date) {
		ctx.addIssue({ code: 'custom', message: '时间应写成 2026-12-05 19:00（北京时间）' });
		return z.NEVER;
	}
	return date;
});

/** Front matter of a file in content/lectures/. */
export const lectureSchema = z
	.object({
		/** Lecture title as parents will see it. */
		title: z.string().min(2).max(60),
		/** What parents will take away, in a sentence or two. */
		description: z.string().min(10).max(160),
		/** Who gives the lecture. */
		speaker: z.string().min(2),
		/** The speaker's role, e.g. 心理健康教师. */
		speakerTitle: z.string().optional(),
		/** Start, Beijing time: 2026-12-05 19:00. */
		start: beijingTime,
		/** End, Beijing time; after the start. */
		end: beijingTime,
		/** Room or hall for an on-site lecture. */
		place: z.string().optional(),
		/** Link to join an online lecture. */
		online: z.url().optional(),
		/** Grade bands the lecture is meant for. */
		grades: z.array(gradeBandSchema).min(1),
		/** Handouts and slides to read before or after. */
		materials: z.array(z.object({ title: z.string(), url: z.string() })).default([]),
		/** Id of the feedback survey in content/surveys/, if one follows the lecture. */
		feedbackSurvey: z.string().optional(),
	})
	.refine((l) => l.end > l.start, { message: '结束时间必须晚于开始时间', path: ['end'] })
	.refine((l) => l.place !== undefined || l.online !== undefined, {
		message: '请填写地点 place 或线上链接 online（至少一项）',
		path: ['place'],
	})
	// The term follows from the date, so it can never disagree with it.
	.transform((l) => ({ ...l, term: termOf(l.start) }));
export type Lecture = z.infer<typeof lectureSchema>;
