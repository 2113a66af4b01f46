// The school's written response to a closed survey ("你说，我们做"), kept beside the survey definition
// as content/surveys/<survey id>.response.md. The file is what publishes the survey's results to
// parents: without it (or while the survey is still open) /surveys/<id>/results/ does not exist.
import { classKey, type Publishable } from './suppression.ts';
import { z } from './zod.ts';

/** Front matter of content/surveys/<survey id>.response.md; the body is the response itself. */
export const surveyResponseSchema = z.object({
	/** The day the school publishes it; dates the RSS item. */
	published: z.coerce.date(),
	/** Heading over the response; by default the page says 我们听到了…我们将…. */
	title: z.string().min(2).max(60).optional(),
	/**
	 * Show class-level figures too. Even then they appear only if every class asked passes the
	 * small-group rules: a class missing from the list would tell parents it was small.
	 */
	publicClasses: z.boolean().default(false),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** "satisfaction-2026-spring.response.md" → "satisfaction-2026-spring"; undefined for any other file. */
export function responseSurveyId(file: string): string | undefined {
	return /^([^/]+)\.response\.md$/.exec(file)?.[1];
}

export interface PublicGroups {
	/** Every grade asked, in roster order; `shown` false means 样本不足. */
	grades: { id: string; shown: boolean }[];
	/** Class-level figures, or none at all: only when opted in and every class passes. */
	classes: { grade: string; classId: string }[];
}

/** Which groups a public results page shows: the school, each grade that passes, classes all or none. */
export function publicGroups(
	p: Publishable,
	roster: { grades: readonly { id: string; classes: readonly { id: string }[] }[] },
	publicClasses: boolean,
): PublicGroups {
	const grades = roster.grades.map((g) => ({ id: g.id, shown: p.school && p.grades.has(g.id) }));
	const every = roster.grades.flatMap((g) => g.classes.map((c) => ({ grade: g.id, classId: c.id })));
	const allPass = every.length > 0 && every.every((c) => p.classes.has(classKey(c.grade, c.classId)));
	return { grades, classes: publicClasses && allPass ? every : [] };
}
