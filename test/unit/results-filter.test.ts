import { expect, test } from 'vitest';
import { filterFrom } from '../../src/lib/results-filter.ts';

const roster = {
	grades: [
		{ id: 'g3', name: '三年级', classes: [{ id: 'g3-1', name: '三（1）班' }] },
		{ id: 'g5', name: '五年级', classes: [{ id: 'g5-1', name: '五（1）班' }] },
	],
};
const filter = (query: string) => {
	const { filter, query: normal } = filterFrom(new URLSearchParams(query), roster);
	return { ...filter, query: normal };
};

test('a class implies its grade; unknown ids are ignored', () => {
	expect(filter('class=g3-1')).toEqual({ grade: 'g3', classId: 'g3-1', query: 'class=g3-1' });
	expect(filter('grade=&class=g3-1')).toEqual({ grade: 'g3', classId: 'g3-1', query: 'class=g3-1' });
	expect(filter('grade=g9&class=x')).toEqual({ grade: undefined, classId: undefined, query: '' });
});

test('changing the grade without script drops the class picked before: the new grade is shown', () => {
	// The form still sends 三（1）班 when a leader switches 年级 to 五年级 and presses 查看.
	expect(filter('grade=g5&class=g3-1')).toEqual({ grade: 'g5', classId: undefined, query: 'grade=g5' });
	expect(filter('grade=g3&class=g3-1')).toEqual({ grade: 'g3', classId: 'g3-1', query: 'class=g3-1' });
});
