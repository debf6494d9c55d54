-- The archive browser's organization filter, which compares names case-insensitively, without
-- reading every paper.
CREATE INDEX paper_by_org_name ON paper (org_name COLLATE NOCASE);
CREATE INDEX paper_by_org_fullname ON paper (org_fullname COLLATE NOCASE);
