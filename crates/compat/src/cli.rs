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
    /// Write the output to FILE instead of standard output; or, as
    /// FORMAT=PATH (repeatable), also write the report as FORMAT to PATH:
    /// one analysis, every format (`-o json=compat.json -o sarif=compat.sarif`).
    #[arg(long = "output", short = 'o', value_name = "FILE|FORMAT=PATH", global = true, value_parser = parse_output)]
    pub outputs: Vec<OutputTarget>,
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

/// One `-o` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputTarget {
    /// `-o FILE`: the output, in `--format`, goes to FILE instead of standard output.
    File(PathBuf),
    /// `-o FORMAT=PATH`: the report is also written as FORMAT to PATH.
    Formatted(FormatArg, PathBuf),
}

/// Reads `FILE` or `FORMAT=PATH` (a name of lower-case letters before `=`
/// is a format; `./json=x` names a file).
fn parse_output(text: &str) -> Result<OutputTarget, String> {
    if let Some((name, path)) = text.split_once('=') {
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase()) {
            let fmt = FormatArg::from_str(name, false).map_err(|_| {
                let known: Vec<String> = FormatArg::value_variants()
                    .iter()
                    .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
                    .collect();
                format!(
                    "unknown format {name:?} (one of {}); write ./{text} for a file of that name",
                    known.join(", ")
                )
            })?;
            if path.is_empty() {
                return Err(format!("no path after {name}="));
            }
            return Ok(OutputTarget::Formatted(fmt, PathBuf::from(path)));
        }
    }
    if text.is_empty() {
        return Err("empty output path".into());
    }
    Ok(OutputTarget::File(PathBuf::from(text)))
}

impl OutputArgs {
    /// The `-o FILE` the output goes to instead of standard output (the last one given).
    pub fn file(&self) -> Option<&std::path::Path> {
        self.outputs.iter().rev().find_map(|o| match o {
            OutputTarget::File(p) => Some(p.as_path()),
            OutputTarget::Formatted(..) => None,
        })
    }

