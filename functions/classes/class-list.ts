// A class's named data, for its class teacher and the office (/admin/classes/<classId>/): the event
// sign-ups of its families and its named intention forms. Who may open which class is decided by the
// access table (functions/domain/access.ts) before this runs.
import { classScope, type Viewer } from '../domain/access.ts';
import type { EventSlot } from '../domain/event.ts';
import type { School } from '../domain/school.ts';
import type { Db } from '../db/client.ts';
import { classNamedResponses } from '../db/queries/named.ts';
import { classSignups, type Signup } from '../db/queries/signups.ts';
import { namedTable } from '../exports/named.ts';
import type { Cell } from '../exports/tables.ts';
import type { SchoolContent } from '../surveys/definitions.ts';
import type { SurveyTarget } from '../surveys/submit.ts';

export interface ClassListDeps {
	db: Db;
	content: Pick<SchoolContent, 'school' | 'events'>;
	targets: ReadonlyMap<string, SurveyTarget>;
}

export interface ClassSignup {
	signup: Signup;
	/** The event's title, or its id when content/events/ no longer has it. */
	event: string;
	slot: EventSlot | undefined;
}

export interface ClassForm {
	surveyId: string;
	title: string;
	/** A heading row, then one row per form (functions/exports/named.ts). */
	table: Cell[][];
	/** How many of the rows are demo data (`npm run demo -- remove` deletes them). */
	demo: number;
}

export interface ClassList {
	grade: { id: string; name: string };
	klass: { id: string; name: string };
	signups: ClassSignup[];
	forms: ClassForm[];
}

/** The grades and classes a viewer may open, in school.yaml's order; grades without any left out. */
export function visibleClasses(school: School, viewer: Viewer): School['grades'] {
	const scope = classScope(viewer);
	return school.grades
		.map((g) => ({ ...g, classes: g.classes.filter((c) => !scope || scope.includes(c.id)) }))
		.filter((g) => g.classes.length > 0);
}

/** The named forms a class's families were asked to fill in. */
export const namedFormsOf = (targets: ClassListDeps['targets'], classId: string): SurveyTarget[] =>
	[...targets.values()].filter((t) => !t.survey.anonymous && t.roster.grades.some((g) => g.classes.includes(classId)));

/** One class's form as rows of cells, or undefined when the class was not asked it. */
export async function classForm(deps: ClassListDeps, classId: string, surveyId: string): Promise<ClassForm | undefined> {
	const target = namedFormsOf(deps.targets, classId).find((t) => t.id === surveyId);
	if (!target) return undefined;
	const entries = await classNamedResponses(deps.db, target.id, classId);
	return { surveyId: target.id, title: target.survey.title, table: namedTable(target.survey, entries), demo: entries.filter((e) => e.demo).length };
}

/** Everything named about one class; undefined when school.yaml has no such class. */
export async function classList(deps: ClassListDeps, classId: string): Promise<ClassList | undefined> {
	const grade = deps.content.school.grades.find((g) => g.classes.some((c) => c.id === classId));
	const klass = grade?.classes.find((c) => c.id === classId);
	if (!grade || !klass) return undefined;
	const signups = (await classSignups(deps.db, [classId])).map((signup) => {
		const event = deps.content.events.get(signup.eventId);
		return { signup, event: event?.title ?? signup.eventId, slot: event?.slots.find((s) => s.id === signup.slotId) };
	});
	const forms = await Promise.all(namedFormsOf(deps.targets, classId).map((t) => classForm(deps, classId, t.id)));
	return { grade: { id: grade.id, name: grade.name }, klass: { id: klass.id, name: klass.name }, signups, forms: forms.filter((f) => f !== undefined) };
}
