import { shanghaiDay } from './shanghai-time.ts';
import type { Survey } from './survey.ts';

export type SurveyState = 'upcoming' | 'open' | 'closed';

/** Open from the first day 00:00 to the last day 23:59, Beijing time. Survey dates are calendar days. */
export function surveyState(survey: Pick<Survey, 'opens' | 'closes'>, now: Date): SurveyState {
	const today = shanghaiDay(now);
	if (today < survey.opens.toISOString().slice(0, 10)) return 'upcoming';
	if (today > survey.closes.toISOString().slice(0, 10)) return 'closed';
	return 'open';
}
