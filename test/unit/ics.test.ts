import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { lectureSchema } from '../../functions/domain/lecture.ts';
import { fold } from '../../src/lib/icalendar.ts';
import { lecturesToIcs } from '../../src/lib/ics.ts';

const data = lectureSchema.parse({
	title: '幼小衔接：新生家长第一课',
	description: '一年级新生入学前，家长可以在家做的准备；作息、书包和上学路上的安全，一样一样来。',
	speaker: '李老师',
	speakerTitle: '一年级组长',
	start: '2026-08-29 09:00',
	end: '2026-08-29 10:30',
	online: 'https://meeting.example.cn/888',
	grades: ['primary-lower'],
});
const ics = lecturesToIcs([{ id: 'first-grade', data }], new URL('https://hub.example.cn'), '家长学校');

/** Parsed as a phone would: the zone comes from the VTIMEZONE inside the file. */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar;
}

test('an .ics event keeps the Chinese text, the exact instant and a stable uid', () => {
	const calendar = parse(ics);
	expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('家长学校');
	const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
	expect(event.summary).toBe('幼小衔接：新生家长第一课');
	expect(event.uid).toBe('lecture-first-grade@hub.example.cn');
	expect(event.startDate.toJSDate().toISOString()).toBe('2026-08-29T01:00:00.000Z');
	expect(event.endDate.toJSDate().toISOString()).toBe('2026-08-29T02:30:00.000Z');
	expect(event.location).toBe('https://meeting.example.cn/888');
	expect(event.description).toContain('主讲：李老师（一年级组长）');
	expect(event.description).toContain('家长可以在家做的准备；作息、书包');
	expect(event.description).toContain('https://hub.example.cn/lectures/first-grade/');
	ICAL.TimezoneService.reset();
});

test('times are Beijing wall-clock times under TZID=Asia/Shanghai, defined in the file at +08:00', () => {
	const calendar = parse(ics);
	const zone = calendar.getFirstSubcomponent('vtimezone')!;
	expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
	// China keeps no daylight saving time: one STANDARD rule, +08:00 to +08:00.
	expect(zone.getAllSubcomponents().map((c) => c.name)).toEqual(['standard']);
	const standard = zone.getFirstSubcomponent('standard')!;
	expect(standard.getFirstPropertyValue('tzoffsetfrom')!.toString()).toBe('+08:00');
	expect(standard.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+08:00');
	const event = calendar.getFirstSubcomponent('vevent')!;
	const start = event.getFirstProperty('dtstart')!;
	expect(start.getParameter('tzid')).toBe('Asia/Shanghai');
	expect(start.getFirstValue()!.toString()).toBe('2026-08-29T09:00:00');
	expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20260829T090000\r\n');
	ICAL.TimezoneService.reset();
});

test('the phone reminds the parent a day and an hour before, as the lecture page promises', () => {
	const event = parse(ics).getFirstSubcomponent('vevent')!;
	const alarms = event.getAllSubcomponents('valarm');
	expect(alarms.map((a) => a.getFirstPropertyValue('trigger')!.toString())).toEqual(['-P1D', '-PT1H']);
	for (const alarm of alarms) {
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(alarm.getFirstPropertyValue('description')).toContain('幼小衔接：新生家长第一课');
	}
	ICAL.TimezoneService.reset();
});

test('every line ends in CRLF and is at most 75 octets, folded between characters', () => {
	expect(ics.endsWith('\r\n')).toBe(true);
	expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const lines = ics.split('\r\n').slice(0, -1);
	for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
	// The long Chinese description had to fold, and no character was cut in two.
	expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
	expect(ics).not.toContain('\uFFFD');
	expect(Buffer.from(ics, 'utf8').toString('utf8')).toBe(ics);
});

test('folding never splits a character, whatever its width in UTF-8', () => {
	for (const text of ['a'.repeat(200), '育'.repeat(80), `x${'育'.repeat(40)}`, `${'ab'.repeat(30)}😀${'育'.repeat(30)}`]) {
		const folded = fold(`DESCRIPTION:${text}`);
		const lines = folded.split('\r\n');
		for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		// Unfolding (RFC 5545: drop each CRLF and the one space after it) gives the line back.
		expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
	}
});