    /// The `-o FORMAT=PATH` targets, in order.
    pub fn formatted(&self) -> impl Iterator<Item = (FormatArg, &std::path::Path)> {
        self.outputs.iter().filter_map(|o| match o {
            OutputTarget::Formatted(f, p) => Some((*f, p.as_path())),
            OutputTarget::File(_) => None,
        })
    }
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
    /// Go: build constraints, per-target file sets, cgo memory rules, cgo exports.
    #[command(subcommand)]
    Go(GoCommand),
    /// OpenAPI descriptions: what a new version breaks for the clients of the old.
    #[command(subcommand)]
    Openapi(OpenapiCommand),
    /// Command-line surfaces: what breaks a script between two versions of a CLI.
    #[command(subcommand)]
    Cli(CliCommand),
    /// JSON Schema: what a schema change breaks, with a counterexample document for each break.
    #[command(subcommand)]
    Schema(SchemaCommand),
    /// The index of ELF files and their ld.so bindings behind `compat impact`.
    #[command(subcommand)]
    Index(IndexCommand),
    /// Who breaks if a provider changes: every consumer in the index that binds it, judged against a candidate build (or a dropped version).
    #[command(disable_version_flag = true)]
    Impact(ImpactArgs),
    /// Check every component of compat.toml against its baseline and apply the project's policy (promises, waivers, deprecations).
    #[command(disable_version_flag = true)]
    Check(CheckArgs),
    /// Rewrite the committed baselines from the current artifacts.
    #[command(subcommand)]
    Baseline(BaselineCommand),
    /// Edit the waivers of compat.toml (comments and order kept).
    #[command(subcommand)]
    Waivers(WaiversCommand),
    /// The history store of compat check runs: import reports, prune old runs, list runs.
    #[command(subcommand)]
    History(HistoryCommand),
    /// Serve the dashboard of a history store over HTTP (read-only; loopback by default).
    #[command(disable_version_flag = true)]
    Serve(ServeArgs),
    /// The dashboard of a history store as static files.
    #[command(subcommand)]
    Dashboard(DashboardCommand),
    /// Prometheus metrics of the history store (components' states, findings, waivers, deprecations) for node_exporter's textfile collector.
    #[command(disable_version_flag = true)]
    Metrics(MetricsArgs),
    /// Show the finding (rule, component and subject fields) a fingerprint stands for.
    ExplainFingerprint {
        /// The fingerprint (compat:v1:...).
        fingerprint: String,
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// The project file, compat.toml: validate it, show the effective policy.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Write a commented compat.toml for the ELF files and Go modules found under DIR.
    Init {
        /// The project directory (default: the current directory); target/, .git/,
        /// node_modules/, vendor/ and testdata/ are skipped.
        dir: Option<PathBuf>,
        /// Overwrite an existing compat.toml.
        #[arg(long)]
        force: bool,
    },
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

/// The project file and the day it is judged on.
#[derive(Debug, Clone, Args)]
pub struct ProjectArgs {
    /// The project file (default: compat.toml in this directory or the nearest above it, up to the repository root).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Judge waivers and deprecations on this day (YYYY-MM-DD, UTC) instead of today; COMPAT_NOW does the same.
    #[arg(long, value_name = "DATE")]
    pub now: Option<String>,
}

/// `compat baseline ...`
#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write each component's baseline.main from its artifact (findings baselines with --findings).
    #[command(disable_version_flag = true)]
    Update {
        /// Components to update (default: all).
        components: Vec<String>,
        #[command(flatten)]
        project: ProjectArgs,
        /// Write nothing; exit 1 when a baseline would change (a CI guard).
        #[arg(long)]
        check: bool,
        /// Accept the breaking changes no promise allows, writing a release-scoped waiver for each.
        #[arg(long, requires = "reason")]
        accept_breaking: bool,
        /// Why the breaking changes are accepted (with --accept-breaking).
        #[arg(long, value_name = "TEXT", requires = "accept_breaking")]
        reason: Option<String>,
        /// Owner of the waivers written (default: the component's owner, else git's user.email).
        #[arg(long, value_name = "OWNER")]
        owner: Option<String>,
        /// Update the findings baselines of state checks instead (they only shrink unless --grow).
        #[arg(long)]
        findings: bool,
        /// With --findings: also accept new findings.
        #[arg(long, requires = "findings")]
        grow: bool,
        /// The candidate's version (overrides the promise's version_from).
        #[arg(long = "version", value_name = "VERSION")]
        version: Option<String>,
    },
}

/// `compat waivers ...`
#[derive(Debug, Subcommand)]
pub enum WaiversCommand {
    /// Remove the waivers that are unused or expired.
    Prune {
        #[command(flatten)]
        project: ProjectArgs,
        /// Print what would be removed; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Extend a waiver (within max_waiver_days) with a new reason.
    Renew {
        /// The waiver's id.
        id: String,
        /// Its new last day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        until: String,
        /// Why it is still needed.
        #[arg(long, value_name = "TEXT")]
        reason: String,
        #[command(flatten)]
        project: ProjectArgs,
    },
}

/// `compat check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Components to check (default: every component of compat.toml).
    pub components: Vec<String>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Which committed baseline to compare with.
    #[arg(long, value_enum, default_value = "main")]
    pub baseline: BaselineArg,
    /// The candidate's version (overrides the promise's version_from).
    #[arg(long = "version", value_name = "VERSION")]
    pub version: Option<String>,
    /// Also record the run in the history store (see --store).
    #[arg(long)]
    pub record: bool,
    /// The history store for --record: sqlite:PATH, a path, or postgres://... [default: COMPAT_STORE, else [project] history, else .compat/history.db next to compat.toml].
    #[arg(long, value_name = "URL", requires = "record")]
    pub store: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// Where the history store is.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// The store: sqlite:PATH, a path, or postgres://... [default: COMPAT_STORE, else [project] history of compat.toml, else .compat/history.db next to it].
    #[arg(long, value_name = "URL")]
    pub store: Option<String>,
    /// The project file whose [project] history names the store (default: compat.toml in this directory or the nearest above it).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `compat metrics`
#[derive(Debug, Clone, Args)]
pub struct MetricsArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Write the metrics to FILE (atomically: a temporary file beside it, renamed over it, so a collector never reads half a file) instead of standard output.
    #[arg(long = "output", short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write OpenMetrics 1.0 (ends with `# EOF`) instead of the Prometheus text format 0.0.4 (what node_exporter's textfile collector reads).
    #[arg(long)]
    pub openmetrics: bool,
    /// Judge waivers and deprecations on this day (YYYY-MM-DD, UTC) instead of today; COMPAT_NOW does the same.
    #[arg(long, value_name = "DATE")]
    pub now: Option<String>,
    /// The series budget: families that do not fit are left out whole and counted in compat_metrics_series_dropped.
    #[arg(long, value_name = "N", default_value_t = compat_metrics::DEFAULT_MAX_SERIES)]
    pub max_series: usize,
}

/// `compat history ...`
#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// Record compat check reports (JSON) made elsewhere; a report already recorded is skipped.
    Import {
        /// The reports (`compat check -o json=FILE`).
        #[arg(required = true, value_name = "REPORT.json")]
        reports: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Delete the runs that started more than N days ago, with their results and findings.
    Prune {
        /// How many days of runs to keep.
        #[arg(long, value_name = "N")]
        keep_days: u32,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// List the recorded runs, newest first.
    Runs {
        /// Only this project's runs.
        #[arg(long, value_name = "NAME")]
        project: Option<String>,
        /// At most N runs.
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: u32,
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        out: OutputArgs,
    },
}

/// What the dashboard shows (`compat serve`, `compat dashboard build`).
#[derive(Debug, Clone, Args)]
pub struct DashboardArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// The project shown [default: the one with the newest run].
    #[arg(long, value_name = "NAME")]
    pub project: Option<String>,
    /// An index made by `compat index build`: the impact page and each component's consumers.
    #[arg(long, value_name = "INDEX.db")]
    pub index: Option<PathBuf>,
    /// Count days left from this day (YYYY-MM-DD, UTC) instead of today; COMPAT_NOW does the same.
    #[arg(long, value_name = "DATE")]
    pub now: Option<String>,
}

/// `compat serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub dashboard: DashboardArgs,
    /// The address to listen on (port 0: any free port, printed at start).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Listen on an address other than loopback (anyone who reaches it reads the store).
    #[arg(long)]
    pub allow_non_loopback: bool,
}

