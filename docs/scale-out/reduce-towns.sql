-- Reduce raw trace records to the counted table Corridor opens, by town: one
-- row per purchase town, recovery municipality, weapon class and recovery
-- month, with a count (reduce.sql keeps each store and recovery site; this is
-- for archives where that still leaves millions of rows). DuckDB, after
-- classify.sql.
COPY (
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
