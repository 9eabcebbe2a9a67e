//! The command-line definition. One table of flags feeds `--help`, the man
//! page (`compat man`) and shell completions (`compat completions`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// compat: tells what will break before you ship or upgrade.
#[derive(Debug, Parser)]
#[command(name = "compat", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Output options shared by every command.
#[derive(Debug, Clone, Default, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, global = true)]
    pub format: Option<FormatArg>,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE", global = true)]
    pub output: Option<PathBuf>,
    /// Text output: list root causes down to LEVEL; the rest is counted on
    /// one line [default: warning, or info with --verbose]. The other
    /// formats carry every finding.
    #[arg(long, value_enum, value_name = "LEVEL", global = true)]
    pub show: Option<ShowArg>,
    /// Text output: list everything in full (every severity, every symbol,
    /// every folded finding).
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
    /// SARIF output: also carry the findings a waiver accepted, marked as
    /// suppressed [default: none, because code scanning shows suppressed
    /// results as open alerts].
    #[arg(long, value_enum, value_name = "WHICH", global = true)]
    pub sarif_include: Option<SarifIncludeArg>,
}

/// Which accepted findings a SARIF log carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SarifIncludeArg {
    /// Only the findings that count.
    None,
    /// Waived findings too, each with an external suppression.
    Waived,
}

/// The least severe findings listed in text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowArg {
    /// Breaking findings only.
    Breaking,
    /// Breaking findings and warnings.
    Warning,
    /// Everything, info findings included.
    Info,
}

/// Where type information comes from (DWARF).
#[derive(Debug, Clone, Args)]
pub struct TypeArgs {
    /// Directory of separate debug files (build-id and debug-link layouts);
    /// /usr/lib/debug when not given. A directory given must exist.
    #[arg(long, value_name = "DIR")]
    pub debug_dir: Option<PathBuf>,
    /// Only types declared under DIR are public: a change to another type
    /// that consumers reach only through pointers is not breaking.
    #[arg(long, value_name = "DIR")]
    pub public_headers: Option<PathBuf>,
    /// Compare symbols only, ignoring debug information.
    #[arg(long)]
    pub no_types: bool,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Human-readable text (coloured on a terminal; NO_COLOR honoured).
    Text,
    /// The versioned JSON report.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub-flavoured Markdown (at most 65,536 characters).
    Markdown,
    /// JUnit XML: a test suite per component, a test case per finding.
    Junit,
    /// GitLab Code Quality (JSON array of issues).
    Gitlab,
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// ELF ABI: dump a baseline, diff two versions, check binaries against libraries.
    #[command(subcommand)]
    Abi(AbiCommand),
    /// Go: build constraints, per-target file sets, cgo exports.
    #[command(subcommand)]
    Go(GoCommand),
    /// List the rule catalog.
    Rules {
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Print a rule's documentation.
    Explain {
        /// The rule id (see `compat rules`).
        rule: String,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) generated from this command-line definition.
    Man,
}

/// `compat abi ...`
#[derive(Debug, Subcommand)]
pub enum AbiCommand {
    /// Write the ABI baseline of an ELF file (JSON by default).
    Dump {
        /// The ELF file.
        file: PathBuf,
        #[command(flatten)]
        types: TypeArgs,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Compare two versions of a library; each is an ELF file or a dump.
    Diff {
        /// The old version (ELF file or `compat abi dump` output).
        old: PathBuf,
        /// The new version (ELF file or `compat abi dump` output).
        new: PathBuf,
        #[command(flatten)]
        types: TypeArgs,
        /// Public headers of the old version, when they differ from --public-headers.
        #[arg(long, value_name = "DIR")]
        old_public_headers: Option<PathBuf>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Load each file's dependencies as glibc's ld.so would and bind every reference.
    Check {
        /// ELF files or directories (every ELF file under a directory is checked).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Use this library: `PATH` for the SONAME it declares, `NAME=PATH` wherever NAME is needed.
        #[arg(long = "lib", value_name = "PATH|NAME=PATH")]
        libs: Vec<String>,
        /// Directories searched like LD_LIBRARY_PATH (the environment is never read).
        #[arg(long = "library-path", short = 'L', value_name = "DIR")]
        library_path: Vec<PathBuf>,
        /// Read absolute paths, ld.so.conf and ld.so.cache from this root.
        #[arg(long, value_name = "DIR")]
        sysroot: Option<PathBuf>,
        /// Check every file on its own, as `ldd -r` does, instead of each shared library in the context of the files that load or host it.
        #[arg(long)]
        standalone: bool,
        #[command(flatten)]
        out: OutputArgs,
    },
}

/// `compat go ...`
#[derive(Debug, Subcommand)]
pub enum GoCommand {
    /// Lint build constraints (//go:build, // +build) and cgo //export comments.
    Buildtags {
        /// Directories (walked as `go list ./...` does, vendor included) or .go files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Go release whose GOOS/GOARCH lists apply (default: the newest known).
        #[arg(long = "go", value_name = "1.N")]
        go_version: Option<String>,
        /// Rewrite the constraint lines as gofmt does (and as `go fix` does in modules at go 1.18+), then report what remains.
        #[arg(long, conflicts_with = "diff")]
        fix: bool,
        /// Print what --fix would change as a unified diff and write nothing (exit status 1 when there is a change).
        #[arg(long)]
        diff: bool,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// The files Go builds for each package and target, equal to `go list`.
    Targets {
        /// Directories (walked as `go list ./...` does, vendor included).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// A target GOOS/GOARCH (repeatable; default: linux/amd64).
        #[arg(
            long = "target",
            value_name = "GOOS/GOARCH",
            conflicts_with = "all_targets"
        )]
        targets: Vec<String>,
        /// Every target of the Go release (`go tool dist list`).
        #[arg(long)]
        all_targets: bool,
        /// Extra build tags, comma-separated.
        #[arg(long, value_delimiter = ',')]
        tags: Vec<String>,
        /// Go release (default: the newest known).
        #[arg(long = "go", value_name = "1.N")]
        go_version: Option<String>,
        /// Build with cgo (default: as the go command here: on for a native build where the release enables it, off when cross-compiling).
        #[arg(long, conflicts_with = "no_cgo")]
        cgo: bool,
        /// Build without cgo.
        #[arg(long)]
        no_cgo: bool,
        /// Compiler tag.
        #[arg(long, default_value = "gc", value_parser = ["gc", "gccgo"])]
        compiler: String,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Check cgo //export declarations against the c-shared library built from them.
    Exports {
        /// The Go package directory (or tree) with the cgo files.
        path: PathBuf,
        /// The c-shared library built from it.
        #[arg(long)]
        lib: PathBuf,
        /// A previous build of the library, or its `compat abi dump`.
        #[arg(long)]
        baseline: Option<PathBuf>,
        #[command(flatten)]
        out: OutputArgs,
    },
}
