import type { APIRoute } from 'astro';
import { icsResponse } from '../../../lib/ics.ts';
import { slotToIcs } from '../../../lib/event-ics.ts';
import { publicOrigin } from '../../../lib/public-url.ts';
import { events as t } from '../../../strings.ts';

// On demand, like the event pages: the same content the server signs parents up with.
export const prerender = false;

export const GET: APIRoute = (context) => {
	const { hub } = context.locals;
	const id = context.params.id ?? '';
	const event = hub.events.events.get(id);
	const slot = event?.slots.find((s) => s.id === context.params.slot);
	if (!event || !slot) return new Response(null, { status: 404 });
	const body = slotToIcs({ id, event, slot }, publicOrigin(context), t.calendarName(hub.content.school.name), hub.now());
	return icsResponse(body, `${id}-${slot.id}.ics`);
};
