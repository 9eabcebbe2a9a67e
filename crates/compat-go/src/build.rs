//! Which files of a package directory `go list` reports for a target, as
//! Go 1.19's `go/build` (`Import`, `matchFile`, `goodOSArchFile`,
//! `shouldBuild`, `matchTag`) and the go command's `./...` walk decide.
//!
//! A [`Context`] is one target: GOOS, GOARCH, cgo on or off, the compiler,
//! extra build tags, the `goexperiment.*` tool tags the go command adds
//! and the release tags `go1.1` … `go1.N` of a [`Release`].
//! [`classify`] puts one file in a list, [`list`] does a whole directory
//! (reading the files in name order, as `go/build` does, because the first
//! file decides the package name), [`package_dirs`] finds the directories
//! `./...` visits and [`list_tree`] combines the two.
//!
//! What is reproduced, and what is not:
//! - the five lists `GoFiles`, `CgoFiles`, `TestGoFiles`, `XTestGoFiles`,
//!   `IgnoredGoFiles`, plus `InvalidGoFiles` (files with read, constraint,
//!   parse, package-name or cgo-in-test errors). `#cgo` directive errors
//!   (which add a cgo file to `InvalidGoFiles` too) are not checked;
//! - files whose names start with `_` or `.` and non-`.go` files are in no
//!   list ([`FileClass::Unlisted`]); symlinks to directories are skipped,
//!   symlinks to files are followed (a broken one is invalid);
//! - `go list ./...` (and `go list std` / `cmd`, which also go through
//!   `ImportDir`) does not list a directory whose files all fail the
//!   target's constraints (`build.NoGoError`) unless one is invalid;
//!   [`PackageFiles::listed_by_go_list`] tells this. `./...` also leaves
//!   out std's `builtin` (a pseudo-package); the `std` pattern leaves out
//!   `builtin` and, without cgo, `runtime/cgo` (which `./...` lists), `cmd`
//!   the `main` packages under `cmd/vendor`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use compat_fs::FsError;
use compat_report::Report;
use serde::Serialize;

use crate::constraint::parse_line_with;
use crate::error::{ConstraintError, Error};
use crate::facts::Release;
use crate::scan::{scan, SourceFile};

/// One build target, as `go/build.Context` holds it for the go command.
#[derive(Debug, Clone)]
pub struct Context {
    /// GOOS.
    pub goos: String,
    /// GOARCH.
    pub goarch: String,
    /// Whether cgo is enabled (`CGO_ENABLED`).
    pub cgo: bool,
    /// `gc` or `gccgo`.
    pub compiler: String,
    /// Extra tags (`-tags`).
    pub build_tags: Vec<String>,
    /// Tags the go command adds for the enabled `GOEXPERIMENT`s.
    /// [`Context::new`] sets Go 1.19's defaults whatever the release:
    /// `goexperiment.regabiwrappers` and `goexperiment.regabiargs` where
    /// the register ABI is on (amd64, arm64, ppc64, ppc64le, riscv64).
    /// Later releases enable other experiments by default; set them here.
    pub tool_tags: Vec<String>,
    /// The release whose `go1.N` tags, GOOS/GOARCH names and `unix` list
    /// apply.
    pub release: &'static Release,
    /// Reproduce the Go 1.19 go command's module index (`cmd/go/internal/
    /// modindex`) rather than plain `go/build`. `go list` reads a package
    /// directory through the index whenever all its entries are regular
    /// files at least 2 s old (and `GODEBUG=goindex=0` is not set), which is
    /// the usual case, so this is the default ([`list`] falls back to plain
    /// `go/build` for other directories, as the go command does). The two
    /// differ only for
    /// broken files: with the index a read error or several `//go:build`
    /// lines make a file invalid even when its name excludes it, a parse
    /// error makes it invalid even when excluded, and a `//go:build` line
    /// that does not parse stops the directory there (the files after it,
    /// in name order, are in no list).
    pub module_index: bool,
}

