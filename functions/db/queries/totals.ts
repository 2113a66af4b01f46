import { sql } from 'drizzle-orm';
import { countedQuestionIds } from '../../domain/answers.ts';
import { MIN_GROUP } from '../../domain/suppression.ts';
import type { Survey } from '../../domain/survey.ts';
import type { Db } from '../client.ts';
import { answerTotalsTable, responseTotalsTable } from '../schema/index.ts';

/**
 * Recomputes the running totals from the raw answers, in one commit: after bulk deletions (demo data,
 * retention) and as `npm run db:totals`, the proof that the increments kept them right. Published
 * counts follow the responses' `published` mark.
 */
export async function rebuildTotals(db: Db, surveys: Map<string, Survey>): Promise<void> {
	await db.batch([
		// A deletion (demo data, retention) can leave a published segment with fewer than MIN_GROUP
		// responses; its remaining ones wait again for a step of their own.
		db.run(sql`update responses set published = 0 where published = 1
			and (survey_id, coalesce(grade, ''), coalesce(class_id, '')) in (select survey_id, coalesce(grade, ''), coalesce(class_id, '')
				from responses where published = 1 group by 1, 2, 3 having count(*) < ${MIN_GROUP})`),
		db.delete(answerTotalsTable),
		db.delete(responseTotalsTable),
		db.run(sql`insert into response_totals (survey_id, grade, class_id, count, published)
			select survey_id, coalesce(grade, ''), coalesce(class_id, ''), count(*), sum(published) from responses group by 1, 2, 3`),
		...[...surveys].filter(([, survey]) => countedQuestionIds(survey).length > 0).map(([id, survey]) => {
			const counted = countedQuestionIds(survey);
			return db.run(sql`insert into answer_totals (survey_id, question_id, row_id, value, grade, class_id, count, published)
				select r.survey_id, a.question_id, a.row_id, a.value, coalesce(r.grade, ''), coalesce(r.class_id, ''), count(*), sum(r.published)
				from answers a join responses r on r.id = a.response_id
				where r.survey_id = ${id} and a.question_id in (${sql.join(counted.map((q) => sql`${q}`), sql`, `)})
				group by 1, 2, 3, 4, 5, 6`);
		}),
	]);
}

/** Whether the totals count every stored response: false after upgrading from a version without them. */
export async function totalsMatchResponses(db: Db): Promise<boolean> {
	const row = await db.get<{ responses: number; counted: number | null }>(
		sql`select (select count(*) from responses) as responses, (select sum(count) from response_totals) as counted`,
	);
	return row.responses === (row.counted ?? 0);
}
