// Survey definitions, school.yaml and the working-day calendar read straight from content/ for the
// command-line tools (codes, demo data, retention, start-up notices) and the embedded server's survey lane, which run outside Astro. The site reads the same files through its collections.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { calendarFileSchema } from '../domain/calendar.ts';
import { schoolSchema, type School } from '../domain/school.ts';
import { surveySchema, type Survey } from '../domain/survey.ts';
import { workCalendar, type WorkCalendar } from '../domain/working-days.ts';
import { targetOf, type SurveyTarget } from './submit.ts';

export function loadSurveys(contentDir: string): Map<string, Survey> {
	const dir = join(contentDir, 'surveys');
	const surveys = new Map<string, Survey>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).sort()) {
		surveys.set(file.replace(/\.yaml$/, ''), surveySchema.parse(parse(readFileSync(join(dir, file), 'utf8'))));
	}
	return surveys;
}

export function loadSchool(contentDir: string): School {
	return schoolSchema.parse(parse(readFileSync(join(contentDir, 'school.yaml'), 'utf8')));
}

/** content/calendar/<year>.yaml, skipping drafts as the site's collection does. */
export function loadCalendar(contentDir: string): WorkCalendar {
	const dir = join(contentDir, 'calendar');
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
	return workCalendar(files.map((file) => calendarFileSchema.parse(parse(readFileSync(join(dir, file), 'utf8')))));
}

/** What the submission handler needs of each survey. */
export function surveyTargets(surveys: ReadonlyMap<string, Survey>, school: School): Map<string, SurveyTarget> {
	return new Map([...surveys].map(([id, survey]) => [id, targetOf(id, survey, school)]));
}
