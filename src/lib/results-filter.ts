import type { Filter } from '../../functions/domain/summary.ts';
import type { RosterView } from './surveys.ts';

/**
 * The grade and class a results URL asks for, limited to what the school has (anything else is
 * ignored). A class implies its grade. A class of another grade than the one asked for is dropped:
 * without a script, the filter form still sends the class picked before the grade was changed.
 */
export function filterFrom(params: URLSearchParams, roster: RosterView) {
	const asked = roster.grades.find((g) => g.id === params.get('grade'));
	const classGrade = roster.grades.find((g) => g.classes.some((c) => c.id === params.get('class')));
	const grade = asked ?? classGrade;
	const klass = grade === classGrade ? classGrade?.classes.find((c) => c.id === params.get('class')) : undefined;
	const filter: Filter = { grade: grade?.id, classId: klass?.id };
	const query = new URLSearchParams({ ...(grade && !klass ? { grade: grade.id } : {}), ...(klass ? { class: klass.id } : {}) }).toString();
	return { grade, klass, filter, query };
}
