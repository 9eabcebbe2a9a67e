-- The compat index (compat-index): every ELF file of the paths indexed, what it
-- defines and references, and where glibc's ld.so (compat-ld's model, each
-- file on its own as `ldd -r` loads it) binds each reference.
-- Schema version: see SCHEMA_VERSION in schema.rs (PRAGMA user_version).

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

CREATE TABLE IF NOT EXISTS needed (
    file_id   INTEGER NOT NULL REFERENCES elf_file(id) ON DELETE CASCADE,
    pos       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (file_id, pos)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS needed_name ON needed(name);

-- Symbol names, interned.
CREATE TABLE IF NOT EXISTS sym (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE
);

-- Dynamic symbols a file defines.
CREATE TABLE IF NOT EXISTS def (
    id        INTEGER PRIMARY KEY,
    file_id   INTEGER NOT NULL REFERENCES elf_file(id) ON DELETE CASCADE,
    sym_id    INTEGER NOT NULL REFERENCES sym(id),
    version   TEXT,
    hidden    INTEGER NOT NULL,    -- a non-default version (name@VERSION)
    kind      TEXT NOT NULL,
    size      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS def_file ON def(file_id);

-- References: undefined dynamic symbols, and the definitions a copy
-- relocation copies (copy = 1, size = the size linked against).
CREATE TABLE IF NOT EXISTS ref (
    id            INTEGER PRIMARY KEY,
    file_id       INTEGER NOT NULL REFERENCES elf_file(id) ON DELETE CASCADE,
    sym_id        INTEGER NOT NULL REFERENCES sym(id),
    version       TEXT,
    version_file  TEXT,            -- the NEEDED name the version need names
    weak          INTEGER NOT NULL,
    copy          INTEGER NOT NULL,
    size          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ref_file ON ref(file_id);

-- Version needs (.gnu.version_r): file (a NEEDED name) and version.
CREATE TABLE IF NOT EXISTS version_need (
    file_id   INTEGER NOT NULL REFERENCES elf_file(id) ON DELETE CASCADE,
    file      TEXT NOT NULL,
    version   TEXT NOT NULL,
    weak      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS version_need_by ON version_need(file, version);
CREATE INDEX IF NOT EXISTS version_need_file ON version_need(file_id);

-- The bindings compat's loader model resolves, one per reference: the
-- provider's path and SONAME, both NULL when nothing defines it.
CREATE TABLE IF NOT EXISTS bind (
    consumer_file    INTEGER NOT NULL REFERENCES elf_file(id) ON DELETE CASCADE,
    ref_id           INTEGER NOT NULL REFERENCES ref(id) ON DELETE CASCADE,
    provider_path    TEXT,
    provider_soname  TEXT,
    kind             TEXT NOT NULL  -- symbol | copy | unresolved
);
CREATE INDEX IF NOT EXISTS bind_provider ON bind(provider_soname, consumer_file);
CREATE INDEX IF NOT EXISTS bind_provider_path ON bind(provider_path);
CREATE INDEX IF NOT EXISTS bind_consumer ON bind(consumer_file);
