import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { lectureSchema } from '../../functions/domain/lecture.ts';
import { lecturesToIcs } from '../../src/lib/ics.ts';

const data = lectureSchema.parse({
	title: '幼小衔接：新生家长第一课',
	description: '一年级新生入学前，家长可以在家做的准备。',
	speaker: '李老师',
	speakerTitle: '一年级组长',
	start: '2026-08-29 09:00',
	end: '2026-08-29 10:30',
	online: 'https://meeting.example.cn/888',
	grades: ['primary-lower'],
});

test('an .ics event keeps the Chinese text, the exact instant and a stable uid', () => {
	const ics = lecturesToIcs([{ id: 'first-grade', data }], new URL('https://hub.example.cn'), '家长学校');
	const calendar = new ICAL.Component(ICAL.parse(ics));
	expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('家长学校');
	const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
	expect(event.summary).toBe('幼小衔接：新生家长第一课');
	expect(event.uid).toBe('lecture-first-grade@hub.example.cn');
	expect(event.startDate.toJSDate().toISOString()).toBe('2026-08-29T01:00:00.000Z');
	expect(event.endDate.toJSDate().toISOString()).toBe('2026-08-29T02:30:00.000Z');
	expect(event.location).toBe('https://meeting.example.cn/888');
	expect(event.description).toContain('主讲：李老师（一年级组长）');
	expect(event.description).toContain('https://hub.example.cn/lectures/first-grade/');
});
