CREATE TABLE `appointment_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`client_id` integer,
	`officer_id` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`time_zone` text NOT NULL,
	`location_kind` text NOT NULL,
	`location_text` text DEFAULT '' NOT NULL,
	`address_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`court` text DEFAULT '' NOT NULL,
	`docket_number` text DEFAULT '' NOT NULL,
	`hearing_type` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	`first_start_local` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`pattern` text NOT NULL,
	`until_date` text,
	`count` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`address_id`) REFERENCES `addresses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointment_series_officer` ON `appointment_series` (`officer_id`);--> statement-breakpoint
CREATE INDEX `appointment_series_client` ON `appointment_series` (`client_id`);--> statement-breakpoint
CREATE TABLE `appointment_series_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`series_id` integer NOT NULL,
	`original_start_at` text NOT NULL,
	`kind` text NOT NULL,
	`appointment_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `appointment_series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_series_exceptions_occurrence` ON `appointment_series_exceptions` (`series_id`,`original_start_at`);--> statement-breakpoint
CREATE INDEX `appointment_series_exceptions_appointment` ON `appointment_series_exceptions` (`appointment_id`);--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`client_id` integer,
	`officer_id` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`time_zone` text NOT NULL,
	`location_kind` text NOT NULL,
	`location_text` text DEFAULT '' NOT NULL,
	`address_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`court` text DEFAULT '' NOT NULL,
	`docket_number` text DEFAULT '' NOT NULL,
	`hearing_type` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` text,
	`updated_by` integer,
	`start_at` text NOT NULL,
	`end_at` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`outcome` text,
	`outcome_recorded_at` text,
	`outcome_recorded_by` integer,
	`note_id` integer,
	`series_id` integer,
	`original_start_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`address_id`) REFERENCES `addresses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outcome_recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`note_id`) REFERENCES `case_notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `appointment_series`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointments_officer_start` ON `appointments` (`officer_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_officer_status_start` ON `appointments` (`officer_id`,`status`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_client_start` ON `appointments` (`client_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_series` ON `appointments` (`series_id`,`original_start_at`);--> statement-breakpoint
CREATE INDEX `appointments_note` ON `appointments` (`note_id`);