CREATE TABLE `addresses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`line1` text NOT NULL,
	`line2` text DEFAULT '' NOT NULL,
	`city` text NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`living_with` text DEFAULT '' NOT NULL,
	`moved_in` text,
	`moved_out` text,
	`verified_on` text,
	`verified_by` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`verified_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `addresses_client` ON `addresses` (`client_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`instrument_id` text NOT NULL,
	`instrument_version` text NOT NULL,
	`instrument_name` text NOT NULL,
	`assessed_on` text NOT NULL,
	`answers` text NOT NULL,
	`score` integer NOT NULL,
	`risk_level` text NOT NULL,
	`need_areas` text NOT NULL,
	`proposed_level` text NOT NULL,
	`chosen_level` text NOT NULL,
	`override_reason` text,
	`assessor_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_client` ON `assessments` (`client_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `associates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`relationship` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`removed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `associates_client` ON `associates` (`client_id`);--> statement-breakpoint
CREATE TABLE `client_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text NOT NULL,
	`first_name_key` text NOT NULL,
	`last_name_key` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_aliases_client` ON `client_aliases` (`client_id`);--> statement-breakpoint
CREATE INDEX `client_aliases_name` ON `client_aliases` (`last_name_key`,`first_name_key`);--> statement-breakpoint
CREATE TABLE `client_background` (
	`client_id` integer PRIMARY KEY NOT NULL,
	`education` text DEFAULT '' NOT NULL,
	`employment` text DEFAULT '' NOT NULL,
	`finances` text DEFAULT '' NOT NULL,
	`physical_health` text DEFAULT '' NOT NULL,
	`mental_health` text DEFAULT '' NOT NULL,
	`substance_use` text DEFAULT '' NOT NULL,
	`gang_affiliation` text DEFAULT '' NOT NULL,
	`criminal_history` text DEFAULT '' NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `client_identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`type` text NOT NULL,
	`value` text NOT NULL,
	`value_key` text NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_identifiers_client` ON `client_identifiers` (`client_id`);--> statement-breakpoint
CREATE INDEX `client_identifiers_value_type` ON `client_identifiers` (`value_key`,`type`);--> statement-breakpoint
CREATE TABLE `client_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`effective_date` text NOT NULL,
	`changed_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_status_history_client` ON `client_status_history` (`client_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_number` text NOT NULL,
	`first_name` text NOT NULL,
	`middle_name` text DEFAULT '' NOT NULL,
	`last_name` text NOT NULL,
	`suffix` text DEFAULT '' NOT NULL,
	`first_name_key` text NOT NULL,
	`last_name_key` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`sex` text NOT NULL,
	`race_ethnicity` text DEFAULT '' NOT NULL,
	`height_cm` integer,
	`weight_kg` integer,
	`eye_colour` text DEFAULT '' NOT NULL,
	`hair_colour` text DEFAULT '' NOT NULL,
	`distinguishing_marks` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`primary_language` text DEFAULT '' NOT NULL,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`closure_reason` text,
	`closed_on` text,
	`supervision_level` text NOT NULL,
	`level_override_reason` text,
	`assigned_officer_id` integer NOT NULL,
	`supervision_start_date` text NOT NULL,
	`safety_alerts` text DEFAULT '' NOT NULL,
	`photo` blob,
	`photo_mime` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	FOREIGN KEY (`assigned_officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clients_case_number_unique` ON `clients` (`case_number`);--> statement-breakpoint
CREATE INDEX `clients_officer_status` ON `clients` (`assigned_officer_id`,`status`);--> statement-breakpoint
CREATE INDEX `clients_name` ON `clients` (`last_name_key`,`first_name_key`);--> statement-breakpoint
CREATE INDEX `clients_first_name` ON `clients` (`first_name_key`);--> statement-breakpoint
CREATE INDEX `clients_date_of_birth` ON `clients` (`date_of_birth`);--> statement-breakpoint
CREATE TABLE `conditions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`court_case_id` integer,
	`kind` text NOT NULL,
	`type` text NOT NULL,
	`text` text NOT NULL,
	`target_amount` integer,
	`target_unit` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`status_changed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`court_case_id`) REFERENCES `court_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conditions_client` ON `conditions` (`client_id`);--> statement-breakpoint
CREATE TABLE `court_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`docket_number` text NOT NULL,
	`court` text NOT NULL,
	`judge` text DEFAULT '' NOT NULL,
	`disposition_date` text,
	`plea` text,
	`sentence_type` text,
	`sentence_details` text DEFAULT '' NOT NULL,
	`term_start` text,
	`term_end` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `court_cases_client` ON `court_cases` (`client_id`);--> statement-breakpoint
CREATE TABLE `intake_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_id` integer NOT NULL,
	`label` text NOT NULL,
	`data` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_drafts_owner` ON `intake_drafts` (`owner_id`);--> statement-breakpoint
CREATE TABLE `offences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`court_case_id` integer NOT NULL,
	`statute` text DEFAULT '' NOT NULL,
	`description` text NOT NULL,
	`offence_class` text NOT NULL,
	`offence_date` text,
	FOREIGN KEY (`court_case_id`) REFERENCES `court_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offences_court_case` ON `offences` (`court_case_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `supervisor_id` integer REFERENCES users(id);