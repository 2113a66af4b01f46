import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { calendarFileSchema } from '../functions/domain/calendar.ts';
import { eventSchema } from '../functions/domain/event.ts';
import { lectureSchema } from '../functions/domain/lecture.ts';
import { policySchema } from '../functions/domain/policy.ts';
import { resourceSchema } from '../functions/domain/resource.ts';
import { schoolSchema } from '../functions/domain/school.ts';
import { surveySchema } from '../functions/domain/survey.ts';
import { responseSurveyId, surveyResponseSchema } from '../functions/domain/survey-response.ts';

// Files starting with "_" are drafts and never published.
// Vite bundles the survey file names: a response file must name a survey that exists.
const surveyIds = new Set(
	Object.keys(import.meta.glob('../content/surveys/*.yaml')).map((path) => path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length)),
);

/** The survey a response file answers; the build stops, in Chinese, when no such survey exists. */
function responseId({ entry }: { entry: string }): string {
	const id = responseSurveyId(entry);
	if (!id || !surveyIds.has(id))
		throw new Error(`content/surveys/${entry}：没有 id 为 “${id ?? entry}” 的问卷（应有 content/surveys/${id ?? '…'}.yaml）。回应文件应命名为 <问卷 id>.response.md。`);
	return id;
}

const mdx = (folder: string) => glob({ pattern: ['**/*.mdx', '!**/_*'], base: `./content/${folder}` });

export const collections = {
	resources: defineCollection({ loader: mdx('resources'), schema: resourceSchema }),
	lectures: defineCollection({ loader: mdx('lectures'), schema: lectureSchema }),
	policies: defineCollection({ loader: mdx('policies'), schema: policySchema }),
	// A survey's file name is its id and address: content/surveys/parent-meeting-needs.yaml.
	surveys: defineCollection({
		loader: glob({ pattern: ['*.yaml', '!_*'], base: './content/surveys' }),
		schema: surveySchema,
	}),
	// The school's response to a closed survey, beside it: content/surveys/<survey id>.response.md.
	// Its id is the survey's; having one publishes the survey's results once the survey has closed.
	surveyResponses: defineCollection({
		loader: glob({ pattern: ['*.response.md', '!_*'], base: './content/surveys', generateId: responseId }),
		schema: surveyResponseSchema,
	}),
	// Events parents sign up for; the file name is the id: content/events/open-day-2026-12.yaml.
	events: defineCollection({
		loader: glob({ pattern: ['*.yaml', '!_*'], base: './content/events' }),
		schema: eventSchema,
	}),
	// Official holidays, make-up working days and school closures, one file per year.
	calendar: defineCollection({
		loader: glob({ pattern: ['*.yaml', '!_*'], base: './content/calendar' }),
		schema: calendarFileSchema,
	}),
	// One entry, "school", read from content/school.yaml.
	school: defineCollection({
		loader: file('./content/school.yaml', { parser: (text) => ({ school: parse(text) }) }),
		schema: schoolSchema,
	}),
};