impl Context {
    /// The context `go list` uses for `goos`/`goarch` with no other
    /// settings, except that cgo is the target's own default (as for a
    /// native build: `cmd/dist`'s `cgoEnabled`), whatever the host is.
    pub fn new(goos: &str, goarch: &str, release: &'static Release) -> Context {
        let cgo = release
            .cgo_default
            .iter()
            .any(|&(o, a)| o == goos && a == goarch);
        let regabi = matches!(goarch, "amd64" | "arm64" | "ppc64" | "ppc64le" | "riscv64");
        let tool_tags = if regabi {
            vec![
                "goexperiment.regabiwrappers".to_string(),
                "goexperiment.regabiargs".to_string(),
            ]
        } else {
            Vec::new()
        };
        Context {
            goos: goos.to_string(),
            goarch: goarch.to_string(),
            cgo,
            compiler: "gc".to_string(),
            build_tags: Vec::new(),
            tool_tags,
            release,
            module_index: true,
        }
    }

    /// `go/build`'s `matchTag`: whether `tag` holds for this target.
    pub fn matches(&self, tag: &str) -> bool {
        if self.cgo && tag == "cgo" {
            return true;
        }
        if tag == self.goos || tag == self.goarch || tag == self.compiler {
            return true;
        }
        match (self.goos.as_str(), tag) {
            ("android", "linux") | ("illumos", "solaris") | ("ios", "darwin") => return true,
            _ => {}
        }
        if tag == "unix" && self.release.unix_os.contains(&self.goos.as_str()) {
            return true;
        }
        let tag = if tag == "boringcrypto" {
            "goexperiment.boringcrypto"
        } else {
            tag
        };
        if self.build_tags.iter().any(|t| t == tag) || self.tool_tags.iter().any(|t| t == tag) {
            return true;
        }
        // Release tags: exactly "go1." + decimal N for 1 <= N <= minor.
        if let Some(n) = tag.strip_prefix("go1.") {
            if !n.is_empty() && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(n) = n.parse::<u64>() {
                    return n >= 1 && n <= u64::from(self.release.minor);
                }
            }
        }
        false
    }

    /// `go/build`'s `goodOSArchFile`: false when the name (before its first
    /// `.`, after its first `_`) ends in `_GOOS`, `_GOARCH` or
    /// `_GOOS_GOARCH` (optionally followed by `_test`) of a known GOOS /
    /// GOARCH that does not match.
    pub fn good_os_arch_file(&self, name: &str) -> bool {
        let name = name.split('.').next().unwrap_or("");
        let Some(i) = name.find('_') else {
            return true;
        };
        let mut l: Vec<&str> = name[i..].split('_').collect();
        if l.last() == Some(&"test") {
            l.pop();
        }
        let n = l.len();
        let os = |t: &str| self.release.known_os.contains(&t);
        let arch = |t: &str| self.release.known_arch.contains(&t);
        if n >= 2 && os(l[n - 2]) && arch(l[n - 1]) {
            return self.matches(l[n - 1]) && self.matches(l[n - 2]);
        }
        if n >= 1 && (os(l[n - 1]) || arch(l[n - 1])) {
            return self.matches(l[n - 1]);
        }
        true
    }

    /// `go/build`'s `shouldBuild` over a scanned file's header lines: the
    /// `//go:build` line if there is one, else every `// +build` line (a
    /// line that does not parse is skipped). Errors are those `go/build`
    /// reports: several `//go:build` lines, or one that does not parse.
    pub fn should_build(&self, src: &SourceFile) -> Result<bool, ConstraintError> {
        let eval = |line: &str| {
            parse_line_with(line, self.release.limits).map(|x| x.eval(&mut |t| self.matches(t)))
        };
        match src.header_go_build.as_slice() {
            [] => {
                let mut ok = true;
                for l in &src.header_plus_build {
                    if let Ok(false) = eval(&l.text) {
                        ok = false;
                    }
                }
                Ok(ok)
            }
            [one] => eval(&one.text).map_err(ConstraintError::Syntax),
            _ => Err(ConstraintError::Multiple),
        }
    }
}

/// Where `go list` puts one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileClass {
    /// `GoFiles`.
    Go,
    /// `CgoFiles`: imports `"C"`, cgo enabled.
    Cgo,
    /// `TestGoFiles`.
    TestGo,
    /// `XTestGoFiles`: a `_test.go` file of package `<name>_test`.
    XTestGo,
    /// `IgnoredGoFiles`: excluded by its name or constraints, a cgo file
    /// with cgo disabled, or package `documentation`.
    Ignored,
    /// Only in `InvalidGoFiles`: unreadable (NUL bytes), several
    /// `//go:build` lines, or a `//go:build` line that does not parse
    /// (with [`Context::module_index`], that last one is in no list at all
    /// and ends the directory's listing).
    Invalid(String),
    /// In no list: not a `.go` file, or a name starting with `_` or `.`.
    Unlisted,
}

