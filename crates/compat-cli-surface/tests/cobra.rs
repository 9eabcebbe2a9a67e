//! cobra's YAML docs (`doc.GenYamlTree`, cobra 1.6.1) of a real cobra program
//! in two versions (`tests/cobra/`): the tree read, and the findings of the
//! upgrade. The committed YAML is regenerated with Go when it is installed.

#![allow(clippy::print_stderr)] // says why a test skipped

use std::path::{Path, PathBuf};

use compat_cli_surface::{diff, read_path, Date, DiffOptions, InputFormat, Window};

fn dir(v: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cobra")
        .join(v)
}

#[test]
fn kvctl_v1_to_v2() {
    let old = read_path(&dir("v1/docs"), InputFormat::Auto).unwrap();
    let new = read_path(&dir("v2/docs"), InputFormat::Auto).unwrap();
    assert_eq!(old.source.as_deref(), Some("cobra"));
    let server = &old
        .command
        .flags
        .iter()
        .find(|f| f.names[0] == "--server")
        .unwrap();
    assert_eq!(server.names, ["--server", "-s"]);
    assert!(
        server.global,
        "an inherited option is global where declared"
    );
    let put = old
        .command
        .commands
        .iter()
        .find(|c| c.name == "put")
        .unwrap();
    let args: Vec<&str> = put.args.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(args, ["KEY", "VALUE"]);
    let tag = put.flags.iter().find(|f| f.names[0] == "--tag").unwrap();
    assert!(tag.multiple);

    let opts = DiffOptions {
        window: Window::default(),
        today: Date::parse("2025-01-01").unwrap(),
        old_name: "v1".into(),
        new_name: "v2".into(),
        old_format: InputFormat::Cobra,
        new_format: InputFormat::Cobra,
    };
    let found: Vec<(String, String, String)> = diff(&old, &new, &opts)
        .into_iter()
        .map(|f| {
            (
                f.rule,
                f.subject.symbol.unwrap_or_default(),
                f.subject.member.unwrap_or_default(),
            )
        })
        .collect();
    let expect = [
        ("cli-flag-removed", "kvctl", "--insecure"),
        ("cli-command-removed", "kvctl export", ""),
        ("cli-default-changed", "kvctl get", "--output"),
        ("cli-type-changed", "kvctl put", "--tag"),
        ("cli-command-added", "kvctl backup", ""),
    ];
    let expect: Vec<(String, String, String)> = expect
        .iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect();
    assert_eq!(found, expect);
    assert!(diff(&new, &new, &opts).is_empty());
}

#[test]
fn committed_yaml_is_what_cobra_writes() {
    let have_go = std::process::Command::new("go")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    let cobra = Path::new("/usr/share/gocode/src/github.com/spf13/cobra/doc");
    if !have_go || !cobra.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install golang-go and golang-github-spf13-cobra-dev (.ci/run)"
        );
        eprintln!("skipped: Go or cobra's sources (Debian golang-github-spf13-cobra-dev) are not installed");
        return;
    }
    for v in ["v1", "v2"] {
        let out = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        let run = std::process::Command::new("go")
            .args(["run", "main.go"])
            .arg(out.path())
            .current_dir(dir(v))
            .env("GO111MODULE", "off")
            .env("GOPATH", "/usr/share/gocode")
            .env("GOCACHE", cache.path())
            .env("GOFLAGS", "")
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{v}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let mut names: Vec<_> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        let mut committed: Vec<_> = std::fs::read_dir(dir(v).join("docs"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        committed.sort();
        assert_eq!(names, committed, "{v}");
        for n in names {
            let a = std::fs::read(out.path().join(&n)).unwrap();
            let b = std::fs::read(dir(v).join("docs").join(&n)).unwrap();
            assert!(
                a == b,
                "{v}/docs/{}: differs from cobra's output",
                n.to_string_lossy()
            );
        }
    }
}
