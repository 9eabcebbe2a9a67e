//! `Checker::check_scan`: shared libraries judged in the context of the scan
//! (the files that load them, the hosts that provide their symbols), against
//! gcc-built fixtures. Where the setup can run here, the real loader is the
//! oracle: a host program `dlopen`s the plugin with `RTLD_NOW`, or a program is
//! started with `LD_BIND_NOW=1`.

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_ld::{CheckOutcome, Checker, LoaderConfig, Scan};
use compat_report::{Finding, Severity};
use compat_testkit::Fixture;

fn scan(files: &[&Path], library_path: &[&Path], standalone: bool) -> Scan {
    let checker = Checker::new(LoaderConfig {
        library_path: library_path.iter().map(|p| p.to_path_buf()).collect(),
        standalone,
        ..LoaderConfig::default()
    })
    .expect("checker");
    let files: Vec<(PathBuf, String)> = files
        .iter()
        .map(|f| (f.to_path_buf(), f.display().to_string()))
        .collect();
    let s = checker.check_scan(&files);
    assert_eq!(s.outcomes.len(), files.len());
    for (o, (f, _)) in s.outcomes.iter().zip(&files) {
        assert!(
            o.error.is_none() && o.skipped.is_none(),
            "{}: {o:?}",
            f.display()
        );
    }
    s
}

fn dump(s: &Scan) -> String {
    let mut out = format!("in_context {}, hosted {}\n", s.in_context, s.hosted);
    for f in s.outcomes.iter().flat_map(|o| &o.findings) {
        out.push_str(&format!(
            "{} [{:?}] {}\n  {:?}\n",
            f.rule, f.severity, f.message, f.subject
        ));
    }
    out
}

fn findings<'a>(s: &'a Scan, file: &Path) -> Vec<&'a Finding> {
    let file = file.display().to_string();
    s.outcomes
        .iter()
        .flat_map(|o| &o.findings)
        .filter(|f| f.subject.file.as_deref() == Some(file.as_str()))
        .collect()
}

fn rules(fs: &[&Finding]) -> Vec<String> {
    let mut r: Vec<String> = fs.iter().map(|f| f.rule.clone()).collect();
    r.sort();
    r
}

fn breaking(s: &Scan) -> usize {
    s.outcomes
        .iter()
        .flat_map(|o| &o.findings)
        .filter(|f| f.severity == Severity::Breaking)
        .count()
}

/// A host program: defines `host_api` and `host_log`, `dlopen`s argv[1] with
/// RTLD_NOW and returns what its `plugin_run` returns (3 when dlopen fails).
const HOST: &str = r#"
#include <dlfcn.h>
#include <stdio.h>
int host_api(int x) { return x + 1; }
void host_log(const char *s) { (void)s; }
int main(int argc, char **argv) {
    if (argc < 2) return 0;
    void *h = dlopen(argv[1], RTLD_NOW);
    if (!h) { fprintf(stderr, "%s\n", dlerror()); return 3; }
    int (*run)(void) = (int (*)(void))dlsym(h, "plugin_run");
    return run ? run() : 4;
}
"#;

/// A plugin leaving `host_api` and `host_log` to its host.
const PLUGIN: &str = r#"
extern int host_api(int);
extern void host_log(const char *);
int plugin_run(void) { host_log("run"); return host_api(41) - 42; }
"#;

