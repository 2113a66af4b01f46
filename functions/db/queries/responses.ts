import { eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { StoredAnswer, Segments } from '../../domain/answers.ts';
import { randomToken } from '../../domain/codes.ts';
import type { NamedEntry } from '../../domain/named.ts';
import { perStatement, writeBatch, type BoundValue, type Db, type Statement } from '../client.ts';
import { randomId } from './random-id.ts';
import {
	answerTotalsTable,
	answersTable,
	familyCodesTable,
	familyCodeUsesTable,
	namedResponsesTable,
	responsesTable,
	responseTotalsTable,
	submissionKeysTable,
} from '../schema/index.ts';

export interface NewResponse {
	surveyId: string;
	surveyVersion: string;
	day: string;
	segments: Segments;
	/** The anonymous answers: on a named form, without the identifying ones (functions/domain/named.ts). */
	answers: StoredAnswer[];
	/** On a named form, every answer, stored apart as named data in the same commit. */
	named?: NamedEntry;
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
 * Multi-row inserts, written from the schema's own table and column names. drizzle's query builder
 * spent 60 µs a response building these (40 % of a group commit); this is a string join.
 */
function insertRows(table: SQLiteTable, columns: SQLiteColumn[], rows: BoundValue[][], sumOn?: SQLiteColumn[]): Statement[] {
	const names = (cs: SQLiteColumn[]) => cs.map((c) => `"${c.name}"`).join(', ');
	const row = `(${columns.map(() => '?').join(', ')})`;
	// Running totals: a row that exists already gets the new count added.
	const upsert = sumOn ? ` on conflict (${names(sumOn)}) do update set "count" = "count" + excluded."count"` : '';
	return perStatement(rows, columns.length).map((c) => ({
		sql: `insert into "${getTableName(table)}" (${names(columns)}) values ${c.map(() => row).join(', ')}${upsert}`,
		args: c.flat(),
	}));
}

/**
 * Stores responses in one atomic batch (one durable commit) of multi-row statements, each binding at
 * most 100 values (perStatement), so the same batch runs on D1. A named form's whole answers go into
 * named_responses in the same batch: both copies are stored, or neither. Any refused row (a repeated
 * idempotency key, a used family code) refuses them all: the caller then stores them one by one with
 * insertResponse to learn which.
 */
export async function insertResponses(db: Db, rs: readonly NewResponse[]): Promise<void> {
	const ids = rs.map(() => randomId());
	const k = submissionKeysTable;
	const r = responsesTable;
	const a = answersTable;
	const n = namedResponsesTable;
	await writeBatch(db, [
		...insertRows(k, [k.key, k.day], rs.map((x) => [x.key, x.day])),
		...insertRows(familyCodeUsesTable, [familyCodeUsesTable.hash], rs.flatMap((x) => (x.codeHash ? [[x.codeHash]] : []))),
		...insertRows(
			r,
			[r.id, r.surveyId, r.surveyVersion, r.day, r.grade, r.classId, r.demo],
			rs.map((x, i) => [ids[i]!, x.surveyId, x.surveyVersion, x.day, x.segments.grade, x.segments.classId, x.demo ? 1 : 0]),
		),
		...insertRows(
			a,
			[a.responseId, a.questionId, a.rowId, a.value, a.num],
			rs.flatMap((x, i) => x.answers.map((y) => [ids[i]!, y.questionId, y.rowId, y.value, y.num])),
		),
		...totalsIncrements(rs),
		...insertRows(
			n,
			[n.id, n.surveyId, n.classId, n.day, n.answers, n.demo],
			rs.flatMap((x) => (x.named ? [[randomToken(), x.surveyId, x.named.classId, x.day, JSON.stringify(x.named.answers), x.demo ? 1 : 0]] : [])),
		),
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
function totalsIncrements(rs: readonly NewResponse[]): Statement[] {
	const responses = new Map<string, BoundValue[]>();
	const answers = new Map<string, BoundValue[]>();
	// Rows end with their count; the same row again adds one to it.
	const bump = (totals: Map<string, BoundValue[]>, row: BoundValue[]) => {
		const key = JSON.stringify(row);
		const seen = totals.get(key);
		if (seen) (seen[row.length] as number)++;
		else totals.set(key, [...row, 1]);
	};
	for (const r of rs) {
		const segment = [r.surveyId, r.segments.grade ?? '', r.segments.classId ?? ''];
		bump(responses, segment);
		for (const a of r.answers) if (r.counted.includes(a.questionId)) bump(answers, [r.surveyId, a.questionId, a.rowId, a.value, segment[1]!, segment[2]!]);
	}
	const t = responseTotalsTable;
	const u = answerTotalsTable;
	const answerKey = [u.surveyId, u.questionId, u.rowId, u.value, u.grade, u.classId];
	return [
		...insertRows(t, [t.surveyId, t.grade, t.classId, t.count], [...responses.values()], [t.surveyId, t.grade, t.classId]),
		...insertRows(u, [...answerKey, u.count], [...answers.values()], answerKey),
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

/** Stores the hashes of a new batch of family codes, all of them or none. */
export async function insertFamilyCodes(db: Db, surveyId: string, day: string, hashes: string[]): Promise<void> {
	const [first, ...rest] = perStatement(hashes, 3).map((chunk) => db.insert(familyCodesTable).values(chunk.map((hash) => ({ hash, surveyId, day }))));
	if (first) await db.batch([first, ...rest]);
}