/// The full decision for one file.
struct Decision {
    class: FileClass,
    /// The package name the file contributes (`_test` stripped for an
    /// xtest), when it reached `go/build`'s package-name step.
    pkg: Option<String>,
    /// Errors that put the file in `InvalidGoFiles` while keeping it in
    /// its list.
    problems: Vec<String>,
    /// With the module index: the directory's listing stops here.
    stop: bool,
}

fn decide(ctx: &Context, name: &str, src: Option<&SourceFile>, pkg: Option<&str>) -> Decision {
    let mut problems = Vec::new();
    let d = |class, problems| Decision {
        class,
        pkg: None,
        problems,
        stop: false,
    };
    if !name.ends_with(".go") || name.starts_with('_') || name.starts_with('.') {
        return d(FileClass::Unlisted, problems);
    }
    if ctx.module_index {
        // cmd/go/internal/modindex: file errors first, then the name, then
        // the constraints.
        let Some(src) = src else {
            return d(FileClass::Invalid("cannot read file".to_string()), problems);
        };
        if src.read_error {
            return d(
                FileClass::Invalid(src.error.clone().unwrap_or_default()),
                problems,
            );
        }
        if src.header_go_build.len() > 1 {
            return d(
                FileClass::Invalid("multiple //go:build comments".to_string()),
                problems,
            );
        }
        if let Some(e) = &src.error {
            problems.push(e.clone());
        }
        if !ctx.good_os_arch_file(name) {
            return d(FileClass::Ignored, problems);
        }
        match ctx.should_build(src) {
            Err(e) => {
                let mut x = d(FileClass::Invalid(e.to_string()), Vec::new());
                x.stop = true;
                return x;
            }
            Ok(false) => return d(FileClass::Ignored, problems),
            Ok(true) => {}
        }
    } else {
        if !ctx.good_os_arch_file(name) {
            return d(FileClass::Ignored, problems);
        }
        let Some(src) = src else {
            return d(FileClass::Invalid("cannot read file".to_string()), problems);
        };
        if src.read_error {
            return d(
                FileClass::Invalid(src.error.clone().unwrap_or_default()),
                problems,
            );
        }
        match ctx.should_build(src) {
            Err(e) => return d(FileClass::Invalid(e.to_string()), problems),
            Ok(false) => return d(FileClass::Ignored, problems),
            Ok(true) => {}
        }
        if let Some(e) = &src.error {
            problems.push(e.clone());
        }
    }
    let Some(src) = src else {
        return d(FileClass::Invalid("cannot read file".to_string()), problems);
    };
    let mut name_pkg = src.package.as_ref().map_or("", |(n, _)| n.as_str());
    if name_pkg == "documentation" {
        return d(FileClass::Ignored, problems);
    }
    let current = pkg.unwrap_or("");
    let is_test = name.ends_with("_test.go");
    let is_xtest = is_test && name_pkg.ends_with("_test") && current != name_pkg;
    if is_xtest {
        name_pkg = &name_pkg[..name_pkg.len() - "_test".len()];
    }
    let mut is_cgo = false;
    if src.imports_c() {
        if is_test {
            problems.push(format!("use of cgo in test {name} not supported"));
        } else {
            is_cgo = true;
        }
    }
    if !current.is_empty() && name_pkg != current {
        problems.push(format!(
            "found packages {current} and {name_pkg} in the same directory"
        ));
    }
    let class = if is_cgo {
        if ctx.cgo {
            FileClass::Cgo
        } else {
            FileClass::Ignored
        }
    } else if is_xtest {
        FileClass::XTestGo
    } else if is_test {
        FileClass::TestGo
    } else {
        FileClass::Go
    };
    Decision {
        class,
        pkg: Some(name_pkg.to_string()),
        problems,
        stop: false,
    }
}