/// Runs `host plugin` and returns (exit code, stderr).
fn run_host(host: &Path, plugin: &Path) -> (Option<i32>, String) {
    let out = Command::new(host)
        .arg(plugin)
        .env_remove("LD_LIBRARY_PATH")
        .env_remove("LD_PRELOAD")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn host_and_plugin(fx: &Fixture, rdynamic: bool) -> (PathBuf, PathBuf) {
    let mut host = fx
        .exe(if rdynamic { "host" } else { "host-closed" })
        .source(HOST);
    if rdynamic {
        host = host.arg("-rdynamic");
    }
    let host = host.build();
    let plugin = fx.lib("plugin.so").source(PLUGIN).build();
    (host, plugin)
}

#[test]
fn plugin_with_its_host_in_the_scan_is_info_naming_the_host() {
    let fx = Fixture::new();
    let (host, plugin) = host_and_plugin(&fx, true);
    assert_eq!(
        run_host(&host, &plugin).0,
        Some(0),
        "the host loads the plugin"
    );

    let s = scan(&[&host, &plugin], &[], false);
    assert_eq!(breaking(&s), 0, "{}", dump(&s));
    assert!(findings(&s, &host).is_empty(), "{}", dump(&s));
    let p = findings(&s, &plugin);
    assert_eq!(rules(&p), ["ld-host-symbol-provided"], "{}", dump(&s));
    let f = p[0];
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.subject.symbols, ["host_api", "host_log"]);
    let host_shown = host.display().to_string();
    assert_eq!(f.subject.library.as_deref(), Some(host_shown.as_str()));
    assert!(
        f.message
            .contains(&format!("{host_shown} in the scan exports them")),
        "{}",
        f.message
    );
    assert_eq!(s.hosted, 1);

    // The same files checked one by one, as ldd -r: breaking.
    let s = scan(&[&host, &plugin], &[], true);
    let p = findings(&s, &plugin);
    assert_eq!(
        rules(&p),
        ["ld-symbol-unresolved", "ld-symbol-unresolved"],
        "{}",
        dump(&s)
    );
    assert!(p.iter().all(|f| f.severity == Severity::Breaking));
}

#[test]
fn plugin_without_a_host_in_the_scan_is_a_warning() {
    let fx = Fixture::new();
    // A host that does not export its symbols (no -rdynamic) is no host.
    let (closed, plugin) = host_and_plugin(&fx, false);
    let (code, stderr) = run_host(&closed, &plugin);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("undefined symbol: host_"), "{stderr}");

    for files in [
        vec![plugin.as_path()],
        vec![closed.as_path(), plugin.as_path()],
    ] {
        let s = scan(&files, &[], false);
        assert_eq!(breaking(&s), 0, "{}", dump(&s));
        let p = findings(&s, &plugin);
        assert_eq!(rules(&p), ["ld-host-symbol-unresolved"], "{}", dump(&s));
        let f = p[0];
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.subject.symbols, ["host_api", "host_log"]);
        assert!(f.subject.library.is_none());
        assert!(
            f.message
                .starts_with("resolved only when a host provides: host_api, host_log (2 symbols; none in the scan does)"),
            "{}",
            f.message
        );
        assert!(
            f.message.ends_with(
                "; if the program that loads it is not in the scan, add it to check them against it"
            ),
            "{}",
            f.message
        );
    }
}

#[test]
fn a_host_providing_only_some_symbols_is_named_in_the_warning() {
    let fx = Fixture::new();
    let partial = fx
        .lib("libcmppartial.so")
        .source("int host_api(int x) { return x + 1; }\n")
        .build();
    let plugin = fx.lib("plugin.so").source(PLUGIN).build();
    let s = scan(&[&partial, &plugin], &[], false);
    let p = findings(&s, &plugin);
    assert_eq!(rules(&p), ["ld-host-symbol-unresolved"], "{}", dump(&s));
    assert!(
        p[0].message
            .contains(&format!("{} in the scan provides 1", partial.display())),
        "{}",
        p[0].message
    );
}

