import { shanghaiMonth } from '../../functions/domain/shanghai-time.ts';

interface Timed {
	data: { start: Date; end: Date };
}

/** Lectures not yet over (soonest first) and those that are (latest first). */
export function splitByNow<T extends Timed>(lectures: readonly T[], now: Date) {
	const byStart = [...lectures].sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
	return {
		upcoming: byStart.filter((l) => l.data.end > now),
		past: byStart.filter((l) => l.data.end <= now).reverse(),
	};
}

/** Consecutive runs of lectures in the same Beijing month, keeping the given order. */
export function groupByMonth<T extends Timed>(lectures: readonly T[]) {
	const groups: { month: string; items: T[] }[] = [];
	for (const lecture of lectures) {
		const month = shanghaiMonth(lecture.data.start);
		const last = groups.at(-1);
		if (last?.month === month) last.items.push(lecture);
		else groups.push({ month, items: [lecture] });
	}
	return groups;
}
