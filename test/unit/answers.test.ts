// The answer rules the server and the form script share (functions/domain/answers.ts): phone numbers
// and questions asked only for some answers to an earlier one (showIf).
import { describe, expect, test } from 'vitest';
import { askedQuestions, checkAnswers, countedQuestionIds, type FormInput } from '../../functions/domain/answers.ts';
import { fixtureRoster, signUpSurvey as signUp } from '../helpers/survey-fixture.ts';

const check = (input: FormInput) => checkAnswers(signUp, fixtureRoster, { 'q.phone': '13800138000', ...input });
const stored = (input: FormInput) => {
	const result = check(input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.answers.map((a) => `${a.questionId}=${a.value}`);
};

describe('a phone question', () => {
	test.each(['abc', '12345', '1380013800', '138001380001', '12800138000', '23800138000', '138 0013 800O'])('refuses %j with a Chinese message', (phone) => {
		expect(check({ 'q.phone': phone, 'q.attend': 'no' })).toEqual({ ok: false, errors: { phone: '请填写 11 位手机号码，例如 13800138000' } });
	});

	test.each([
		['138 0013 8000', 'typed in groups'],
		['138-0013-8000', 'with dashes'],
		['+86 138 0013 8000', 'as a phone fills it in'],
		['１３８００１３８０００', 'in full-width digits'],
	])('accepts %j (%s) and stores the 11 digits', (phone) => {
		expect(stored({ 'q.phone': phone, 'q.attend': 'no' })).toEqual(['phone=13800138000', 'attend=no']);
	});

	test('is a contact detail: listed in raw answers, never counted in the figures', () => {
		expect(countedQuestionIds(signUp)).toEqual(['attend', 'days', 'pickup']);
	});
});

describe('a question with showIf', () => {
	test('is required when its condition holds', () => {
		expect(check({ 'q.attend': 'yes', 'q.pickup': 'early' })).toEqual({ ok: false, errors: { days: '请回答这一题' } });
		expect(stored({ 'q.attend': 'yes', 'q.days': ['mon', 'tue'], 'q.pickup': 'early' })).toEqual(['phone=13800138000', 'attend=yes', 'days=mon', 'days=tue', 'pickup=early']);
	});

	test('is neither required nor stored when it does not hold, whatever was sent for it', () => {
		expect(stored({ 'q.attend': 'no' })).toEqual(['phone=13800138000', 'attend=no']);
		// Sent by a form without JavaScript, where every question shows; not even checked.
		expect(stored({ 'q.attend': 'no', 'q.days': ['mon', 'sun'], 'q.pickup': 'late', 'q.who': '奶奶' })).toEqual(['phone=13800138000', 'attend=no']);
	});

	test('is not asked when the earlier question is unanswered, which is the only error then', () => {
		expect(check({})).toEqual({ ok: false, errors: { attend: '请回答这一题' } });
	});

	test('depends on a question that may itself not be asked', () => {
		expect(stored({ 'q.attend': 'maybe', 'q.pickup': 'late', 'q.who': '奶奶' })).toEqual(['phone=13800138000', 'attend=maybe', 'pickup=late', 'who=奶奶']);
		expect(check({ 'q.attend': 'maybe', 'q.pickup': 'late' })).toEqual({ ok: false, errors: { who: '请回答这一题' } });
		expect([...askedQuestions(signUp, { 'q.attend': 'no', 'q.pickup': 'late' })]).toEqual(['phone', 'attend']);
		expect([...askedQuestions(signUp, { 'q.attend': 'yes', 'q.pickup': 'late' })]).toEqual(['phone', 'attend', 'days', 'pickup', 'who']);
	});
});
