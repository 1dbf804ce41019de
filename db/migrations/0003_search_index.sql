-- Full-text search (services/search): FTS5 with the unicode61 tokenizer removing diacritics, so "Jose" finds "José".
-- Kept in step by triggers, so every code path that writes the source tables keeps the index right.
-- Note narratives and addenda are external-content tables: the text is stored once, in case_notes and note_addenda.
CREATE VIRTUAL TABLE `note_search` USING fts5(narrative, content='case_notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `case_notes_search_insert` AFTER INSERT ON `case_notes` BEGIN
  INSERT INTO note_search(rowid, narrative) VALUES (NEW.id, NEW.narrative);
END;
--> statement-breakpoint
CREATE TRIGGER `case_notes_search_update` AFTER UPDATE OF narrative ON `case_notes` BEGIN
  INSERT INTO note_search(note_search, rowid, narrative) VALUES ('delete', OLD.id, OLD.narrative);
  INSERT INTO note_search(rowid, narrative) VALUES (NEW.id, NEW.narrative);
END;
--> statement-breakpoint
CREATE TRIGGER `case_notes_search_delete` AFTER DELETE ON `case_notes` BEGIN
  INSERT INTO note_search(note_search, rowid, narrative) VALUES ('delete', OLD.id, OLD.narrative);
END;
--> statement-breakpoint
-- Addenda are append-only (migration 0004), so only inserts reach the index.
CREATE VIRTUAL TABLE `addendum_search` USING fts5(text, content='note_addenda', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `note_addenda_search_insert` AFTER INSERT ON `note_addenda` BEGIN
  INSERT INTO addendum_search(rowid, text) VALUES (NEW.id, NEW.text);
END;
--> statement-breakpoint
-- A client's searchable terms: names, other names, the case number and identifiers, both as typed and as
-- normalized keys (so "S12345678" finds "S-1234-5678"). One row per client, rowid = client id, refreshed whole.
CREATE VIEW `client_search_terms` AS
SELECT c.id AS client_id,
  c.first_name || ' ' || c.middle_name || ' ' || c.last_name || ' ' || c.suffix || ' ' || c.case_number
  || coalesce(' ' || (SELECT group_concat(a.first_name || ' ' || a.last_name, ' ') FROM client_aliases a WHERE a.client_id = c.id), '')
  || coalesce(' ' || (SELECT group_concat(i.value || ' ' || i.value_key, ' ') FROM client_identifiers i WHERE i.client_id = c.id), '') AS terms
FROM clients c;
--> statement-breakpoint
CREATE VIRTUAL TABLE `client_search` USING fts5(terms, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `clients_search_insert` AFTER INSERT ON `clients` BEGIN
  INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms WHERE client_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_update` AFTER UPDATE OF first_name, middle_name, last_name, suffix, case_number ON `clients` BEGIN
  DELETE FROM client_search WHERE rowid = NEW.id;
  INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms WHERE client_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `client_aliases_search_insert` AFTER INSERT ON `client_aliases` BEGIN
  DELETE FROM client_search WHERE rowid = NEW.client_id;
  INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms WHERE client_id = NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `client_aliases_search_delete` AFTER DELETE ON `client_aliases` BEGIN
  DELETE FROM client_search WHERE rowid = OLD.client_id;
  INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms WHERE client_id = OLD.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `client_identifiers_search_insert` AFTER INSERT ON `client_identifiers` BEGIN
  DELETE FROM client_search WHERE rowid = NEW.client_id;
  INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms WHERE client_id = NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `client_identifiers_search_delete` AFTER DELETE ON `client_identifiers` BEGIN
  DELETE FROM client_search WHERE rowid = OLD.client_id;
  INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms WHERE client_id = OLD.client_id;
END;
--> statement-breakpoint
-- Clients taken in before this migration.
INSERT INTO client_search(rowid, terms) SELECT client_id, terms FROM client_search_terms;
