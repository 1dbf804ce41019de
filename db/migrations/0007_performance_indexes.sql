DROP INDEX `assessments_client`;--> statement-breakpoint
CREATE INDEX `assessments_client` ON `assessments` (`client_id`,`assessed_on`,`chosen_level`);--> statement-breakpoint
DROP INDEX `case_notes_client_contact`;--> statement-breakpoint
CREATE INDEX `case_notes_client_contact` ON `case_notes` (`client_id`,`contact_at`,`contact_type`,`status`,`outcome`);