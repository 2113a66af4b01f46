/** Where the survey form keeps an unsent draft on the phone. */
export const draftKey = (surveyId: string) => `gongyu:draft:${surveyId}`;
