-- Reduce raw trace records to the counted table Corridor opens: one row per
-- store, recovery site, weapon class and recovery month, with a count.
-- DuckDB, after classify.sql (which reads the traces); the same statement in
-- Spark SQL is reduce-spark.sql.
COPY (
  SELECT
    store_id, any_value(store_name) AS store_name, any_value(store_city) AS store_city,
    any_value(store_state) AS store_state,
    any_value(try_cast(store_lat AS DOUBLE)) AS store_lat,
    any_value(try_cast(store_lon AS DOUBLE)) AS store_lon,
    recovery_id, any_value(recovery_place) AS recovery_place,
    any_value(recovery_state) AS recovery_state,
    any_value(try_cast(recovery_lat AS DOUBLE)) AS recovery_lat,
    any_value(try_cast(recovery_lon AS DOUBLE)) AS recovery_lon,
    weapon_class AS weapon_type,
    recovery_month AS recovery_date,
    count(*) AS count
  FROM classed
  GROUP BY store_id, recovery_id, weapon_class, recovery_month
  ORDER BY store_id, recovery_id, weapon_class, recovery_month
) TO (getvariable('out')) (FORMAT parquet, COMPRESSION snappy);
