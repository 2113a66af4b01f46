// content/ as the worker has it: Vite bundles the YAML files' text into the worker at build time
// (a Worker has no file system), and they are parsed with the schemas the site's collections use on
// the first request that needs them. Nothing runs at module scope but string constants: workerd
// forbids I/O and randomness there, and parsing would slow every isolate's start.
import { checkPromisePolicies, parseCalendar, parseEvents, parseSchool, parseSurveys, type ContentFile, type SchoolContent } from '../surveys/definitions.ts';

// Vite reads the options of import.meta.glob from the source text: they must be literals, not a
// shared constant (with one, the build silently drops `query` and bundles the YAML as code).
const surveyFiles = import.meta.glob<string>('../../content/surveys/*.yaml', { query: '?raw', import: 'default', eager: true });
const eventFiles = import.meta.glob<string>('../../content/events/*.yaml', { query: '?raw', import: 'default', eager: true });
const calendarFiles = import.meta.glob<string>('../../content/calendar/*.yaml', { query: '?raw', import: 'default', eager: true });
// Not eager: only the names are needed, to check the promise board's policy links.
const policyFiles = import.meta.glob<string>('../../content/policies/*.mdx', { query: '?raw', import: 'default' });
const schoolFile = import.meta.glob<string>('../../content/school.yaml', { query: '?raw', import: 'default', eager: true });

const named = (files: Record<string, string>): ContentFile[] =>
	Object.entries(files).map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }));

let parsed: SchoolContent | undefined;

/** The school, its surveys and events and its working-day calendar, parsed once per isolate. */
export function bundledContent(): SchoolContent {
	const school = Object.values(schoolFile)[0];
	if (school === undefined) throw new Error('content/school.yaml is missing from the worker bundle');
	if (!parsed) {
		const parsedSchool = parseSchool(school);
		checkPromisePolicies(
			parsedSchool,
			Object.keys(policyFiles).map((path) => path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '')),
		);
		parsed = {
			school: parsedSchool,
			surveys: parseSurveys(named(surveyFiles)),
			events: parseEvents(named(eventFiles), parsedSchool),
			calendar: parseCalendar(named(calendarFiles)),
		};
	}
	return parsed;
}
