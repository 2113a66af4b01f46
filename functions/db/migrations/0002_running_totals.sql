CREATE TABLE `answer_totals` (
	`survey_id` text NOT NULL,
	`question_id` text NOT NULL,
	`row_id` text NOT NULL,
	`value` text NOT NULL,
	`grade` text NOT NULL,
	`class_id` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `question_id`, `row_id`, `value`, `grade`, `class_id`)
);
--> statement-breakpoint
CREATE TABLE `response_totals` (
	`survey_id` text NOT NULL,
	`grade` text NOT NULL,
	`class_id` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `grade`, `class_id`)
);
