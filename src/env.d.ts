/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/**
		 * The server's dependencies, from its runtime's composition root (functions/node/hub.ts or
		 * functions/edge/hub.ts). Pages rendered on demand only: prerendered pages have none.
		 */
		hub: import('../functions/hub.ts').Hub;
		/** The signed-in staff member, set by src/middleware.ts on /admin pages. */
		staff?: import('../functions/db/queries/staff.ts').StaffSession;
		/** The idempotency key a survey form page renders, from the embedded server (functions/node/survey-lane.ts). */
		formKey?: string;
	}
}
