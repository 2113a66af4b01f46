/**
 * A random row id in the safe-integer range, for rows parents create: sequential ids would tell the
 * order people answered in, and with it, perhaps, who answered what.
 */
export function randomId(): number {
	const [hi, lo] = crypto.getRandomValues(new Uint32Array(2)) as unknown as [number, number];
	return (hi & 0x1fffff) * 2 ** 32 + lo + 1;
}
