import type { Roster } from './answers.ts';
import type { GradeBand } from './grades.ts';
import type { School } from './school.ts';

/** The grades and classes a survey asks, from school.yaml; an empty audience means every grade. */
export function rosterFor(school: School, audience: readonly GradeBand[]): Roster {
	return {
		grades: school.grades
			.filter((g) => audience.length === 0 || audience.includes(g.band))
			.map((g) => ({ id: g.id, classes: g.classes.map((c) => c.id) })),
	};
}

/** Families a survey asks, as pupils in its grades (class sizes from school.yaml): a response rate's denominator. */
export const familiesAsked = (school: School, audience: readonly GradeBand[]): number =>
	school.grades
		.filter((g) => audience.length === 0 || audience.includes(g.band))
		.flatMap((g) => g.classes)
		.reduce((sum, c) => sum + c.size, 0);
