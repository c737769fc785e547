-- Issue 18 (item 5): the language the visitor reads (zh, en). The conversation's system and timer messages are said in
-- it; null (conversations started before) is Chinese, the tenant's texts as written.
ALTER TABLE conversation ADD COLUMN language VARCHAR(5);
