import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { suggestionById } from '../../functions/db/queries/suggestions.ts';
import { assumedYears } from '../../functions/domain/working-days.ts';
import { rateLimiter } from '../../functions/http/rate-limit.ts';
import { actOnSuggestion } from '../../functions/suggestions/manage.ts';
import { submitSuggestion, type SuggestionDeps } from '../../functions/suggestions/submit.ts';
import { trackSuggestion } from '../../functions/suggestions/track.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { post, suggestionDeps } from '../helpers/suggestion-deps.ts';

let t: TestDatabase;
let deps: SuggestionDeps;
beforeEach(async () => {
	t = await freshDatabase();
	deps = suggestionDeps(t.db);
});
afterEach(() => t.cleanup());

const valid = { _key: 'k'.repeat(22), category: 'canteen', body: '食堂的菜有点咸，希望少放盐。', publish: 'yes' };
const count = async () => (await t.db.get<{ n: number }>(sql`select count(*) as n from suggestions`)).n;
const track = (code: string) =>
	trackSuggestion(
		new Request('http://hub.test/suggestions/track', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ code }).toString() }),
		'1.2.3.4',
		deps,
	);
async function file(fields = valid) {
	const outcome = await submitSuggestion(post(fields), '1.2.3.4', deps);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome;
}

describe('a parent files a suggestion', () => {
	test('gets an 80-bit receipt code and a due date three working days later', async () => {
		const { code, dueDay } = await file();
		expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(dueDay).toBe('2026-11-26');
		const [row] = await t.db.all<Record<string, unknown>>(sql`select * from suggestions`);
		expect(row).toMatchObject({ category: 'canteen', status: 'received', day: '2026-11-23', due_day: '2026-11-26', publish_consent: 1, contact: null });
		// Only a keyed hash of the code is stored.
		expect(JSON.stringify(row)).not.toContain(code.replace(/-/g, ''));
		expect(JSON.stringify(row)).not.toContain(code);
	});

	test('a double tap files one suggestion and shows the same code again', async () => {
		const first = await file();
		const second = await file();
		expect(second.code).toBe(first.code);
		expect(await count()).toBe(1);
	});

	test('bad input gets Chinese messages per field and stores nothing', async () => {
		const outcome = await submitSuggestion(post({ ...valid, category: 'gossip', body: '太短', contact: '电'.repeat(51) }), '1.2.3.4', deps);
		expect(outcome).toMatchObject({
			ok: false,
			status: 422,
			errors: { category: '请选择意见的类别', body: '请至少写 10 个字，把情况说清楚', contact: '联系方式最多 50 个字' },
		});
		expect(await submitSuggestion(post({ ...valid, body: '长'.repeat(2001) }), '1.2.3.4', deps)).toMatchObject({ status: 422, errors: { body: '最多 2000 个字，请删减后再提交' } });
		expect(await count()).toBe(0);
	});

	test('too many from one client in an hour are refused with 429, others still get through', async () => {
		deps.submissions = rateLimiter({ perClient: 2, total: 100, windowMs: 3_600_000 });
		for (const i of [1, 2]) await submitSuggestion(post({ ...valid, _key: `key-${i}`.padEnd(20, 'x') }), 'a', deps);
		expect(await submitSuggestion(post({ ...valid, _key: 'key-3'.padEnd(20, 'x') }), 'a', deps)).toMatchObject({ ok: false, status: 429 });
		expect((await submitSuggestion(post({ ...valid, _key: 'key-4'.padEnd(20, 'x') }), 'b', deps)).ok).toBe(true);
		expect(await count()).toBe(3);
	});
});

describe('tracking with the receipt code', () => {
	test('shows 已收到 and the due date; typed in lower case with spaces works', async () => {
		const { code } = await file();
		const outcome = await track(code.toLowerCase().replace(/-/g, ' '));
		expect(outcome).toMatchObject({ ok: true, suggestion: { status: 'received', dueDay: '2026-11-26', reply: null }, daysTaken: null });
	});

	test('every wrong code gets the same answer, and guessing is throttled', async () => {
		await file();
		const a = await track('AAAA-BBBB-CCCC-DDDD');
		const b = await track('ZZZZ-ZZZZ-ZZZZ-ZZZ0');
		expect(a).toEqual({ ...b, code: a.ok ? '' : a.code });
		expect(a).toMatchObject({ ok: false, status: 404, error: '没有查到这个回执码对应的意见。请核对回执码；如果刚刚提交，请稍后再查。' });
		deps.lookups = rateLimiter({ perClient: 3, total: 100, windowMs: 600_000 });
		for (let i = 0; i < 3; i++) await track('AAAA-BBBB-CCCC-DDDD');
		expect(await track('AAAA-BBBB-CCCC-DDDD')).toMatchObject({ status: 429, error: '查询次数过多，请 10 分钟后再试。' });
	});
});

