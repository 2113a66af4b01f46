import type { APIRoute } from 'astro';
import { exportLabels } from '../../../../../../functions/domain/messages.ts';
import { summarize } from '../../../../../../functions/domain/summary.ts';
import { publishedTotals } from '../../../../../../functions/db/queries/publication.ts';
import { csvStream, xlsxStream } from '../../../../../../functions/exports/formats.ts';
import { rawTable, summaryTable } from '../../../../../../functions/exports/tables.ts';
import { filterFrom } from '../../../../../lib/results-filter.ts';
import { getSchool } from '../../../../../lib/school.ts';
import { rosterView } from '../../../../../lib/surveys.ts';
import { scaleLabels } from '../../../../../strings.ts';

export const prerender = false;

const files = {
	'summary.csv': 'text/csv; charset=utf-8',
	'summary.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'answers.csv': 'text/csv; charset=utf-8',
	'answers.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// Only leaders and admins get here (src/middleware.ts, functions/domain/access.ts).
export const GET: APIRoute = async ({ params, url, locals }) => {
	const target = locals.hub.targets.get(params.id ?? '');
	const file = params.file as keyof typeof files;
	if (!target || !(file in files)) return new Response(null, { status: 404 });
	const roster = await rosterView(target.survey.audience);
	const { filter } = filterFrom(url.searchParams, roster);
	const { db } = locals.hub;
	const { totals, responses } = await publishedTotals(db, target.id);
	const school = await getSchool();
	const names = new Map(roster.grades.flatMap((g) => [[g.id, g.name] as const, ...g.classes.map((c) => [c.id, c.name] as const)]));
	const rows = file.startsWith('summary')
		? summaryTable(summarize(target.survey, totals, responses, filter, school.promises.satisfactionTarget), (q, point) =>
				'scale' in q ? scaleLabels[q.scale][point - 1]! : String(point),
			)
		: rawTable(db, target.id, target.survey, { filter, counts: responses, names });
	const sheet = file.startsWith('summary') ? exportLabels.summarySheet : exportLabels.rawSheet;
	const body = file.endsWith('.csv') ? csvStream(rows) : xlsxStream(sheet, rows);
	return new Response(body, {
		headers: {
			'Content-Type': files[file],
			'Content-Disposition': `attachment; filename="${target.id}-${file}"`,
			'Cache-Control': 'private, no-store',
		},
	});
};
