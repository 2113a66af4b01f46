// Terms and months as the promise board counts them: every figure belongs to a school term
// (functions/domain/term.ts), and monthly promises to the months of that term.
import { termOf, type TermId } from '../domain/term.ts';

/** The term a Beijing calendar day ("2026-12-05") falls in. */
export const termOfDay = (day: string): TermId => termOf(new Date(`${day}T12:00:00+08:00`));

function parts(term: TermId): [number, number, 1 | 2] {
	const [from, to, half] = term.split('-').map(Number) as [number, number, number];
	return [from, to, half === 1 ? 1 : 2];
}

/** The term before: 2026-2027-1 → 2025-2026-2. */
export function previousTerm(term: TermId): TermId {
	const [from, to, half] = parts(term);
	return half === 2 ? `${from}-${to}-1` : `${from - 1}-${from}-2`;
}

/** The term after: 2025-2026-2 → 2026-2027-1. */
export function nextTerm(term: TermId): TermId {
	const [from, to, half] = parts(term);
	return half === 1 ? `${from}-${to}-2` : `${to}-${to + 1}-1`;
}

/** The same term a school year earlier: 2026-2027-1 → 2025-2026-1. */
export function termAYearBefore(term: TermId): TermId {
	const [from, to, half] = parts(term);
	return `${from - 1}-${to - 1}-${half}`;
}

/** This term and the ones before it, oldest first. */
export function recentTerms(term: TermId, count: number): TermId[] {
	const list = [term];
	while (list.length < count) list.unshift(previousTerm(list[0]!));
	return list;
}

/** The months ("2026-08") of a term: August to January, or February to July. */
export function termMonths(term: TermId): string[] {
	const [from, to, half] = parts(term);
	const months = half === 1 ? [[from, 8], [from, 9], [from, 10], [from, 11], [from, 12], [to, 1]] : [2, 3, 4, 5, 6, 7].map((m) => [to, m]);
	return months.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
}

/** A term id from a URL, or undefined: "2026-2027-1", with consecutive years. */
export function parseTerm(text: string | undefined): TermId | undefined {
	const m = /^(\d{4})-(\d{4})-([12])$/.exec(text ?? '');
	return m && Number(m[2]) === Number(m[1]) + 1 ? (text as TermId) : undefined;
}

/** The term's Beijing days as a half-open range: its first day and the first day after it. */
export function termDays(term: TermId): { first: string; after: string } {
	const months = termMonths(term);
	const [year, month] = months.at(-1)!.split('-').map(Number) as [number, number];
	const after = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
	return { first: `${months[0]}-01`, after: `${after}-01` };
}
