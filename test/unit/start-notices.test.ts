// What `npm start` and `npm run build` tell the IT person about SITE_URL and missing calendar years.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { calendarNotice } from '../../functions/cli/calendar-notice.ts';
import { siteUrlNotice } from '../../functions/cli/site-url-notice.ts';

describe('SITE_URL at start', () => {
	const at = (host: string, port = 4321) => ({ host, port });

	test('unset: says where links point, where the hub is served and what to set', () => {
		const [line, ...more] = siteUrlNotice(undefined, at('0.0.0.0', 8080), false);
		expect(more).toEqual([]);
		expect(line).toContain('没有设置 SITE_URL');
		expect(line).toContain('都指向 http://localhost:4321');
		expect(line).toContain('本平台在 http://0.0.0.0:8080 提供服务');
		expect(line).toContain('SITE_URL=https://jiaxiao.example.cn');
	});

	test.each([
		['http://192.168.1.10:4321', at('0.0.0.0')],
		['http://jiaxiao.example.cn:4321/', at('0.0.0.0')],
		['http://localhost:4321', at('localhost')],
		['http://127.0.0.1:4321', at('localhost')],
		['http://[::1]:4321', at('::1')],
		['http://192.168.1.10:4321', at('192.168.1.10')],
		['http://192.168.1.10', at('0.0.0.0', 80)],
	])('%s served at %o: no notice', (site, listening) => {
		expect(siteUrlNotice(site, listening, false)).toEqual([]);
	});

	test.each([
		['http://localhost:4321', at('127.0.0.1', 8080), 'another port'],
		['http://192.168.1.10', at('0.0.0.0'), 'port 80 while the hub listens on 4321'],
		['http://localhost:4321', at('0.0.0.0'), 'a loopback address the school network cannot open'],
		['http://192.168.1.10:4321', at('127.0.0.1'), 'a hub only this machine can reach'],
	])('%s served at %o (%s): a notice naming both addresses', (site, listening) => {
		const [line] = siteUrlNotice(site, listening, false);
		expect(line).toContain(`SITE_URL（${new URL(site).origin}）与本平台提供服务的地址（http://${listening.host}:${listening.port}）不一致`);
		expect(line).toContain('GONGYU_TRUST_PROXY=1');
	});

	test('https, or a trusted proxy in front: the public address is not the one served, by design', () => {
		expect(siteUrlNotice('https://jiaxiao.example.cn', at('127.0.0.1'), false)).toEqual([]);
		expect(siteUrlNotice('http://jiaxiao.example.cn', at('127.0.0.1'), true)).toEqual([]);
	});
});

describe('calendar years at start and build', () => {
	const content = mkdtempSync(join(tmpdir(), 'gongyu-calendar-'));
	cpSync('content/calendar', join(content, 'calendar'), { recursive: true });
	afterAll(() => rmSync(content, { recursive: true, force: true }));
	const beijing = (day: string) => new Date(`${day}T10:00:00+08:00`);

	test('from six weeks before New Year, next year without a file is named, with the file to add', () => {
		expect(calendarNotice(content, beijing('2026-11-19'))).toEqual([]);
		expect(calendarNotice(content, beijing('2026-12-02'))).toEqual([
			'2027 年放假安排尚未录入，2027 年的答复期限暂按周一至周五计算，可能有误：国务院公布后请在 content/calendar/ 中添加 2027.yaml。',
		]);
	});

	test('a covered stretch says nothing; a draft file does not count as the year', () => {
		expect(calendarNotice(content, beijing('2026-03-02'))).toEqual([]);
		cpSync(join(content, 'calendar/2026.yaml'), join(content, 'calendar/_2026.yaml'));
		rmSync(join(content, 'calendar/2026.yaml'));
		expect(calendarNotice(content, beijing('2026-03-02')).map((line) => line.slice(0, 4))).toEqual(['2026']);
	});
});
