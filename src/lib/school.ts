import { getEntry } from 'astro:content';
import type { School } from '../../functions/domain/school.ts';

/** The school described in content/school.yaml. */
export async function getSchool(): Promise<School> {
	const entry = await getEntry('school', 'school');
	if (!entry) throw new Error('content/school.yaml is missing');
	return entry.data;
}
