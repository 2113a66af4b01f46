import { z } from './zod.ts';

/** Front matter of a file in content/policies/. */
export const policySchema = z.object({
	/** Full title, e.g. 家访制度. */
	title: z.string().min(2).max(40),
	/** What the policy is for, in a sentence or two (list, search and link cards). */
	summary: z.string().min(10).max(160),
	/** Office that owns and updates the policy, e.g. 德育处. */
	office: z.string().min(2),
	/** Version label shown next to the title, e.g. "2.0". */
	version: z.string().regex(/^\d+(\.\d+)*$/, '版本号应写成 1.0、2.1 这样的数字'),
	/** Day this version takes effect. */
	effective: z.coerce.date(),
	/** Earlier versions, newest first: what changed and when. */
	history: z
		.array(
			z.object({
				version: z.string(),
				effective: z.coerce.date(),
				change: z.string(),
			}),
		)
		.default([]),
});
export type Policy = z.infer<typeof policySchema>;
