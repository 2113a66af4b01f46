// Survey definitions and school.yaml read straight from content/ for the command-line tools (codes,
// demo data, retention) and the embedded server's survey lane, which run outside Astro. The site reads the same files through its collections.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schoolSchema, type School } from '../domain/school.ts';
import { surveySchema, type Survey } from '../domain/survey.ts';
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

/** What the submission handler needs of each survey. */
export function surveyTargets(surveys: ReadonlyMap<string, Survey>, school: School): Map<string, SurveyTarget> {
	return new Map([...surveys].map(([id, survey]) => [id, targetOf(id, survey, school)]));
}
