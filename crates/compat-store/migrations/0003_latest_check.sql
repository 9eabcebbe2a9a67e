-- 0003: each component's latest result without reading its results' rows.
-- The dashboard finds a component's latest result by the start of its runs;
-- the results' rows carry the gzip-compressed report slices, so an index on
-- (component_id, run_id) answers that from the index alone (a 500-run store:
-- 110 ms down to 6 ms). Written once for both dialects (see 0001).

CREATE INDEX check_result_component_run ON check_result (component_id, run_id);
