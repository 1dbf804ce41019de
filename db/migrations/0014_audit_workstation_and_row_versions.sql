ALTER TABLE `audit_log` ADD `workstation` text;--> statement-breakpoint
ALTER TABLE `case_notes` ADD `updated_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `case_notes` ADD `row_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `row_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `court_reports` ADD `updated_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `court_reports` ADD `row_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_goals` ADD `row_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `appointments` ADD `row_version` integer DEFAULT 1 NOT NULL;