-- The traces to reduce, with Corridor's weapon class and the recovery month,
-- as a view `classed` that reduce.sql and reduce-towns.sql group (DuckDB):
--   duckdb -c "SET VARIABLE traces = 'traces.csv'; SET VARIABLE out = 'counted.parquet';
--              .read classify.sql
--              .read reduce.sql"
-- (SET VARIABLE skip = 1 for a file with a title line above its header). The
-- input's columns are Corridor's canonical names (docs/data-format.md); a CSV,
-- Parquet or a table in the warehouse all do (replace the FROM clause).
CREATE OR REPLACE TEMP VIEW classed AS
WITH traces AS (
  SELECT * FROM read_csv(getvariable('traces'), header = true, all_varchar = true,
                         -- lines above the header (Corridor's generated files have one)
                         skip = coalesce(getvariable('skip'), 0))
),
classed AS (
  SELECT *,
    -- Corridor's weapon classes, from the type column first and the
    -- calibre after (the app's rules, assets/weapon_rules.toml, are
    -- richer: the class written here is re-read by them from the type
    -- word chosen below).
    CASE
      WHEN regexp_matches(upper(weapon_type), 'SHOTGUN|ESCOPETA') THEN 'SHOTGUN'
      WHEN regexp_matches(upper(weapon_type), 'REVOLVER') THEN 'REVOLVER'
      WHEN regexp_matches(upper(weapon_type), 'PISTOL') THEN 'PISTOL'
      WHEN regexp_matches(upper(caliber), '\.?50 ?BMG|12\.7 ?X ?99') THEN '.50 BMG'
      WHEN regexp_matches(upper(caliber), '7\.62 ?X ?39') THEN 'AK'
      WHEN regexp_matches(upper(caliber), '5\.56|\.?223') THEN 'AR-15'
      WHEN regexp_matches(upper(weapon_type), 'RIFLE|FUSIL') THEN 'RIFLE'
      ELSE coalesce(nullif(weapon_type, ''), 'UNKNOWN')
    END AS weapon_class,
    -- The month of recovery; a date the warehouse could not read stays empty.
    strftime(try_cast(recovery_date AS DATE), '%Y-%m') AS recovery_month
  FROM traces
)
SELECT * FROM classed;
