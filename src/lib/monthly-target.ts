import { shanghaiMonth } from '../../functions/domain/shanghai-time.ts';

interface Published {
	data: { published: Date };
}

/** Resources published in the current Beijing month. Published dates are calendar days (UTC midnight). */
export function publishedThisMonth<T extends Published>(items: readonly T[], now: Date): T[] {
	const month = shanghaiMonth(now);
	return items.filter((r) => r.data.published.toISOString().slice(0, 7) === month);
}
