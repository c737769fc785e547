-- FAQ bot replies (issue 20, FL-2, S3 §8): said when the visitor asks again what the bot just answered, and when the
-- visitor stays silent at the bot until its wait ends (null: nothing is said).
ALTER TABLE faq_bot ADD COLUMN repeat_reply VARCHAR(600);
ALTER TABLE faq_bot ADD COLUMN timeout_reply VARCHAR(600);