/// `compat dashboard ...`
#[derive(Debug, Subcommand)]
pub enum DashboardCommand {
    /// Write every page (HTML and JSON) of the dashboard into a directory.
    Build {
        #[command(flatten)]
        dashboard: DashboardArgs,
        /// The directory to write (made when missing; files are replaced one by one, atomically).
        #[arg(long = "output", short = 'o', value_name = "DIR")]
        output: PathBuf,
    },
}

/// Which committed baseline `compat check` compares with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BaselineArg {
    /// baseline.main: the interface on the default branch.
    Main,
    /// baseline.release: the interface of the last release.
    Release,
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
        /// Find the new version's dependencies (whose version definitions say which versions are base) as ld.so would in this root [default: this system].
        #[arg(long, value_name = "DIR")]
        sysroot: Option<PathBuf>,
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

/// Which project file to read.
#[derive(Debug, Clone, Args)]
pub struct ConfigArgs {
    /// The project file [default: the compat.toml found by walking up from the
    /// current directory, stopping at the repository root].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Formats of `compat config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConfigFormat {
    /// A table per component.
    Text,
    /// One JSON object.
    Json,
}

/// `compat config ...`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate compat.toml and its waiver files; every fault is one
    /// `FILE:LINE:COL: message` line (exit 2).
    Check {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Print the effective policy of the project and of each component, with
    /// the origin of every value (default, project, component).
    Show {
        #[command(flatten)]
        config: ConfigArgs,
        /// Output format.
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ConfigFormat,
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
    /// Check cgo's memory rules in the source: C.CString/C.CBytes results not freed on some
    /// path, Go pointers passed to or stored in C memory, Pinners left pinned, //export
    /// functions returning Go pointers, export directives cgo ignores.
    Cgo {
        /// Directories (walked as `go list ./...` does, vendor included) or .go files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// A C function (without `C.`) that takes ownership of a pointer passed to it and
        /// frees it later, so passing a C.CString result to it is no leak (repeatable).
        #[arg(long = "takes-ownership", value_name = "NAME")]
        takes_ownership: Vec<String>,
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
    /// What moving a module's go line to a newer Go changes: toolchains, each file's language version, loop variables, GODEBUG defaults.
    Upgrade {
        /// Module directories (a directory without go.mod: every module below it).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The new go line (1.22, 1.22.3).
        #[arg(long, value_name = "VERSION")]
        to: String,
        /// The old go line (default: each module's go line).
        #[arg(long, value_name = "VERSION")]
        from: Option<String>,
        #[command(flatten)]
        out: OutputArgs,
    },
}

/// `compat openapi ...`
#[derive(Debug, Subcommand)]
pub enum OpenapiCommand {
    /// Compare two versions of an OpenAPI description (Swagger 2.0, OpenAPI
    /// 3.0 or 3.1; JSON or YAML, multi-file through relative `$ref`s); exit 1 when
    /// the new one breaks clients of the old.
    Diff(OpenapiDiffArgs),
}

/// `compat openapi diff`.
#[derive(Debug, Args)]
pub struct OpenapiDiffArgs {
    /// The old description: a file, or REV:PATH for the file at a git revision
    /// (`v1.2.0:api/openapi.json`; its `$ref`d files are read at the same revision).
    pub old: String,
    /// The new description (a file or REV:PATH).
    pub new: String,
    /// The least days between deprecating an operation and removing it, for
    /// one `x-stability-level` (`--window stable=180 --window beta=30`).
    #[arg(long = "window", value_name = "LEVEL=DAYS")]
    pub windows: Vec<String>,
    /// The window of operations whose level has no --window [default: 0].
    #[arg(long, value_name = "DAYS")]
    pub default_window: Option<u32>,
    /// Judge sunsets and windows on this day (YYYY-MM-DD, UTC) instead of today; COMPAT_NOW does the same.
    #[arg(long, value_name = "DATE")]
    pub now: Option<String>,
    /// Also list the compatible changes (additions, deprecations, relaxed schemas): a changelog.
    #[arg(long)]
    pub changelog: bool,
    /// The steps of work each sender and direction's schema comparisons may take; the schemas
    /// left past it are reported not compared (a warning). Counted in work, not time, so every
    /// run says the same.
    #[arg(long, value_name = "STEPS", default_value_t = compat_openapi::engine::MAX_LANE_WORK, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub max_work: usize,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// What a surface input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SurfaceFormatArg {
    /// Decide from the content (compat JSON, Azure CLI metadata, cobra YAML, a usage spec, else
    /// help text).
    Auto,
    /// compat's surface JSON (`compat cli surface` output).
    Compat,
    /// Azure CLI command metadata (azure-cli-diff-tool's input).
    Azure,
    /// cobra's YAML documentation (`doc.GenYamlTree`): one file, or the directory.
    Cobra,
    /// A `--help` snapshot (GNU style).
    Help,
    /// A usage spec (jdx/usage's KDL, what clap_usage writes from a clap Command).
    Usage,
}

/// `compat cli ...`
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Compare two command-line surfaces: removed or renamed commands and flags, changed
    /// types and defaults, newly required flags, removed choices and environment variables,
    /// and removals of deprecated elements judged against the deprecation window.
    #[command(disable_version_flag = true)]
    Diff {
        /// The old surface: a file (compat JSON, Azure CLI metadata, cobra YAML docs or a --help snapshot), a directory of cobra YAML docs, or REV:PATH read from git.
        old: String,
        /// The new surface, as OLD.
        new: String,
        /// How long a deprecated element must keep working: months (18m), days (540) or
        /// kubernetes (GA 12 months and 2 releases, beta 3 months and 1 release, alpha none).
        #[arg(long, value_name = "18m|kubernetes|DAYS", default_value = "18m")]
        window: String,
        /// Judge deprecation windows on this day (YYYY-MM-DD, UTC) instead of today; COMPAT_NOW does the same.
        #[arg(long, value_name = "DATE", visible_alias = "now")]
        today: Option<String>,
        /// What the inputs are.
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "auto")]
        input_format: SurfaceFormatArg,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Write a command-line surface as compat's JSON: compat's own (--self), another input
    /// converted (--from), or a program's, read by running `PROGRAM [ARGS] --help` for it and
    /// every subcommand it lists (the one place compat runs a program: only with --help, a
    /// timeout, an output cap and a bound on depth and commands).
    #[command(disable_version_flag = true)]
    Surface {
        /// compat's own command line, from its clap definition.
        #[arg(long = "self", conflicts_with_all = ["from", "program"])]
        own: bool,
        /// Convert this input (compat JSON, Azure CLI metadata, a --help snapshot, REV:PATH).
        #[arg(long, value_name = "FILE", conflicts_with = "program")]
        from: Option<String>,
        /// What --from is.
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "auto")]
        input_format: SurfaceFormatArg,
        /// Write the surface to FILE (atomically) instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Write nothing; exit 1 when FILE (-o) differs from the surface (a CI guard).
        #[arg(long, requires = "output")]
        check: bool,
        /// Subcommand levels asked below the program.
        #[arg(long, value_name = "N", default_value_t = 3)]
        max_depth: usize,
        /// Help texts asked for in all.
        #[arg(long, value_name = "N", default_value_t = 500)]
        max_commands: usize,
        /// Seconds each `--help` may take before the program is killed.
        #[arg(long, value_name = "SECONDS", default_value_t = 10)]
        timeout: u64,
        /// The flag that asks for help (`-h` for programs whose --help opens a manual page, as git's subcommands do).
        #[arg(long, value_name = "FLAG", default_value = "--help", value_parser = ["--help", "-h"], allow_hyphen_values = true)]
        help_flag: String,
        /// The program and leading arguments (`-- git`, `-- python3 -m pip`).
        #[arg(last = true, value_name = "PROGRAM")]
        program: Vec<String>,
    },
}

