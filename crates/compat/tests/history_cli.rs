//! `compat check --record` and `compat history import|prune|runs` end to
//! end: a one-library project built by gcc at test time (version 1 as the
//! baseline, version 2 without one of its functions), recorded in the
//! default SQLite store beside compat.toml, in a store named by
//! `[project] history`, `COMPAT_STORE` or `--store`, and in PostgreSQL when
//! `COMPAT_TEST_POSTGRES` names a server (`.ci/run` starts one).

mod common;

use std::path::Path;
use std::process::Command;

use common::{compat_cmd, finish, Run};
use serde_json::Value;

const CONFIG: &str = r#"version = 1

[project]
name = "hist-demo"

[component.libdemo]
kind = "elf-library"
owner = "@team"
artifact = "build/libdemo.so.1"
baseline.main = "compat/libdemo.abi.json"
"#;

/// The project, its baseline written from version 1 and version 2 built.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Option<Project> {
        if Command::new("gcc").arg("--version").output().is_err() {
            return common::skip("gcc is not installed");
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("compat.toml"), CONFIG).unwrap();
        let p = Project { dir };
        p.build("int demo_a(void) { return 1; }\nint demo_b(void) { return 2; }\n");
        let u = p.compat(&["baseline", "update"], &[]);
        assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
        p.build("int demo_a(void) { return 1; }\n");
        Some(p)
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn build(&self, source: &str) {
        std::fs::create_dir_all(self.path().join("build")).unwrap();
        std::fs::write(self.path().join("demo.c"), source).unwrap();
        let st = Command::new("gcc")
            .current_dir(self.path())
            .args([
                "-shared",
                "-fPIC",
                "-Wl,-soname,libdemo.so.1",
                "-o",
                "build/libdemo.so.1",
                "demo.c",
            ])
            .status()
            .unwrap();
        assert!(st.success());
    }

    /// Runs compat in the project, COMPAT_STORE unset unless given in `env`.
    fn compat(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = compat_cmd();
        cmd.current_dir(self.path())
            .env_remove("COMPAT_STORE")
            .env_remove("COMPAT_NOW")
            .env_remove("GITHUB_RUN_ID")
            .env_remove("CI_JOB_URL")
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        finish(cmd.output().expect("run compat"))
    }

    fn runs(&self, extra: &[&str], env: &[(&str, &str)]) -> Vec<Value> {
        let mut args = vec!["history", "runs", "-f", "json"];
        args.extend_from_slice(extra);
        let r = self.compat(&args, env);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        r.json()["runs"].as_array().unwrap().clone()
    }
}

#[test]
fn check_record_then_runs_import_and_prune() {
    let Some(p) = Project::new() else { return };
    let env = [
        ("GITHUB_SERVER_URL", "https://github.example"),
        ("GITHUB_REPOSITORY", "team/demo"),
        ("GITHUB_RUN_ID", "77"),
        ("GITHUB_REF_NAME", "feature/x"),
    ];
    let r = p.compat(&["check", "--record", "-o", "json=report.json"], &env);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("recorded run 1 in sqlite:"),
        "{}",
        r.stderr
    );
    assert!(p.path().join(".compat/history.db").is_file());

    // The report carries everything the run was recorded from.
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(p.path().join("report.json")).unwrap())
            .unwrap();
    let run = &report["run"];
    assert_eq!(run["project"], "hist-demo");
    assert_eq!(run["baseline"], "main");
    assert_eq!(run["exit_code"], 1);
    assert_eq!(run["git_ref"], "feature/x");
    assert_eq!(
        run["ci_url"],
        "https://github.example/team/demo/actions/runs/77"
    );
    assert_eq!(run["config_sha256"].as_str().unwrap().len(), 64);

    let runs = p.runs(&[], &[]);
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0]["project"], "hist-demo");
    assert_eq!(runs[0]["exit_code"], 1);
    assert_eq!(runs[0]["summary"]["breaking"], 1);
    assert_eq!(runs[0]["components"], 1);
    assert_eq!(runs[0]["started_at"], run["started_at"]);
    assert_eq!(runs[0]["ci_url"], run["ci_url"]);

    // The same report imported: nothing new.
    let i = p.compat(&["history", "import", "report.json"], &[]);
    assert_eq!(i.code, 0, "{}", i.stderr);
    assert!(
        i.stdout.contains("report.json: already recorded as run 1"),
        "{}",
        i.stdout
    );

    // A report from an older run (edited to have started in 2020), and one
    // that is not a check report: the first is imported, the second refused.
    let mut old = report.clone();
    old["run"]["started_at"] = "2020-01-01T00:00:00Z".into();
    old["run"]["finished_at"] = "2020-01-01T00:00:05Z".into();
    std::fs::write(p.path().join("old.json"), old.to_string()).unwrap();
    let mut diff = report.clone();
    diff["command"] = "abi diff".into();
    std::fs::write(p.path().join("diff.json"), diff.to_string()).unwrap();
    std::fs::write(p.path().join("junk.json"), "{ nope").unwrap();
    let i = p.compat(
        &["history", "import", "old.json", "diff.json", "junk.json"],
        &[],
    );
    assert_eq!(i.code, 2, "{}{}", i.stdout, i.stderr);
    assert!(
        i.stdout.contains("old.json: recorded as run 2"),
        "{}",
        i.stdout
    );
    let errors = i.stderr_lines();
    assert_eq!(errors.len(), 2, "{}", i.stderr);
    assert!(
        errors[0].contains("diff.json: a report of `compat abi diff`"),
        "{}",
        i.stderr
    );
    assert!(
        errors[1].contains("junk.json: not a compat report"),
        "{}",
        i.stderr
    );

    let runs = p.runs(&[], &[]);
    assert_eq!(runs.len(), 2);
    assert_eq!(
        runs[1]["started_at"], "2020-01-01T00:00:00Z",
        "newest first"
    );
    let text = p.compat(&["history", "runs"], &[]);
    assert!(text.stdout.starts_with("  RUN  STARTED"), "{}", text.stdout);
    assert!(text.stdout.contains("feature/x"), "{}", text.stdout);

    let pr = p.compat(&["history", "prune", "--keep-days", "30"], &[]);
    assert_eq!(pr.code, 0, "{}", pr.stderr);
    assert!(
        pr.stdout.starts_with("pruned 1 run started before "),
        "{}",
        pr.stdout
    );
    let runs = p.runs(&[], &[]);
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0]["id"], 1);
    assert_eq!(p.runs(&["--project", "other"], &[]).len(), 0);
}

