// Staff pages (/admin/…) need a live session, and every staff POST its form token (CSRF).
import { defineMiddleware } from 'astro:middleware';
import { mayVisit } from '../functions/domain/access.ts';
import { constantTimeEqual } from '../functions/domain/passwords.ts';
import { sessionFor } from '../functions/db/queries/staff.ts';
import { readFormBody } from '../functions/http/form-body.ts';
import { sessionCookie } from '../functions/staff/auth.ts';
import { staffMessages } from './strings.ts';

const open = new Set(['/admin/login', '/admin/login/']);
const bytes = (text: string) => new TextEncoder().encode(text);

export const onRequest = defineMiddleware(async (context, next) => {
	const path = context.url.pathname;
	if (!(path === '/admin' || path.startsWith('/admin/')) || open.has(path)) return next();
	const { db, now } = context.locals.hub.staff;
	const id = context.cookies.get(sessionCookie)?.value;
	const session = id ? await sessionFor(db, id, now().getTime()) : undefined;
	if (!session) return context.redirect(`/admin/login?next=${encodeURIComponent(path)}`, 303);
	if (context.request.method === 'POST') {
		const body = await readFormBody(context.request.clone(), 64 * 1024);
		const token = body.ok && typeof body.input._csrf === 'string' ? body.input._csrf : '';
		if (!constantTimeEqual(bytes(token), bytes(session.csrfToken)))
			return new Response(staffMessages.csrf, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	context.locals.staff = session;
	// One access table for every staff page and export, checked before the route runs.
	const response = await next(mayVisit(path, { role: session.user.role, classes: session.classes }) ? undefined : '/admin/forbidden');
	response.headers.set('Cache-Control', 'private, no-store');
	return response;
});
