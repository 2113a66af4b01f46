// Group commit: responses that arrive together share one durable commit. A commit costs about as much
// for 50 responses as for one (the fsync and the transaction dominate), so under load the database
// keeps up with the web server instead of the other way round. Each parent still gets an answer only
// after the commit holding their response has reached the disk.
import type { Db } from '../db/client.ts';
import { insertResponse, insertResponses, type InsertOutcome, type NewResponse } from '../db/queries/responses.ts';

interface Waiting {
	response: NewResponse;
	resolve(outcome: InsertOutcome): void;
	reject(error: unknown): void;
}

interface Queue {
	waiting: Waiting[];
	/** A flush is scheduled or running: new arrivals join the next group it takes. */
	flushing: boolean;
}

/** Large enough to absorb a burst, small enough that one group's commit stays short. */
const maxGroup = 64;
const queues = new WeakMap<Db, Queue>();

/** Stores one response as part of the next group commit on this database; resolves once durable. */
export function storeResponse(db: Db, response: NewResponse): Promise<InsertOutcome> {
	let queue = queues.get(db);
	if (!queue) queues.set(db, (queue = { waiting: [], flushing: false }));
	const joined = queue;
	return new Promise((resolve, reject) => {
		joined.waiting.push({ response, resolve, reject });
		if (!joined.flushing) {
			joined.flushing = true;
			// After the requests already read in this turn of the event loop have joined the group.
			setImmediate(() => void flush(db, joined));
		}
	});
}

async function flush(db: Db, queue: Queue): Promise<void> {
	while (queue.waiting.length > 0) {
		const group = queue.waiting.splice(0, maxGroup);
		if (group.length > 1) {
			try {
				await insertResponses(db, group.map((w) => w.response));
				for (const w of group) w.resolve('stored');
				continue;
			} catch {
				// Something in the group was refused (a retried key, a used code) or the commit failed:
				// nothing of it was stored, so each is stored on its own and its parent told what happened.
			}
		}
		for (const w of group) await insertResponse(db, w.response).then(w.resolve, w.reject);
	}
	queue.flushing = false;
}