#[test]
fn the_store_comes_from_the_flag_the_environment_or_compat_toml() {
    let Some(p) = Project::new() else { return };
    // [project] history, relative to compat.toml.
    let config = CONFIG.replace(
        "name = \"hist-demo\"",
        "name = \"hist-demo\"\nhistory = \"sqlite:state/h.db\"",
    );
    std::fs::write(p.path().join("compat.toml"), config).unwrap();
    let r = p.compat(&["check", "--record"], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(p.path().join("state/h.db").is_file(), "{}", r.stderr);
    // COMPAT_STORE wins over compat.toml, --store over both.
    let env_db = p.path().join("env.db");
    let env = [("COMPAT_STORE", env_db.to_str().unwrap())];
    assert_eq!(p.compat(&["check", "--record"], &env).code, 1);
    assert!(env_db.is_file());
    assert_eq!(
        p.compat(&["check", "--record", "--store", "sqlite:flag.db"], &env)
            .code,
        1
    );
    assert!(p.path().join("flag.db").is_file());
    for (args, env) in [
        (vec![], vec![]),
        (vec![], env.to_vec()),
        (vec!["--store", "flag.db"], vec![]),
    ] {
        assert_eq!(p.runs(&args, &env).len(), 1, "{args:?} {env:?}");
    }
    // A reader does not make a store.
    let r = p.compat(&["history", "runs", "--store", "none.db"], &[]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("none.db: no history store there"),
        "{}",
        r.stderr
    );
    assert!(!p.path().join("none.db").exists());
    // A store that cannot be written: the check's output stands, exit 2.
    let r = p.compat(&["check", "--record", "--store", "mysql://u:pw@h/db"], &[]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("--record: mysql://u:***@h/db: unknown store scheme"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("pw@"), "{}", r.stderr);
    assert!(r.stdout.contains("demo_b"), "{}", r.stdout);
}

#[test]
fn check_record_into_postgres() {
    let Some(url) = std::env::var("COMPAT_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(|| {
            common::skip("COMPAT_TEST_POSTGRES is not set (.ci/run starts PostgreSQL and sets it)")
        })
    else {
        return;
    };
    let Some(p) = Project::new() else { return };
    // A database of this test's own.
    let db = format!("compat_t_cli_{}", std::process::id());
    let mut admin = postgres_admin(&url);
    admin(&format!("DROP DATABASE IF EXISTS {db}"));
    admin(&format!("CREATE DATABASE {db}"));
    let cut = url.rfind('/').unwrap();
    let store = format!("{}/{db}", &url[..cut]);
    let env = [("COMPAT_STORE", store.as_str())];
    let r = p.compat(&["check", "--record", "-o", "json=report.json"], &env);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("recorded run 1 in postgres://"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains(":compat_test@"),
        "password shown: {}",
        r.stderr
    );
    let i = p.compat(&["history", "import", "report.json"], &env);
    assert!(
        i.stdout.contains("already recorded as run 1"),
        "{}{}",
        i.stdout,
        i.stderr
    );
    let runs = p.runs(&[], &env);
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0]["summary"]["breaking"], 1);
    assert_eq!(
        p.compat(&["history", "prune", "--keep-days", "1"], &env)
            .code,
        0
    );
    assert_eq!(p.runs(&[], &env).len(), 1);
}

/// Runs one statement on the test server with `psql` (Debian's postgresql-client).
fn postgres_admin(url: &str) -> impl FnMut(&str) + '_ {
    move |sql: &str| {
        let out = Command::new("psql")
            .args([url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql])
            .output()
            .expect("psql (Debian's postgresql-client)");
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