/// Where `go list` puts `file_name` for `ctx`, given its scan and the
/// package name established by the files before it in the directory
/// (`None` or `""` when none yet). A file with a parse error or of another
/// package stays in its list (and is also in `InvalidGoFiles`; [`list`]
/// records that).
pub fn classify(ctx: &Context, file_name: &str, src: &SourceFile, pkg: Option<&str>) -> FileClass {
    decide(ctx, file_name, Some(src), pkg).class
}

/// The files `go list` reports for one package directory and target.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PackageFiles {
    /// The directory, slash-separated and relative to the walked root
    /// (`.` for the root; [`list`] alone always says `.`).
    pub dir: String,
    /// `GoFiles`.
    pub go_files: Vec<String>,
    /// `CgoFiles`.
    pub cgo_files: Vec<String>,
    /// `TestGoFiles`.
    pub test_go_files: Vec<String>,
    /// `XTestGoFiles`.
    pub xtest_go_files: Vec<String>,
    /// `IgnoredGoFiles`.
    pub ignored_go_files: Vec<String>,
    /// `InvalidGoFiles` (files may also be in one of the lists above).
    pub invalid_go_files: Vec<String>,
    /// The error `go list -e` reports for the directory when reading it
    /// stopped early (a `//go:build` line that does not parse, under the
    /// go command's module index).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The package name `go/build` settled on (the first file's), `""` if
    /// none.
    pub name: String,
}

impl PackageFiles {
    /// Whether `go list ./...` reports this directory for the target: it
    /// has a file to build, or an invalid file.
    pub fn listed_by_go_list(&self) -> bool {
        self.error.is_some()
            || !(self.go_files.is_empty()
                && self.cgo_files.is_empty()
                && self.test_go_files.is_empty()
                && self.xtest_go_files.is_empty()
                && self.invalid_go_files.is_empty())
    }
}

/// One package directory, read and scanned once, to be classified for any
/// number of targets ([`Package::files`]).
#[derive(Debug, Clone)]
pub struct Package {
    /// `.go` file names that go/build considers, sorted, with their scans
    /// or why the file could not be read (`is a FIFO`, `cannot read:
    /// Permission denied`).
    files: Vec<(String, Result<SourceFile, Arc<FsError>>)>,
    /// Whether the go command would read the directory through its module
    /// index: every non-directory entry a regular file at least 2 s old.
    indexable: bool,
}

