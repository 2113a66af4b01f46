// What parents see of an event before signing up: each slot's places left and waiting list, and
// whether sign-ups are taken today. Counts only; no name leaves the database here.
import type { EventSlot, SchoolEvent } from '../domain/event.ts';
import { lastDay } from '../domain/event.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { slotCounts, slotKey, type SlotCount } from '../db/queries/signups.ts';
import { signupState, type EventDeps } from './signup.ts';

export interface SlotPlaces {
	slot: EventSlot;
	/** Places not yet taken by confirmed people. */
	left: number;
	/** Sign-ups on the waiting list. */
	waiting: number;
	/** A new sign-up would wait: no place left, or others already waiting ahead of it. */
	full: boolean;
	/** The slot's day has gone by. */
	past: boolean;
}

export interface EventPlaces {
	id: string;
	event: SchoolEvent;
	state: ReturnType<typeof signupState>;
	slots: SlotPlaces[];
}

/** One event with its slots' places, today; undefined for an id content/events/ does not have. */
export async function eventPlaces(deps: Pick<EventDeps, 'db' | 'now' | 'events'>, id: string): Promise<EventPlaces | undefined> {
	const event = deps.events.get(id);
	return event && placesOf(id, event, await slotCounts(deps.db, id), shanghaiDay(deps.now()));
}

function placesOf(id: string, event: SchoolEvent, counts: ReadonlyMap<string, SlotCount>, today: string): EventPlaces {
	const slots = [...event.slots]
		.sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`))
		.map((slot) => {
			const { confirmed = 0, waiting = 0 } = counts.get(slotKey(id, slot.id)) ?? {};
			const left = Math.max(0, slot.capacity - confirmed);
			return { slot, left, waiting, full: left === 0 || waiting > 0, past: slot.date < today };
		});
	return { id, event, state: signupState(event, today), slots };
}

/** Events not yet over, the soonest first: what the public list shows. One query for all of them. */
export async function upcomingEvents(deps: Pick<EventDeps, 'db' | 'now' | 'events'>): Promise<EventPlaces[]> {
	const today = shanghaiDay(deps.now());
	const counts = await slotCounts(deps.db);
	const next = (e: EventPlaces) => e.slots.find((s) => !s.past)!.slot;
	return [...deps.events]
		.filter(([, e]) => lastDay(e) >= today)
		.map(([id, event]) => placesOf(id, event, counts, today))
		.sort((a, b) => `${next(a).date} ${next(a).start}`.localeCompare(`${next(b).date} ${next(b).start}`));
}
