-- FAQ rule answers beyond text (issue 20, FL-2, S3 §8): follow-up questions offered as buttons with the answer (a
-- menu for multi-turn answers, one per line) and an image sent with it.
ALTER TABLE faq_rule ADD COLUMN follow_ups VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE faq_rule ADD COLUMN image_url VARCHAR(500);