#[test]
fn library_loaded_by_a_program_of_the_scan_is_checked_in_its_load() {
    let fx = Fixture::new();
    // An underlinked library: `app_hook` comes from the program that loads it.
    let core = fx
        .lib("libcmpcore.so")
        .soname("libcmpcore.so")
        .source("extern int app_hook(void);\nint core_run(void) { return app_hook(); }\n")
        .build();
    let src = "int core_run(void);\nint app_hook(void) { return 0; }\nint main(void) { return core_run(); }\n";
    let exports = fx
        .exe("app")
        .source(src)
        .arg("-rdynamic")
        .link_lib(&core)
        .runpath("$ORIGIN")
        .build();
    // (ld exports a program's definitions that a library linked in needs,
    // -rdynamic or not: the program without the hook is the broken case.)
    let closed = fx
        .exe("app-closed")
        .source("int core_run(void);\nint main(void) { return core_run(); }\n")
        .link_lib(&core)
        .runpath("$ORIGIN")
        .allow_undefined()
        .build();
    let started = |exe: &Path| {
        Command::new(exe)
            .env("LD_BIND_NOW", "1")
            .env_remove("LD_LIBRARY_PATH")
            .output()
            .unwrap()
            .status
            .code()
    };

    // The program exports the hook: nothing to report for either file.
    assert_eq!(started(&exports), Some(0));
    let s = scan(&[&exports, &core], &[], false);
    assert_eq!(dump(&s), "in_context 1, hosted 0\n");

    // It does not: the program's check says so (breaking, in the library),
    // once; the library is not reported on its own.
    assert_ne!(started(&closed), Some(0));
    let s = scan(&[&closed, &core], &[], false);
    let a = findings(&s, &closed);
    assert_eq!(rules(&a), ["ld-symbol-unresolved"], "{}", dump(&s));
    assert_eq!(a[0].severity, Severity::Breaking);
    assert_eq!(a[0].subject.symbol.as_deref(), Some("app_hook"));
    assert!(findings(&s, &core).is_empty(), "{}", dump(&s));
}

/// `priv/` holds a private library and one that needs it, found only through
/// the RUNPATH of the program that loads both (as systemd loads
/// libsystemd-core through libsystemd-shared's directory).
struct Private {
    daemon: PathBuf,
    core: PathBuf,
    shared: PathBuf,
}

fn private(fx: &Fixture) -> Private {
    let dir = fx.join("priv");
    std::fs::create_dir_all(&dir).unwrap();
    let shared = fx
        .lib("libcmpshared-1.so")
        .soname("libcmpshared-1.so")
        .source("int shared_fn(void) { return 0; }\n")
        .version_script("SD_CMP { global: shared_fn; local: *; };")
        .build();
    let shared = {
        let p = dir.join("libcmpshared-1.so");
        std::fs::rename(&shared, &p).unwrap();
        p
    };
    let core = fx
        .lib("libcmpcore-1.so")
        .soname("libcmpcore-1.so")
        .source("int shared_fn(void);\nint core_main(void) { return shared_fn(); }\n")
        .link(&shared)
        .build();
    let core = {
        let p = dir.join("libcmpcore-1.so");
        std::fs::rename(&core, &p).unwrap();
        p
    };
    let daemon = fx
        .exe("daemon")
        .source("int core_main(void);\nint shared_fn(void);\nint main(void) { return core_main() + shared_fn(); }\n")
        .link_lib(&core)
        .link_lib(&shared)
        .runpath(dir.to_str().unwrap())
        .build();
    Private {
        daemon,
        core,
        shared,
    }
}

#[test]
fn library_found_only_through_its_loaders_runpath() {
    let fx = Fixture::new();
    let p = private(&fx);
    let code = Command::new(&p.daemon)
        .env("LD_BIND_NOW", "1")
        .env_remove("LD_LIBRARY_PATH")
        .output()
        .unwrap()
        .status
        .code();
    assert_eq!(code, Some(0), "the daemon starts");

    // ldd -r on the library alone: not found, and its symbol with it.
    let s = scan(&[&p.core], &[], true);
    assert_eq!(
        rules(&findings(&s, &p.core)),
        ["ld-library-not-found", "ld-symbol-unresolved"],
        "{}",
        dump(&s)
    );

    // With its loader in the scan: checked in the daemon's load, nothing to say.
    let s = scan(&[&p.daemon, &p.core, &p.shared], &[], false);
    assert_eq!(dump(&s), "in_context 1, hosted 0\n");

    // Loader not in the scan, the library it needs is: a warning naming it.
    let s = scan(&[&p.core, &p.shared], &[], false);
    assert_eq!(breaking(&s), 0, "{}", dump(&s));
    let c = findings(&s, &p.core);
    assert_eq!(rules(&c), ["ld-library-loader-path"], "{}", dump(&s));
    assert_eq!(c[0].severity, Severity::Warning);
    assert_eq!(c[0].subject.library.as_deref(), Some("libcmpshared-1.so"));
    assert!(
        c[0].message.contains(&p.shared.display().to_string()),
        "{}",
        c[0].message
    );

    // The library it needs is nowhere in the scan: still breaking.
    let s = scan(&[&p.core], &[], false);
    let c = findings(&s, &p.core);
    assert_eq!(
        rules(&c),
        ["ld-library-not-found", "ld-symbol-unresolved"],
        "{}",
        dump(&s)
    );
    assert!(
        c.iter().all(|f| f.severity == Severity::Breaking),
        "{}",
        dump(&s)
    );
}

