// The only module that reads content collections; pages ask it for ready-sorted lists.
import { getCollection } from 'astro:content';

/** Resources, newest first. */
export async function getResources() {
	const items = await getCollection('resources');
	return items.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/** Lectures in date order. */
export async function getLectures() {
	const items = await getCollection('lectures');
	return items.sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
}

/** Policies in title order (stable, as in the school's rule book). */
export async function getPolicies() {
	const items = await getCollection('policies');
	return items.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

export type ResourceEntry = Awaited<ReturnType<typeof getResources>>[number];
export type LectureEntry = Awaited<ReturnType<typeof getLectures>>[number];
