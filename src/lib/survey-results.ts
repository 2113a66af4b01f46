// Which surveys' results are published to parents: those that have closed and have a response file
// (content/surveys/<id>.response.md). An open survey's results are never published, file or not.
import { getCollection, getEntry } from 'astro:content';
import { surveyState } from '../../functions/domain/survey-window.ts';

/** The survey and the school's response, when its results are published today; otherwise undefined. */
export async function publishedResults(id: string, now: Date) {
	const [survey, response] = await Promise.all([getEntry('surveys', id), getEntry('surveyResponses', id)]);
	if (!survey || !response || surveyState(survey.data, now) !== 'closed') return undefined;
	return { survey, response };
}

/** Every published response with its survey, newest first. */
export async function allPublishedResults(now: Date) {
	const responses = await getCollection('surveyResponses');
	const published = await Promise.all(responses.map((r) => publishedResults(r.id, now)));
	return published.filter((p) => p !== undefined).sort((a, b) => b.response.data.published.getTime() - a.response.data.published.getTime());
}