/// `compat schema ...`
#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Compare two versions of a JSON Schema (drafts 4 to 2020-12) in a schema registry's compatibility mode.
    Diff {
        /// The old schema (the latest released one): a JSON or YAML file, or REV:PATH (the file at a git revision, its relative $refs read at the same revision; PATH from the repository's root, ./PATH from the working directory, as git reads them).
        old: String,
        /// The new schema: a file or REV:PATH.
        new: String,
        /// Which documents must keep passing: backward (old documents pass the new schema), forward (new documents pass the old one), full (both); the transitive modes check NEW against OLD and every --against schema.
        #[arg(long, value_enum, default_value = "backward")]
        mode: SchemaModeArg,
        /// An earlier schema for the transitive modes, a file or REV:PATH (repeatable: a revision list is one --against REV:PATH per revision).
        #[arg(long = "against", value_name = "OLD")]
        against: Vec<String>,
        /// strict (as Confluent's registry): a property declared where the old content model was open breaks; lenient allows it.
        #[arg(long, value_enum, default_value = "strict")]
        policy: SchemaPolicyArg,
        /// Read the remote $ref URL (or URL prefix ending in /) from PATH; remote URLs are never fetched (repeatable).
        #[arg(long = "ref-map", value_name = "URL=PATH")]
        ref_map: Vec<String>,
        /// OpenAPI 3.0 schemas: `nullable: true` adds null to the type.
        #[arg(long)]
        nullable: bool,
        #[command(flatten)]
        out: OutputArgs,
    },
}

