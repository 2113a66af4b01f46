// In the cluster started by `npm start`, the primary process stores every survey response. Workers
// hand it each checked response and wait for its answer. With one writer, the responses of all
// workers share group commits, workers never wait for each other's write lock, and no serving
// process is blocked while a commit reaches the disk.
import cluster from 'node:cluster';
import type { Db } from '../db/client.ts';
import { randomToken } from '../domain/codes.ts';
import type { InsertOutcome, NewResponse } from '../db/queries/responses.ts';
import { storeResponse } from './group-commit.ts';

interface StoreRequest {
	store: string;
	response: NewResponse;
}

type StoreReply = { stored: string; outcome: InsertOutcome } | { stored: string; error: string };

/** The primary's side: store what workers send, answer each with its outcome. */
export function writeForWorkers(db: Db): void {
	cluster.on('message', (worker, message: StoreRequest) => {
		if (typeof message?.store !== 'string') return;
		// A worker that died meanwhile cannot be told; its parent's retry (same key) learns the outcome.
		const reply = (answer: StoreReply) => worker.isConnected() && worker.send(answer, undefined, {}, () => {});
		storeResponse(db, message.response).then(
			(outcome) => reply({ stored: message.store, outcome }),
			(error: unknown) => reply({ stored: message.store, error: String(error) }),
		);
	});
}

const waiting = new Map<string, { resolve(outcome: InsertOutcome): void; reject(error: Error): void }>();
// A worker loads this module twice (the survey lane from source, Astro's bundle its own copy), and both
// copies see every reply: each tags its requests so it takes only its own.
const copy = randomToken();
let lastId = 0;

function onReply(message: StoreReply): void {
	const waiter = typeof message?.stored === 'string' ? waiting.get(message.stored) : undefined;
	if (!waiter) return;
	waiting.delete(message.stored);
	if ('outcome' in message) waiter.resolve(message.outcome);
	else waiter.reject(new Error(`the primary process could not store the response: ${message.error}`));
}

/** A worker's side: resolves once the primary has stored the response durably. */
export function storeThroughPrimary(response: NewResponse): Promise<InsertOutcome> {
	if (lastId === 0) process.on('message', onReply);
	const id = `${copy} ${++lastId}`;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		process.send!({ store: id, response } satisfies StoreRequest, undefined, {}, (error) => {
			if (!error) return;
			waiting.delete(id);
			reject(error);
		});
	});
}
