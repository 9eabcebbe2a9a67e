-- The secondary indexes of the compat index (schema.sql). A new index gets
-- them after its rows are written (one sort each, instead of a B-tree
-- update per row); an index being updated has them already. Symbol names
-- have none: the writer interns them in memory, and no query looks a name
-- up.
CREATE INDEX IF NOT EXISTS needed_name ON needed(name);
CREATE INDEX IF NOT EXISTS version_need_by ON version_need(file, version);
CREATE INDEX IF NOT EXISTS ref_provider ON ref(provider_id, file_id);
-- `compat impact --drop-version`: the references at one version, with their
-- symbol and (the table's key) file, read from the index alone. Partial: an
-- unversioned reference (a quarter of them on /usr) is never looked up by
-- version, so it is not sorted into this index.
CREATE INDEX IF NOT EXISTS ref_version ON ref(version_id, sym_id) WHERE version_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS provider_soname ON provider(soname);
