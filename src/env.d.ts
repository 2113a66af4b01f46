/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The signed-in staff member, set by src/middleware.ts on /admin pages. */
		staff?: import('../functions/db/queries/staff.ts').StaffSession;
		/** The idempotency key a survey form page renders, from the embedded server (functions/node/survey-lane.ts). */
		formKey?: string;
		/**
		 * The embedded server's survey dependencies, for a post its survey lane passed on (to show
		 * errors): the same rate limiter then counts the post, not a second one.
		 */
		surveyDeps?: import('../functions/surveys/submit.ts').SurveyDeps;
	}
}
