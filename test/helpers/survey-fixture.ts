// One survey with every question type, a sign-up form with conditional questions, and helpers to
// post answers to them the way a browser does.
import type { Roster } from '../../functions/domain/answers.ts';
import { surveySchema } from '../../functions/domain/survey.ts';
import { surveyVersion } from '../../functions/domain/survey-version.ts';
import type { SurveyTarget } from '../../functions/surveys/submit.ts';

export const fixtureSurvey = surveySchema.parse({
	title: '测试问卷',
	kind: 'satisfaction',
	description: '覆盖所有题型的测试问卷。',
	opens: '2026-11-01',
	closes: '2026-11-30',
	sections: [
		{
			id: 'child',
			title: '孩子信息',
			questions: [{ id: 'class', type: 'class', title: '孩子所在班级' }],
		},
		{
			id: 'main',
			title: '主要问题',
			questions: [
				{ id: 'channel', type: 'single', title: '最常用的沟通方式', options: [{ id: 'wechat', label: '班级群' }, { id: 'phone', label: '电话' }, { id: 'visit', label: '面谈' }] },
				{ id: 'topics', type: 'multiple', title: '希望了解的内容', min: 1, max: 2, options: [{ id: 'study', label: '学习' }, { id: 'mood', label: '情绪' }, { id: 'safety', label: '安全' }] },
				{ id: 'overall', type: 'likert', title: '总体满意度' },
				{ id: 'grid', type: 'matrix', title: '各方面满意度', rows: [{ id: 'talk', label: '沟通' }, { id: 'events', label: '活动' }] },
				{ id: 'recommend', type: 'nps', title: '推荐意愿' },
				{ id: 'kids', type: 'number', title: '家中孩子数', min: 1, max: 6, unit: '个' },
				{ id: 'note', type: 'text', title: '建议', long: true, maxLength: 50, required: false },
			],
		},
	],
});

/** A sign-up form: a phone number, then questions for those who take part, one of them two levels deep. */
export const signUpSurvey = surveySchema.parse({
	title: '报名表',
	kind: 'intention',
	description: '用于测试手机号和条件题的报名表。',
	opens: '2026-11-01',
	closes: '2026-11-30',
	sections: [
		{
			id: 's',
			title: '报名',
			questions: [
				{ id: 'phone', type: 'phone', title: '监护人手机号' },
				{ id: 'attend', type: 'single', title: '是否参加', options: [{ id: 'yes', label: '参加' }, { id: 'no', label: '不参加' }, { id: 'maybe', label: '还在考虑' }] },
				{ id: 'days', type: 'multiple', title: '哪几天', showIf: { question: 'attend', anyOf: ['yes'] }, options: [{ id: 'mon', label: '周一' }, { id: 'tue', label: '周二' }] },
				{ id: 'pickup', type: 'single', title: '几点接', showIf: { question: 'attend', anyOf: ['yes', 'maybe'] }, options: [{ id: 'early', label: '17:00' }, { id: 'late', label: '18:00' }] },
				{ id: 'who', type: 'text', title: '由谁来接', showIf: { question: 'pickup', anyOf: ['late'] } },
			],
		},
	],
});

export const fixtureRoster: Roster = { grades: [{ id: 'g1', classes: ['g1-1', 'g1-2'] }, { id: 'g2', classes: ['g2-1'] }] };

export const fixtureTarget: SurveyTarget = {
	id: 'fixture',
	survey: fixtureSurvey,
	version: surveyVersion(fixtureSurvey),
	roster: fixtureRoster,
};

/** A complete, valid set of form fields. */
export function validFields(key = 'k'.repeat(22)): [string, string][] {
	return [
		['_key', key],
		['q.class', 'g1-2'],
		['q.channel', 'phone'],
		['q.topics', 'study'],
		['q.topics', 'safety'],
		['q.overall', '4'],
		['q.grid.talk', '5'],
		['q.grid.events', '3'],
		['q.recommend', '9'],
		['q.kids', '2'],
		['q.note', '谢谢老师<script>alert(1)</script>'],
	];
}

export function formRequest(fields: [string, string][], headers: Record<string, string> = {}): Request {
	return new Request('http://hub.test/surveys/fixture/', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams(fields).toString(),
	});
}

export function jsonRequest(body: unknown): Request {
	return new Request('http://hub.test/surveys/fixture/', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

/** Inside the fixture's open window. */
export const duringSurvey = () => new Date('2026-11-15T02:00:00Z');
