import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Order is information: a table whose rows follow insertion order tells who answered before whom, and
// with the list of family codes a teacher handed out, who answered what. Every table below that holds
// a row per response, per answer, per code or per key is therefore rebuilt WITHOUT ROWID (migration
// 0005): its rows sit in primary-key order, and the keys are random ids or hashes. drizzle cannot
// declare WITHOUT ROWID, so a migration that rebuilds one of these tables must keep it by hand;
// test/integration/database.test.ts fails if one loses it.

/**
 * One submitted questionnaire. No IP, user agent, cookie or time of day: `day` is the only time kept.
 * The id is random, not sequential, so row order cannot tell who answered first that day (the id is
 * the rowid, so the table is already in random order).
 */
export const responsesTable = sqliteTable(
	'responses',
	{
		id: integer().primaryKey(),
		surveyId: text('survey_id').notNull(),
		/** Content hash of the survey definition the parent answered. */
		surveyVersion: text('survey_version').notNull(),
		/** Beijing calendar day, e.g. 2026-11-23. */
		day: text().notNull(),
		/** Segments for breakdowns, from the grade or class question. */
		grade: text(),
		classId: text('class_id'),
		/** Generated demo data, removable with one command. */
		demo: integer({ mode: 'boolean' }).notNull().default(false),
		/**
		 * Counted in the published figures. A group's figures change only in steps of at least
		 * MIN_GROUP responses (functions/db/queries/publication.ts), so until its group has that many
		 * new ones a response is stored but shown nowhere, raw exports included.
		 */
		published: integer({ mode: 'boolean' }).notNull().default(false),
	},
	(t) => [
		// Serves per-survey counts, filtered text answers and rebuilding totals.
		index('responses_survey_idx').on(t.surveyId, t.grade, t.classId),
		// Serves raw exports, read in id order a page at a time.
		index('responses_survey_id_idx').on(t.surveyId, t.id),
		// Serves publishing: only the few responses waiting for their group's next step are in it.
		index('responses_waiting_idx').on(t.surveyId, t.grade, t.classId).where(sql`${t.published} = 0`),
	],
);

/** Answers keyed by the question's stable id; a multiple choice has one row per chosen option. */
export const answersTable = sqliteTable(
	'answers',
	{
		responseId: integer('response_id')
			.notNull()
			.references(() => responsesTable.id, { onDelete: 'cascade' }),
		questionId: text('question_id').notNull(),
		/** Matrix row id, '' otherwise. */
		rowId: text('row_id').notNull().default(''),
		value: text().notNull(),
		num: real(),
	},
	(t) => [primaryKey({ columns: [t.responseId, t.questionId, t.rowId, t.value] })],
);

/**
 * Idempotency keys of accepted submissions, so a repeated POST stores nothing twice.
 * Not linked to the response; purged after a few days.
 */
export const submissionKeysTable = sqliteTable(
	'submission_keys',
	{
		key: text().primaryKey(),
		day: text().notNull(),
	},
	(t) => [
		// Serves the purge of old keys.
		index('submission_keys_day_idx').on(t.day),
	],
);

/** Single-use family codes, stored as hashes only. */
export const familyCodesTable = sqliteTable('family_codes', {
	hash: text().primaryKey(),
	surveyId: text('survey_id').notNull(),
	/** Day the batch was printed. */
	day: text().notNull(),
});

/**
 * A used code. Kept apart from the response it unlocked, with nothing to link them: no shared key, and
 * no row order (WITHOUT ROWID, in hash order). Its primary key makes a second use fail even when two
 * phones submit at the same moment.
 */
export const familyCodeUsesTable = sqliteTable('family_code_uses', {
	hash: text()
		.primaryKey()
		.references(() => familyCodesTable.hash, { onDelete: 'cascade' }),
});

/**
 * Running counts per survey, question, matrix row, value and segment, kept up to date in the same
 * commit as each response, so a results page costs O(options), not O(responses). Free text is not
 * counted (it is listed); grade and class are the segments. `count` is live and never shown;
 * `published` is what pages and exports show. `npm run db:totals` rebuilds both.
 */
export const answerTotalsTable = sqliteTable(
	'answer_totals',
	{
		surveyId: text('survey_id').notNull(),
		questionId: text('question_id').notNull(),
		rowId: text('row_id').notNull(),
		value: text().notNull(),
		/** '' when the survey asks no grade. */
		grade: text().notNull(),
		/** '' when the survey asks no class. */
		classId: text('class_id').notNull(),
		count: integer().notNull(),
		/** The count as last published for this segment. */
		published: integer().notNull().default(0),
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.questionId, t.rowId, t.value, t.grade, t.classId] })],
);

/** Responses per survey and segment: the denominators of every percentage and of small-group checks. */
export const responseTotalsTable = sqliteTable(
	'response_totals',
	{
		surveyId: text('survey_id').notNull(),
		grade: text().notNull(),
		classId: text('class_id').notNull(),
		count: integer().notNull(),
		/** Responses counted in the published figures: steps of at least MIN_GROUP behind `count`. */
		published: integer().notNull().default(0),
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.grade, t.classId] })],
);