describe('staff handle it', () => {
	const act = (id: number, fields: Record<string, string>, day = '2026-11-24') =>
		actOnSuggestion(post(fields), id, '德育处 王老师', { ...deps, now: () => new Date(`${day}T02:00:00Z`) });

	test('triage as complex moves the due date to five working days, over the weekend; reply, publish, audit trail', async () => {
		const { code } = await file();
		const { id } = (await t.db.get<{ id: number }>(sql`select id from suggestions`))!;
		expect(await act(id, { action: 'triage', complexity: 'complex' })).toEqual({ ok: true });
		// Filed Monday 23 November: Tue 24th – Fri 27th = 1–4, Mon 30th = 5 (not 2 December, 7 working days).
		expect((await suggestionById(t.db, id))!).toMatchObject({ status: 'processing', complexity: 'complex', dueDay: '2026-11-30' });
		expect(await act(id, { action: 'reply', reply: '已请食堂调整口味，下周起减盐。' }, '2026-11-25')).toEqual({ ok: true });
		expect(await act(id, { action: 'publish', boardText: '有家长反映食堂菜偏咸。' }, '2026-11-26')).toEqual({ ok: true });
		expect(await track(code)).toMatchObject({ ok: true, suggestion: { status: 'published', reply: '已请食堂调整口味，下周起减盐。', repliedDay: '2026-11-25' }, daysTaken: 2 });
		const trail = await t.db.all(sql`select day, actor, action, detail from suggestion_events order by id`);
		expect(trail).toEqual([
			{ day: '2026-11-24', actor: '德育处 王老师', action: 'triage', detail: 'complex' },
			{ day: '2026-11-25', actor: '德育处 王老师', action: 'reply', detail: null },
			{ day: '2026-11-26', actor: '德育处 王老师', action: 'publish', detail: null },
		]);
	});

	test("the school's own reply days in school.yaml set both clocks", async () => {
		deps = { ...deps, replyDays: { general: 2, complex: 4 } };
		const { dueDay } = await file();
		expect(dueDay).toBe('2026-11-25');
		const { id } = (await t.db.get<{ id: number }>(sql`select id from suggestions`))!;
		await act(id, { action: 'triage', complexity: 'complex' });
		expect((await suggestionById(t.db, id))!.dueDay).toBe('2026-11-27');
		await act(id, { action: 'triage', complexity: 'general' });
		expect((await suggestionById(t.db, id))!.dueDay).toBe('2026-11-25');
	});

	test('a suggestion on 29 December 2026 falls due in 2027, which has no calendar file yet', async () => {
		deps.now = () => new Date('2026-12-29T02:00:00Z');
		const { code, dueDay } = await file();
		// Wed 30th, Thu 31st, and Friday 1 January counted as a working day: 2027's 元旦 is not published.
		expect(dueDay).toBe('2027-01-01');
		const { id } = (await t.db.get<{ id: number }>(sql`select id from suggestions`))!;
		await act(id, { action: 'triage', complexity: 'complex' }, '2026-12-30');
		const stored = (await suggestionById(t.db, id))!;
		// Fri 1 January = 3, Mon 4th = 4, Tue 5th = 5.
		expect(stored.dueDay).toBe('2027-01-05');
		expect(assumedYears(deps.calendar, stored.day, stored.dueDay)).toEqual([2027]);
		expect(await track(code)).toMatchObject({ ok: true, suggestion: { complexity: 'complex', dueDay: '2027-01-05' } });
	});

	test('a suggestion whose author did not consent cannot be published', async () => {
		await file({ ...valid, publish: '' });
		const { id } = (await t.db.get<{ id: number }>(sql`select id from suggestions`))!;
		await act(id, { action: 'reply', reply: '谢谢您的意见。' });
		expect(await act(id, { action: 'publish', boardText: '文字' })).toEqual({ ok: false, status: 422, error: '家长没有同意公示，这条意见不能公示' });
		expect((await suggestionById(t.db, id))!.status).toBe('answered');
	});
});

test('2 000 generated bad bodies to submit and track: always 4xx or accepted, never a partial row', async () => {
	const field = fc.oneof(fc.string(), fc.constantFrom('', 'canteen', 'yes', '食堂'.repeat(6), '<script>', 'x'.repeat(3000)));
	const body = fc.oneof(
		fc.dictionary(fc.constantFrom('_key', 'category', 'body', 'contact', 'publish', 'code', 'zz'), field).map((f) => post(f)),
		fc.jsonValue().map((v) => new Request('http://hub.test/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(v) })),
		fc.uint8Array({ maxLength: 500 }).map((b) => new Request('http://hub.test/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: b })),
	);
	let accepted = 0;
	await fc.assert(
		fc.asyncProperty(body, fc.boolean(), async (request, trackIt) => {
			const outcome = trackIt ? await trackSuggestion(request, 'c', deps) : await submitSuggestion(request, 'c', deps);
			if (outcome.ok) accepted += trackIt ? 0 : 1;
			else expect(outcome.status).toBeGreaterThanOrEqual(400), expect(outcome.status).toBeLessThan(500);
		}),
		{ numRuns: 2000 },
	);
	// Generated keys can repeat (a retry), so accepted counts are an upper bound on rows.
	expect(await count()).toBeLessThanOrEqual(accepted);
	expect((await t.db.get<{ n: number }>(sql`select count(*) as n from suggestions where length(body) < 10`)).n).toBe(0);
});
