CREATE TABLE `answers` (
	`response_id` integer NOT NULL,
	`question_id` text NOT NULL,
	`row_id` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`num` real,
	PRIMARY KEY(`response_id`, `question_id`, `row_id`, `value`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `family_code_uses` (
	`hash` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`hash`) REFERENCES `family_codes`(`hash`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `family_codes` (
	`hash` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`day` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`survey_version` text NOT NULL,
	`day` text NOT NULL,
	`grade` text,
	`class_id` text,
	`demo` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `responses_survey_idx` ON `responses` (`survey_id`,`grade`,`class_id`);--> statement-breakpoint
CREATE TABLE `submission_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `submission_keys_day_idx` ON `submission_keys` (`day`);