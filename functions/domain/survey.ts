import { gradeBandSchema } from './grades.ts';
import { z } from './zod.ts';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '只能用小写字母、数字和连字符，例如 q1、after-school');

/** An answer option; its id is stored with each answer, so keep it when the label is reworded. */
const option = z.object({ id: key, label: z.string().min(1) });

const questionBase = {
	/** Stable id: answers are stored under it. Never reuse an id for a different question. */
	id: key,
	/** The question as parents read it. */
	title: z.string().min(2),
	/** A hint under the question. */
	help: z.string().optional(),
	/** Whether an answer is required (when the question is asked at all: see showIf). */
	required: z.boolean().default(true),
	/**
	 * Ask this question only when an earlier single-choice question was answered with one of these
	 * options, e.g. `{ question: participate, anyOf: ["yes"] }`. Otherwise it is not asked: not
	 * required, and whatever was sent for it is dropped, not stored. Forms without JavaScript show it
	 * anyway, saying when to answer it.
	 */
	showIf: z
		.object({
			/** Id of an earlier single-choice question. */
			question: key,
			/** Option ids of that question for which this one is asked. */
			anyOf: z.array(key).min(1),
		})
		.optional(),
};

/** Five-point scales; the stored value is 1 (lowest) to 5 (highest). */
export const likertScales = ['satisfaction', 'agreement'] as const;

export const questionSchema = z.discriminatedUnion('type', [
	z.object({ ...questionBase, type: z.literal('single'), options: z.array(option).min(2) }),
	z.object({
		...questionBase,
		type: z.literal('multiple'),
		options: z.array(option).min(2),
		/** Fewest choices allowed (when answered). */
		min: z.number().int().min(1).default(1),
		/** Most choices allowed; defaults to all. */
		max: z.number().int().min(1).optional(),
	}),
	z.object({ ...questionBase, type: z.literal('likert'), scale: z.enum(likertScales).default('satisfaction') }),
	z.object({
		...questionBase,
		type: z.literal('matrix'),
		scale: z.enum(likertScales).default('satisfaction'),
		/** One Likert answer per row. */
		rows: z.array(option).min(2),
	}),
	z.object({
		...questionBase,
		type: z.literal('nps'),
		/** Labels for 0 and 10. */
		low: z.string().default('完全不可能'),
		high: z.string().default('非常可能'),
	}),
	z.object({
		...questionBase,
		type: z.literal('text'),
		/** Several lines (a suggestion) rather than one (a name). */
		long: z.boolean().default(false),
		maxLength: z.number().int().min(1).max(5000).optional(),
	}),
	z.object({
		...questionBase,
		type: z.literal('number'),
		min: z.number().optional(),
		max: z.number().optional(),
		integer: z.boolean().default(true),
		/** Shown after the box, e.g. 人、天. */
		unit: z.string().optional(),
	}),
	/**
	 * A mainland mobile number (11 digits, 13… to 19…), e.g. a guardian's. Phones show a number pad;
	 * spaces, dashes and a leading +86 are accepted and stored without them.
	 */
	z.object({ ...questionBase, type: z.literal('phone') }),
	/** A single box to tick, e.g. a guardian's consent; when required, the form cannot be sent without it. */
	z.object({ ...questionBase, type: z.literal('consent'), statement: z.string().min(4) }),
	/** The child's grade, from content/school.yaml. Fills the response's grade segment. */
	z.object({ ...questionBase, type: z.literal('grade') }),
	/** The child's class (which implies the grade). Fills the grade and class segments. */
	z.object({ ...questionBase, type: z.literal('class') }),
]);
export type Question = z.infer<typeof questionSchema>;

export const surveyKinds = ['needs', 'satisfaction', 'intention', 'feedback'] as const;
export type SurveyKind = (typeof surveyKinds)[number];

