-- First session on a database file: create, fill, commit some, roll back some.
PRAGMA journal_mode;
CREATE TABLE log(seq INTEGER PRIMARY KEY, msg TEXT);
BEGIN;
INSERT INTO log(msg) VALUES ('one'), ('two'), ('three');
COMMIT;
BEGIN;
INSERT INTO log(msg) VALUES ('lost');
ROLLBACK;
CREATE TABLE big(x INTEGER, pad TEXT);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000)
  INSERT INTO big SELECT x, printf('%0100d', x) FROM n;
CREATE INDEX big_x ON big(x);
SELECT count(*), sum(x) FROM big;
PRAGMA integrity_check;
