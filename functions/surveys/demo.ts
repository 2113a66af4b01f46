// Demo responses, so a new installation's charts have something to show. Every generated answer goes
// through the same checks as a parent's, and every row is marked demo so one command removes them.
import { eq, sql } from 'drizzle-orm';
import { checkAnswers, countedQuestionIds, fieldName, type FormInput, type Roster } from '../domain/answers.ts';
import { randomToken } from '../domain/codes.ts';
import { splitNamed } from '../domain/named.ts';
import { rosterFor } from '../domain/roster.ts';
import type { School } from '../domain/school.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import type { Question, Survey } from '../domain/survey.ts';
import { surveyVersion } from '../domain/survey-version.ts';
import type { Db } from '../db/client.ts';
import { insertResponses, type NewResponse } from '../db/queries/responses.ts';
import { rebuildTotals } from '../db/queries/totals.ts';
import { namedResponsesTable, responsesTable } from '../db/schema/index.ts';

/** A small deterministic PRNG (mulberry32): the same demo data on every machine. */
export function seededRandom(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const counts: Record<Survey['kind'], number> = { satisfaction: 300, needs: 180, feedback: 90, intention: 70 };

const comments = [
	'希望家长会能多留一些时间和班主任单独交流。',
	'作业量适中，孩子基本能在学校完成，很感谢老师。',
	'建议开放日安排在周末，方便上班的家长参加。',
	'孩子最近对手机有些依赖，希望学校多讲讲怎么引导。',
	'班级群里的通知有时太多，希望重要通知能单独标出来。',
	'心理健康讲座很有帮助，希望多办几次。',
	'放学时校门口比较拥堵，建议错峰放学。',
	'食堂的饭菜孩子很喜欢，希望继续保持。',
	'希望多组织一些亲子阅读和劳动实践活动。',
	'老师回复消息很及时，沟通很顺畅。',
];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'];
const givenNames = ['子涵', '梓萱', '浩然', '一诺', '欣怡', '宇轩', '思远', '雨桐', '俊熙', '可馨'];

/** Scale answers lean satisfied, later terms a little more so, as the school's trend line hopes. */
function scalePoint(rnd: () => number, satisfied: number): number {
	const r = rnd();
	if (r < satisfied * 0.52) return 5;
	if (r < satisfied) return 4;
	if (r < satisfied + (1 - satisfied) * 0.65) return 3;
	return r < 0.985 ? 2 : 1;
}

function answer(q: Question, roster: Roster, rnd: () => number, satisfied: number): string | string[] | FormInput | undefined {
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
	if (!q.required && rnd() < (q.type === 'text' ? 0.65 : 0.15)) return undefined;
	switch (q.type) {
		case 'single':
			return pick(q.options).id;
		case 'multiple': {
			const max = Math.min(q.max ?? 3, q.options.length);
			const n = q.min + Math.floor(rnd() * (max - q.min + 1));
			return [...q.options].sort(() => rnd() - 0.5).slice(0, n).map((o) => o.id);
		}
		case 'likert':
			return String(scalePoint(rnd, satisfied));
		case 'matrix':
			return Object.fromEntries(q.rows.map((row) => [fieldName(q.id, row.id), String(scalePoint(rnd, satisfied))]));
		case 'nps': {
			const r = rnd();
			return String(r < satisfied * 0.6 ? 9 + Math.round(rnd()) : r < satisfied ? 7 + Math.round(rnd()) : Math.floor(rnd() * 7));
		}
		case 'text':
			return q.long ? pick(comments) : `${pick(surnames)}${pick(givenNames)}`;
		case 'phone':
			return `139${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
		case 'number':
			return String(Math.round((q.min ?? 0) + rnd() * ((q.max ?? 10) - (q.min ?? 0))));
		case 'consent':
			return 'yes';
		case 'grade':
			return pick(roster.grades).id;
		case 'class': {
			// The last class of each grade answers rarely, so small-group protection has something to hide.
			const grade = pick(roster.grades);
			return rnd() < 0.04 || grade.classes.length === 1 ? grade.classes.at(-1)! : pick(grade.classes.slice(0, -1));
		}
	}
}

/** A valid, plausible set of answers (form fields) for a survey. */
export function demoInput(survey: Survey, roster: Roster, rnd: () => number, satisfied: number): FormInput {
	const input: FormInput = {};
	for (const q of survey.sections.flatMap((s) => s.questions)) {
		const a = answer(q, roster, rnd, satisfied);
		if (a === undefined) continue;
		if (typeof a === 'object' && !Array.isArray(a)) Object.assign(input, a);
		else input[fieldName(q.id)] = a;
	}
	return input;
}

/** Seeds demo responses for every survey that has opened; returns how many were written. */
export async function seedDemo(db: Db, surveys: Map<string, Survey>, school: School, now: Date): Promise<number> {
	const rnd = seededRandom(2026);
	const today = shanghaiDay(now);
	let written = 0;
	for (const [id, survey] of surveys) {
		const first = survey.opens.toISOString().slice(0, 10);
		if (first > today) continue;
		const last = survey.closes.toISOString().slice(0, 10) < today ? survey.closes : new Date(`${today}T00:00:00Z`);
		const span = Math.round((last.getTime() - survey.opens.getTime()) / 86_400_000);
		const roster = rosterFor(school, survey.audience);
		const satisfied = survey.closes < now ? 0.8 : 0.87;
		const responses: NewResponse[] = [];
		for (let i = 0; i < counts[survey.kind]; i++) {
			const checked = checkAnswers(survey, roster, demoInput(survey, roster, rnd, satisfied));
			if (!checked.ok) throw new Error(`demo answers for ${id} do not pass the checks: ${JSON.stringify(checked.errors)}`);
			const day = new Date(survey.opens.getTime() + Math.floor(rnd() * (span + 1)) * 86_400_000);
			responses.push({
				surveyId: id,
				surveyVersion: surveyVersion(survey),
				day: day.toISOString().slice(0, 10),
				segments: checked.segments,
				// A named form's demo answers get their named copy too: class lists have something to show.
				...splitNamed(survey, checked.answers, checked.segments),
				counted: countedQuestionIds(survey),
				key: randomToken(),
				demo: true,
			});
		}
		// A few dozen per batch: one round trip each where the database is a server (D1 through
		// wrangler's proxy took 45 ms a response one at a time).
		for (let i = 0; i < responses.length; i += demoBatch) await insertResponses(db, responses.slice(i, i + demoBatch));
		written += responses.length;
	}
	return written;
}

const demoBatch = 25;

export async function hasAnyResponse(db: Db): Promise<boolean> {
	return (await db.select({ n: sql<number>`1` }).from(responsesTable).limit(1).all()).length > 0;
}

/**
 * Deletes every demo response (answers go with them) and the named copies of demo forms, and recounts
 * the totals; returns how many responses.
 */
export async function removeDemo(db: Db, surveys: Map<string, Survey>): Promise<number> {
	// The deleted responses themselves: a count of changed rows would include their answers on D1,
	// which counts the rows ON DELETE CASCADE removes (libSQL does not).
	const [gone] = await db.batch([
		db.delete(responsesTable).where(eq(responsesTable.demo, true)).returning({ id: responsesTable.id }),
		db.delete(namedResponsesTable).where(eq(namedResponsesTable.demo, true)),
	]);
	await rebuildTotals(db, surveys);
	return gone.length;
}
