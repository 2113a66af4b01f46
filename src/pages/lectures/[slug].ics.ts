import type { APIRoute, GetStaticPaths } from 'astro';
import { getLectures, type LectureEntry } from '../../lib/collections.ts';
import { icsResponse, lecturesToIcs } from '../../lib/ics.ts';
import { getSchool } from '../../lib/school.ts';
import { lectures as t } from '../../strings.ts';

export const getStaticPaths = (async () =>
	(await getLectures()).map((lecture) => ({
		params: { slug: lecture.id },
		props: { lecture },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lecture: LectureEntry }> = async ({ props, site }) => {
	const school = await getSchool();
	const body = lecturesToIcs([props.lecture], site!, t.calendarName(school.name));
	return icsResponse(body, `${props.lecture.id}.ics`);
};
