-- Hot questions (issue 20, FL-2, S3 §8): rules a bot offers as buttons with its welcome.
ALTER TABLE faq_rule ADD COLUMN hot BOOLEAN DEFAULT FALSE NOT NULL;
