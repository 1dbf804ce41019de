CREATE TABLE `court_report_templates` (
	`report_type` text PRIMARY KEY NOT NULL,
	`sections` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `court_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`report_type` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`previous_version_id` integer,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`court_due_date` text,
	`sections` text NOT NULL,
	`recommendation` text DEFAULT '' NOT NULL,
	`author_id` integer NOT NULL,
	`submitted_at` text,
	`approved_by` integer,
	`approved_at` text,
	`review_comments` text DEFAULT '[]' NOT NULL,
	`prefilled_at` text NOT NULL,
	`exported_at` text,
	`exported_by` integer,
	`export_hash` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_version_id`) REFERENCES `court_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `court_reports_client` ON `court_reports` (`client_id`,`report_type`);--> statement-breakpoint
CREATE INDEX `court_reports_author_status` ON `court_reports` (`author_id`,`status`);--> statement-breakpoint
CREATE INDEX `court_reports_status_due` ON `court_reports` (`status`,`court_due_date`);--> statement-breakpoint
CREATE INDEX `court_reports_previous` ON `court_reports` (`previous_version_id`);--> statement-breakpoint
-- An approved report is what the supervisor signed off: nothing but its export stamp may change, and it is never
-- deleted. The services refuse first with the same words; these triggers are the guarantee.
CREATE TRIGGER `court_reports_approved_no_update` BEFORE UPDATE ON `court_reports`
WHEN OLD.status IN ('approved', 'exported') AND (
  NEW.status NOT IN ('approved', 'exported') OR NEW.client_id IS NOT OLD.client_id OR NEW.report_type IS NOT OLD.report_type
  OR NEW.version IS NOT OLD.version OR NEW.previous_version_id IS NOT OLD.previous_version_id OR NEW.period_start IS NOT OLD.period_start
  OR NEW.period_end IS NOT OLD.period_end OR NEW.court_due_date IS NOT OLD.court_due_date OR NEW.sections IS NOT OLD.sections
  OR NEW.recommendation IS NOT OLD.recommendation OR NEW.author_id IS NOT OLD.author_id OR NEW.submitted_at IS NOT OLD.submitted_at
  OR NEW.approved_by IS NOT OLD.approved_by OR NEW.approved_at IS NOT OLD.approved_at OR NEW.review_comments IS NOT OLD.review_comments
  OR NEW.prefilled_at IS NOT OLD.prefilled_at OR NEW.created_at IS NOT OLD.created_at
) BEGIN
  SELECT RAISE(ABORT, 'Approved reports cannot be changed; start a new version.');
END;
--> statement-breakpoint
CREATE TRIGGER `court_reports_approved_no_delete` BEFORE DELETE ON `court_reports` WHEN OLD.status IN ('approved', 'exported') BEGIN
  SELECT RAISE(ABORT, 'Approved reports cannot be changed; start a new version.');
END;
