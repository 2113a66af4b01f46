CREATE TABLE `login_failures` (
	`key_hash` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`locked_until` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`csrf_token` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_user_idx` ON `staff_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_username_unique` ON `staff_users` (`username`);--> statement-breakpoint
CREATE TABLE `suggestion_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`suggestion_id` integer NOT NULL,
	`day` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`detail` text,
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `suggestion_events_suggestion_idx` ON `suggestion_events` (`suggestion_id`);--> statement-breakpoint
CREATE TABLE `suggestion_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `suggestion_keys_day_idx` ON `suggestion_keys` (`day`);--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`body` text NOT NULL,
	`contact` text,
	`publish_consent` integer NOT NULL,
	`receipt_hash` text NOT NULL,
	`day` text NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`complexity` text DEFAULT 'general' NOT NULL,
	`due_day` text NOT NULL,
	`reply` text,
	`replied_day` text,
	`board_text` text,
	`published_day` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suggestions_receipt_hash_unique` ON `suggestions` (`receipt_hash`);--> statement-breakpoint
CREATE INDEX `suggestions_status_due_idx` ON `suggestions` (`status`,`due_day`);