import { expect, test } from 'vitest';
import { checkAnswers } from '../../functions/domain/answers.ts';
import { surveySchema } from '../../functions/domain/survey.ts';
import { surveyVersion } from '../../functions/domain/survey-version.ts';
import { surveyState } from '../../functions/domain/survey-window.ts';
import { fixtureRoster, fixtureSurvey } from '../helpers/survey-fixture.ts';

const base = {
	title: '问卷',
	kind: 'needs',
	description: '用于测试的问卷说明文字。',
	opens: '2026-11-01',
	closes: '2026-11-30',
	sections: [{ id: 's', title: '第一部分', questions: [{ id: 'q1', type: 'likert', title: '满意吗' }] }],
};
const issues = (input: unknown) =>
	surveySchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

test('defaults: anonymous, not one-per-family, every grade, answers required, satisfaction scale', () => {
	const s = surveySchema.parse(base);
	expect(s).toMatchObject({ anonymous: true, onePerFamily: false, audience: [] });
	expect(s.sections[0]!.questions[0]).toMatchObject({ required: true, scale: 'satisfaction' });
});

test('a named form must say what it stores and until when', () => {
	expect(issues({ ...base, anonymous: false })).toEqual([
		'dataNote: 实名问卷必须用 dataNote 说明收集哪些信息、保存多久',
		'keepUntil: 实名问卷必须用 keepUntil 写明信息保存到哪一天',
	]);
});

test('question ids are unique, dates in order, one grade or class picker at most', () => {
	const q = { id: 'q1', type: 'likert', title: '满意吗' };
	expect(issues({ ...base, sections: [{ id: 's', title: '第一部分', questions: [q, q] }] })).toEqual([
		'sections.0.questions.1.id: 题目 id “q1” 重复',
	]);
	expect(issues({ ...base, closes: '2026-10-01' })).toEqual(['closes: 截止日期不能早于开始日期']);
	const pickers = [{ id: 'g', type: 'grade', title: '年级' }, { id: 'c', type: 'class', title: '班级' }];
	expect(issues({ ...base, sections: [{ id: 's', title: '第一部分', questions: pickers }] })).toEqual([
		'sections: 一份问卷最多一个年级或班级选择题',
	]);
	expect(issues({ ...base, sections: [{ id: 's', title: '第一部分', questions: [{ ...q, id: 'Q 1' }] }] })[0]).toMatch(/^sections\.0\.questions\.0\.id: /);
});

test('the version changes when the definition changes, and only then', () => {
	const v = surveyVersion(fixtureSurvey);
	expect(surveyVersion(surveySchema.parse(JSON.parse(JSON.stringify(fixtureSurvey))))).toBe(v);
	const reworded = structuredClone(fixtureSurvey);
	reworded.sections[1]!.questions[0]!.title = '改过的题目';
	expect(surveyVersion(reworded)).not.toBe(v);
});

test('a survey is open from its first day to the end of its last day, Beijing time', () => {
	expect(surveyState(fixtureSurvey, new Date('2026-10-31T15:59:59Z'))).toBe('upcoming');
	expect(surveyState(fixtureSurvey, new Date('2026-10-31T16:00:00Z'))).toBe('open');
	expect(surveyState(fixtureSurvey, new Date('2026-11-30T15:59:59Z'))).toBe('open');
	expect(surveyState(fixtureSurvey, new Date('2026-11-30T16:00:00Z'))).toBe('closed');
});

test('answers: an empty optional multiple choice is fine, a partial optional matrix is not', () => {
	const s = surveySchema.parse({
		...base,
		sections: [
			{
				id: 's',
				title: '第一部分',
				questions: [
					{ id: 'm', type: 'multiple', title: '多选', required: false, min: 2, options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }] },
					{ id: 'x', type: 'matrix', title: '矩阵', required: false, rows: [{ id: 'r1', label: '一' }, { id: 'r2', label: '二' }] },
				],
			},
		],
	});
	expect(checkAnswers(s, fixtureRoster, {}).ok).toBe(true);
	expect(checkAnswers(s, fixtureRoster, { 'q.m': 'a' })).toEqual({ ok: false, errors: { m: '请至少选择 2 项' } });
	expect(checkAnswers(s, fixtureRoster, { 'q.x.r1': '3' })).toEqual({ ok: false, errors: { x: '请为每一行选择一项' } });
});

test('a showIf condition must name an earlier single-choice question and options it has', () => {
	const attend = { id: 'attend', type: 'single', title: '是否参加', options: [{ id: 'yes', label: '参加' }, { id: 'no', label: '不参加' }] };
	const days = (showIf: unknown) => ({ id: 'days', type: 'multiple', title: '哪几天', showIf, options: [{ id: 'mon', label: '周一' }, { id: 'tue', label: '周二' }] });
	const withQuestions = (...questions: unknown[]) => issues({ ...base, sections: [{ id: 's', title: '第一部分', questions }] });
	expect(withQuestions(attend, days({ question: 'attend', anyOf: ['yes'] }))).toEqual([]);
	expect(withQuestions(days({ question: 'attend', anyOf: ['yes'] }), attend)).toEqual([
		'sections.0.questions.0.showIf.question: 显示条件只能引用本题之前的题目，“attend” 不在本题之前',
	]);
	expect(withQuestions(attend, days({ question: 'days', anyOf: ['mon'] }))).toEqual([
		'sections.0.questions.1.showIf.question: 显示条件只能引用本题之前的题目，“days” 不在本题之前',
	]);
	expect(withQuestions(attend, days({ question: 'atend', anyOf: ['yes'] }))).toEqual(['sections.0.questions.1.showIf.question: 没有 id 为 “atend” 的题目']);
	expect(withQuestions(attend, days({ question: 'attend', anyOf: ['yes', 'maybe'] }))).toEqual([
		'sections.0.questions.1.showIf.anyOf.1: 题目 “attend” 没有 id 为 “maybe” 的选项',
	]);
	expect(withQuestions(attend, days({ question: 'attend', anyOf: ['yes'] }), { id: 'note', type: 'text', title: '说明', showIf: { question: 'days', anyOf: ['mon'] } })).toEqual([
		'sections.0.questions.2.showIf.question: 显示条件只能引用单选题，“days” 不是单选题',
	]);
	// Across sections too: the order is the form's.
	expect(
		issues({ ...base, sections: [{ id: 'a', title: '第一部分', questions: [days({ question: 'attend', anyOf: ['yes'] })] }, { id: 'b', title: '第二部分', questions: [attend] }] }),
	).toEqual(['sections.0.questions.0.showIf.question: 显示条件只能引用本题之前的题目，“attend” 不在本题之前']);
});
