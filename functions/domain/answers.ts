// Checks a parent's answers against the survey definition. Pure and free of zod, so the form's script
// runs exactly these rules in the browser (within its 20 KB budget) and the server runs them again.
import { answerMessages as m } from './messages.ts';
import type { Question, Survey } from './survey.ts';

/** Raw form fields: `q.<question>` and, for a matrix, `q.<question>.<row>`. */
export type FormInput = Record<string, string | string[]>;

/** One stored answer value, keyed by the question's stable id (and the matrix row). */
export interface StoredAnswer {
	questionId: string;
	/** Matrix row id; '' for other questions. */
	rowId: string;
	/** Option id, scale point or text. */
	value: string;
	/** The numeric value of scales, NPS and numbers, for averages. */
	num: number | null;
}

/** The classes parents can pick, by grade (already limited to the survey's audience). */
export interface Roster {
	grades: { id: string; classes: string[] }[];
}

export interface Segments {
	grade: string | null;
	classId: string | null;
}

export type AnswerCheck =
	| { ok: true; answers: StoredAnswer[]; segments: Segments }
	| { ok: false; errors: Record<string, string> };

/** Fields the form sends besides answers. */
export const controlFields = ['_key', '_code'] as const;

export const fieldName = (questionId: string, rowId?: string) => (rowId ? `q.${questionId}.${rowId}` : `q.${questionId}`);

/** What an unanswered required question says, where "please answer" is not the clearest. */
const emptyMessage = { grade: m.grade, class: m.class, consent: m.consent } as const;

const defaultMaxLength = (long: boolean) => (long ? 2000 : 200);

export function maxLengthOf(q: Extract<Question, { type: 'text' }>): number {
	return q.maxLength ?? defaultMaxLength(q.long);
}

function values(input: FormInput, name: string): string[] {
	const raw = input[name];
	const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
	return list.map((v) => v.replace(/\r\n?/g, '\n').trim()).filter((v) => v !== '');
}

function scalePoint(text: string, min: number, max: number): number | undefined {
	if (!/^\d{1,2}$/.test(text)) return undefined;
	const n = Number(text);
	return n >= min && n <= max ? n : undefined;
}

/**
 * Ids of the questions this parent is asked, given what they answered: a question with `showIf` is
 * asked only when the earlier question it names was asked and answered with one of its options. The
 * server drops the answers to the others; the form script hides them.
 */
export function askedQuestions(survey: Pick<Survey, 'sections'>, input: FormInput): Set<string> {
	const asked = new Set<string>();
	for (const q of survey.sections.flatMap((s) => s.questions)) {
		const c = q.showIf;
		if (!c || (asked.has(c.question) && values(input, fieldName(c.question)).some((v) => c.anyOf.includes(v)))) asked.add(q.id);
	}
	return asked;
}

/**
 * A mainland mobile number as stored: 11 digits from 13… to 19…, or undefined. Full-width digits (a
 * Chinese keyboard's) and spaces, dashes and a leading +86 (the phone's own autofill) are accepted.
 */
export function mobileNumber(text: string): string | undefined {
	const digits = text.normalize('NFKC').replace(/[\s-]/g, '').replace(/^\+86/, '');
	return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}

