// Survey definitions, school.yaml and the working-day calendar, parsed from their YAML text with the
// schemas the site's collections use. Each runtime reads the files its own way (functions/node/
// content-files.ts from disk, functions/edge/content.ts from the worker bundle) and hands the text here.
import { parse } from 'yaml';
import { calendarFileSchema } from '../domain/calendar.ts';
import { audienceClasses, eventSchema, type SchoolEvent } from '../domain/event.ts';
import { schoolSchema, type School } from '../domain/school.ts';
import { surveySchema, type Survey } from '../domain/survey.ts';
import { workCalendar, type WorkCalendar } from '../domain/working-days.ts';
import { targetOf, type SurveyTarget } from './submit.ts';

/** A content file: its name (`satisfaction.yaml`) and text. */
export interface ContentFile {
	name: string;
	text: string;
}

/** What the server needs of content/: the school, its surveys and events by id and its working-day calendar. */
export interface SchoolContent {
	school: School;
	surveys: ReadonlyMap<string, Survey>;
	events: ReadonlyMap<string, SchoolEvent>;
	calendar: WorkCalendar;
}

/** YAML files that are not drafts (`_name.yaml`), as the site's collections skip them. */
const published = (files: readonly ContentFile[]) =>
	files.filter((f) => f.name.endsWith('.yaml') && !f.name.startsWith('_')).sort((a, b) => a.name.localeCompare(b.name));

export function parseSurveys(files: readonly ContentFile[]): Map<string, Survey> {
	return new Map(published(files).map((f) => [f.name.replace(/\.yaml$/, ''), surveySchema.parse(parse(f.text))]));
}

/** Events, each checked against school.yaml: an audience names only grades and classes it has. */
export function parseEvents(files: readonly ContentFile[], school: School): Map<string, SchoolEvent> {
	return new Map(
		published(files).map((f) => {
			const event = eventSchema.parse(parse(f.text));
			const { unknown } = audienceClasses(school, [...event.audience, ...event.slots.flatMap((s) => s.audience ?? [])]);
			if (unknown.length) throw new Error(`content/events/${f.name}: audience 中的 ${unknown.join('、')} 不是 school.yaml 里的学段、年级或班级`);
			return [f.name.replace(/\.yaml$/, ''), event] as const;
		}),
	);
}

export const parseSchool = (text: string): School => schoolSchema.parse(parse(text));

/** Each promise on the board names a policy page that exists (slugs of content/policies/*.mdx). */
export function checkPromisePolicies(school: School, policies: readonly string[]): void {
	const missing = school.promises.board.filter((p) => !policies.includes(p.policy));
	if (missing.length)
		throw new Error(`school.yaml promises.board: ${missing.map((p) => `“${p.title}”的 policy ${p.policy}`).join('、')} 在 content/policies/ 里没有对应的文件`);
}

export function parseCalendar(files: readonly ContentFile[]): WorkCalendar {
	return workCalendar(published(files).map((f) => calendarFileSchema.parse(parse(f.text))));
}

/** What the submission handler needs of each survey. */
export function surveyTargets(surveys: ReadonlyMap<string, Survey>, school: School): Map<string, SurveyTarget> {
	return new Map([...surveys].map(([id, survey]) => [id, targetOf(id, survey, school)]));
}
