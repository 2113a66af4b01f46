import { describe, expect, test } from 'vitest';
import { lectureSchema } from '../../functions/domain/lecture.ts';
import { policySchema } from '../../functions/domain/policy.ts';
import { resourceSchema } from '../../functions/domain/resource.ts';
import { schoolSchema } from '../../functions/domain/school.ts';
import { checkPromisePolicies } from '../../functions/surveys/definitions.ts';

/** The first issue's field path and message, as the build would report it. */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	const issue = result.error?.issues[0];
	return issue && { field: issue.path.join('.'), message: issue.message };
}

const resource = {
	title: '放学后两小时',
	description: '帮孩子建立稳定的作业节奏的几个做法。',
	kind: 'article',
	topics: ['learning-habits'],
	grades: ['primary-lower'],
	published: '2026-11-05',
	source: '教务处',
};

describe('resource front matter', () => {
	test('accepts a complete article and reads the date as a calendar day', () => {
		const r = resourceSchema.parse(resource);
		expect(r.published.toISOString()).toBe('2026-11-05T00:00:00.000Z');
	});

	test('names the field and says in Chinese what is wrong', () => {
		expect(firstIssue(resourceSchema.safeParse({ ...resource, topics: ['cooking'] }))).toMatchObject({
			field: 'topics.0',
			message: expect.stringMatching(/无效/),
		});
		expect(firstIssue(resourceSchema.safeParse({ ...resource, grades: [] }))?.field).toBe('grades');
		expect(firstIssue(resourceSchema.safeParse({ ...resource, title: undefined }))?.field).toBe('title');
	});

	test('a video needs its link', () => {
		expect(firstIssue(resourceSchema.safeParse({ ...resource, kind: 'video' }))).toEqual({
			field: 'video',
			message: '视频类资源必须填写 video 链接',
		});
		expect(
			resourceSchema.safeParse({ ...resource, kind: 'video', video: 'https://v.example.cn/1' }).success,
		).toBe(true);
	});
});

const lecture = {
	title: '青春期的亲子沟通',
	description: '读懂青春期孩子的情绪，练习不吵架的谈话方式。',
	speaker: '王老师',
	start: '2026-12-05 19:00',
	end: '2026-12-05 20:30',
	place: '学校报告厅',
	grades: ['junior'],
};

describe('lecture front matter', () => {
	test('reads times as Beijing time and derives the term', () => {
		const l = lectureSchema.parse(lecture);
		expect(l.start.toISOString()).toBe('2026-12-05T11:00:00.000Z');
		expect(l.end.toISOString()).toBe('2026-12-05T12:30:00.000Z');
		expect(l.term).toBe('2026-2027-1');
		expect(lectureSchema.parse({ ...lecture, start: '2026-03-12 19:00', end: '2026-03-12 20:00' }).term).toBe(
			'2025-2026-2',
		);
	});

	test('rejects a time it cannot read, an end before the start, and no place at all', () => {
		expect(firstIssue(lectureSchema.safeParse({ ...lecture, start: '12月5日晚' }))).toEqual({
			field: 'start',
			message: '时间应写成 2026-12-05 19:00（北京时间）',
		});
		expect(firstIssue(lectureSchema.safeParse({ ...lecture, start: '2026-02-30 19:00' }))?.field).toBe('start');
		expect(firstIssue(lectureSchema.safeParse({ ...lecture, end: '2026-12-05 18:00' }))?.field).toBe('end');
		expect(firstIssue(lectureSchema.safeParse({ ...lecture, place: undefined }))?.field).toBe('place');
	});

	test('an online lecture needs no room', () => {
		const l = lectureSchema.parse({ ...lecture, place: undefined, online: 'https://meeting.example.cn/123' });
		expect(l.online).toBe('https://meeting.example.cn/123');
	});
});

describe('policy front matter', () => {
	const policy = {
		title: '家访制度',
		summary: '班主任家访的频次、方式与记录要求。',
		office: '德育处',
		version: '2.0',
		effective: '2026-09-01',
	};
	test('accepts a policy and defaults its history to empty', () => {
		expect(policySchema.parse(policy).history).toEqual([]);
	});
	test('wants a numeric version', () => {
		expect(firstIssue(policySchema.safeParse({ ...policy, version: '第二版' }))).toEqual({
			field: 'version',
			message: '版本号应写成 1.0、2.1 这样的数字',
		});
	});
});

describe('school.yaml', () => {
	const school = {
		name: '沙洲实验学校',
		address: '江苏省某市某路 1 号',
		hotline: '0512-0000 0000',
		officeHours: '工作日 8:00—17:00',
		grades: [{ id: 'g1', name: '一年级', band: 'primary-lower', classes: [{ id: 'g1-1', name: '一（1）班', size: 40 }] }],
	};
	test('keeps the promise of five new resources a month unless the school sets another', () => {
		expect(schoolSchema.parse(school).promises.resourcesPerMonth).toBe(5);
		expect(schoolSchema.parse({ ...school, promises: { resourcesPerMonth: 8 } }).promises.resourcesPerMonth).toBe(8);
	});
	test('a class needs a positive size (response rates divide by it)', () => {
		const bad = structuredClone(school);
		bad.grades[0]!.classes[0]!.size = 0;
		expect(firstIssue(schoolSchema.safeParse(bad))?.field).toBe('grades.0.classes.0.size');
	});
	test('answers suggestions in 3 working days, complex ones in 5 ("within a week"), unless the school sets others', () => {
		expect(schoolSchema.parse(school).promises.replyDays).toEqual({ general: 3, complex: 5 });
		const own = schoolSchema.parse({ ...school, promises: { replyDays: { general: 2 } } });
		expect(own.promises.replyDays).toEqual({ general: 2, complex: 5 });
		expect(firstIssue(schoolSchema.safeParse({ ...school, promises: { replyDays: { general: 5, complex: 3 } } }))).toEqual({
			field: 'promises.replyDays.complex',
			message: '复杂问题的答复时限不能短于一般问题',
		});
		expect(firstIssue(schoolSchema.safeParse({ ...school, promises: { replyDays: { general: 0 } } }))?.field).toBe('promises.replyDays.general');
	});
	test('the promise board names a measure the hub knows and a policy page that exists', () => {
		const board = [{ title: '一般问题按时答复', measure: 'reply-general', policy: 'suggestion-box' }];
		const parsed = schoolSchema.parse({ ...school, promises: { board } });
		expect(parsed.promises.board).toEqual(board);
		expect(firstIssue(schoolSchema.safeParse({ ...school, promises: { board: [{ ...board[0], measure: 'happiness' }] } }))?.field).toBe('promises.board.0.measure');
		expect(() => checkPromisePolicies(parsed, ['suggestion-box'])).not.toThrow();
		expect(() => checkPromisePolicies(parsed, ['home-visits'])).toThrow(/suggestion-box 在 content\/policies\/ 里没有对应的文件/);
	});
});
