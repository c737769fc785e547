-- Switchboard schema, version 12: security hardening (issue 16).
--  * user_account.session_epoch: a session remembers the epoch it signed in in; a password reset or a forced
--    offline moves it on, so every older session of the account ends at its next request (on every node);
--  * wrong-password lock-outs move from the account (anyone could lock out anyone) to a throttle kept per account
--    and client address in the server, so the two counters of the account go.
ALTER TABLE user_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account DROP COLUMN failed_logins;
ALTER TABLE user_account DROP COLUMN locked_until;