impl Package {
    /// Reads `dir`; `None` if it has no `.go` file that `go/build` considers
    /// (names starting `_` or `.` do not count). Files are read with
    /// `compat_fs::read` (regular files only, at most
    /// [`compat_fs::Limit::GoSource`]): a FIFO or device is refused, never
    /// waited on. A file that cannot be read is kept, with the reason
    /// ([`Package::read_errors`]); `go list` fails on such a directory.
    pub fn load(dir: &Path) -> Result<Option<Package>, Error> {
        let read_dir_error = |source| Error::ReadDir {
            dir: dir.to_path_buf(),
            source,
        };
        let rd = std::fs::read_dir(dir).map_err(read_dir_error)?;
        let mut names = Vec::new();
        let cutoff = std::time::SystemTime::now() - std::time::Duration::from_secs(2);
        let mut indexable = true;
        for entry in rd {
            let entry = entry.map_err(read_dir_error)?;
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                continue;
            }
            let fresh_or_odd = entry
                .metadata()
                .map(|m| !m.is_file() || m.modified().map_or(true, |t| t > cutoff))
                .unwrap_or(true);
            if fresh_or_odd {
                indexable = false;
            }
            let path = entry.path();
            if ft.is_symlink() && std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".go") && !name.starts_with('_') && !name.starts_with('.') {
                names.push((name, path));
            }
        }
        if names.is_empty() {
            return Ok(None);
        }
        names.sort();
        let files = names
            .into_iter()
            .map(|(name, path)| {
                let src = compat_fs::read(&path, compat_fs::Limit::GoSource)
                    .map(|b| scan(&b))
                    .map_err(Arc::new);
                (name, src)
            })
            .collect();
        Ok(Some(Package { files, indexable }))
    }

    /// The files that could not be read, with the reason: `go list` fails
    /// on them (`open x.go: permission denied`), whatever the target.
    pub fn read_errors(&self) -> impl Iterator<Item = (&str, &FsError)> {
        self.files
            .iter()
            .filter_map(|(n, r)| r.as_ref().err().map(|e| (n.as_str(), &**e)))
    }

    /// The scan of the file `name`, when it was read.
    pub fn source(&self, name: &str) -> Option<&SourceFile> {
        self.files
            .iter()
            .find(|(f, _)| f == name)
            .and_then(|(_, src)| src.as_ref().ok())
    }

    /// The import paths of the named files of this package (for example the
    /// `go_files` and `cgo_files` of one target), sorted and unique.
    pub fn imports<'a>(&'a self, names: impl IntoIterator<Item = &'a String>) -> Vec<&'a str> {
        let mut out: Vec<&str> = names
            .into_iter()
            .filter_map(|n| self.files.iter().find(|(f, _)| f == n))
            .filter_map(|(_, src)| src.as_ref().ok())
            .flat_map(|src| src.imports.iter().map(|(p, _)| p.as_str()))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The files `go list` reports for this directory and `ctx` (with
    /// [`PackageFiles::dir`] set to `.`).
    pub fn files(&self, ctx: &Context) -> PackageFiles {
        let mut out = PackageFiles {
            dir: ".".to_string(),
            ..PackageFiles::default()
        };
        let mut pkg: Option<String> = None;
        let ctx = &Context {
            module_index: ctx.module_index && self.indexable,
            ..ctx.clone()
        };
        for (name, scanned) in &self.files {
            // Without the index, go/build reads only files whose name suits the target.
            let read = ctx.module_index || ctx.good_os_arch_file(name);
            let src = if read { scanned.as_ref().ok() } else { None };
            let d = decide(ctx, name, src, pkg.as_deref());
            if let (true, Err(e)) = (read, scanned) {
                // As `go list -e`: the package's error is the first read error.
                out.error
                    .get_or_insert_with(|| format!("{name}: {}", e.reason()));
            }
            if d.stop {
                if let FileClass::Invalid(e) = &d.class {
                    out.error = Some(format!("{name}: {e}"));
                }
                break;
            }
            if !d.problems.is_empty() {
                out.invalid_go_files.push(name.clone());
            }
            if let Some(p) = d.pkg {
                if pkg.as_deref().unwrap_or("").is_empty() {
                    pkg = Some(p);
                }
            }
            let name = name.clone();
            match d.class {
                FileClass::Go => out.go_files.push(name),
                FileClass::Cgo => out.cgo_files.push(name),
                FileClass::TestGo => out.test_go_files.push(name),
                FileClass::XTestGo => out.xtest_go_files.push(name),
                FileClass::Ignored => out.ignored_go_files.push(name),
                FileClass::Invalid(_) => {
                    if d.problems.is_empty() {
                        out.invalid_go_files.push(name);
                    }
                }
                FileClass::Unlisted => {}
            }
        }
        out.name = pkg.unwrap_or_default();
        out
    }
}

/// The files of `dir` for `ctx`, or `None` if `dir` has no `.go` file that
/// `go/build` considers (names starting `_` or `.` do not count).
pub fn list(dir: &Path, ctx: &Context) -> Result<Option<PackageFiles>, Error> {
    Ok(Package::load(dir)?.map(|p| p.files(ctx)))
}

/// The directories the go command visits for `./...` under `root`
/// (`root` first, then depth-first in name order): directories named
/// `testdata` or starting with `_` or `.` are skipped with their trees,
/// and so are nested modules (a directory other than `root` holding a
/// `go.mod` file), as `go list ./...` does. `vendor` directories are
/// included, unlike `go list ./...` in module mode (whose `...` never
/// matches a `vendor` element; `go list -mod=vendor ./vendor/...` lists
/// them). Symlinked directories are not followed; unreadable directories
/// are returned but not descended into.
pub fn package_dirs(root: &Path) -> Vec<PathBuf> {
    walk_dirs(root, true)
}

/// Like [`package_dirs`], but descends into nested modules too: every
/// directory of Go source under `root`, for linting a whole tree (Go's own
/// `src`, whose `cmd` is a module of its own).
pub fn source_dirs(root: &Path) -> Vec<PathBuf> {
    walk_dirs(root, false)
}

/// The `.go` files of the directories of [`source_dirs`] under each path
/// (or the path itself, when it names a file), in name order per directory,
/// each with the tree it was found in (the directory `--fix` may write in:
/// a named file's own directory). A path that is missing, or a directory
/// that cannot be listed, is an error of `report`. As go/build: directories,
/// and symbolic links to directories, are not source files whatever their
/// name; names starting with `_` or `.` are skipped.
pub(crate) fn go_files(paths: &[PathBuf], report: &mut Report) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for p in paths {
        if std::fs::metadata(p).is_ok_and(|m| !m.is_dir()) {
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            out.push((p.clone(), dir.to_path_buf()));
            continue;
        }
        if !p.is_dir() {
            report.error(p.display().to_string(), "no such file or directory");
            continue;
        }
        for dir in source_dirs(p) {
            match std::fs::read_dir(&dir) {
                Ok(rd) => {
                    let mut names: Vec<PathBuf> = rd
                        .flatten()
                        .filter(|e| {
                            let dir_or_link_to_dir = |t: std::fs::FileType| {
                                t.is_dir()
                                    || (t.is_symlink()
                                        && std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir()))
                            };
                            e.file_type().is_ok_and(|t| !dir_or_link_to_dir(t))
                        })
                        .map(|e| e.path())
                        .filter(|f| {
                            let n = f
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            n.ends_with(".go") && !n.starts_with('_') && !n.starts_with('.')
                        })
                        .collect();
                    names.sort();
                    out.extend(names.into_iter().map(|n| (n, p.clone())));
                }
                Err(e) => report.error(
                    dir.display().to_string(),
                    format!("cannot read directory: {e}"),
                ),
            }
        }
    }
    out
}

