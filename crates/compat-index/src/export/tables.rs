//! The tables of an export, one per fact of the index: their columns (plain
//! integers and strings) and the SQL that reads their rows.

/// A column's type in the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A 64-bit integer, never null.
    Int,
    /// A UTF-8 string, never null.
    Text,
    /// A UTF-8 string, null when the index has none.
    OptText,
}

/// One exported table.
#[derive(Debug)]
pub struct Table {
    /// The directory under the export (`files`).
    pub name: &'static str,
    /// Names and types, in the order `sql` selects them.
    pub columns: &'static [(&'static str, Kind)],
    /// The query over the index.
    pub sql: &'static str,
}

use Kind::{Int, OptText, Text};

/// Every table of an export.
pub const TABLES: &[Table] = &[
    Table {
        name: "files",
        columns: &[
            ("file_id", Int),
            ("path", Text),
            ("size", Int),
            ("mtime_ns", Int),
            ("build_id", OptText),
            ("kind", Text),
            ("soname", OptText),
            ("machine", OptText),
            ("rpath", OptText),
            ("runpath", OptText),
            ("note", OptText),
        ],
        sql: "SELECT id, path, size, mtime_ns, build_id, kind, soname, machine, rpath, runpath, note \
              FROM elf_file ORDER BY id",
    },
    Table {
        name: "needed",
        columns: &[("file_id", Int), ("pos", Int), ("name", Text)],
        sql: "SELECT file_id, pos, name FROM needed ORDER BY file_id, pos",
    },
    Table {
        name: "definitions",
        columns: &[
            ("file_id", Int),
            ("pos", Int),
            ("symbol", Text),
            ("version", OptText),
            ("hidden", Int),
            ("kind", Text),
            ("size", Int),
        ],
        sql: "SELECT file_id, pos, name, version, hidden, kind, size FROM def ORDER BY file_id, pos",
    },
    Table {
        name: "references",
        columns: &[
            ("file_id", Int),
            ("pos", Int),
            ("symbol", Text),
            ("version", OptText),
            ("version_file", OptText),
            ("weak", Int),
            ("copy", Int),
            ("size", Int),
        ],
        sql: "SELECT r.file_id, r.pos, s.name, v.name, v.file, r.weak, r.copy, r.size \
              FROM ref r JOIN sym s ON s.id = r.sym_id LEFT JOIN version v ON v.id = r.version_id \
              ORDER BY r.file_id, r.pos",
    },
    Table {
        name: "bindings",
        columns: &[
            ("consumer_file", Int),
            ("ref_pos", Int),
            ("provider_path", OptText),
            ("provider_soname", OptText),
            ("kind", Text),
        ],
        sql: "SELECT consumer_file, ref_pos, provider_path, provider_soname, kind \
              FROM bind ORDER BY consumer_file, ref_pos",
    },
];
