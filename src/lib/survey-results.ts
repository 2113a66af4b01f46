// Which surveys' results are published to parents: those that have closed and have a response file
// (content/surveys/<id>.response.md). An open survey's results are never published, file or not.
import { getCollection, getEntry } from 'astro:content';
import { surveyState } from '../../functions/domain/survey-window.ts';

/** Where a survey stands with parents: published, ready (response written, survey still open), unpublished (closed, no response), open. */
export type Publication = 'published' | 'ready' | 'unpublished' | 'open';

const entries = (id: string) => Promise.all([getEntry('surveys', id), getEntry('surveyResponses', id)]);

function stateOf(survey: Awaited<ReturnType<typeof entries>>[0], hasResponse: boolean, now: Date): Publication {
	if (!survey || surveyState(survey.data, now) !== 'closed') return hasResponse ? 'ready' : 'open';
	return hasResponse ? 'published' : 'unpublished';
}

/** For the leaders' results page. */
export async function publicationState(id: string, now: Date): Promise<Publication> {
	const [survey, response] = await entries(id);
	return stateOf(survey, Boolean(response), now);
}

/** The survey and the school's response, when its results are published today; otherwise undefined. */
export async function publishedResults(id: string, now: Date) {
	const [survey, response] = await entries(id);
	return survey && response && stateOf(survey, true, now) === 'published' ? { survey, response } : undefined;
}

/** Every published response with its survey, newest first. */
export async function allPublishedResults(now: Date) {
	const responses = await getCollection('surveyResponses');
	const published = await Promise.all(responses.map((r) => publishedResults(r.id, now)));
	return published.filter((p) => p !== undefined).sort((a, b) => b.response.data.published.getTime() - a.response.data.published.getTime());
}
