-- 0001: the history of `compat check` runs (GOVERNANCE.md 6.6).
-- Written once for both dialects: {pk} {int} {real} {text} {ts} {blob} are
-- rendered per dialect (src/dialect.rs); statements end with `;` at a line end.

-- One `compat check` run. A report is recorded once per project: its
-- SHA-256 (of the report's compact JSON) is unique within the project.
CREATE TABLE run (
  id {pk},
  project {text} NOT NULL,
  started_at {ts} NOT NULL,
  finished_at {ts},
  now_date {text} NOT NULL,
  tool_version {text} NOT NULL,
  schema_version {int} NOT NULL,
  config_sha256 {text},
  baseline {text},
  git_commit {text},
  git_ref {text},
  ci_url {text},
  exit_code {int} NOT NULL,
  breaking {int} NOT NULL,
  warning {int} NOT NULL,
  info {int} NOT NULL,
  waived {int} NOT NULL,
  baselined {int} NOT NULL,
  errors {int} NOT NULL,
  findings {int} NOT NULL,
  report_sha256 {text} NOT NULL,
  recorded_at {ts} NOT NULL,
  UNIQUE (project, report_sha256)
);
CREATE INDEX run_project_started ON run (project, started_at);
CREATE INDEX run_started ON run (started_at);

-- The components a project has had (kept when their runs are pruned).
CREATE TABLE component (
  id {pk},
  project {text} NOT NULL,
  name {text} NOT NULL,
  kind {text} NOT NULL,
  owner {text},
  UNIQUE (project, name)
);

-- One component's result in one run; report_gz is the component's slice of
-- the report (its result and findings as JSON), gzip-compressed.
CREATE TABLE check_result (
  id {pk},
  run_id {int} NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  component_id {int} NOT NULL REFERENCES component (id),
  baseline_kind {text} NOT NULL,
  baseline_ref {text},
  version_from {text},
  version_to {text},
  bump {text},
  verdict {text},
  state {text} NOT NULL,
  breaking {int} NOT NULL,
  warning {int} NOT NULL,
  info {int} NOT NULL,
  waived {int} NOT NULL,
  baselined {int} NOT NULL,
  errors {int} NOT NULL,
  report_gz {blob} NOT NULL
);
CREATE INDEX check_result_run ON check_result (run_id);
CREATE INDEX check_result_component ON check_result (component_id);

-- Every finding of a run, by fingerprint; check_id is empty for findings
-- about the project file that name no checked component.
CREATE TABLE finding (
  id {pk},
  run_id {int} NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  check_id {int} REFERENCES check_result (id) ON DELETE CASCADE,
  rule {text} NOT NULL,
  severity {text} NOT NULL,
  status {text} NOT NULL,
  fingerprint {text} NOT NULL,
  subject_json {text} NOT NULL,
  group_key {text},
  waiver_id {text}
);
CREATE INDEX finding_run ON finding (run_id);
CREATE INDEX finding_check ON finding (check_id);
CREATE INDEX finding_fp ON finding (fingerprint);

-- The waivers of a project as last recorded.
CREATE TABLE waiver (
  project {text} NOT NULL,
  id {text} NOT NULL,
  component {text},
  rule {text} NOT NULL,
  owner {text} NOT NULL,
  reason {text} NOT NULL,
  expires {text} NOT NULL,
  source {text} NOT NULL,
  PRIMARY KEY (project, id)
);

-- A waiver's state in one run (active, expiring, expired, unused).
CREATE TABLE waiver_event (
  id {pk},
  run_id {int} NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  project {text} NOT NULL,
  waiver_id {text} NOT NULL,
  event {text} NOT NULL,
  matches {int} NOT NULL,
  days_left {int} NOT NULL,
  expires {text} NOT NULL
);
CREATE INDEX waiver_event_run ON waiver_event (run_id);

-- The deprecations of a project as last recorded.
CREATE TABLE deprecation (
  project {text} NOT NULL,
  id {text} NOT NULL,
  component {text} NOT NULL,
  item {text} NOT NULL,
  remove_after {text} NOT NULL,
  replacement {text},
  PRIMARY KEY (project, id)
);

-- A deprecation's state in one run (announced, due, removed, removed-early).
CREATE TABLE deprecation_event (
  id {pk},
  run_id {int} NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  project {text} NOT NULL,
  deprecation_id {text} NOT NULL,
  state {text} NOT NULL,
  days_left {int} NOT NULL
);
CREATE INDEX deprecation_event_run ON deprecation_event (run_id);