/** A file in content/surveys/; its file name is the survey's id and address. */
export const surveySchema = z
	.object({
		title: z.string().min(2).max(60),
		/** needs: before a parent meeting; satisfaction: term end; intention: sign-up; feedback: after a lecture. */
		kind: z.enum(surveyKinds),
		/** Why the school asks and what it will do with the answers. */
		description: z.string().min(10),
		/** Surveys of one series (e.g. every term's satisfaction survey) are compared across terms. */
		series: key.optional(),
		/** First day answers are accepted (Beijing time). */
		opens: z.coerce.date(),
		/** Last day answers are accepted, until 23:59 Beijing time. */
		closes: z.coerce.date(),
		/** Grade bands asked; the grade and class pickers offer only these. Empty means everyone. */
		audience: z.array(gradeBandSchema).default([]),
		/** Anonymous: nothing that identifies the family is asked or stored. */
		anonymous: z.boolean().default(true),
		/** One response per family, with single-use codes handed out by class teachers. */
		onePerFamily: z.boolean().default(false),
		/** What the form stores, why and for how long; required when the survey is not anonymous. */
		dataNote: z.string().optional(),
		/** Last day a named form's answers are kept; they are deleted after it. Required when not anonymous. */
		keepUntil: z.coerce.date().optional(),
		sections: z
			.array(
				z.object({
					id: key,
					title: z.string().min(2),
					description: z.string().optional(),
					questions: z.array(questionSchema).min(1),
				}),
			)
			.min(1),
	})
	.superRefine((s, ctx) => {
		if (s.closes < s.opens) ctx.addIssue({ code: 'custom', path: ['closes'], message: '截止日期不能早于开始日期' });
		if (!s.anonymous && !s.dataNote)
			ctx.addIssue({ code: 'custom', path: ['dataNote'], message: '实名问卷必须用 dataNote 说明收集哪些信息、保存多久' });
		if (!s.anonymous && !s.keepUntil)
			ctx.addIssue({ code: 'custom', path: ['keepUntil'], message: '实名问卷必须用 keepUntil 写明信息保存到哪一天' });
		if (s.keepUntil && s.keepUntil < s.closes)
			ctx.addIssue({ code: 'custom', path: ['keepUntil'], message: '保存期限不能早于截止日期' });
		const seen = new Set<string>();
		s.sections.forEach((section, i) =>
			section.questions.forEach((q, j) => {
				if (seen.has(q.id))
					ctx.addIssue({ code: 'custom', path: ['sections', i, 'questions', j, 'id'], message: `题目 id “${q.id}” 重复` });
				seen.add(q.id);
			}),
		);
		const questions = s.sections.flatMap((section, i) => section.questions.map((q, j) => ({ q, path: ['sections', i, 'questions', j] })));
		questions.forEach(({ q, path }, at) => {
			if (!q.showIf) return;
			const { question, anyOf } = q.showIf;
			const named = questions.findIndex((x) => x.q.id === question);
			const fail = (message: string, ...field: (string | number)[]) =>
				ctx.addIssue({ code: 'custom', path: [...path, 'showIf', ...field], message });
			if (named === -1) return fail(`没有 id 为 “${question}” 的题目`, 'question');
			if (named >= at) return fail(`显示条件只能引用本题之前的题目，“${question}” 不在本题之前`, 'question');
			const earlier = questions[named]!.q;
			// A single choice's counts are exactly the families asked, which results need for their shares.
			if (earlier.type !== 'single') return fail(`显示条件只能引用单选题，“${question}” 不是单选题`, 'question');
			anyOf.forEach((option, k) => {
				if (!earlier.options.some((o) => o.id === option)) fail(`题目 “${question}” 没有 id 为 “${option}” 的选项`, 'anyOf', k);
			});
		});
		const pickers = s.sections.flatMap((x) => x.questions).filter((q) => q.type === 'grade' || q.type === 'class');
		if (pickers.length > 1)
			ctx.addIssue({ code: 'custom', path: ['sections'], message: '一份问卷最多一个年级或班级选择题' });
	});
export type Survey = z.infer<typeof surveySchema>;

export function questionsOf(survey: Pick<Survey, 'sections'>): Question[] {
	return survey.sections.flatMap((s) => s.questions);
}

/** The earlier question a conditional question depends on, and the options for which it is asked. */
export function conditionOf(survey: Pick<Survey, 'sections'>, q: Question) {
	if (!q.showIf) return undefined;
	const { question, anyOf } = q.showIf;
	const earlier = questionsOf(survey).find((x): x is Extract<Question, { type: 'single' }> => x.id === question && x.type === 'single');
	return earlier && { question: earlier, options: earlier.options.filter((o) => anyOf.includes(o.id)) };
}