/// `compat schema diff --mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaModeArg {
    /// Every document valid under OLD is valid under NEW.
    Backward,
    /// Every document valid under NEW is valid under OLD.
    Forward,
    /// Both.
    Full,
    /// Backward, against OLD and every --against.
    BackwardTransitive,
    /// Forward, against OLD and every --against.
    ForwardTransitive,
    /// Full, against OLD and every --against.
    FullTransitive,
}

/// `compat schema diff --policy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaPolicyArg {
    /// A property declared where the old content model was open breaks (Confluent's default).
    Strict,
    /// Allowed, reported as info.
    Lenient,
}

/// The default index file.
pub const DEFAULT_INDEX: &str = ".compat/index.db";

/// `compat index ...`
#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Record every ELF file under the paths: NEEDED, RPATH/RUNPATH, definitions, references and where ld.so binds each (incremental by size, mtime and build id).
    Build {
        /// ELF files or directories (every ELF file under a directory is indexed; links are not followed).
        #[arg(required_unless_present = "files_from")]
        paths: Vec<PathBuf>,
        /// Also the paths listed in FILE, one a line, taken whole (spaces kept; empty lines skipped): for more files than a command line holds.
        #[arg(long, value_name = "FILE")]
        files_from: Option<PathBuf>,
        /// The index file (SQLite), created when missing (`--store` is the same option).
        #[arg(long, visible_alias = "store", value_name = "FILE", default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Record every file on its own, as `ldd -r` loads it, instead of binding a shared library's references that only a host provides in the context of the file of the index that hosts it.
        #[arg(long)]
        standalone: bool,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Write the index's facts (files, needed, definitions, references, bindings) as Parquet tables, hive-partitioned by distribution, release and architecture, for DuckDB, Trino or Spark.
    Export(IndexExportArgs),
}

