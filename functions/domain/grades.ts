import { z } from './zod.ts';

/**
 * Grade bands used to tag resources and lectures. Stable keys (they appear in URLs);
 * the Chinese labels live in src/strings.ts.
 */
export const gradeBands = [
	'kindergarten',
	'primary-lower',
	'primary-upper',
	'junior',
	'senior',
] as const;
export type GradeBand = (typeof gradeBands)[number];
export const gradeBandSchema = z.enum(gradeBands);
