// content/ read from disk, for the embedded server and the command-line tools, which run outside
// Astro (the site reads the same files through its collections).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchoolEvent } from '../domain/event.ts';
import type { School } from '../domain/school.ts';
import type { Survey } from '../domain/survey.ts';
import type { WorkCalendar } from '../domain/working-days.ts';
import { checkPromisePolicies, parseCalendar, parseEvents, parseSchool, parseSurveys, type ContentFile, type SchoolContent } from '../surveys/definitions.ts';

function readFolder(dir: string): ContentFile[] {
	return readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export const loadSurveys = (contentDir: string): Map<string, Survey> => parseSurveys(readFolder(join(contentDir, 'surveys')));

export const loadSchool = (contentDir: string): School => parseSchool(readFileSync(join(contentDir, 'school.yaml'), 'utf8'));

/** content/calendar/<year>.yaml, skipping drafts as the site's collection does. */
export const loadCalendar = (contentDir: string): WorkCalendar => parseCalendar(readFolder(join(contentDir, 'calendar')));

/** content/events/, each checked against school.yaml. */
export const loadEvents = (contentDir: string, school: School): Map<string, SchoolEvent> => parseEvents(readFolder(join(contentDir, 'events')), school);

export function loadContent(contentDir: string): SchoolContent {
	const school = loadSchool(contentDir);
	const policies = readdirSync(join(contentDir, 'policies')).filter((n) => n.endsWith('.mdx') && !n.startsWith('_'));
	checkPromisePolicies(school, policies.map((n) => n.replace(/\.mdx$/, '')));
	return {
		school,
		surveys: loadSurveys(contentDir),
		events: loadEvents(contentDir, school),
		calendar: loadCalendar(contentDir),
	};
}
