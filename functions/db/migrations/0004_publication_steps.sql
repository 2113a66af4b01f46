ALTER TABLE `answer_totals` ADD `published` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `response_totals` ADD `published` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `published` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `responses_waiting_idx` ON `responses` (`survey_id`,`grade`,`class_id`) WHERE "responses"."published" = 0;