import { expect, test } from 'vitest';
import { classScope, mayVisit, staffRoles, type Viewer } from '../../functions/domain/access.ts';

const all = [...staffRoles];
// Every staff path a school uses, and who may open it (a teacher here looks after g7-2 only).
const table: [path: string, roles: string[]][] = [
	['/admin', all],
	['/admin/', all],
	['/admin/forbidden', all],
	['/admin/suggestions/', ['admin', 'leader', 'handler']],
	['/admin/suggestions/123', ['admin', 'leader', 'handler']],
	['/admin/surveys/satisfaction-2026-autumn', ['admin', 'leader']],
	['/admin/surveys/satisfaction-2026-autumn/text/suggestion', ['admin', 'leader']],
	['/admin/surveys/satisfaction-2026-autumn/export/answers.csv', ['admin', 'leader']],
	['/admin/surveys', ['admin', 'leader']],
	['/admin/report/', ['admin', 'leader']],
	['/admin/report/2026-2027-1/', ['admin', 'leader']],
	['/admin/events/', ['admin', 'leader', 'organiser']],
	['/admin/events/open-day-2026-12', ['admin', 'leader', 'organiser']],
	['/admin/signups/open-day-2026-12/', ['admin', 'organiser']],
	['/admin/signups/open-day-2026-12/g7-2-chinese/checkin', ['admin', 'organiser']],
	['/admin/classes/', ['admin', 'organiser', 'teacher']],
	['/admin/classes/g7-2', ['admin', 'organiser', 'teacher']],
	['/admin/classes/g7-2/after-school-intention.csv', ['admin', 'organiser', 'teacher']],
	['/admin/classes/g7-3/', ['admin', 'organiser']],
	['/admin/classes/g7-20/', ['admin', 'organiser']],
];
const viewer = (role: (typeof staffRoles)[number]): Viewer => ({ role, classes: role === 'teacher' ? ['g7-2'] : [] });

test.each(table)('%s is open to %j only', (path, allowed) => {
	for (const role of staffRoles) expect(mayVisit(path, viewer(role)), `${path} as ${role}`).toBe(allowed.includes(role));
});

test('a path outside the table is open to no one', () => {
	for (const role of staffRoles) expect(mayVisit('/elsewhere/', viewer(role))).toBe(false);
});

test('only a teacher is limited to some classes', () => {
	expect(classScope(viewer('teacher'))).toEqual(['g7-2']);
	for (const role of staffRoles.filter((r) => r !== 'teacher')) expect(classScope(viewer(role))).toBeUndefined();
});
