-- Second session: what the first committed is there, what it rolled back is not.
SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') ORDER BY name;
SELECT seq, msg FROM log ORDER BY seq;
SELECT count(*), sum(x), min(length(pad)) FROM big WHERE x > 1000;
DELETE FROM big WHERE x % 2 = 0;
INSERT INTO log(msg) VALUES ('four');
VACUUM;
PRAGMA integrity_check;
PRAGMA page_count;
SELECT count(*) FROM big;
