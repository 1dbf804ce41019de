-- US English spelling for the codes the record stores (the tables and columns keep their names: they are
-- identifiers no officer or court reads). PNC numbers (a UK police identifier) become "other" identifiers,
-- keeping the issuer, or naming it when it was left empty.
UPDATE `offences` SET `offence_class` = 'misdemeanor' WHERE `offence_class` = 'misdemeanour';
--> statement-breakpoint
UPDATE `conditions` SET `type` = 'counseling' WHERE `type` = 'counselling';
--> statement-breakpoint
UPDATE `client_identifiers` SET `type` = 'drivers_license' WHERE `type` = 'drivers_licence';
--> statement-breakpoint
UPDATE `client_identifiers` SET `type` = 'other', `issuer` = CASE WHEN `issuer` = '' THEN 'Police National Computer (UK)' ELSE `issuer` END WHERE `type` = 'pnc_number';
--> statement-breakpoint
UPDATE `appointments` SET `type` = 'program_session' WHERE `type` = 'programme_session';
--> statement-breakpoint
-- A signed note's contact type is renamed, not changed: lift the guarantee for this one UPDATE and restore it
-- exactly as migration 0004 made it.
DROP TRIGGER `case_notes_signed_no_update`;
--> statement-breakpoint
UPDATE `case_notes` SET `contact_type` = 'program' WHERE `contact_type` = 'programme';
--> statement-breakpoint
CREATE TRIGGER `case_notes_signed_no_update` BEFORE UPDATE ON `case_notes` WHEN OLD.status = 'signed' BEGIN
  SELECT RAISE(ABORT, 'Signed notes cannot be changed; add an addendum.');
END;
--> statement-breakpoint
-- Settings documents that hold codes: the standard conditions' types and the face-to-face contact types.
UPDATE `settings` SET `value` = replace(`value`, '"type":"counselling"', '"type":"counseling"') WHERE `key` = 'intake';
--> statement-breakpoint
UPDATE `settings`
SET `value` = json_set(`value`, '$.faceToFaceTypes', (
  SELECT json_group_array(CASE WHEN t.value = 'programme' THEN 'program' ELSE t.value END) FROM json_each(`settings`.`value`, '$.faceToFaceTypes') AS t
))
WHERE `key` = 'contactStandards' AND json_type(`value`, '$.faceToFaceTypes') = 'array';
--> statement-breakpoint
-- Intake drafts hold the form as typed, codes included (JSON written without spaces).
UPDATE `intake_drafts` SET `data` = replace(replace(replace(replace(`data`,
  '"offenceClass":"misdemeanour"', '"offenceClass":"misdemeanor"'),
  '"type":"counselling"', '"type":"counseling"'),
  '"type":"drivers_licence"', '"type":"drivers_license"'),
  '"type":"pnc_number"', '"type":"other"');
