import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './test/helpers/plain-summary.ts'],
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'integration',
					include: ['test/integration/**/*.test.ts'],
					testTimeout: 120_000,
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