/// This machine's GOOS/GOARCH (the target of a native build).
pub fn host_target() -> (&'static str, &'static str) {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "x86" => "386",
        "aarch64" => "arm64",
        "powerpc64" if cfg!(target_endian = "little") => "ppc64le",
        "powerpc64" => "ppc64",
        "loongarch64" => "loong64",
        other => other,
    };
    (os, arch)
}

fn walk_dirs(root: &Path, skip_nested_modules: bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let mut subdirs = Vec::new();
        if let Ok(rd) = std::fs::read_dir(&dir) {
            for entry in rd.flatten() {
                let Ok(ft) = entry.file_type() else { continue };
                if !ft.is_dir() {
                    continue;
                }
                let name = entry.file_name();
                let n = name.to_string_lossy();
                if n.starts_with('.') || n.starts_with('_') || n == "testdata" {
                    continue;
                }
                let path = entry.path();
                if skip_nested_modules
                    && std::fs::symlink_metadata(path.join("go.mod")).is_ok_and(|m| m.is_file())
                {
                    continue;
                }
                subdirs.push(path);
            }
        }
        subdirs.sort();
        out.push(dir);
        stack.extend(subdirs.into_iter().rev());
    }
    out
}

/// [`list`] over every directory of [`package_dirs`]`(root)` that has Go
/// files, with [`PackageFiles::dir`] relative to `root`.
pub fn list_tree(root: &Path, ctx: &Context) -> Result<Vec<PackageFiles>, Error> {
    let mut out = Vec::new();
    for dir in package_dirs(root) {
        if let Some(mut p) = list(&dir, ctx)? {
            p.dir = relative(root, &dir);
            out.push(p);
        }
    }
    Ok(out)
}

