import type { Lecture } from '../../functions/domain/lecture.ts';
import { gradeBandLabels, lectures as t } from '../strings.ts';
import { serialize, SHANGHAI_TZID, shanghaiTime, shanghaiTimezone, text, utcTime, type Component } from './icalendar.ts';

interface LectureLike {
	id: string;
	data: Lecture;
}

/**
 * An iCalendar file for one or more lectures, in Beijing time, each with the reminders the lecture
 * page promises: the day before and an hour before. `now` is when the file was written (DTSTAMP).
 */
export function lecturesToIcs(lectures: readonly LectureLike[], site: URL, calName: string, now = new Date()): string {
	return calendar('lectures', calName, lectures.map((lecture) => lectureEvent(lecture, site, now)));
}

/** A whole calendar file of `events`, named `calName`, with the Beijing zone they are written in. */
export function calendar(product: string, calName: string, events: readonly Component[]): string {
	return serialize({
		name: 'VCALENDAR',
		properties: [
			['VERSION', '2.0'],
			['PRODID', `-//gongyu//${product}//ZH`],
			['CALSCALE', 'GREGORIAN'],
			['METHOD', 'PUBLISH'],
			['X-WR-CALNAME', text(calName)],
			// Google Calendar and Apple Calendar read the calendar's own zone from this.
			['X-WR-TIMEZONE', SHANGHAI_TZID],
		],
		components: [shanghaiTimezone, ...events],
	});
}

function lectureEvent({ id, data }: LectureLike, site: URL, now: Date): Component {
	const url = new URL(`/lectures/${id}/`, site).href;
	const description = [
		`${t.speaker}：${data.speaker}${data.speakerTitle ? `（${data.speakerTitle}）` : ''}`,
		`${t.audience}：${data.grades.map((g) => gradeBandLabels[g]).join('、')}`,
		data.description,
		data.online ? `${t.online}：${data.online}` : '',
		url,
	].filter(Boolean);
	return {
		name: 'VEVENT',
		properties: [
			['UID', `lecture-${id}@${site.hostname}`],
			['DTSTAMP', utcTime(now)],
			['DTSTART', shanghaiTime(data.start), { TZID: SHANGHAI_TZID }],
			['DTEND', shanghaiTime(data.end), { TZID: SHANGHAI_TZID }],
			['SUMMARY', text(data.title)],
			['DESCRIPTION', text(description.join('\n'))],
			['LOCATION', text(data.place ?? data.online ?? '')],
			['URL', url],
		],
		components: [reminder('-P1D', t.reminderDayBefore(data.title)), reminder('-PT1H', t.reminderHourBefore(data.title))],
	};
}

/** A notice on the phone `trigger` before the start (RFC 5545 duration, e.g. -PT1H). */
export function reminder(trigger: string, message: string): Component {
	return {
		name: 'VALARM',
		properties: [
			['ACTION', 'DISPLAY'],
			['TRIGGER', trigger],
			['DESCRIPTION', text(message)],
		],
	};
}

export function icsResponse(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename}"`,
		},
	});
}
