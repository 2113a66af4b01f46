import { getCollection } from 'astro:content';
import { surveyState } from '../../functions/domain/survey-window.ts';
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
