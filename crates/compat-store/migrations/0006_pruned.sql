-- 0006: what `compat history prune` deleted, counted, so that the counters
-- of the metrics (compat_runs_total, compat_checks_total) never go down: a
-- counter that decreases reads as a reset to Prometheus, which then adds
-- the whole new value to rate() and increase(). A counter is the rows still
-- in the store plus the rows pruned. Written once for both dialects (see 0001).

-- Runs pruned per project.
CREATE TABLE pruned_run (
  project {text} NOT NULL PRIMARY KEY,
  runs {int} NOT NULL
);

-- Component results pruned per component and state (the component's row
-- is kept when its runs are pruned).
CREATE TABLE pruned_check (
  component_id {int} NOT NULL REFERENCES component (id),
  state {text} NOT NULL,
  checks {int} NOT NULL,
  PRIMARY KEY (component_id, state)
);
