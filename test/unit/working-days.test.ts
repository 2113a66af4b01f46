import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { calendarFileSchema } from '../../functions/domain/calendar.ts';
import {
	addWorkingDays,
	assumedYears,
	isWorkingDay,
	nextDay,
	workCalendar,
	workingDaysBetween,
} from '../../functions/domain/working-days.ts';

const dir = 'content/calendar';
const files = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => calendarFileSchema.parse(parse(readFileSync(`${dir}/${name}`, 'utf8'))));
const cal = workCalendar(files);

const GENERAL = 3;
// Complex issues are answered "within a week" (the seeds): five working days.
const COMPLEX = 5;

test('the shipped calendar files validate and cover 2025 and 2026', () => {
	expect([...cal.years].sort()).toEqual([2025, 2026]);
	// Each file is named after its year, so the next one is easy to find and add.
	for (const file of files) expect(readdirSync(dir)).toContain(`${file.year}.yaml`);
});

describe('reply deadlines a parent would see', () => {
	test('an ordinary week: Monday + 3 working days is Thursday', () => {
		expect(addWorkingDays(cal, '2026-11-23', GENERAL)).toBe('2026-11-26');
	});

	test('the weekend does not count: Friday + 3 is the next Wednesday', () => {
		expect(addWorkingDays(cal, '2026-11-20', GENERAL)).toBe('2026-11-25');
	});

	test('Spring Festival 2026: the 调休 Saturdays count, the nine days off do not', () => {
		expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, make-up working day
		expect(isWorkingDay(cal, '2026-02-16')).toBe(false); // Monday inside 春节
		// Sat 14th = 1, then 15th–23rd off, Tue 24th = 2, Wed 25th = 3.
		expect(addWorkingDays(cal, '2026-02-13', GENERAL)).toBe('2026-02-25');
		// Tue 24th–Fri 27th = 2–5.
		expect(addWorkingDays(cal, '2026-02-13', COMPLEX)).toBe('2026-02-27');
	});

	test('National Day 2026: the golden week is skipped and Saturday 10 October counts', () => {
		expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday, make-up working day
		// 2026-09-20 is a Sunday (not a Saturday), and still a make-up working day.
		expect(isWorkingDay(cal, '2026-09-20')).toBe(true);
		// Thu 8th = 1, Fri 9th = 2, Sat 10th = 3.
		expect(addWorkingDays(cal, '2026-09-30', GENERAL)).toBe('2026-10-10');
		// Mon 12th = 4, Tue 13th = 5.
		expect(addWorkingDays(cal, '2026-09-30', COMPLEX)).toBe('2026-10-13');
	});

	test('a school closure is a day off like a holiday', () => {
		expect(isWorkingDay(cal, '2026-11-06')).toBe(false); // Friday, 校运动会补休
		// Thursday + 1 skips the closed Friday and the weekend.
		expect(addWorkingDays(cal, '2026-11-05', 1)).toBe('2026-11-09');
	});

	test('2025 is counted too: National Day ran to 8 October, Saturday 11 October was worked', () => {
		// Thu 9th = 1, Fri 10th = 2, Sat 11th (调休) = 3.
		expect(addWorkingDays(cal, '2025-09-30', GENERAL)).toBe('2025-10-11');
	});

	test('a year without a calendar file falls back to plain Monday to Friday', () => {
		expect(cal.years.has(2027)).toBe(false);
		// 2027's New Year holiday is not published yet, so Friday 1 January counts as working.
		expect(isWorkingDay(cal, '2027-01-01')).toBe(true);
		// Fri 1st = 1, Mon 4th = 2, Tue 5th = 3.
		expect(addWorkingDays(cal, '2026-12-31', GENERAL)).toBe('2027-01-05');
	});

	test('a complex suggestion is due five working days on, the weekend not counted', () => {
		// Thursday 26 November: Fri 27th = 1, Mon 30th = 2, Tue 1st = 3, Wed 2nd = 4, Thu 3 December = 5.
		expect(addWorkingDays(cal, '2026-11-26', COMPLEX)).toBe('2026-12-03');
	});
});

describe('years counted without their calendar file', () => {
	test('a deadline from 29 December 2026 into January 2027 was counted without 2027\'s holidays', () => {
		// Wed 30th = 1, Thu 31st = 2, Fri 1 January = 3 (元旦 in every year so far, but not published).
		const due = addWorkingDays(cal, '2026-12-29', GENERAL);
		expect(due).toBe('2027-01-01');
		expect(assumedYears(cal, '2026-12-29', due)).toEqual([2027]);
	});

	test('a count that stays in covered years, or ends the day it starts, assumed nothing', () => {
		expect(assumedYears(cal, '2026-12-24', addWorkingDays(cal, '2026-12-24', GENERAL))).toEqual([]);
		expect(assumedYears(cal, '2025-12-30', '2026-01-05')).toEqual([]);
		expect(assumedYears(cal, '2027-03-01', '2027-03-01')).toEqual([]);
	});

	test('the first day is not counted, every later year is named once', () => {
		// Counting starts the day after 31 December 2026, so 2026 is not looked at at all.
		expect(assumedYears(cal, '2026-12-31', '2029-01-02')).toEqual([2027, 2028, 2029]);
		expect(assumedYears(cal, '2024-12-31', '2025-01-02')).toEqual([]);
		expect(assumedYears(cal, '2024-12-30', '2025-01-02')).toEqual([2024]);
		expect(() => assumedYears(cal, '2026-12-29', '2027-1-4')).toThrow(RangeError);
	});
});