/// `dir` relative to `root`, slash-separated, `.` for `root` itself.
pub fn relative(root: &Path, dir: &Path) -> String {
    match dir.strip_prefix(root) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".to_string(),
        Ok(rel) => rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
        Err(_) => dir.to_string_lossy().into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::facts::release;

    /// Fixtures are written as every file of the workspace is.
    fn write(
        path: impl AsRef<std::path::Path>,
        bytes: impl AsRef<[u8]>,
    ) -> Result<(), compat_fs::FsError> {
        compat_fs::write_atomic(path.as_ref(), bytes.as_ref())
    }

    fn ctx(goos: &str, goarch: &str) -> Context {
        Context::new(goos, goarch, release(19).unwrap())
    }

    #[test]
    fn match_tags() {
        let c = ctx("android", "arm64");
        assert!(c.matches("linux") && c.matches("android") && c.matches("unix"));
        assert!(c.matches("arm64") && c.matches("gc") && c.matches("go1.1"));
        assert!(c.matches("go1.19") && !c.matches("go1.20") && !c.matches("go1.019"));
        assert!(!c.matches("ignore") && !c.matches("darwin"));
        assert!(c.matches("goexperiment.regabiargs"));
        let c = ctx("ios", "arm64");
        assert!(c.matches("darwin") && c.matches("unix"));
        let c = ctx("illumos", "amd64");
        assert!(c.matches("solaris"));
        let c = ctx("js", "wasm");
        assert!(!c.matches("unix") && !c.cgo);
        assert!(ctx("linux", "amd64").cgo);
        assert!(!ctx("windows", "386").matches("goexperiment.regabiargs"));
    }

    #[test]
    fn os_arch_names() {
        let c = ctx("linux", "amd64");
        assert!(c.good_os_arch_file("x_linux.go"));
        assert!(c.good_os_arch_file("x_linux_amd64_test.go"));
        assert!(!c.good_os_arch_file("x_windows.go"));
        assert!(!c.good_os_arch_file("x_linux_arm64.go"));
        assert!(c.good_os_arch_file("windows.go"));
        assert!(!c.good_os_arch_file("x_windows_test.go"));
        assert!(c.good_os_arch_file("x_test.go"));
        assert!(!c.good_os_arch_file("x_nacl.go"));
        assert!(ctx("android", "arm").good_os_arch_file("x_linux_arm.go"));
        // Only the part before the first dot counts.
        assert!(c.good_os_arch_file("x.foo_windows.go"));
    }

    #[test]
    fn classify_files() {
        let c = ctx("linux", "amd64");
        let f = |s: &str| scan(s.as_bytes());
        assert_eq!(classify(&c, "a.go", &f("package p\n"), None), FileClass::Go);
        assert_eq!(
            classify(&c, "a_test.go", &f("package p_test\n"), Some("p")),
            FileClass::XTestGo
        );
        assert_eq!(
            classify(&c, "a_test.go", &f("package p_test\n"), Some("p_test")),
            FileClass::TestGo
        );
        assert_eq!(
            classify(&c, "a.go", &f("//go:build windows\n\npackage p\n"), None),
            FileClass::Ignored
        );
        assert_eq!(
            classify(&c, "a.go", &f("// +build windows\n\npackage p\n"), None),
            FileClass::Ignored
        );
        assert_eq!(
            classify(&c, "a.go", &f("// +build windows\npackage p\n"), None),
            FileClass::Go
        );
        assert_eq!(
            classify(
                &c,
                "a.go",
                &f("//go:build linux\n// +build windows\n\npackage p\n"),
                None
            ),
            FileClass::Go
        );
        assert!(matches!(
            classify(&c, "a.go", &f("//go:build (\n\npackage p\n"), None),
            FileClass::Invalid(_)
        ));
        assert_eq!(
            classify(&c, "a.go", &f("package p\nimport \"C\"\n"), None),
            FileClass::Cgo
        );
        let mut nocgo = c.clone();
        nocgo.cgo = false;
        assert_eq!(
            classify(&nocgo, "a.go", &f("package p\nimport \"C\"\n"), None),
            FileClass::Ignored
        );
        assert_eq!(
            classify(&c, "a.go", &f("package documentation\n"), None),
            FileClass::Ignored
        );
        assert_eq!(
            classify(&c, "_a.go", &f("package p\n"), None),
            FileClass::Unlisted
        );
        assert_eq!(
            classify(&c, "a.go", &f("//go:build ignore\n\npackage main\n"), None),
            FileClass::Ignored
        );
    }

    #[test]
    fn walk_skips_and_does_not_follow_links() {
        let t = tempfile::tempdir().unwrap();
        let r = t.path();
        for d in ["a/b", "testdata/x", "_h", ".d", "vendor/v", "sub/inner"] {
            std::fs::create_dir_all(r.join(d)).unwrap();
        }
        write(r.join("sub/go.mod"), "module sub\n").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(r, r.join("a/loop")).unwrap();
        let dirs: Vec<String> = package_dirs(r).iter().map(|d| relative(r, d)).collect();
        assert_eq!(dirs, vec![".", "a", "a/b", "vendor", "vendor/v"]);
    }
}
