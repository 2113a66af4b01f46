// Small groups stay private, on the server. A group (the school, a grade, a class) with fewer than
// MIN_GROUP responses is withheld. Withholding one group is not enough when its parent and siblings
// are shown — the parent minus the shown siblings would give it away — so, within each parent, more
// siblings are withheld (smallest first) until the withheld ones together are 0 or at least MIN_GROUP.

export const MIN_GROUP = 5;
/** Individual answers (free text, raw rows) are shown only for groups at least this large. */
export const MIN_TEXT_GROUP = 10;

export interface SegmentCount {
	grade: string;
	classId: string;
	count: number;
}

export interface Publishable {
	school: boolean;
	grades: ReadonlySet<string>;
	/** Keys `${grade}/${classId}`. */
	classes: ReadonlySet<string>;
}

export const classKey = (grade: string, classId: string) => `${grade}/${classId}`;

/** Withholds groups under the minimum, then siblings until what is withheld cannot be worked out. */
function publishSiblings(children: Map<string, number>, min: number): Set<string> {
	const shown = new Set([...children].filter(([, n]) => n >= min).map(([k]) => k));
	const withheld = () => [...children].filter(([k]) => !shown.has(k)).reduce((sum, [, n]) => sum + n, 0);
	while (withheld() > 0 && withheld() < min && shown.size > 0) {
		const smallest = [...shown].sort((a, b) => children.get(a)! - children.get(b)! || a.localeCompare(b))[0]!;
		shown.delete(smallest);
	}
	return shown;
}

/** The groups whose figures may be shown: at least `min` responses, and not to be worked out from others. */
export function publishable(counts: readonly SegmentCount[], min = MIN_GROUP): Publishable {
	const total = counts.reduce((sum, c) => sum + c.count, 0);
	const byGrade = new Map<string, number>();
	for (const c of counts) byGrade.set(c.grade, (byGrade.get(c.grade) ?? 0) + c.count);
	const school = total >= min;
	const grades = school ? publishSiblings(byGrade, min) : new Set<string>();
	const classes = new Set<string>();
	for (const grade of grades) {
		const children = new Map(counts.filter((c) => c.grade === grade).map((c) => [c.classId, c.count]));
		for (const classId of publishSiblings(children, min)) classes.add(classKey(grade, classId));
	}
	return { school, grades, classes };
}

/**
 * The groups that may label individual answers (raw rows, free text): publishable as counts, and again
 * with MIN_TEXT_GROUP as the minimum, so that the rows left unlabelled within a grade or the school
 * are either none or at least MIN_TEXT_GROUP and cannot be pinned on one small class by elimination.
 */
export function answerGroups(counts: readonly SegmentCount[]): Publishable {
	const [counted, listed] = [publishable(counts), publishable(counts, MIN_TEXT_GROUP)];
	return {
		school: counted.school && listed.school,
		grades: counted.grades.intersection(listed.grades),
		classes: counted.classes.intersection(listed.classes),
	};
}

/** Whether the figures for a filter may be shown: the whole school, one grade, or one class. */
export function mayShow(p: Publishable, filter: { grade?: string | undefined; classId?: string | undefined }): boolean {
	if (filter.classId !== undefined) return filter.grade !== undefined && p.classes.has(classKey(filter.grade, filter.classId));
	if (filter.grade !== undefined) return p.grades.has(filter.grade);
	return p.school;
}

/**
 * Individual answers (free text, raw exports) identify more than a count does: shown only for a
 * group of at least MIN_TEXT_GROUP responses (answerGroups).
 */
export function mayShowAnswers(counts: readonly SegmentCount[], filter: { grade?: string | undefined; classId?: string | undefined }): boolean {
	return mayShow(answerGroups(counts), filter);
}
