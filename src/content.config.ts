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

// Files starting with "_" are drafts and never published.
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
