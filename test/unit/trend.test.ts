import { expect, test } from 'vitest';
import type { TotalRow } from '../../functions/domain/summary.ts';
import { trendOf } from '../../functions/domain/trend.ts';
import { fixtureSurvey } from '../helpers/survey-fixture.ts';

const row = (questionId: string, value: string, count: number, rowId = ''): TotalRow => ({ questionId, rowId, value, grade: 'g1', classId: 'g1-1', count });
const responses = (count: number) => [{ grade: 'g1', classId: 'g1-1', count }];

test('share satisfied per term for each scale question and matrix row; a withheld term is a gap', () => {
	const trend = trendOf(
		[
			{ survey: fixtureSurvey, totals: [row('overall', '5', 6), row('overall', '2', 4)], responses: responses(10) },
			{ survey: fixtureSurvey, totals: [row('overall', '4', 3)], responses: responses(3) },
			{ survey: fixtureSurvey, totals: [row('overall', '4', 9), row('overall', '3', 1), row('grid', '5', 10, 'talk')], responses: responses(10) },
		],
		{},
	);
	const overall = trend.lines.find((l) => l.key === 'overall');
	expect(overall?.values).toEqual([0.6, null, 0.9]);
	expect(trend.lines.find((l) => l.key === 'grid.talk')?.values).toEqual([null, null, 1]);
});
