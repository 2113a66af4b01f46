import type { APIRoute } from 'astro';
import { deleteSession } from '../../../functions/db/queries/staff.ts';
import { cookieHeader } from '../../../functions/staff/auth.ts';

export const prerender = false;

// The middleware has checked the session and the form token.
export const POST: APIRoute = async ({ locals }) => {
	const deps = locals.hub.staff;
	await deleteSession(deps.db, locals.staff!.idHash);
	return new Response(null, { status: 303, headers: { Location: '/admin/login', 'Set-Cookie': cookieHeader('', 0, deps.secureCookies) } });
};
