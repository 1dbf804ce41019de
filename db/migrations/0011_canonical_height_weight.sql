ALTER TABLE `clients` ADD `height_mm` integer;--> statement-breakpoint
ALTER TABLE `clients` ADD `weight_g` integer;
--> statement-breakpoint
-- Height and weight move to millimeters and grams, so that feet and inches or pounds convert there and back
-- unchanged; the centimeters and kilograms recorded so far convert exactly. Migration 0012 drops the old columns.
UPDATE `clients` SET `height_mm` = `height_cm` * 10, `weight_g` = `weight_kg` * 1000;
--> statement-breakpoint
-- Intake drafts keep the form's values as JSON: theirs move too, so a draft resumed after the update keeps them.
UPDATE `intake_drafts` SET `data` = json_remove(
  json_set(`data`, '$.identity.heightMm', json_extract(`data`, '$.identity.heightCm') * 10, '$.identity.weightG', json_extract(`data`, '$.identity.weightKg') * 1000),
  '$.identity.heightCm', '$.identity.weightKg'
) WHERE json_type(`data`, '$.identity') = 'object';
