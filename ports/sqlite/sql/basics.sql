-- Tables, inserts, selects, expressions and aggregates.
CREATE TABLE fruit(id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL, qty INTEGER);
INSERT INTO fruit(name, price, qty) VALUES
  ('apple', 0.5, 10), ('banana', 0.25, 24), ('cherry', 3.0, 2),
  ('date', 1.75, NULL), ('elderberry', NULL, 5);
SELECT count(*), count(price), count(qty) FROM fruit;
SELECT id, name FROM fruit WHERE price > 0.4 ORDER BY price DESC;
SELECT name, price * qty AS total FROM fruit WHERE total IS NOT NULL ORDER BY total;
SELECT sum(qty), total(price), printf('%.3f', avg(price)), min(name), max(name) FROM fruit;
SELECT upper(substr(name, 1, 3)) || '-' || length(name) FROM fruit ORDER BY name LIMIT 3 OFFSET 1;
SELECT name FROM fruit WHERE name LIKE '%rr%' ORDER BY 1;
SELECT coalesce(qty, -1), ifnull(price, 'none'), typeof(price) FROM fruit WHERE id IN (4, 5);
UPDATE fruit SET qty = qty + 1 WHERE qty < 10;
DELETE FROM fruit WHERE price IS NULL;
SELECT group_concat(name || ':' || qty, ',') FROM (SELECT * FROM fruit ORDER BY id);
SELECT changes(), total_changes(), last_insert_rowid();
SELECT 7 / 2, 7 / 2.0, 7 % 3, -7 % 3, 1 << 40, 0x7fffffffffffffff + 0, cast('12abc' AS INTEGER);
SELECT abs(-3), round(2.567, 2), hex('Zv'), quote('it''s'), replace('a.b.c', '.', '/'), instr('hello', 'll');
SELECT json_object('a', 1, 'b', json_array(2, 3)), json_extract('{"x":{"y":[5,6]}}', '$.x.y[1]');
SELECT date('2013-06-11', '+1 month'), strftime('%Y %j %H:%M', '2024-02-29 13:45:00');
.mode column
.headers on
SELECT id, name, price FROM fruit ORDER BY id;
.mode csv
SELECT name, qty FROM fruit ORDER BY qty DESC;
