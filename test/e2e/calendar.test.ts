import { readFileSync, readdirSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { baseUrl } from '../helpers/hub-server.ts';
import { firstLink } from '../helpers/site.ts';

/** The events, read as a phone reads them: times in the zone the file itself defines. */
function events(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** The start time exactly as the school wrote it in the lecture's front matter. */
function writtenStart(slug: string): string {
	const source = readFileSync(`content/lectures/${slug}.mdx`, 'utf8');
	return String(parse(source.split('---')[1]!).start);
}

test('the term calendar has one event per lecture, at the Beijing time the school wrote', async () => {
	const res = await fetch(`${baseUrl()}/lectures/calendar.ics`);
	// Without the charset some phone calendars read the Chinese titles as Latin-1.
	expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
	const all = events(await res.text());
	const slugs = readdirSync('content/lectures').filter((f) => /^[^_].*\.mdx$/.test(f));
	expect(all).toHaveLength(slugs.length);
	for (const file of slugs) {
		const slug = file.replace(/\.mdx$/, '');
		const event = all.find((e) => e.uid.startsWith(`lecture-${slug}@`));
		expect(event, slug).toBeDefined();
		// "2026-12-05 19:00" in Beijing is 11:00 UTC.
		const utc = new Date(`${writtenStart(slug).replace(' ', 'T')}:00+08:00`).toISOString();
		expect(event!.startDate.toJSDate().toISOString(), slug).toBe(utc);
		expect(event!.endDate.compare(event!.startDate), slug).toBe(1);
		expect(event!.startDate.zone.tzid, slug).toBe('Asia/Shanghai');
		const triggers = event!.component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')!.toString());
		expect(triggers, slug).toEqual(['-P1D', '-PT1H']);
	}
});

test("a lecture page's add-to-calendar file holds that lecture, with its page link", async () => {
	const path = await firstLink(baseUrl(), '/lectures/', '/lectures/');
	const html = await (await fetch(baseUrl() + path)).text();
	const icsPath = /href="(\/lectures\/[a-z0-9-]+\.ics)"/.exec(html)?.[1];
	expect(icsPath).toBe(`${path.slice(0, -1)}.ics`);
	const [event, ...rest] = events(await (await fetch(baseUrl() + icsPath!)).text());
	expect(rest).toHaveLength(0);
	const title = /<h1[^>]*>([^<]+)</.exec(html)![1];
	expect(event!.summary).toBe(title);
	expect(event!.description).toContain(path);
	const shown = /<time datetime="([^"]+)"/.exec(html)![1];
	expect(event!.startDate.toJSDate().toISOString()).toBe(shown);
	// WeChat's in-app browser downloads nothing: the page itself says how to get to the phone's browser.
	expect(html).toContain('选“在浏览器打开”');
	expect(html).toContain('讲座前一天和前一小时会提醒您');
});
