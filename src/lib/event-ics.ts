import type { EventSlot, SchoolEvent } from '../../functions/domain/event.ts';
import { events as t } from '../strings.ts';
import { calendar, reminder } from './ics.ts';
import { SHANGHAI_TZID, shanghaiTime, text, utcTime } from './icalendar.ts';
import { slotInterval } from './event-slots.ts';

interface SlotOf {
	id: string;
	event: SchoolEvent;
	slot: EventSlot;
}

/**
 * An iCalendar file for one slot of an event, in Beijing time, with the reminders the sign-up page
 * promises: the day before and an hour before. `now` is when the file was written (DTSTAMP).
 */
export function slotToIcs({ id, event, slot }: SlotOf, site: URL, calName: string, now: Date): string {
	const { start, end } = slotInterval(slot);
	const url = new URL(`/events/${id}/`, site).href;
	const description = [slot.note ?? '', `${t.organiser}：${event.organiser}`, event.description, url].filter(Boolean);
	return calendar('events', calName, [
		{
			name: 'VEVENT',
			properties: [
				['UID', `event-${id}-${slot.id}@${site.hostname}`],
				['DTSTAMP', utcTime(now)],
				['DTSTART', shanghaiTime(start), { TZID: SHANGHAI_TZID }],
				['DTEND', shanghaiTime(end), { TZID: SHANGHAI_TZID }],
				['SUMMARY', text(event.title)],
				['DESCRIPTION', text(description.join('\n'))],
				['LOCATION', text(slot.place)],
				['URL', url],
			],
			components: [reminder('-P1D', t.reminderDayBefore(event.title)), reminder('-PT1H', t.reminderHourBefore(event.title))],
		},
	]);
}
