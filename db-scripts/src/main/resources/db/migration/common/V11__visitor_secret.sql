-- Switchboard schema, version 11: an anonymous web visitor proves its id with a secret (issue 16).
--  * visitor_profile.secret_hash: hex SHA-256 of the secret the visitor's browser made and keeps beside its id; the
--    first session of a visitor binds it, later sessions must present the same secret. NULL for signed visitors
--    (their identity is the host site's signature) and for rows older than this version, whose next presenter
--    binds one.
ALTER TABLE visitor_profile ADD COLUMN secret_hash VARCHAR(64);
