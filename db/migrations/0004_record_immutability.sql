-- What the record keeps as evidence cannot be changed by any code path: signed notes, addenda, reviews and
-- the history tables. The services refuse first with the same words; these triggers are the guarantee.
CREATE TRIGGER `case_notes_signed_no_update` BEFORE UPDATE ON `case_notes` WHEN OLD.status = 'signed' BEGIN
  SELECT RAISE(ABORT, 'Signed notes cannot be changed; add an addendum.');
END;
--> statement-breakpoint
CREATE TRIGGER `case_notes_signed_no_delete` BEFORE DELETE ON `case_notes` WHEN OLD.status = 'signed' BEGIN
  SELECT RAISE(ABORT, 'Signed notes cannot be changed; add an addendum.');
END;
--> statement-breakpoint
CREATE TRIGGER `note_addenda_signed_only` BEFORE INSERT ON `note_addenda`
WHEN (SELECT status FROM case_notes WHERE id = NEW.note_id) IS NOT 'signed' BEGIN
  SELECT RAISE(ABORT, 'Addenda are added to signed notes only.');
END;
--> statement-breakpoint
CREATE TRIGGER `note_addenda_no_update` BEFORE UPDATE ON `note_addenda` BEGIN
  SELECT RAISE(ABORT, 'Addenda cannot be changed; add another addendum.');
END;
--> statement-breakpoint
CREATE TRIGGER `note_addenda_no_delete` BEFORE DELETE ON `note_addenda` BEGIN
  SELECT RAISE(ABORT, 'Addenda cannot be changed; add another addendum.');
END;
--> statement-breakpoint
CREATE TRIGGER `note_reviews_signed_only` BEFORE INSERT ON `note_reviews`
WHEN (SELECT status FROM case_notes WHERE id = NEW.note_id) IS NOT 'signed' BEGIN
  SELECT RAISE(ABORT, 'Only signed notes are reviewed.');
END;
--> statement-breakpoint
CREATE TRIGGER `note_reviews_no_update` BEFORE UPDATE ON `note_reviews` BEGIN
  SELECT RAISE(ABORT, 'Reviews cannot be changed; record another review.');
END;
--> statement-breakpoint
CREATE TRIGGER `note_reviews_no_delete` BEFORE DELETE ON `note_reviews` BEGIN
  SELECT RAISE(ABORT, 'Reviews cannot be changed; record another review.');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_history_no_update` BEFORE UPDATE ON `plan_goal_history` BEGIN
  SELECT RAISE(ABORT, 'The history of the supervision plan cannot be changed.');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_history_no_delete` BEFORE DELETE ON `plan_goal_history` BEGIN
  SELECT RAISE(ABORT, 'The history of the supervision plan cannot be changed.');
END;
--> statement-breakpoint
CREATE TRIGGER `referral_status_history_no_update` BEFORE UPDATE ON `referral_status_history` BEGIN
  SELECT RAISE(ABORT, 'The status history of a referral cannot be changed.');
END;
--> statement-breakpoint
CREATE TRIGGER `referral_status_history_no_delete` BEFORE DELETE ON `referral_status_history` BEGIN
  SELECT RAISE(ABORT, 'The status history of a referral cannot be changed.');
END;
--> statement-breakpoint
CREATE TRIGGER `violation_responses_no_update` BEFORE UPDATE ON `violation_responses` BEGIN
  SELECT RAISE(ABORT, 'Responses to violations cannot be changed; record another response.');
END;
--> statement-breakpoint
CREATE TRIGGER `violation_responses_no_delete` BEFORE DELETE ON `violation_responses` BEGIN
  SELECT RAISE(ABORT, 'Responses to violations cannot be changed; record another response.');
END;
