// A named intention form (a survey with `anonymous: false`) is stored twice in one commit: whole, as
// named data for the class teacher and the office (named_responses), and without what identifies a
// family as an anonymous response for the charts. Names, notes and phone numbers never reach the
// anonymous tables, so the results pages, text pages and exports cannot show them.
import type { Segments, StoredAnswer } from './answers.ts';
import { questionsOf, type Question, type Survey } from './survey.ts';

/** Every answer of a named form, by question id ("question.row" for a matrix row); lists for multiple choice. */
export type NamedAnswers = Record<string, string | string[]>;

/** The named copy of a response: what the class list shows. */
export interface NamedEntry {
	classId: string | null;
	answers: NamedAnswers;
}

/** Free text (a child's name, special notes) and phone numbers identify a family. */
const identifyingTypes = new Set<Question['type']>(['text', 'phone']);

/** Ids of the questions whose answers stay out of the anonymous tables: none on an anonymous survey. */
export function identifyingQuestionIds(survey: Pick<Survey, 'sections' | 'anonymous'>): Set<string> {
	if (survey.anonymous) return new Set();
	return new Set(questionsOf(survey).filter((q) => identifyingTypes.has(q.type)).map((q) => q.id));
}

/** A checked response split for storage: the anonymous answers, and on a named form the whole entry. */
export function splitNamed(
	survey: Pick<Survey, 'sections' | 'anonymous'>,
	answers: StoredAnswer[],
	segments: Segments,
): { answers: StoredAnswer[]; named?: NamedEntry } {
	if (survey.anonymous) return { answers };
	const held = identifyingQuestionIds(survey);
	const multiple = new Set(questionsOf(survey).filter((q) => q.type === 'multiple').map((q) => q.id));
	const whole: NamedAnswers = {};
	for (const a of answers) {
		const key = a.rowId ? `${a.questionId}.${a.rowId}` : a.questionId;
		if (!multiple.has(a.questionId)) whole[key] = a.value;
		else whole[key] = [...((whole[key] as string[] | undefined) ?? []), a.value];
	}
	return { answers: answers.filter((a) => !held.has(a.questionId)), named: { classId: segments.classId, answers: whole } };
}
