import { getCollection, getEntry } from 'astro:content';
import { surveyState } from '../../functions/domain/survey-window.ts';
import { targetOf, type SurveyTarget } from '../../functions/surveys/submit.ts';
import { getSchool } from './school.ts';

/** Surveys by state today: open ones closing soonest first, upcoming soonest first, closed latest first. */
export async function surveysByState(now: Date) {
	const all = await getCollection('surveys');
	const by = (state: string) => all.filter((s) => surveyState(s.data, now) === state);
	const time = (d: Date) => d.getTime();
	return {
		open: by('open').sort((a, b) => time(a.data.closes) - time(b.data.closes)),
		upcoming: by('upcoming').sort((a, b) => time(a.data.opens) - time(b.data.opens)),
		closed: by('closed').sort((a, b) => time(b.data.closes) - time(a.data.closes)),
	};
}

const targets = new Map<string, SurveyTarget>();

/**
 * Everything the submission handler needs about one survey, or undefined for an unknown id.
 * Definitions only change with a new build, so each is worked out once per server process.
 */
export async function surveyTarget(id: string): Promise<SurveyTarget | undefined> {
	const known = targets.get(id);
	if (known) return known;
	const entry = await getEntry('surveys', id);
	if (!entry) return undefined;
	const target = targetOf(entry.id, entry.data, await getSchool());
	targets.set(id, target);
	return target;
}

export interface RosterView {
	grades: { id: string; name: string; classes: { id: string; name: string }[] }[];
}

/** Grade and class names for the pickers, limited to the survey's audience. */
export async function rosterView(audience: readonly string[]): Promise<RosterView> {
	const school = await getSchool();
	return {
		grades: school.grades
			.filter((g) => audience.length === 0 || audience.includes(g.band))
			.map((g) => ({ id: g.id, name: g.name, classes: g.classes.map((c) => ({ id: c.id, name: c.name })) })),
	};
}
