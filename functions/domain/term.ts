import { toShanghaiParts } from './shanghai-time.ts';

/**
 * A school term, e.g. "2026-2027-1" = first term of the 2026–2027 school year.
 * The first term runs from August to January, the second from February to July.
 */
export type TermId = `${number}-${number}-${1 | 2}`;

export function termOf(date: Date): TermId {
	const { year, month } = toShanghaiParts(date);
	if (month >= 8) return `${year}-${year + 1}-1`;
	if (month === 1) return `${year - 1}-${year}-1`;
	return `${year - 1}-${year}-2`;
}
