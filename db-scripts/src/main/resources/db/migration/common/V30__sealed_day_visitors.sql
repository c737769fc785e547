-- Unique visitors from the sealed days (issue 21, RP-4): each conversation cell keeps its distinct visitors, each as
-- the first 8 bytes of the SHA-256 of the visitor's id, concatenated (VisitorHashes). A report by unique visitors then
-- merges the cells' visitors instead of reading every conversation. The days sealed before this version are sealed
-- again (their cells rebuilt with the visitors) by the roller.
ALTER TABLE report_session_day ADD COLUMN visitor_hashes BYTEA;
DELETE FROM report_session_day;
UPDATE report_session_seal SET sealed = FALSE WHERE sealed = TRUE;
