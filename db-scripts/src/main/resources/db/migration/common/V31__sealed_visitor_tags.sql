-- Visitor tags from the sealed days (issue 21, RP-4): besides its cells over all visitors (tag NULL), a sealed day
-- keeps cells by the tags its visitors had when it was sealed ('' for a visitor without tags; a visitor with two tags
-- counts in both), so a 90-day report by visitor tag reads cells instead of every conversation. A change of a
-- visitor's tags opens that visitor's days again (found by ix_report_session_visitor), and the roller seals them anew.
-- The days sealed before this version are sealed again, with their tag cells.
ALTER TABLE report_session_day ADD COLUMN tag VARCHAR(30);
DELETE FROM report_session_day;
UPDATE report_session_seal SET sealed = FALSE WHERE sealed = TRUE;
CREATE INDEX ix_report_session_visitor ON report_session (tenant_id, visitor_id);
