-- Reduce raw trace records to the counted table Corridor opens, by town: one
-- row per purchase town, recovery municipality, weapon class and recovery
-- month, with a count (reduce.sql keeps each store and recovery site; this is
-- for archives where that still leaves millions of rows). Run as reduce.sql.
-- DuckDB; run with the input and output named as variables, e.g.
--   duckdb -c "SET VARIABLE traces = 'traces-10m.csv'; SET VARIABLE out = 'counted.parquet'; .read reduce.sql"
-- (SET VARIABLE skip = 1 for a file with a title line above its header).
-- (the same statement in Spark SQL: reduce-spark.sql). The input's columns are
-- Corridor's canonical names (docs/data-format.md); a CSV, Parquet or a table
-- in the warehouse all do (replace the FROM clause).
COPY (
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
        WHEN regexp_matches(upper(weapon_type), 'RIFLE|RIFLE|FUSIL') THEN 'RIFLE'
        ELSE coalesce(nullif(weapon_type, ''), 'UNKNOWN')
      END AS weapon_class,
      -- The month of recovery; a date the warehouse could not read stays empty.
      strftime(try_cast(recovery_date AS DATE), '%Y-%m') AS recovery_month
    FROM traces
  )
  SELECT
    -- A town's id and name; no coordinates, so Corridor places it at the
    -- town's centre from its gazetteer (precision "city").
    store_state || ':' || store_city AS store_id, store_city AS store_name, store_city, store_state,
    recovery_state || ':' || recovery_place AS recovery_id, recovery_place, recovery_state,
    weapon_class AS weapon_type,
    recovery_month AS recovery_date,
    count(*) AS count
  FROM classed
  GROUP BY store_state, store_city, recovery_state, recovery_place, weapon_class, recovery_month
  ORDER BY store_state, store_city, recovery_state, recovery_place, weapon_class, recovery_month
) TO (getvariable('out')) (FORMAT parquet, COMPRESSION snappy);
