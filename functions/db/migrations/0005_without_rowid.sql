-- Order is information: rowids rise with every insert, so sorting answers, used family codes or
-- idempotency keys by rowid gave the order parents submitted in. Each table that holds a row per
-- response, answer, code or key is rebuilt WITHOUT ROWID, its rows in primary-key order (random ids
-- and hashes). Copies are read in key order too, so nothing of the old order survives; the migration
-- runner VACUUMs afterwards so the old pages do not linger in the file. drizzle-kit cannot express
-- WITHOUT ROWID, hence this hand-written migration.
CREATE TABLE `__new_answers` (
	`response_id` integer NOT NULL,
	`question_id` text NOT NULL,
	`row_id` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`num` real,
	PRIMARY KEY(`response_id`, `question_id`, `row_id`, `value`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_answers` SELECT `response_id`, `question_id`, `row_id`, `value`, `num` FROM `answers` ORDER BY 1, 2, 3, 4;
--> statement-breakpoint
DROP TABLE `answers`;
--> statement-breakpoint
ALTER TABLE `__new_answers` RENAME TO `answers`;
--> statement-breakpoint
CREATE TABLE `__new_submission_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_submission_keys` SELECT `key`, `day` FROM `submission_keys` ORDER BY 1;
--> statement-breakpoint
DROP TABLE `submission_keys`;
--> statement-breakpoint
ALTER TABLE `__new_submission_keys` RENAME TO `submission_keys`;
--> statement-breakpoint
CREATE INDEX `submission_keys_day_idx` ON `submission_keys` (`day`);
--> statement-breakpoint
-- The parent table is renamed first, so the old family_code_uses follows it and no table still names
-- `family_codes` when the old copy is dropped: dropping a parent would cascade into its children on a
-- database that enforces foreign keys during migrations.
ALTER TABLE `family_codes` RENAME TO `__old_family_codes`;
--> statement-breakpoint
CREATE TABLE `family_codes` (
	`hash` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`day` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `family_codes` SELECT `hash`, `survey_id`, `day` FROM `__old_family_codes` ORDER BY 1;
--> statement-breakpoint
CREATE TABLE `__new_family_code_uses` (
	`hash` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`hash`) REFERENCES `family_codes`(`hash`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_family_code_uses` SELECT `hash` FROM `family_code_uses` ORDER BY 1;
--> statement-breakpoint
DROP TABLE `family_code_uses`;
--> statement-breakpoint
DROP TABLE `__old_family_codes`;
--> statement-breakpoint
ALTER TABLE `__new_family_code_uses` RENAME TO `family_code_uses`;
--> statement-breakpoint
CREATE TABLE `__new_answer_totals` (
	`survey_id` text NOT NULL,
	`question_id` text NOT NULL,
	`row_id` text NOT NULL,
	`value` text NOT NULL,
	`grade` text NOT NULL,
	`class_id` text NOT NULL,
	`count` integer NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `question_id`, `row_id`, `value`, `grade`, `class_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_answer_totals` SELECT `survey_id`, `question_id`, `row_id`, `value`, `grade`, `class_id`, `count`, `published` FROM `answer_totals` ORDER BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
DROP TABLE `answer_totals`;
--> statement-breakpoint
ALTER TABLE `__new_answer_totals` RENAME TO `answer_totals`;
--> statement-breakpoint
CREATE TABLE `__new_response_totals` (
	`survey_id` text NOT NULL,
	`grade` text NOT NULL,
	`class_id` text NOT NULL,
	`count` integer NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `grade`, `class_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_response_totals` SELECT `survey_id`, `grade`, `class_id`, `count`, `published` FROM `response_totals` ORDER BY 1, 2, 3;
--> statement-breakpoint
DROP TABLE `response_totals`;
--> statement-breakpoint
ALTER TABLE `__new_response_totals` RENAME TO `response_totals`;
--> statement-breakpoint
CREATE TABLE `__new_suggestion_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_suggestion_keys` SELECT `key`, `day` FROM `suggestion_keys` ORDER BY 1;
--> statement-breakpoint
DROP TABLE `suggestion_keys`;
--> statement-breakpoint
ALTER TABLE `__new_suggestion_keys` RENAME TO `suggestion_keys`;
--> statement-breakpoint
CREATE INDEX `suggestion_keys_day_idx` ON `suggestion_keys` (`day`);
