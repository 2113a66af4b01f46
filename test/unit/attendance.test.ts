import { describe, expect, test } from 'vitest';
import { eventSchema, type SchoolEvent } from '../../functions/domain/event.ts';
import { schoolSchema } from '../../functions/domain/school.ts';
import type { SlotTally } from '../../functions/db/queries/signups.ts';
import { eventReport, volunteerMinutesByMonth, volunteerMonths } from '../../functions/events/attendance.ts';

const school = schoolSchema.parse({
	name: '测试学校',
	address: '某市某路 1 号',
	hotline: '0512-0000',
	officeHours: '工作日',
	promises: { attendanceTarget: 0.8 },
	grades: [
		{
			id: 'g7',
			name: '七年级',
			band: 'junior',
			classes: [
				{ id: 'g7-1', name: '七（1）班', size: 40 },
				{ id: 'g7-2', name: '七（2）班', size: 10 },
			],
		},
		{ id: 'g8', name: '八年级', band: 'junior', classes: [{ id: 'g8-1', name: '八（1）班', size: 30 }] },
	],
});

const slot = (id: string, date: string, over: Record<string, unknown> = {}) => ({ id, date, start: '14:00', end: '15:30', place: '报告厅', capacity: 100, ...over });
const event = (kind: SchoolEvent['kind'], slots: ReturnType<typeof slot>[]) => ({
	...eventSchema.parse({
		title: '测试活动',
		kind,
		description: '一个用于测试到会率计算的活动。',
		organiser: '德育处',
		signup: { opens: '2026-11-01', closes: '2026-11-30' },
		slots,
	}),
	id: 'e',
});
const tally = (slotId: string, classId: string, confirmed: number, attended: number, present: number): SlotTally => ({
	eventId: 'e',
	slotId,
	classId,
	confirmed,
	attended,
	present,
});

describe('attendance rate', () => {
	test('a parent meeting expects every family of its classes, signed up or not, and counts families who came', () => {
		const meeting = event('parent-meeting', [slot('g7', '2026-12-10', { audience: ['g7'] })]);
		// 七（1）班: 30 families came (35 people: some brought two); 七（2）班: 9 of 10.
		const report = eventReport(meeting, [tally('g7', 'g7-1', 36, 35, 30), tally('g7', 'g7-2', 9, 9, 9)], school, '2026-12-11');
		expect(report.rate).toEqual({ came: 39, expected: 50, percent: 78, meets: false });
		expect(report.classes).toEqual([
			{ classId: 'g7-1', rate: { came: 30, expected: 40, percent: 75, meets: false } },
			{ classId: 'g7-2', rate: { came: 9, expected: 10, percent: 90, meets: true } },
		]);
	});

	test('a class of the audience with nobody signed up still counts, at 0 families', () => {
		const meeting = event('parent-meeting', [slot('all', '2026-12-10')]);
		const report = eventReport(meeting, [tally('all', 'g7-1', 40, 40, 40), tally('all', 'g7-2', 10, 10, 10)], school, '2026-12-11');
		expect(report.rate).toMatchObject({ came: 50, expected: 80, percent: 62 });
		expect(report.classes.at(-1)).toEqual({ classId: 'g8-1', rate: { came: 0, expected: 30, percent: 0, meets: false } });
	});

	test('other events compare the people who came with the people confirmed, walk-ins included', () => {
		const reading = event('family-activity', [slot('a', '2026-12-05'), slot('b', '2026-12-06')]);
		const report = eventReport(reading, [tally('a', 'g7-1', 6, 5, 2), tally('b', 'g8-1', 4, 3, 2)], school, '2026-12-07');
		expect(report.slots.map((s) => s.rate?.percent)).toEqual([83, 75]);
		expect(report.rate).toEqual({ came: 8, expected: 10, percent: 80, meets: true });
	});

	test('a slot not yet held has no rate; on its day, the first check-in makes it held', () => {
		const reading = event('family-activity', [slot('a', '2026-12-05'), slot('b', '2026-12-20')]);
		const before = eventReport(reading, [tally('a', 'g7-1', 6, 0, 0)], school, '2026-12-05');
		expect(before.slots[0]).toMatchObject({ held: false, confirmed: 6 });
		expect(before.slots[0]!.rate).toBeUndefined();
		expect(before.rate).toBeUndefined();
		const during = eventReport(reading, [tally('a', 'g7-1', 6, 1, 1)], school, '2026-12-05');
		expect(during.slots[0]).toMatchObject({ held: true, rate: { percent: 16 } });
		// The later slot, not held, adds nothing to the event's rate.
		expect(during.slots[1]!.held).toBe(false);
		expect(during.rate).toMatchObject({ came: 1, expected: 6 });
	});

	test('a held slot nobody signed up for has no rate of its own', () => {
		const report = eventReport(event('open-day', [slot('a', '2026-12-01')]), [], school, '2026-12-02');
		expect(report.slots[0]).toMatchObject({ held: true, confirmed: 0 });
		expect(report.slots[0]!.rate).toBeUndefined();
		expect(report.rate).toBeUndefined();
	});

	test('per cent rounds down, so a target is never shown met when it is not', () => {
		const report = eventReport(event('open-day', [slot('a', '2026-12-01')]), [tally('a', 'g7-1', 1000, 799, 799)], school, '2026-12-02');
		expect(report.rate).toMatchObject({ percent: 79, meets: false });
	});
});

describe('volunteer hours', () => {
	const events = new Map<string, SchoolEvent>([
		['e', event('volunteer', [slot('a', '2026-12-07', { start: '07:10', end: '07:50' }), slot('b', '2027-01-04', { start: '07:00', end: '08:00' })])],
		['r', event('family-activity', [slot('a', '2026-12-07')])],
	]);

	test('per month: each volunteer checked in counts the slot once, whatever they brought', () => {
		const tallies = [tally('a', 'g7-1', 3, 4, 2), tally('a', 'g8-1', 1, 1, 1), tally('b', '', 2, 2, 2), { ...tally('a', 'g7-1', 9, 9, 9), eventId: 'r' }];
		expect(volunteerMinutesByMonth(events, tallies)).toEqual([
			['2027-01', 120],
			['2026-12', 120],
		]);
	});

	test('per volunteer: name, class and phone tell volunteers apart; only those checked in count', () => {
		const row = (slotId: string, name: string, phone: string, attended: number | null) => ({ eventId: 'e', slotId, name, classId: 'g7-1', phone, attended });
		const months = volunteerMonths(events, [
			row('a', '王丽华', '13900000001', 1),
			row('b', '王丽华', '13900000001', 1),
			row('a', '王丽华', '13900000002', 1),
			row('a', '李静', '13900000003', null),
		]);
		expect(months.map((m) => [m.month, m.name, m.phone, m.minutes, m.times])).toEqual([
			['2027-01', '王丽华', '13900000001', 60, 1],
			['2026-12', '王丽华', '13900000001', 40, 1],
			['2026-12', '王丽华', '13900000002', 40, 1],
		]);
	});
});
