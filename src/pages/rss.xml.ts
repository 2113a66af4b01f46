import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLectures, getResources } from '../lib/collections.ts';
import { getSchool } from '../lib/school.ts';
import { allPublishedResults } from '../lib/survey-results.ts';
import { feed as t, publicResults } from '../strings.ts';

// Rendered per request: a survey's results are announced once it has closed, which depends on today.
export const prerender = false;

export const GET: APIRoute = async ({ site, locals }) => {
	const school = await getSchool();
	const resources = (await getResources()).map((r) => ({
		title: r.data.title,
		description: r.data.description,
		pubDate: r.data.published,
		link: `/resources/${r.id}/`,
	}));
	// A lecture enters the feed as news on the day it is announced; its start date stands in for that.
	const lectures = (await getLectures()).map((l) => ({
		title: `${t.lecturePrefix}${l.data.title}`,
		description: l.data.description,
		pubDate: l.data.start,
		link: `/lectures/${l.id}/`,
	}));
	const results = (await allPublishedResults(locals.hub.now())).map(({ survey, response }) => ({
		title: publicResults.feedTitle(survey.data.title),
		description: publicResults.feedDescription(survey.data.title),
		pubDate: response.data.published,
		link: `/surveys/${survey.id}/results/`,
	}));
	return rss({
		title: t.title(school.name),
		description: t.description,
		site: site!,
		items: [...resources, ...lectures, ...results].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
		customData: '<language>zh-cn</language>',
	});
};
