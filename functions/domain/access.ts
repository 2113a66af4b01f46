// Who may see what, in one table: staff path prefixes and the roles allowed there. src/middleware.ts
// enforces it before any page or export runs, so a page never computes what its reader may not see;
// test/unit/access.test.ts checks it as a table (every path × every role).

/** admin manages accounts; leader reads results (and suggestions, read only); handler answers suggestions. */
export const staffRoles = ['admin', 'leader', 'handler'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** The first matching prefix decides, so the longer prefixes come first. */
const rules: readonly (readonly [prefix: string, roles: readonly StaffRole[]])[] = [
	// Results, their free text and their exports.
	['/admin/surveys/', ['admin', 'leader']],
	// The suggestion queue; leaders read it, the page itself lets only handlers and admins act.
	['/admin/suggestions/', ['admin', 'leader', 'handler']],
	// The overview, sign-out and the no-permission page.
	['/admin/', ['admin', 'leader', 'handler']],
];

/** Whether a signed-in staff member with this role may open this path under /admin. */
export function mayVisit(path: string, role: StaffRole): boolean {
	const normalized = path.endsWith('/') ? path : `${path}/`;
	const rule = rules.find(([prefix]) => normalized.startsWith(prefix));
	return rule !== undefined && rule[1].includes(role);
}
