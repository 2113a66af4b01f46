import { eq, sql } from 'drizzle-orm';
import type { StoredAnswer, Segments } from '../../domain/answers.ts';
import type { Db } from '../client.ts';
import { randomId } from './random-id.ts';
import {
	answerTotalsTable,
	answersTable,
	familyCodesTable,
	familyCodeUsesTable,
	responsesTable,
	responseTotalsTable,
	submissionKeysTable,
} from '../schema/index.ts';

export interface NewResponse {
	surveyId: string;
	surveyVersion: string;
	day: string;
	segments: Segments;
	answers: StoredAnswer[];
	/** Idempotency key from the form. */
	key: string;
	/** Hash of the family code that unlocks this response, if the survey wants one. */
	codeHash?: string;
	/** Ids of the questions whose answers go into the running totals (countedQuestionIds). */
	counted: readonly string[];
	demo?: boolean;
}

export type InsertOutcome = 'stored' | 'duplicate' | 'code-used';


/**
 * Stores a response in one atomic batch (one durable commit). The idempotency key goes first, so a
 * retry of an accepted submission fails on it and reports "duplicate" before anything else is tried;
 * a family code's use is a row whose primary key refuses a second use. Works the same on D1.
 */
export async function insertResponse(db: Db, r: NewResponse): Promise<InsertOutcome> {
	const id = randomId();
	try {
		await db.batch([
			db.insert(submissionKeysTable).values({ key: r.key, day: r.day }),
			...(r.codeHash ? [db.insert(familyCodeUsesTable).values({ hash: r.codeHash })] : []),
			db.insert(responsesTable).values({
				id,
				surveyId: r.surveyId,
				surveyVersion: r.surveyVersion,
				day: r.day,
				grade: r.segments.grade,
				classId: r.segments.classId,
				demo: r.demo ?? false,
			}),
			...(r.answers.length ? [db.insert(answersTable).values(r.answers.map((a) => ({ ...a, responseId: id })))] : []),
			...totalsIncrements(db, r),
		]);
		return 'stored';
	} catch (error) {
		const text = String((error as { cause?: unknown }).cause ?? error) + String(error);
		if (text.includes('submission_keys.key')) return 'duplicate';
		if (text.includes('family_code_uses.hash')) return 'code-used';
		throw error;
	}
}

/** The running totals' +1s for one response, in the same commit as the response itself. */
function totalsIncrements(db: Db, r: NewResponse) {
	const segment = { surveyId: r.surveyId, grade: r.segments.grade ?? '', classId: r.segments.classId ?? '' };
	const counted = r.answers.filter((a) => r.counted.includes(a.questionId));
	const plusOne = { count: sql`count + 1` };
	return [
		db.insert(responseTotalsTable).values({ ...segment, count: 1 }).onConflictDoUpdate({
			target: [responseTotalsTable.surveyId, responseTotalsTable.grade, responseTotalsTable.classId],
			set: plusOne,
		}),
		...(counted.length
			? [
					db
						.insert(answerTotalsTable)
						.values(counted.map((a) => ({ ...segment, questionId: a.questionId, rowId: a.rowId, value: a.value, count: 1 })))
						.onConflictDoUpdate({
							target: [
								answerTotalsTable.surveyId,
								answerTotalsTable.questionId,
								answerTotalsTable.rowId,
								answerTotalsTable.value,
								answerTotalsTable.grade,
								answerTotalsTable.classId,
							],
							set: plusOne,
						}),
				]
			: []),
	];
}

/** Whether a family code was issued for this survey (used or not). */
export async function isFamilyCode(db: Db, surveyId: string, codeHash: string): Promise<boolean> {
	const row = await db
		.select({ surveyId: familyCodesTable.surveyId })
		.from(familyCodesTable)
		.where(eq(familyCodesTable.hash, codeHash))
		.get();
	return row?.surveyId === surveyId;
}

export async function insertFamilyCodes(db: Db, surveyId: string, day: string, hashes: string[]): Promise<void> {
	for (let i = 0; i < hashes.length; i += 500) {
		await db.insert(familyCodesTable).values(hashes.slice(i, i + 500).map((hash) => ({ hash, surveyId, day })));
	}
}
