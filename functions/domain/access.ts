// Who may see what, in one table: staff path prefixes and the roles allowed there. src/middleware.ts
// enforces it before any page or export runs, so a page never computes what its reader may not see;
// test/unit/access.test.ts checks it as a table (every path × every role).

/**
 * admin manages accounts and sees everything named; leader reads results, suggestions (read only) and
 * sign-up counts; handler answers suggestions; organiser (德育处, 教务处) runs events and sees every
 * named list; teacher sees the named lists of their own classes only.
 */
export const staffRoles = ['admin', 'leader', 'handler', 'organiser', 'teacher'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who is asking: a role, and for a teacher the class ids they look after. */
export interface Viewer {
	role: StaffRole;
	classes: readonly string[];
}

interface Rule {
	prefix: string;
	roles: readonly StaffRole[];
	/** The path segment after the prefix is a class id, which a teacher must look after. */
	byClass?: true;
}

/** The first matching prefix decides, so the longer prefixes come first. */
const rules: readonly Rule[] = [
	// Results, their free text and their exports.
	{ prefix: '/admin/surveys/', roles: ['admin', 'leader'] },
	// The suggestion queue; leaders read it, the page itself lets only handlers and admins act.
	{ prefix: '/admin/suggestions/', roles: ['admin', 'leader', 'handler'] },
	// The term report: the board's figures and each survey's headline figures, printable.
	{ prefix: '/admin/report/', roles: ['admin', 'leader'] },
	// Events with counts only: places taken, attendance rates, volunteer hours in total.
	{ prefix: '/admin/events/', roles: ['admin', 'leader', 'organiser'] },
	// Named: whole sign-up lists, check-in, sign-in sheets, hours per volunteer.
	{ prefix: '/admin/signups/', roles: ['admin', 'organiser'] },
	// Named: a class's sign-ups and intention forms (/admin/classes/<classId>/…).
	{ prefix: '/admin/classes/', roles: ['admin', 'organiser', 'teacher'], byClass: true },
	// The overview, sign-out and the no-permission page.
	{ prefix: '/admin/', roles: staffRoles },
];

/** Whether a signed-in staff member may open this path under /admin. */
export function mayVisit(path: string, viewer: Viewer): boolean {
	const normalized = path.endsWith('/') ? path : `${path}/`;
	const rule = rules.find(({ prefix }) => normalized.startsWith(prefix));
	if (!rule || !rule.roles.includes(viewer.role)) return false;
	if (!rule.byClass || viewer.role !== 'teacher') return true;
	const classId = normalized.slice(rule.prefix.length).split('/')[0]!;
	return classId === '' || viewer.classes.includes(classId);
}

/** Class ids whose named lists this viewer may read; undefined for every class. */
export const classScope = (viewer: Viewer): readonly string[] | undefined => (viewer.role === 'teacher' ? viewer.classes : undefined);
