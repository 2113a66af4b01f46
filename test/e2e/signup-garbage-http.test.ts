// Garbage posted to the sign-up and manage pages of the real server: every answer a 4xx in Chinese,
// never a 5xx or a dropped connection, and no sign-up written or cancelled. Uses events no other test
// of this hub signs up for: the spring class visits (asks a phone), the reading afternoon (up to 3
// people) and November's open day (closed).
import { createClient } from '@libsql/client';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { baseUrl, databaseUrl } from '../helpers/hub-server.ts';

const visits = '/events/class-visit-2027-spring/';
const reading = '/events/family-reading-2026-12/';
const closed = '/events/open-day-2026-11/';
const cjk = /[\u4e00-\u9fff]/;

const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const post = async (path: string, body: BodyInit, type = 'application/x-www-form-urlencoded') => {
	const res = await fetch(baseUrl() + path, { method: 'POST', redirect: 'manual', headers: { 'content-type': type, origin: baseUrl() }, body });
	return { status: res.status, html: await res.text() };
};

async function rows(): Promise<string[]> {
	const client = createClient({ url: databaseUrl() });
	const { rows } = await client.execute(
		"select event_id, slot_id, status, count(*) as n from signups where event_id in ('class-visit-2027-spring', 'family-reading-2026-12', 'open-day-2026-11') group by 1, 2, 3 order by 1, 2, 3",
	);
	client.close();
	return rows.map((r) => `${r.event_id}/${r.slot_id}/${r.status}:${r.n}`);
}

let keys = 0;
const key = () => `garbage-http-key-${String(++keys).padStart(8, '0')}`;
const visit = (over: Record<string, string> = {}): [string, string][] =>
	Object.entries({ _key: key(), slot: 'apr-16', name: '钱先生', class: 'g6-2', phone: '13900139000', ...over });
const family = (over: Record<string, string> = {}): [string, string][] => Object.entries({ _key: key(), slot: 'dec-19', name: '孙女士', class: 'g3-1', people: '2', ...over });

const signupCases: [string, string, BodyInit, string, string][] = [
	['an unknown slot', visits, form(visit({ slot: 'jun-31' })), 'application/x-www-form-urlencoded', '请选择要报名的场次'],
	['a slot id of 5 000 characters', visits, form(visit({ slot: 'a'.repeat(5000) })), 'application/x-www-form-urlencoded', '请选择要报名的场次'],
	['2 people where one may come', visits, form(visit({ people: '2' })), 'application/x-www-form-urlencoded', '人数请填写 1 到 1 之间的整数'],
	['99 people for 30 places', reading, form(family({ people: '99' })), 'application/x-www-form-urlencoded', '人数请填写 1 到 3 之间的整数'],
	['-1 people', reading, form(family({ people: '-1' })), 'application/x-www-form-urlencoded', '人数请填写 1 到 3 之间的整数'],
	['a closed window', closed, form([['_key', key()], ['slot', 'g8-2-english'], ['name', '吴女士'], ['class', 'g8-2']]), 'application/x-www-form-urlencoded', '报名已截止'],
	['a name of 100 000 characters', visits, form(visit({ name: '名'.repeat(100_000) })), 'application/x-www-form-urlencoded', '无法读取提交的内容'],
	['a name of 30 characters', visits, form(visit({ name: '名'.repeat(30) })), 'application/x-www-form-urlencoded', '请填写您的姓名或称呼（最多 20 个字）'],
	['a phone of letters', visits, form(visit({ phone: 'call me' })), 'application/x-www-form-urlencoded', '请填写 11 位手机号码'],
	['a class of another school', visits, form(visit({ class: 'g99-1' })), 'application/x-www-form-urlencoded', '请选择孩子所在的班级'],
	['the name twice', visits, form([...visit(), ['name', '另一个名字']]), 'application/x-www-form-urlencoded', '表单中有无法识别的内容'],
	['the slot twice', visits, form([...visit(), ['slot', 'may-07']]), 'application/x-www-form-urlencoded', '表单中有无法识别的内容'],
	['a field the form does not have', visits, form([...visit(), ['admin', '1']]), 'application/x-www-form-urlencoded', '表单中有无法识别的内容'],
	['no form key', visits, form(visit({ _key: '' })), 'application/x-www-form-urlencoded', '表单已过期'],
	['plain text', visits, form(visit()), 'text/plain', '无法读取提交的内容'],
	['multipart', visits, '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\n王\r\n--x--', 'multipart/form-data; boundary=x', '无法读取提交的内容'],
	['XML', visits, '<signup><name>王</name></signup>', 'application/xml', '无法读取提交的内容'],
	['JSON with the form’s fields', visits, JSON.stringify(Object.fromEntries(visit())), 'application/json', '无法读取提交的内容'],
	['JSON answers', visits, JSON.stringify({ idempotencyKey: key(), answers: { slot: 'apr-16', name: '王' } }), 'application/json', '表单中有无法识别的内容'],
	['bytes that are not UTF-8', visits, new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xc3, 0x28]), 'application/x-www-form-urlencoded', '无法读取提交的内容'],
];

