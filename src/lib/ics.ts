import { createEvents, type EventAttributes } from 'ics';
import type { Lecture } from '../../functions/domain/lecture.ts';
import { gradeBandLabels, lectures as t } from '../strings.ts';

interface LectureLike {
	id: string;
	data: Lecture;
}

/**
 * An iCalendar file for one or more lectures. Times are written in UTC ("…Z"), which every phone
 * calendar shows in its own zone — a Beijing 19:00 lecture stays 19:00 in Beijing.
 */
export function lecturesToIcs(lectures: readonly LectureLike[], site: URL, calName: string): string {
	const events: EventAttributes[] = lectures.map(({ id, data }) => {
		const url = new URL(`/lectures/${id}/`, site).href;
		return {
			uid: `lecture-${id}@${site.hostname}`,
			title: data.title,
			description: [
				`${t.speaker}：${data.speaker}${data.speakerTitle ? `（${data.speakerTitle}）` : ''}`,
				`${t.audience}：${data.grades.map((g) => gradeBandLabels[g]).join('、')}`,
				data.description,
				data.online ? `${t.online}：${data.online}` : '',
				url,
			]
				.filter(Boolean)
				.join('\n'),
			location: data.place ?? data.online ?? '',
			url,
			start: data.start.getTime(),
			startInputType: 'utc',
			startOutputType: 'utc',
			end: data.end.getTime(),
			endInputType: 'utc',
			endOutputType: 'utc',
		};
	});
	const { error, value } = createEvents(events, { calName, productId: 'gongyu/lectures' });
	if (error || !value) throw error ?? new Error('ics produced no calendar');
	return value;
}

export function icsResponse(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename}"`,
		},
	});
}
