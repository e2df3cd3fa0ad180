-- The reduction of reduce.sql in Spark SQL: raw trace records (a table or
-- view named `traces`, with Corridor's canonical column names) to one row
-- per store, recovery site, weapon class and recovery month, with a count.
-- Write the result as Parquet, e.g.
--   spark.sql(open("reduce-spark.sql").read()).write.parquet("counted.parquet")
WITH classed AS (
  SELECT *,
    CASE
      WHEN upper(weapon_type) RLIKE 'SHOTGUN|ESCOPETA' THEN 'SHOTGUN'
      WHEN upper(weapon_type) RLIKE 'REVOLVER' THEN 'REVOLVER'
      WHEN upper(weapon_type) RLIKE 'PISTOL' THEN 'PISTOL'
      WHEN upper(caliber) RLIKE '\\.?50 ?BMG|12\\.7 ?X ?99' THEN '.50 BMG'
      WHEN upper(caliber) RLIKE '7\\.62 ?X ?39' THEN 'AK'
      WHEN upper(caliber) RLIKE '5\\.56|\\.?223' THEN 'AR-15'
      WHEN upper(weapon_type) RLIKE 'RIFLE|FUSIL' THEN 'RIFLE'
      ELSE coalesce(nullif(weapon_type, ''), 'UNKNOWN')
    END AS weapon_class,
    date_format(try_cast(recovery_date AS DATE), 'yyyy-MM') AS recovery_month
  FROM traces
)
SELECT
  store_id, any_value(store_name) AS store_name, any_value(store_city) AS store_city,
  any_value(store_state) AS store_state,
  any_value(CAST(store_lat AS DOUBLE)) AS store_lat,
  any_value(CAST(store_lon AS DOUBLE)) AS store_lon,
  recovery_id, any_value(recovery_place) AS recovery_place,
  any_value(recovery_state) AS recovery_state,
  any_value(CAST(recovery_lat AS DOUBLE)) AS recovery_lat,
  any_value(CAST(recovery_lon AS DOUBLE)) AS recovery_lon,
  weapon_class AS weapon_type,
  recovery_month AS recovery_date,
  count(*) AS count
FROM classed
GROUP BY store_id, recovery_id, weapon_class, recovery_month
