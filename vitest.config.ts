import { configDefaults, defineConfig } from 'vitest/config';

/** Handlers and queries against a real database: one suite, run once per driver. */
const integration = { include: ['test/integration/**/*.test.ts'], testTimeout: 120_000 };

export default defineConfig({
	test: {
		reporters: ['default', './test/helpers/plain-summary.ts'],
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{ test: { name: 'integration', ...integration, provide: { databaseDriver: 'libsql' } } },
			{
				test: {
					name: 'integration-d1',
					...integration,
					exclude: [
						...configDefaults.exclude,
						// About the SQLite file itself (WAL, secure_delete, VACUUM, its bytes): D1 keeps no file of ours.
						'test/integration/database-file.test.ts',
						// Builds the site; touches no database.
						'test/integration/content-errors.test.ts',
					],
					provide: { databaseDriver: 'd1' },
					// One workerd per file, stopped after it (test/helpers/local-d1.ts).
					setupFiles: ['test/helpers/local-d1-setup.ts'],
					hookTimeout: 60_000,
					env: { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					// Builds the site if needed and starts the real server once for all browser tests.
					globalSetup: ['test/helpers/hub-server.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