describe('working days taken to answer', () => {
	test('same day, or before the next working day, is 0', () => {
		expect(workingDaysBetween(cal, '2026-11-23', '2026-11-23')).toBe(0);
		expect(workingDaysBetween(cal, '2026-11-20', '2026-11-22')).toBe(0); // Friday → Sunday
	});

	test('Friday answered on Monday took 1 working day', () => {
		expect(workingDaysBetween(cal, '2026-11-20', '2026-11-23')).toBe(1);
	});

	test('the whole Spring Festival break costs 2 working days, not 12 calendar days', () => {
		expect(workingDaysBetween(cal, '2026-02-13', '2026-02-24')).toBe(2);
	});

	test('counting undoes the deadline, for any day and any n', () => {
		const anyDay = fc.integer({ min: 0, max: 729 }).map((i) => nextDay('2025-01-01', i));
		fc.assert(
			fc.property(anyDay, fc.integer({ min: 0, max: 15 }), (d, n) => {
				expect(workingDaysBetween(cal, d, addWorkingDays(cal, d, n))).toBe(n);
			}),
		);
	});

	test('a deadline is always a working day after the submission', () => {
		const anyDay = fc.integer({ min: 0, max: 729 }).map((i) => nextDay('2025-01-01', i));
		fc.assert(
			fc.property(anyDay, fc.integer({ min: 1, max: 15 }), (d, n) => {
				const due = addWorkingDays(cal, d, n);
				expect(due > d && isWorkingDay(cal, due)).toBe(true);
			}),
		);
	});
});

describe('guards', () => {
	test('n must be a non-negative whole number', () => {
		expect(addWorkingDays(cal, '2026-11-23', 0)).toBe('2026-11-23');
		expect(() => addWorkingDays(cal, '2026-11-23', -1)).toThrow(RangeError);
		expect(() => addWorkingDays(cal, '2026-11-23', 1.5)).toThrow(RangeError);
	});

	test('day arithmetic crosses months, leap days and years, and rejects non-days', () => {
		expect(nextDay('2028-02-28')).toBe('2028-02-29');
		expect(nextDay('2026-12-31')).toBe('2027-01-01');
		expect(nextDay('2026-03-01', -1)).toBe('2026-02-28');
		expect(() => nextDay('2026-02-30')).toThrow(RangeError);
		expect(() => isWorkingDay(cal, '2026/11/23')).toThrow(RangeError);
	});
});

describe('calendar file schema', () => {
	const file = {
		year: 2026,
		notice: '国务院办公厅关于2026年部分节假日安排的通知',
		holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
		workdays: ['2026-10-10'],
	};
	/** Each issue as the build would report it: field path and message. */
	const messages = (input: unknown) =>
		calendarFileSchema
			.safeParse(input)
			.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

	test('reads dates as day strings and defaults closures to none', () => {
		const parsed = calendarFileSchema.parse(file);
		expect(parsed).toMatchObject({ workdays: ['2026-10-10'], closures: [] });
	});

	test('a make-up working day on a weekday is rejected, naming the date', () => {
		// 2026-10-09 is a Friday: 调休 only ever moves work onto a weekend.
		expect(messages({ ...file, workdays: ['2026-10-09'] })).toEqual([
			expect.stringMatching(/^workdays\.0: 调休上班日 2026-10-09 是星期五/),
		]);
	});

	test('a range that ends before it starts is rejected', () => {
		const holidays = [{ name: '国庆节', from: '2026-10-07', to: '2026-10-01' }];
		expect(messages({ ...file, holidays })).toEqual([
			'holidays.0.to: 「国庆节」的结束日期 2026-10-01 早于开始日期 2026-10-07',
		]);
	});

	test('dates outside the year and days that do not exist are rejected', () => {
		expect(messages({ ...file, workdays: ['2027-01-09'] })).toEqual([
			expect.stringMatching(/^workdays\.0: 2027-01-09 不在 2026 年内/),
		]);
		// new Date() would quietly read 2026-02-30 as 2 March.
		expect(messages({ ...file, workdays: ['2026-02-30'] })).toEqual([
			expect.stringMatching(/^workdays\.0: 2026-02-30 不是有效日期/),
		]);
	});
});