test.each(signupCases)('sign-up with %s: a 4xx in Chinese, nothing written', async (_, path, body, type, message) => {
	const before = await rows();
	const { status, html } = await post(path, body, type);
	expect(status).toBeGreaterThanOrEqual(400);
	expect(status).toBeLessThan(500);
	expect(html).toContain(message);
	expect(await rows()).toEqual(before);
});

test('300 generated bodies posted to sign-ups and to the manage page: a 4xx in Chinese, never a 5xx, nothing written', async () => {
	const before = await rows();

	const names = ['_key', 'slot', 'name', 'class', 'phone', 'people', 'code', 'action', ''];
	const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '0', '99', 'apr-16', 'g6-2', '13900139000', 'cancel', '\u0000', '😀'.repeat(300)));
	const fields = fc
		.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 10 })), value), { maxLength: 8 })
		.map((pairs) => ({ type: 'application/x-www-form-urlencoded', body: form(pairs) as BodyInit }));
	const raw = fc
		.tuple(fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain', 'multipart/form-data'), fc.uint8Array({ maxLength: 3000 }))
		.map(([type, bytes]) => ({ type, body: new Blob([bytes]) as BodyInit }));
	const json = fc.jsonValue({ maxDepth: 3 }).map((v) => ({ type: 'application/json', body: (JSON.stringify(v) ?? 'null') as BodyInit }));
	await fc.assert(
		fc.asyncProperty(fc.constantFrom(visits, reading, closed, '/events/manage/'), fc.oneof(fields, raw, json), async (path, { type, body }) => {
			const { status, html } = await post(path, body, type);
			expect(status).toBeGreaterThanOrEqual(400);
			expect(status).toBeLessThan(500);
			expect(html).toMatch(cjk);
		}),
		{ numRuns: 300 },
	);
	expect(await rows()).toEqual(before);
});

const manageCases: [string, string, string, number][] = [
	['the code twice and cancel', 'CODE', 'application/x-www-form-urlencoded', 422],
	['an action the page does not have', 'ACTION', 'application/x-www-form-urlencoded', 422],
	['a field the page does not have', 'FIELD', 'application/x-www-form-urlencoded', 422],
	['plain text', 'TEXT', 'text/plain', 415],
	['JSON', 'JSON', 'application/json', 400],
	['a code of 2 000 characters', 'LONG', 'application/x-www-form-urlencoded', 413],
];

let mine: Promise<string> | undefined;
/** The manage code of one real sign-up, which the garbage below carries in every wrong shape. */
const myCode = () =>
	(mine ??= post(visits, form(visit({ slot: 'may-07' }))).then(({ html }) => /class="code"[^>]*>([^<]+)</.exec(html)![1]!));

test.each(manageCases)('manage page with %s: a 4xx in Chinese, the sign-up not cancelled', async (_, shape, type, status) => {
	const code = await myCode();
	const bodies: Record<string, BodyInit> = {
		CODE: form([['code', code], ['code', code], ['action', 'cancel']]),
		ACTION: form([['code', code], ['action', 'delete']]),
		FIELD: form([['code', code], ['action', 'cancel'], ['slot', 'mar-19']]),
		TEXT: form([['code', code], ['action', 'cancel']]),
		JSON: JSON.stringify({ code, action: 'cancel' }),
		LONG: form([['code', code.repeat(100)], ['action', 'cancel']]),
	};
	const before = await rows();
	const res = await post('/events/manage/', bodies[shape as string]!, type);
	expect(res.status).toBe(status);
	expect(res.html).toMatch(/管理码不正确|无法读取提交的内容/);
	expect(await rows()).toEqual(before);
	// The sign-up is there, confirmed (beside the demo sign-up that slot may hold), and stays so.
	expect(before.some((row) => /^class-visit-2027-spring\/may-07\/confirmed:[12]$/.test(row))).toBe(true);
});
