//! How many bytes compat reads from a file, by what the file is for.
//!
//! The caps are far above any real file of each kind (the largest shared
//! libraries and debug files of a distribution are a few GiB; a real
//! `ld.so.cache` is below 1 MiB) and far below what would exhaust memory, so a
//! hostile or mistaken input gets a clear error instead of an out-of-memory
//! kill. Memory-mapped files are capped too: mapping costs no memory up front,
//! but the parsers touch what they map.

/// What a file is read for, and so how large it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// An ELF object or a separate debug file (memory-mapped).
    Elf,
    /// A dump or baseline written by `compat abi dump` (JSON).
    Dump,
    /// A C or C++ header read for `--public-headers`.
    Header,
    /// `ld.so.cache`.
    LdCache,
    /// `ld.so.conf` and the files it includes.
    LdConf,
    /// A Go source file.
    GoSource,
    /// `go.mod` or `go.work`.
    GoMod,
    /// `compat.toml` or a waiver file it names.
    Config,
    /// An OpenAPI description or a file one of its `$ref`s names (JSON or YAML).
    Contract,
    /// A JSON Schema document (`compat schema diff`, and the files its `$ref`s name).
    Schema,
    /// A JSON report of compat (`compat history import`).
    Report,
    /// The first bytes of a file, read to tell what it is.
    Sniff,
    /// A command-line surface: compat's JSON, cobra YAML, Azure CLI
    /// metadata or a `--help` snapshot.
    CliSurface,
    /// A list of paths, one a line (`compat index build --files-from`).
    FileList,
}

impl Limit {
    /// The most bytes a file read for this purpose may hold.
    pub const fn bytes(self) -> u64 {
        const MIB: u64 = 1 << 20;
        match self {
            Limit::Elf => 16 << 30,
            Limit::Dump => 1 << 30,
            Limit::Header => 64 * MIB,
            Limit::LdCache => 64 * MIB,
            Limit::LdConf => MIB,
            Limit::GoSource => 64 * MIB,
            Limit::GoMod => 16 * MIB,
            Limit::Config => 4 * MIB,
            // GitHub's dereferenced description is 63 MB; four times that.
            Limit::Contract => 256 * MIB,
            Limit::Schema => 256 * MIB,
            Limit::Report => 1 << 30,
            Limit::Sniff => 4096,
            Limit::CliSurface => 64 * MIB,
            Limit::FileList => 1 << 30,
        }
    }

    /// What the file is, in words, for error messages.
    pub const fn what(self) -> &'static str {
        match self {
            Limit::Elf => "an ELF file",
            Limit::Dump => "a compat dump",
            Limit::Header => "a header",
            Limit::LdCache => "an ld.so cache",
            Limit::LdConf => "an ld.so.conf file",
            Limit::GoSource => "a Go source file",
            Limit::GoMod => "a go.mod file",
            Limit::Config => "a compat.toml or waiver file",
            Limit::Contract => "an OpenAPI description",
            Limit::Schema => "a JSON Schema document",
            Limit::Report => "a compat report",
            Limit::Sniff => "a file",
            Limit::CliSurface => "a command-line surface",
            Limit::FileList => "a list of files",
        }
    }
}
