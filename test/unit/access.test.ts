import { expect, test } from 'vitest';
import { mayVisit, staffRoles } from '../../functions/domain/access.ts';

// Every staff path a school uses, and who may open it.
const table: [path: string, roles: string[]][] = [
	['/admin', ['admin', 'leader', 'handler']],
	['/admin/', ['admin', 'leader', 'handler']],
	['/admin/forbidden', ['admin', 'leader', 'handler']],
	['/admin/suggestions/', ['admin', 'leader', 'handler']],
	['/admin/suggestions/123', ['admin', 'leader', 'handler']],
	['/admin/surveys/satisfaction-2026-autumn', ['admin', 'leader']],
	['/admin/surveys/satisfaction-2026-autumn/text/suggestion', ['admin', 'leader']],
	['/admin/surveys/satisfaction-2026-autumn/export/answers.csv', ['admin', 'leader']],
	['/admin/surveys', ['admin', 'leader']],
];

test.each(table)('%s is open to %j only', (path, allowed) => {
	for (const role of staffRoles) expect(mayVisit(path, role), `${path} as ${role}`).toBe(allowed.includes(role));
});

test('a path outside the table is open to no one', () => {
	for (const role of staffRoles) expect(mayVisit('/elsewhere/', role)).toBe(false);
});
