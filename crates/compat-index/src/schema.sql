-- The compat index (compat-index): every ELF file of the paths indexed, what it
-- defines and references, and where glibc's ld.so (compat-ld's model, each
-- file on its own as `ldd -r` loads it) binds each reference.
-- Schema version: see SCHEMA_VERSION in schema.rs (PRAGMA user_version).
-- A file's rows in `needed`, `def_list`, `ref` and `version_need` are keyed by
-- (file_id, pos), so they are written in key order and found by file without
-- another index. The secondary indexes are in indexes.sql: a new index is
-- filled first and indexed afterwards.

CREATE TABLE IF NOT EXISTS elf_file (
    id        INTEGER PRIMARY KEY,
    path      TEXT NOT NULL UNIQUE,
    size      INTEGER NOT NULL,
    mtime_ns  INTEGER NOT NULL,
    build_id  TEXT,                -- hex of NT_GNU_BUILD_ID, NULL when none
    kind      TEXT NOT NULL,       -- program | library | skipped | error
    soname    TEXT,
    machine   TEXT,
    rpath     TEXT,                -- DT_RPATH entries joined with ':'
    runpath   TEXT,                -- DT_RUNPATH entries joined with ':'
    note      TEXT                 -- why kind is skipped or error (one line)
);

-- DT_NEEDED entries, in order.
CREATE TABLE IF NOT EXISTS needed (
    file_id   INTEGER NOT NULL REFERENCES elf_file(id),
    pos       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (file_id, pos)
) WITHOUT ROWID;

-- Names of the symbols referenced, interned (ids given by the writer, one per
-- name).
CREATE TABLE IF NOT EXISTS sym (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL
);

-- The files bindings resolve to: real path (no link left) and SONAME.
CREATE TABLE IF NOT EXISTS provider (
    id        INTEGER PRIMARY KEY,
    path      TEXT NOT NULL UNIQUE,
    soname    TEXT
);

-- Dynamic symbols a file defines: one row per file that defines any, its
-- definitions as one JSON array in symbol-table order, each
-- [name, version, hidden, kind, size] (version null when none; hidden 1 for a
-- non-default version, name@VERSION). No query looks a definition up (the
-- candidate check loads the provider's file), so they are written whole:
-- 2,900 rows on /usr instead of 685,000, and names no reference uses stay
-- out of `sym`. Read them as rows through the view `def`.
CREATE TABLE IF NOT EXISTS def_list (
    file_id   INTEGER PRIMARY KEY REFERENCES elf_file(id),
    defs      TEXT NOT NULL
);

-- The definitions as rows: file, position in the file's list, name, version,
-- hidden, kind (`function`, `object`, ...) and size.
CREATE VIEW IF NOT EXISTS def AS
    SELECT d.file_id AS file_id, j.key AS pos, j.value ->> 0 AS name,
           j.value ->> 1 AS version, j.value ->> 2 AS hidden, j.value ->> 3 AS kind,
           j.value ->> 4 AS size
    FROM def_list d, json_each(d.defs) j;

-- Symbol versions the references name, interned (ids given by the writer,
-- one per pair): the version and the NEEDED name its version need names
-- (NULL for a copy relocation's version, which is the file's own).
CREATE TABLE IF NOT EXISTS version (
    id        INTEGER PRIMARY KEY,
    file      TEXT,
    name      TEXT NOT NULL
);

-- References: undefined dynamic symbols, and the definitions a copy
-- relocation copies (copy = 1, size = the size linked against), each with
-- the binding compat's loader model resolves for it: the provider, NULL
-- when nothing defines it. A shared library's unversioned reference that
-- its own load leaves undefined is bound in the context of its host, the
-- file of the index whose global scope defines the most such references of
-- the library, at least half (a plugin's host program exporting them with
-- -rdynamic, the program that links it): host_id is that file and the
-- provider the object of the host's load that defines it (NULL, and host_id
-- NULL, when the host does not define it, without a host or with
-- `index build --standalone`).
CREATE TABLE IF NOT EXISTS ref (
    file_id       INTEGER NOT NULL REFERENCES elf_file(id),
    pos           INTEGER NOT NULL,
    sym_id        INTEGER NOT NULL REFERENCES sym(id),
    version_id    INTEGER REFERENCES version(id),  -- NULL: unversioned
    weak          INTEGER NOT NULL,
    copy          INTEGER NOT NULL,
    size          INTEGER NOT NULL,
    provider_id   INTEGER REFERENCES provider(id),
    host_id       INTEGER REFERENCES elf_file(id),
    PRIMARY KEY (file_id, pos)
) WITHOUT ROWID;

-- Version needs (.gnu.version_r): file (a NEEDED name) and version.
CREATE TABLE IF NOT EXISTS version_need (
    file_id   INTEGER NOT NULL REFERENCES elf_file(id),
    pos       INTEGER NOT NULL,
    file      TEXT NOT NULL,
    version   TEXT NOT NULL,
    weak      INTEGER NOT NULL,
    PRIMARY KEY (file_id, pos)
) WITHOUT ROWID;

-- The bindings, one per reference: consumer, the reference's position,
-- provider path and SONAME (NULL when unresolved), and the kind
-- (symbol | copy | host: bound in the host's context | unresolved).
CREATE VIEW IF NOT EXISTS bind AS
    SELECT r.file_id AS consumer_file, r.pos AS ref_pos, p.path AS provider_path,
           p.soname AS provider_soname,
           CASE WHEN r.provider_id IS NULL THEN 'unresolved'
                WHEN r.copy THEN 'copy'
                WHEN r.host_id IS NOT NULL THEN 'host' ELSE 'symbol' END AS kind
    FROM ref r LEFT JOIN provider p ON p.id = r.provider_id;
