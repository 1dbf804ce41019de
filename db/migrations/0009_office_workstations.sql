CREATE TABLE `enrolment_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`workstation_name` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`workstation_id` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workstation_id`) REFERENCES `workstations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolment_codes_code_hash_unique` ON `enrolment_codes` (`code_hash`);--> statement-breakpoint
CREATE TABLE `workstations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`certificate_fingerprint` text NOT NULL,
	`certificate_serial` text NOT NULL,
	`enrolled_at` text NOT NULL,
	`last_contact_at` text,
	`revoked_at` text,
	`revoked_by` integer,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workstations_certificate_fingerprint_unique` ON `workstations` (`certificate_fingerprint`);