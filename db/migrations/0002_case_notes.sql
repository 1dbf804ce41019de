CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`contact_person` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE INDEX `agencies_kind_name` ON `agencies` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `case_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`contact_type` text NOT NULL,
	`contact_at` text NOT NULL,
	`duration_minutes` integer,
	`location` text DEFAULT '' NOT NULL,
	`people_present` text DEFAULT '' NOT NULL,
	`outcome` text NOT NULL,
	`absence_reason` text DEFAULT '' NOT NULL,
	`narrative` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`home_visit` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`signed_at` text,
	`signed_by` integer,
	`is_late_entry` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_notes_client_contact` ON `case_notes` (`client_id`,`contact_at`);--> statement-breakpoint
CREATE INDEX `case_notes_author_status` ON `case_notes` (`author_id`,`status`);--> statement-breakpoint
CREATE TABLE `community_service_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`condition_id` integer NOT NULL,
	`service_date` text NOT NULL,
	`minutes` integer NOT NULL,
	`agency` text NOT NULL,
	`verified_by` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`recorded_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`condition_id`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `community_service_hours_client_date` ON `community_service_hours` (`client_id`,`service_date`);--> statement-breakpoint
CREATE INDEX `community_service_hours_condition` ON `community_service_hours` (`condition_id`);--> statement-breakpoint
CREATE TABLE `drug_tests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`note_id` integer,
	`collected_at` text NOT NULL,
	`method` text NOT NULL,
	`panel` text NOT NULL,
	`admitted_use` integer DEFAULT false NOT NULL,
	`sent_for_lab` integer DEFAULT false NOT NULL,
	`lab_result` text,
	`lab_result_date` text,
	`overall_result` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`collected_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collected_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `drug_tests_client_collected` ON `drug_tests` (`client_id`,`collected_at`);--> statement-breakpoint
CREATE INDEX `drug_tests_note` ON `drug_tests` (`note_id`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`condition_id` integer,
	`entry_date` text NOT NULL,
	`kind` text NOT NULL,
	`category` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`adjustment` text,
	`reference` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`recorded_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`condition_id`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_entries_client_date` ON `ledger_entries` (`client_id`,`entry_date`);--> statement-breakpoint
CREATE INDEX `ledger_entries_condition` ON `ledger_entries` (`condition_id`);--> statement-breakpoint
CREATE TABLE `note_addenda` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`note_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_addenda_note` ON `note_addenda` (`note_id`);--> statement-breakpoint
CREATE TABLE `note_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`note_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`reviewed_at` text NOT NULL,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_reviews_note` ON `note_reviews` (`note_id`);--> statement-breakpoint
CREATE TABLE `plan_goal_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`changed_at` text NOT NULL,
	`changed_by` integer NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_goal_history_goal` ON `plan_goal_history` (`goal_id`);--> statement-breakpoint
CREATE INDEX `plan_goal_history_client` ON `plan_goal_history` (`client_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`need_area` text NOT NULL,
	`goal` text NOT NULL,
	`action_steps` text NOT NULL,
	`target_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_goals_client` ON `plan_goals` (`client_id`);--> statement-breakpoint
CREATE TABLE `programme_attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`condition_id` integer,
	`programme_name` text NOT NULL,
	`session_date` text NOT NULL,
	`attendance` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`recorded_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`condition_id`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programme_attendance_client_date` ON `programme_attendance` (`client_id`,`session_date`);--> statement-breakpoint
CREATE INDEX `programme_attendance_condition` ON `programme_attendance` (`condition_id`);--> statement-breakpoint
CREATE TABLE `referral_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`status_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`changed_by` integer NOT NULL,
	`changed_at` text NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_status_history_referral` ON `referral_status_history` (`referral_id`);--> statement-breakpoint
CREATE INDEX `referral_status_history_client` ON `referral_status_history` (`client_id`,`status_date`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`referred_on` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'made' NOT NULL,
	`status_date` text NOT NULL,
	`outcome_notes` text DEFAULT '' NOT NULL,
	`follow_up_date` text,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_client_date` ON `referrals` (`client_id`,`referred_on`);--> statement-breakpoint
CREATE INDEX `referrals_agency` ON `referrals` (`agency_id`);--> statement-breakpoint
CREATE TABLE `violation_drug_tests` (
	`violation_id` integer NOT NULL,
	`drug_test_id` integer NOT NULL,
	PRIMARY KEY(`violation_id`, `drug_test_id`),
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`drug_test_id`) REFERENCES `drug_tests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_drug_tests_test` ON `violation_drug_tests` (`drug_test_id`);--> statement-breakpoint
CREATE TABLE `violation_notes` (
	`violation_id` integer NOT NULL,
	`note_id` integer NOT NULL,
	PRIMARY KEY(`violation_id`, `note_id`),
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_notes_note` ON `violation_notes` (`note_id`);--> statement-breakpoint
CREATE TABLE `violation_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`violation_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`response_date` text NOT NULL,
	`response_type` text NOT NULL,
	`sanction` text,
	`details` text DEFAULT '' NOT NULL,
	`responded_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_responses_violation` ON `violation_responses` (`violation_id`);--> statement-breakpoint
CREATE INDEX `violation_responses_client_date` ON `violation_responses` (`client_id`,`response_date`);--> statement-breakpoint
CREATE TABLE `violations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`condition_id` integer,
	`violation_date` text NOT NULL,
	`description` text NOT NULL,
	`severity` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`condition_id`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violations_client_date` ON `violations` (`client_id`,`violation_date`);