import { gradeBandSchema } from './grades.ts';
import { z } from './zod.ts';

/** Topics of the family-education resource library (stable keys, used in URLs). */
export const resourceTopics = [
	'learning-habits',
	'mental-health',
	'communication',
	'safety-law',
	'reading',
	'labour-sport',
	'home-school',
] as const;
export type ResourceTopic = (typeof resourceTopics)[number];

export const resourceKinds = ['article', 'case', 'video'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** Front matter of a file in content/resources/. */
export const resourceSchema = z
	.object({
		/** Headline shown on cards, the page and in link previews. */
		title: z.string().min(2).max(60),
		/** One or two sentences for the list, search results and WeChat link cards. */
		description: z.string().min(10).max(160),
		/** article: guidance text; case: a worked family story; video: a recorded talk (needs `video`). */
		kind: z.enum(resourceKinds),
		/** One or more topics; the first is the main one. */
		topics: z.array(z.enum(resourceTopics)).min(1),
		/** Grade bands the resource is written for. */
		grades: z.array(gradeBandSchema).min(1),
		/** Day the school published it; drives "new this month" and the feed. */
		published: z.coerce.date(),
		/** Author or source, e.g. 德育处 or a named expert. */
		source: z.string().min(2),
		/** Link to the recorded video (on the school's own or a domestic platform). */
		video: z.url().optional(),
	})
	.refine((r) => r.kind !== 'video' || r.video !== undefined, {
		message: '视频类资源必须填写 video 链接',
		path: ['video'],
	});
