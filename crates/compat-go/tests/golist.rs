//! The `go list` oracle: for every package directory and target, the file
//! lists of `compat_go::build::list` must equal those of
//! `go list -e -json`, over the fixture modules under `tests/fixtures/`
//! and over GOROOT's `src` and `src/cmd` trees (`./...` in each).
//!
//! Skipped (with a message) when `go` is not installed, unless `CI` is set.
#![allow(clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use compat_go::build::{list_tree, relative, Context, PackageFiles};
use compat_go::facts::release;
use serde_json::Value;

const FIELDS: &str =
    "Dir,ImportPath,Name,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,IgnoredGoFiles,InvalidGoFiles";

/// A `go list` field and the matching compat list.
type Field = (&'static str, fn(&PackageFiles) -> &Vec<String>);

const LISTS: [Field; 6] = [
    ("GoFiles", |p| &p.go_files),
    ("CgoFiles", |p| &p.cgo_files),
    ("TestGoFiles", |p| &p.test_go_files),
    ("XTestGoFiles", |p| &p.xtest_go_files),
    ("IgnoredGoFiles", |p| &p.ignored_go_files),
    ("InvalidGoFiles", |p| &p.invalid_go_files),
];

struct Go {
    tmp: tempfile::TempDir,
    goroot: PathBuf,
}

impl Go {
    fn find() -> Option<Go> {
        let out = Command::new("go").args(["env", "GOROOT"]).output();
        match out {
            Ok(o) if o.status.success() => {
                let goroot = PathBuf::from(String::from_utf8_lossy(&o.stdout).trim());
                Some(Go {
                    tmp: tempfile::tempdir().unwrap(),
                    goroot,
                })
            }
            _ => {
                if std::env::var_os("CI").is_some() {
                    panic!("`go` is not installed, and CI is set: the go list oracle cannot run");
                }
                eprintln!("SKIPPED: `go` is not installed; the go list oracle did not run");
                None
            }
        }
    }

    /// `go list -e -json=FIELDS patterns` in `dir` for a target.
    fn list(
        &self,
        dir: &Path,
        target: (&str, &str, bool),
        goflags: &str,
        goindex: bool,
        patterns: &[&str],
    ) -> Vec<Value> {
        let (goos, goarch, cgo) = target;
        let mut cmd = Command::new("go");
        cmd.current_dir(dir)
            .arg("list")
            .arg("-e")
            .arg(format!("-json={FIELDS}"))
            .args(patterns)
            .env("GOOS", goos)
            .env("GOARCH", goarch)
            .env("CGO_ENABLED", if cgo { "1" } else { "0" })
            .env("GOFLAGS", goflags)
            .env("GOTOOLCHAIN", "local")
            .env("GOPROXY", "off")
            .env("GOWORK", "off")
            .env("GO111MODULE", "on")
            .env("GOENV", "off")
            .env("GOCACHE", self.tmp.path().join("gocache"))
            .env("GOPATH", self.tmp.path().join("gopath"))
            .env_remove("GOEXPERIMENT")
            .env_remove("GOARM")
            .env_remove("GO386");
        if goindex {
            cmd.env_remove("GODEBUG");
        } else {
            cmd.env("GODEBUG", "goindex=0");
        }
        let out = cmd.output().expect("running go list");
        assert!(
            out.status.success(),
            "go list {patterns:?} in {} for {goos}/{goarch} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::Deserializer::from_slice(&out.stdout)
            .into_iter::<Value>()
            .map(|v| v.expect("go list JSON"))
            .collect()
    }
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The directory of a `go list` entry relative to `root` (trying `root`'s
/// canonical form too, for GOROOT behind a symlink).
fn rel_dir(root: &Path, dir: &str) -> String {
    let dir = Path::new(dir);
    if dir.starts_with(root) {
        return relative(root, dir);
    }
    let canon_root = root.canonicalize().unwrap_or(root.to_path_buf());
    let canon_dir = dir.canonicalize().unwrap_or(dir.to_path_buf());
    relative(&canon_root, &canon_dir)
}

/// Compares one `go list` run with compat's listing of the same tree.
/// `skip_reverse` says which compat-only directories go list is known to
/// leave out (not a mismatch).
fn compare(
    what: &str,
    root: &Path,
    golist: &[Value],
    compat: &[PackageFiles],
    skip_reverse: &dyn Fn(&PackageFiles) -> bool,
    diffs: &mut Vec<String>,
) -> usize {
    let ours: BTreeMap<&str, &PackageFiles> = compat.iter().map(|p| (p.dir.as_str(), p)).collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut compared = 0;
    for v in golist {
        let Some(dir) = v.get("Dir").and_then(Value::as_str) else {
            diffs.push(format!("{what}: go list entry without Dir: {v}"));
            continue;
        };
        let rel = rel_dir(root, dir);
        seen.insert(rel.clone());
        let Some(p) = ours.get(rel.as_str()) else {
            diffs.push(format!(
                "{what}: {rel}: listed by go list (GoFiles {:?}), not found by compat",
                strings(v, "GoFiles")
            ));
            continue;
        };
        compared += 1;
        for (field, get) in LISTS {
            let want = strings(v, field);
            let got = get(p);
            if &want != got {
                let only_go: Vec<_> = want.iter().filter(|f| !got.contains(f)).collect();
                let only_us: Vec<_> = got.iter().filter(|f| !want.contains(f)).collect();
                diffs.push(format!(
                    "{what}: {rel}: {field}: go list {want:?}, compat {got:?} (only go list: {only_go:?}, only compat: {only_us:?})"
                ));
            }
        }
        let name = v.get("Name").and_then(Value::as_str).unwrap_or("");
        if !name.is_empty() && name != p.name {
            diffs.push(format!(
                "{what}: {rel}: Name: go list {name:?}, compat {:?}",
                p.name
            ));
        }
    }
    for p in compat {
        if p.listed_by_go_list() && !seen.contains(&p.dir) && !skip_reverse(p) {
            diffs.push(format!(
                "{what}: {}: compat lists it (GoFiles {:?}, InvalidGoFiles {:?}), go list does not",
                p.dir, p.go_files, p.invalid_go_files
            ));
        }
    }
    compared
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if e.file_type().unwrap().is_dir() {
            copy_tree(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// Sets every file's mtime an hour back, so the go command's module index
/// (which skips files younger than 2 s) is used deterministically.
fn age_tree(dir: &Path) {
    let old = SystemTime::now() - Duration::from_secs(3600);
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            age_tree(&e.path());
        } else if ft.is_file() {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(e.path())
                .unwrap();
            f.set_modified(old).unwrap();
        }
    }
}

const TARGETS: [(&str, &str); 8] = [
    ("linux", "amd64"),
    ("windows", "amd64"),
    ("darwin", "arm64"),
    ("android", "arm64"),
    ("ios", "arm64"),
    ("illumos", "amd64"),
    ("js", "wasm"),
    ("plan9", "386"),
];

fn context(goos: &str, goarch: &str, cgo: bool, index: bool) -> Context {
    let mut c = Context::new(goos, goarch, release(19).expect("Go 1.19 facts"));
    c.cgo = cgo;
    c.module_index = index;
    c
}

fn report(diffs: &[String], summary: &str) {
    eprintln!("{summary}");
    if !diffs.is_empty() {
        for d in diffs.iter().take(60) {
            eprintln!("MISMATCH {d}");
        }
        panic!("{} mismatches with go list (first 60 above)", diffs.len());
    }
}

#[test]
fn fixtures_match_go_list() {
    let Some(go) = Go::find() else { return };
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mod1");
    let root = go.tmp.path().join("mod1");
    copy_tree(&fixtures, &root);
    // Entries the go command does not index: a directory with symlinks.
    #[cfg(unix)]
    {
        let links = root.join("sub/links");
        std::fs::create_dir_all(&links).unwrap();
        std::fs::write(links.join("real.go"), "package links\n").unwrap();
        std::os::unix::fs::symlink("real.go", links.join("alias.go")).unwrap();
        std::os::unix::fs::symlink("..", links.join("up")).unwrap();
        std::os::unix::fs::symlink("nowhere.go", links.join("broken.go")).unwrap();
        std::os::unix::fs::symlink("../links", root.join("sub/dirlink")).unwrap();
    }
    age_tree(&root);

    let mut diffs = Vec::new();
    let mut compared = 0;
    let mut runs = 0;
    for (goos, goarch) in TARGETS {
        for cgo in [false, true] {
            for index in [true, false] {
                let what = format!("mod1 {goos}/{goarch} cgo={cgo} index={index}");
                let ctx = context(goos, goarch, cgo, index);
                let ours = list_tree(&root, &ctx).unwrap();
                let (main, vendored): (Vec<_>, Vec<_>) = ours
                    .into_iter()
                    .partition(|p| p.dir != "vendor" && !p.dir.starts_with("vendor/"));
                let gl = go.list(&root, (goos, goarch, cgo), "-mod=mod", index, &["./..."]);
                compared += compare(&what, &root, &gl, &main, &|_| false, &mut diffs);
                // `./...` never matches vendor directories; list them with
                // -mod=vendor (vendor/modules.txt names the package).
                let gl = go.list(
                    &root,
                    (goos, goarch, cgo),
                    "-mod=vendor",
                    index,
                    &["./vendor/..."],
                );
                compared += compare(
                    &format!("{what} vendor"),
                    &root,
                    &gl,
                    &vendored,
                    &|_| false,
                    &mut diffs,
                );
                runs += 2;
            }
        }
    }
    report(
        &diffs,
        &format!("fixtures: {runs} go list runs, {compared} package/target comparisons"),
    );
}

/// GOROOT's `src` (module `std`) and `src/cmd` (module `cmd`) against
/// `go list ./...` run in each, as `compat go targets PATH` means: like with
/// like. The `std` and `cmd` patterns would not do: they leave out
/// `runtime/cgo` when cgo is off, which `./...` lists. `./...` never matches
/// `vendor`, which compat walks too, so the vendored packages are compared
/// with `go list -mod=vendor ./vendor/...`.
#[test]
fn goroot_matches_go_list() {
    let Some(go) = Go::find() else { return };
    let src = go.goroot.join("src");
    let cmd = src.join("cmd");
    let mut diffs = Vec::new();
    let mut compared = 0;
    let mut runs = 0;
    for (goos, goarch) in [("linux", "amd64"), ("windows", "arm64")] {
        for cgo in [false, true] {
            let ctx = context(goos, goarch, cgo, true);
            for (module, root) in [("std", &src), ("cmd", &cmd)] {
                let what = format!("{module} {goos}/{goarch} cgo={cgo}");
                let (main, vendored): (Vec<_>, Vec<_>) = list_tree(root, &ctx)
                    .unwrap()
                    .into_iter()
                    .partition(|p| p.dir != "vendor" && !p.dir.starts_with("vendor/"));
                let gl = go.list(root, (goos, goarch, cgo), "-mod=mod", true, &["./..."]);
                if module == "std" && !cgo {
                    let cgo_listed = gl.iter().any(|v| {
                        v.get("ImportPath").and_then(Value::as_str) == Some("runtime/cgo")
                    });
                    assert!(cgo_listed, "{what}: go list ./... leaves out runtime/cgo");
                }
                // `./...` skips std's `builtin`: a pseudo-package, not importable.
                let skip = |p: &PackageFiles| module == "std" && p.dir == "builtin";
                compared += compare(&what, root, &gl, &main, &skip, &mut diffs);
                let gl = go.list(
                    root,
                    (goos, goarch, cgo),
                    "-mod=vendor",
                    true,
                    &["./vendor/..."],
                );
                compared += compare(
                    &format!("{what} vendor"),
                    root,
                    &gl,
                    &vendored,
                    &|_| false,
                    &mut diffs,
                );
                runs += 2;
            }
        }
    }
    report(
        &diffs,
        &format!("GOROOT: {runs} go list runs, {compared} package/target comparisons"),
    );
}
