CREATE INDEX `clients_officer_name` ON `clients` (`assigned_officer_id`,`last_name_key`,`first_name_key`);--> statement-breakpoint
CREATE INDEX `users_full_name` ON `users` (`full_name`);