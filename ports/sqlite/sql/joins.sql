-- Joins, subqueries, common table expressions, views and window functions.
CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept INTEGER REFERENCES dept(id), salary INTEGER, boss INTEGER);
INSERT INTO dept VALUES (1, 'eng'), (2, 'ops'), (3, 'sales'), (4, 'legal');
INSERT INTO emp VALUES
  (1, 'ada', 1, 300, NULL), (2, 'bob', 1, 200, 1), (3, 'cy', 2, 150, 1),
  (4, 'di', 2, 180, 3), (5, 'ed', 3, 120, 1), (6, 'flo', NULL, 90, 5);
CREATE INDEX emp_dept ON emp(dept);
SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept ORDER BY e.id;
SELECT d.name, count(e.id), coalesce(sum(e.salary), 0) FROM dept d LEFT JOIN emp e ON e.dept = d.id GROUP BY d.id ORDER BY d.id;
SELECT e.name FROM emp e LEFT JOIN dept d ON d.id = e.dept WHERE d.id IS NULL;
SELECT d.name FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp WHERE dept = d.id);
SELECT name, salary FROM emp WHERE salary > (SELECT avg(salary) FROM emp) ORDER BY salary DESC;
SELECT e.name, b.name FROM emp e JOIN emp b ON b.id = e.boss ORDER BY e.id;
SELECT d.name, max(e.salary) FROM emp e, dept d WHERE e.dept = d.id GROUP BY d.name HAVING count(*) > 1 ORDER BY 1;
WITH RECURSIVE chain(id, name, depth) AS (
  SELECT id, name, 0 FROM emp WHERE boss IS NULL
  UNION ALL
  SELECT e.id, e.name, c.depth + 1 FROM emp e JOIN chain c ON e.boss = c.id
) SELECT substr('......', 1, depth * 2) || name FROM chain ORDER BY depth, id;
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT sum(x), group_concat(x * x, ' ') FROM n;
CREATE VIEW payroll AS SELECT d.name AS dept, e.name AS who, e.salary FROM emp e JOIN dept d ON d.id = e.dept;
SELECT dept, who, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC),
       sum(salary) OVER (ORDER BY salary ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
  FROM payroll ORDER BY dept, salary DESC;
SELECT name FROM emp WHERE dept = 1 UNION SELECT name FROM dept ORDER BY 1;
SELECT name FROM emp INTERSECT SELECT 'bob' EXCEPT SELECT 'zed';
EXPLAIN QUERY PLAN SELECT * FROM emp WHERE dept = 2;