/// `compat index export`.
#[derive(Debug, Args)]
pub struct IndexExportArgs {
    /// The export directory: DIR/<table>/distribution=D/release=R/architecture=A/part-0.parquet (other partitions in it are kept).
    #[arg(long, value_name = "DIR")]
    pub parquet: PathBuf,
    /// The index file (`compat index build`).
    #[arg(long, value_name = "FILE", default_value = DEFAULT_INDEX)]
    pub index: PathBuf,
    /// The distribution partition [default: ID of the indexed tree's /etc/os-release, else the host's].
    #[arg(long, value_name = "D")]
    pub distribution: Option<String>,
    /// The release partition [default: VERSION_ID of that os-release].
    #[arg(long, value_name = "R")]
    pub release: Option<String>,
    /// The architecture partition [default: the Debian name of the indexed files' ELF machine].
    #[arg(long, value_name = "A")]
    pub architecture: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// `compat impact`.
#[derive(Debug, Args)]
pub struct ImpactArgs {
    /// The provider and its candidate: `SONAME=CANDIDATE` (`libz.so.1=build/libz.so.1`), or `SONAME` alone with --drop-version.
    #[arg(long, value_name = "SONAME=CANDIDATE")]
    pub provider: String,
    /// Instead of a candidate: the provider stops defining this version (`GLIBC_2.34`); answered from the index alone.
    #[arg(long, value_name = "VERSION")]
    pub drop_version: Option<String>,
    /// The index file (`compat index build`).
    #[arg(long, value_name = "FILE", default_value = DEFAULT_INDEX)]
    pub index: PathBuf,
    /// Insist on type findings: a provider or candidate without debug information is an error [default: used when both have it].
    #[arg(long, conflicts_with = "no_dwarf")]
    pub dwarf: bool,
    /// Loader findings only, no type findings.
    #[arg(long)]
    pub no_dwarf: bool,
    /// A project file whose waivers cover consumers' impact findings (a waiver of `impact-*` rules naming the consumer); none by default.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Judge those waivers on this day (YYYY-MM-DD, UTC) instead of today; COMPAT_NOW does the same.
    #[arg(long, value_name = "DATE", requires = "config")]
    pub now: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}
