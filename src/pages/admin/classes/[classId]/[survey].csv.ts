import type { APIRoute } from 'astro';
import { classForm } from '../../../../../functions/classes/class-list.ts';
import { csvStream } from '../../../../../functions/exports/formats.ts';

export const prerender = false;

// Only the class's teacher, the office and admins get here (src/middleware.ts, functions/domain/access.ts).
export const GET: APIRoute = async ({ params, locals }) => {
	const classId = params.classId ?? '';
	// Undefined for a class school.yaml does not have, or a form its families were not asked.
	const form = await classForm(locals.hub, classId, params.survey ?? '');
	if (!form) return new Response(null, { status: 404 });
	return new Response(csvStream(form.table), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${classId}-${form.surveyId}.csv"`,
			'Cache-Control': 'private, no-store',
		},
	});
};
