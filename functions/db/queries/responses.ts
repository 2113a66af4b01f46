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

// SQLite binds at most 32 766 values per statement; 1 000 rows of up to 7 columns stay well under.
const rowsPerStatement = 1000;
const chunks = <T>(rows: T[]) =>
	Array.from({ length: Math.ceil(rows.length / rowsPerStatement) }, (_, i) => rows.slice(i * rowsPerStatement, (i + 1) * rowsPerStatement));

/**
 * Stores responses in one atomic batch (one durable commit), a few multi-row statements whatever
 * their number. Any refused row (a repeated idempotency key, a used family code) refuses them all:
 * the caller then stores them one by one with insertResponse to learn which. Works the same on D1.
 */
export async function insertResponses(db: Db, rs: readonly NewResponse[]): Promise<void> {
	const rows = rs.map((r) => ({ r, id: randomId() }));
	const codes = rs.flatMap((r) => (r.codeHash ? [{ hash: r.codeHash }] : []));
	const answers = rows.flatMap(({ r, id }) => r.answers.map((a) => ({ ...a, responseId: id })));
	await db.batch([
		db.insert(submissionKeysTable).values(rs.map((r) => ({ key: r.key, day: r.day }))),
		...(codes.length ? [db.insert(familyCodeUsesTable).values(codes)] : []),
		db.insert(responsesTable).values(
			rows.map(({ r, id }) => ({
				id,
				surveyId: r.surveyId,
				surveyVersion: r.surveyVersion,
				day: r.day,
				grade: r.segments.grade,
				classId: r.segments.classId,
				demo: r.demo ?? false,
			})),
		),
		...chunks(answers).map((c) => db.insert(answersTable).values(c)),
		...totalsIncrements(db, rs),
	]);
}

/**
 * Stores one response and says what happened. The idempotency key goes first, so a retry of an
 * accepted submission fails on it and reports "duplicate"; a family code's use is a row whose primary
 * key refuses a second use.
 */
export async function insertResponse(db: Db, r: NewResponse): Promise<InsertOutcome> {
	try {
		await insertResponses(db, [r]);
		return 'stored';
	} catch (error) {
		const text = String((error as { cause?: unknown }).cause ?? error) + String(error);
		if (text.includes('submission_keys.key')) return 'duplicate';
		if (text.includes('family_code_uses.hash')) return 'code-used';
		throw error;
	}
}

/** The running totals' increments for these responses, summed per row, in the same commit. */
function totalsIncrements(db: Db, rs: readonly NewResponse[]) {
	const responses = new Map<string, typeof responseTotalsTable.$inferInsert>();
	const answers = new Map<string, typeof answerTotalsTable.$inferInsert>();
	const bump = <T extends { count: number }>(totals: Map<string, T>, row: Omit<T, 'count'>) => {
		const key = JSON.stringify(Object.values(row));
		const seen = totals.get(key);
		if (seen) seen.count++;
		else totals.set(key, { ...row, count: 1 } as T);
	};
	for (const r of rs) {
		const segment = { surveyId: r.surveyId, grade: r.segments.grade ?? '', classId: r.segments.classId ?? '' };
		bump(responses, segment);
		for (const a of r.answers)
			if (r.counted.includes(a.questionId)) bump(answers, { ...segment, questionId: a.questionId, rowId: a.rowId, value: a.value });
	}
	const add = { count: sql`count + excluded.count` };
	return [
		db.insert(responseTotalsTable).values([...responses.values()]).onConflictDoUpdate({
			target: [responseTotalsTable.surveyId, responseTotalsTable.grade, responseTotalsTable.classId],
			set: add,
		}),
		...chunks([...answers.values()]).map((c) =>
			db.insert(answerTotalsTable).values(c).onConflictDoUpdate({
				target: [
					answerTotalsTable.surveyId,
					answerTotalsTable.questionId,
					answerTotalsTable.rowId,
					answerTotalsTable.value,
					answerTotalsTable.grade,
					answerTotalsTable.classId,
				],
				set: add,
			}),
		),
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
