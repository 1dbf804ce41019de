DROP INDEX `community_service_hours_client_date`;--> statement-breakpoint
DROP INDEX `community_service_hours_condition`;--> statement-breakpoint
CREATE INDEX `community_service_hours_client_date` ON `community_service_hours` (`client_id`,`service_date`,`minutes`);--> statement-breakpoint
CREATE INDEX `community_service_hours_condition` ON `community_service_hours` (`condition_id`,`minutes`);--> statement-breakpoint
DROP INDEX `conditions_client`;--> statement-breakpoint
CREATE INDEX `conditions_client` ON `conditions` (`client_id`,`type`,`target_unit`,`target_amount`,`status`);--> statement-breakpoint
DROP INDEX `court_cases_client`;--> statement-breakpoint
CREATE INDEX `court_cases_client` ON `court_cases` (`client_id`,`disposition_date`);--> statement-breakpoint
DROP INDEX `drug_tests_client_collected`;--> statement-breakpoint
CREATE INDEX `drug_tests_client_collected` ON `drug_tests` (`client_id`,`collected_at`,`overall_result`);--> statement-breakpoint
DROP INDEX `referral_status_history_referral`;--> statement-breakpoint
CREATE INDEX `referral_status_history_referral` ON `referral_status_history` (`referral_id`,`to_status`,`status_date`);--> statement-breakpoint
DROP INDEX `violations_client_date`;--> statement-breakpoint
CREATE INDEX `violations_client_date` ON `violations` (`client_id`,`violation_date`,`status`);--> statement-breakpoint
CREATE INDEX `ledger_entries_client_category` ON `ledger_entries` (`client_id`,`category`,`kind`,`entry_date`,`adjustment`,`amount_cents`);