export function checkAnswers(survey: Pick<Survey, 'sections'>, roster: Roster, input: FormInput): AnswerCheck {
	const errors: Record<string, string> = {};
	const answers: StoredAnswer[] = [];
	const segments: Segments = { grade: null, classId: null };
	const known = new Set<string>(controlFields);
	const asked = askedQuestions(survey, input);

	for (const q of survey.sections.flatMap((s) => s.questions)) {
		if (!asked.has(q.id)) {
			// Sent without JavaScript, or by a script: known fields, but not this parent's to answer.
			for (const name of q.type === 'matrix' ? q.rows.map((r) => fieldName(q.id, r.id)) : [fieldName(q.id)]) known.add(name);
			continue;
		}
		const fail = (message: string) => void (errors[q.id] = message);
		const push = (value: string, num: number | null, rowId = '') =>
			answers.push({ questionId: q.id, rowId, value, num });

		if (q.type === 'matrix') {
			const rows = q.rows.map((row) => {
				known.add(fieldName(q.id, row.id));
				return { row, given: values(input, fieldName(q.id, row.id)) };
			});
			const answered = rows.filter((r) => r.given.length > 0);
			if (answered.some((r) => r.given.length > 1)) fail(m.oneOnly);
			else if (answered.some((r) => scalePoint(r.given[0]!, 1, 5) === undefined)) fail(m.scale);
			else if (answered.length < rows.length && (q.required || answered.length > 0)) fail(m.requiredRows);
			else for (const r of answered) push(r.given[0]!, Number(r.given[0]), r.row.id);
			continue;
		}

		const name = fieldName(q.id);
		known.add(name);
		const given = values(input, name);
		if (given.length === 0) {
			if (q.required) fail(emptyMessage[q.type as keyof typeof emptyMessage] ?? m.required);
			continue;
		}
		if (q.type === 'multiple') {
			if (given.some((v) => !q.options.some((o) => o.id === v))) fail(m.notAnOption);
			else if (new Set(given).size !== given.length) fail(m.duplicate);
			else if (given.length < q.min) fail(m.tooFew(q.min));
			else if (q.max !== undefined && given.length > q.max) fail(m.tooMany(q.max));
			else for (const v of given) push(v, null);
			continue;
		}
		if (given.length > 1) {
			fail(m.oneOnly);
			continue;
		}
		const v = given[0]!;
		switch (q.type) {
			case 'single':
				if (q.options.some((o) => o.id === v)) push(v, null);
				else fail(m.notAnOption);
				break;
			case 'likert':
			case 'nps': {
				const n = q.type === 'likert' ? scalePoint(v, 1, 5) : scalePoint(v, 0, 10);
				if (n === undefined) fail(q.type === 'likert' ? m.scale : m.nps);
				else push(String(n), n);
				break;
			}
			case 'text': {
				const max = maxLengthOf(q);
				if ([...v].length > max) fail(m.tooLong(max));
				else push(v, null);
				break;
			}
			case 'number': {
				const n = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
				if (!Number.isFinite(n)) fail(m.notNumber);
				else if (q.integer && !Number.isInteger(n)) fail(m.notInteger);
				else if (q.min !== undefined && n < q.min) fail(m.belowMin(q.min));
				else if (q.max !== undefined && n > q.max) fail(m.aboveMax(q.max));
				else push(String(n), n);
				break;
			}
			case 'phone': {
				const number = mobileNumber(v);
				if (number) push(number, null);
				else fail(m.phone);
				break;
			}
			case 'consent':
				if (v === 'yes') push(v, null);
				else fail(m.consent);
				break;
			case 'grade':
				if (roster.grades.some((g) => g.id === v)) {
					segments.grade = v;
					push(v, null);
				} else fail(m.grade);
				break;
			case 'class': {
				const grade = roster.grades.find((g) => g.classes.includes(v));
				if (grade) {
					segments.grade = grade.id;
					segments.classId = v;
					push(v, null);
				} else fail(m.class);
				break;
			}
		}
	}

	if (Object.keys(input).some((name) => !known.has(name))) errors._form = m.unknownField;
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers, segments };
}

/** Question types whose answers are counted in running totals: free text is listed, not counted, phone
 * numbers are contact details, and the grade and class pickers are the segments themselves. */
const uncounted = new Set<Question['type']>(['text', 'phone', 'grade', 'class']);

export function countedQuestionIds(survey: Pick<Survey, 'sections'>): string[] {
	return survey.sections.flatMap((s) => s.questions).filter((q) => !uncounted.has(q.type)).map((q) => q.id);
}
