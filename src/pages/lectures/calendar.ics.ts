import type { APIRoute } from 'astro';
import { getLectures } from '../../lib/collections.ts';
import { icsResponse, lecturesToIcs } from '../../lib/ics.ts';
import { getSchool } from '../../lib/school.ts';
import { lectures as t } from '../../strings.ts';

export const GET: APIRoute = async ({ site }) => {
	const school = await getSchool();
	const body = lecturesToIcs(await getLectures(), site!, t.calendarName(school.name));
	return icsResponse(body, 'lectures.ics');
};
