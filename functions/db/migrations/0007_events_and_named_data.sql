CREATE TABLE `signup_counts` (
	`event_id` text NOT NULL,
	`slot_id` text NOT NULL,
	`class_id` text NOT NULL,
	`confirmed` integer NOT NULL,
	`attended` integer NOT NULL,
	`present` integer NOT NULL,
	PRIMARY KEY(`event_id`, `slot_id`, `class_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `signups` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`slot_id` text NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`name` text NOT NULL,
	`class_id` text,
	`phone` text,
	`people` integer NOT NULL,
	`manage_hash` text,
	`form_key` text,
	`day` text NOT NULL,
	`attended` integer,
	`walk_in` integer DEFAULT false NOT NULL,
	`demo` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signups_manage_hash_unique` ON `signups` (`manage_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `signups_form_key_unique` ON `signups` (`form_key`);--> statement-breakpoint
CREATE INDEX `signups_slot_idx` ON `signups` (`event_id`,`slot_id`,`status`,`seq`);--> statement-breakpoint
CREATE INDEX `signups_class_idx` ON `signups` (`class_id`);--> statement-breakpoint
CREATE TABLE `named_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`class_id` text,
	`day` text NOT NULL,
	`answers` text NOT NULL,
	`demo` integer DEFAULT false NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `named_responses_class_idx` ON `named_responses` (`survey_id`,`class_id`);--> statement-breakpoint
CREATE TABLE `staff_classes` (
	`user_id` integer NOT NULL,
	`class_id` text NOT NULL,
	PRIMARY KEY(`user_id`, `class_id`),
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
