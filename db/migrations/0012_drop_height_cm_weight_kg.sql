ALTER TABLE `clients` DROP COLUMN `height_cm`;--> statement-breakpoint
ALTER TABLE `clients` DROP COLUMN `weight_kg`;