-- 0002: what the metrics and the dashboard read about the current state of
-- a project: each result's promises, and the indexes that find a waiver's or
-- a deprecation's latest state without reading every run's events.
-- Written once for both dialects (see 0001).

-- One promise of a component in one run (kept, violated, unverified, declared).
CREATE TABLE promise_result (
  id {pk},
  run_id {int} NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  check_id {int} NOT NULL REFERENCES check_result (id) ON DELETE CASCADE,
  name {text} NOT NULL,
  kind {text} NOT NULL,
  status {text} NOT NULL
);
CREATE INDEX promise_result_run ON promise_result (run_id);
CREATE INDEX promise_result_check ON promise_result (check_id);

CREATE INDEX waiver_event_waiver ON waiver_event (project, waiver_id);
CREATE INDEX deprecation_event_deprecation ON deprecation_event (project, deprecation_id);
