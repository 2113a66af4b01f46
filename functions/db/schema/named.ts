import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A named intention form (a survey with `anonymous: false`), whole, for the class teacher and the
 * office that runs it. Named data: kept apart from the anonymous responses (which get a copy without
 * the identifying answers, for the charts), never joined with them, deleted after the survey's
 * keepUntil.
 */
export const namedResponsesTable = sqliteTable(
	'named_responses',
	{
		/** Random. */
		id: text().primaryKey(),
		surveyId: text('survey_id').notNull(),
		classId: text('class_id'),
		/** Beijing calendar day. */
		day: text().notNull(),
		/** Every answer, by question id: a string, or a list for multiple choice. */
		answers: text({ mode: 'json' }).$type<Record<string, string | string[]>>().notNull(),
		demo: integer({ mode: 'boolean' }).notNull().default(false),
	},
	(t) => [
		// Serves a class's list.
		index('named_responses_class_idx').on(t.surveyId, t.classId),
	],
);
