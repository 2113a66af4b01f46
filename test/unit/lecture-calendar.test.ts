import { expect, test } from 'vitest';
import { parseShanghaiDateTime } from '../../functions/domain/shanghai-time.ts';
import { groupByMonth, splitByNow } from '../../src/lib/lecture-calendar.ts';
import { publishedThisMonth } from '../../src/lib/monthly-target.ts';

const at = (text: string) => parseShanghaiDateTime(text)!;
const lecture = (id: string, start: string, end: string) => ({ id, data: { start: at(start), end: at(end) } });

const lectures = [
	lecture('dec', '2026-12-05 19:00', '2026-12-05 20:30'),
	lecture('sep', '2026-09-10 19:00', '2026-09-10 20:30'),
	lecture('today', '2026-11-23 19:00', '2026-11-23 20:30'),
	lecture('nov', '2026-11-02 19:00', '2026-11-02 20:30'),
	lecture('jan', '2027-01-08 09:00', '2027-01-08 11:00'),
];

test('a lecture stays upcoming until it ends; upcoming soonest first, past latest first', () => {
	const { upcoming, past } = splitByNow(lectures, at('2026-11-23 20:00'));
	expect(upcoming.map((l) => l.id)).toEqual(['today', 'dec', 'jan']);
	expect(past.map((l) => l.id)).toEqual(['nov', 'sep']);
	expect(splitByNow(lectures, at('2026-11-23 20:30')).upcoming[0]!.id).toBe('dec');
});

test('lectures are grouped by Beijing month in the order given', () => {
	const { upcoming, past } = splitByNow(lectures, at('2026-11-01 08:00'));
	expect(groupByMonth(upcoming).map((g) => [g.month, g.items.map((l) => l.id)])).toEqual([
		['2026-11', ['nov', 'today']],
		['2026-12', ['dec']],
		['2027-01', ['jan']],
	]);
	expect(groupByMonth(past).map((g) => g.month)).toEqual(['2026-09']);
	expect(groupByMonth([])).toEqual([]);
});

test('"new this month" counts resources published in the current Beijing month only', () => {
	const resources = ['2026-10-31', '2026-11-01', '2026-11-20', '2026-12-01'].map((d) => ({
		data: { published: new Date(d) },
	}));
	expect(publishedThisMonth(resources, at('2026-11-23 10:00'))).toHaveLength(2);
	// 07:00 on 1 December in Beijing is still 30 November in UTC: Beijing decides.
	expect(publishedThisMonth(resources, at('2026-12-01 07:00'))).toHaveLength(1);
});
