-- Third session: the second one's delete, insert and vacuum lasted.
SELECT seq, msg FROM log WHERE seq > 3;
SELECT count(*), sum(x) FROM big;
PRAGMA integrity_check;