#[test]
fn a_version_the_present_library_lacks_stays_breaking_for_a_plugin() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpv-1.so")
        .soname("libcmpv.so.1")
        .source("int vfn(void) { return 0; }\n")
        .version_script("LIBV_1 { global: vfn; local: *; };")
        .build();
    let v2 = fx
        .lib("libcmpv-2.so")
        .soname("libcmpv.so.1")
        .source("int vfn(void) { return 0; }\n")
        .version_script("LIBV_2 { global: vfn; local: *; };")
        .build();
    let d1 = fx.join("v1");
    let d2 = fx.join("v2");
    for (src, d) in [(&v1, &d1), (&v2, &d2)] {
        std::fs::create_dir_all(d).unwrap();
        std::fs::copy(src, d.join("libcmpv.so.1")).unwrap();
    }
    let host = fx.exe("host").source(HOST).arg("-rdynamic").build();
    let plugin = fx
        .lib("plugin.so")
        .source(
            "extern int host_api(int);\nint vfn(void);\nint plugin_run(void) { return vfn() + host_api(-1); }\n",
        )
        .link(&v1)
        .build();

    // Built against v1: the host provides the rest, nothing breaking.
    let s = scan(&[&host, &plugin], &[&d1], false);
    assert_eq!(
        rules(&findings(&s, &plugin)),
        ["ld-host-symbol-provided"],
        "{}",
        dump(&s)
    );

    // v2 lacks LIBV_1: breaking whoever hosts the plugin.
    let s = scan(&[&host, &plugin], &[&d2], false);
    let p = findings(&s, &plugin);
    assert_eq!(
        rules(&p),
        [
            "ld-host-symbol-provided",
            "ld-symbol-unresolved",
            "ld-version-not-found"
        ],
        "{}",
        dump(&s)
    );
    for f in &p {
        let want = if f.rule == "ld-host-symbol-provided" {
            Severity::Info
        } else {
            Severity::Breaking
        };
        assert_eq!(f.severity, want, "{}", dump(&s));
    }
    let unresolved = p.iter().find(|f| f.rule == "ld-symbol-unresolved").unwrap();
    assert_eq!(unresolved.subject.symbol.as_deref(), Some("vfn"));
    assert_eq!(unresolved.subject.version.as_deref(), Some("LIBV_1"));
}

#[test]
fn standalone_is_check_on_each_file() {
    let fx = Fixture::new();
    let (host, plugin) = host_and_plugin(&fx, true);
    let p = private(&fx);
    let files = [&host, &plugin, &p.daemon, &p.core, &p.shared];
    let files: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    let s = scan(&files, &[], true);
    assert_eq!((s.in_context, s.hosted), (0, 0));
    let checker = Checker::new(LoaderConfig::default()).unwrap();
    let mut total = 0;
    for (f, o) in files.iter().zip(&s.outcomes) {
        let one: CheckOutcome = checker.check(f, &f.display().to_string());
        assert_eq!(o.findings, one.findings, "{}", f.display());
        total += one.findings.len();
    }
    // The plugin's two references, the core's missing library and its symbol.
    assert_eq!(total, 4, "{}", dump(&s));
}
