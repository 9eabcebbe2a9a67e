//! Loading from disk: discovery up to the repository root, waiver files
//! from `project.waivers` globs (errors located in their own file),
//! special files refused through compat_fs.

use std::fs;
use std::path::Path;

const MAIN: &str = r#"version = 1

[project]
name = "demo"
waivers = ["compat/waivers/*.toml", "compat/extra.toml"]

[component.libfoo]
kind = "elf-library"
owner = "@team"
artifact = "libfoo.so.1"

[[waiver]]
id = "W-1"
rule = "abi-symbol-removed"
subject = { symbol = "a" }
reason = "r"
owner = "@team"
expires = 2027-01-01
"#;

fn waiver(id: &str, component: &str) -> String {
    format!(
        "[[waiver]]\nid = \"{id}\"\ncomponent = \"{component}\"\nrule = \"abi-symbol-removed\"\nsubject = {{ symbol = \"{id}\" }}\nreason = \"r\"\nowner = \"@team\"\nexpires = 2027-01-01\n"
    )
}

fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir_all(dir.path().join("compat/waivers")).expect("mkdir");
    fs::write(dir.path().join("compat.toml"), MAIN).expect("write");
    fs::write(
        dir.path().join("compat/waivers/b.toml"),
        waiver("W-B", "libfoo"),
    )
    .expect("write");
    fs::write(
        dir.path().join("compat/waivers/a.toml"),
        waiver("W-A", "libfoo"),
    )
    .expect("write");
    fs::write(dir.path().join("compat/waivers/notes.txt"), "not toml").expect("write");
    fs::write(
        dir.path().join("compat/extra.toml"),
        waiver("W-X", "libfoo"),
    )
    .expect("write");
    dir
}

#[test]
fn waiver_files_are_read_in_order_with_their_own_locations() {
    let dir = tree();
    let config =
        compat_config::load(&dir.path().join("compat.toml")).unwrap_or_else(|e| panic!("{e}"));
    let found: Vec<(String, String)> = config
        .waivers
        .iter()
        .map(|w| {
            let file = w.at.file.strip_prefix(dir.path()).unwrap_or(&w.at.file);
            (w.id.clone(), format!("{}:{}", file.display(), w.at.line))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("W-1".to_owned(), "compat.toml:12".to_owned()),
            ("W-A".to_owned(), "compat/waivers/a.toml:1".to_owned()),
            ("W-B".to_owned(), "compat/waivers/b.toml:1".to_owned()),
            ("W-X".to_owned(), "compat/extra.toml:1".to_owned()),
        ]
    );
    assert_eq!(config.dir, dir.path());
}

#[test]
fn errors_in_waiver_files_name_their_file() {
    let dir = tree();
    let root = dir.path();
    fs::write(
        root.join("compat/waivers/a.toml"),
        format!("{}\n[policy]\n", waiver("W-1", "libbar")),
    )
    .expect("write");
    fs::remove_file(root.join("compat/extra.toml")).expect("rm");
    let errors = compat_config::load(&root.join("compat.toml")).expect_err("invalid");
    let lines: Vec<String> = errors
        .lines()
        .iter()
        .map(|l| l.replace(&format!("{}/", root.display()), ""))
        .collect();
    assert_eq!(
        lines,
        [
            "compat.toml:5:37: waiver file \"compat/extra.toml\" does not exist",
            "compat/waivers/a.toml:2:6: duplicate waiver id \"W-1\" (first at compat.toml:13:6)",
            "compat/waivers/a.toml:3:13: unknown component `libbar` in [[waiver]] \"W-1\" (components are declared as [component.NAME])",
            "compat/waivers/a.toml:10:2: unknown key `policy` in a waiver file (it holds only [[waiver]] tables); expected one of: waiver",
        ]
    );
}

#[test]
fn relative_paths_display_as_given() {
    // The fixture is loaded by a relative path: locations say so.
    let config = compat_config::load(Path::new("tests/fixtures/governance-example.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        config.components[0].at.to_string(),
        "tests/fixtures/governance-example.toml:46:1"
    );
    // An absolute path below the working directory shows relative.
    let abs = std::env::current_dir()
        .expect("cwd")
        .join("tests/fixtures/governance-example.toml");
    let config = compat_config::load(&abs).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.path, abs);
    assert_eq!(
        config.waivers[0].at.to_string(),
        "tests/fixtures/governance-example.toml:91:1"
    );
}

#[test]
fn discover_walks_up_to_the_repository_root() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("repo");
    let deep = repo.join("a/b/c");
    fs::create_dir_all(&deep).expect("mkdir");
    fs::create_dir(repo.join(".git")).expect("mkdir");
    // Above the repository root: never found from inside.
    fs::write(dir.path().join("compat.toml"), MAIN).expect("write");
    assert_eq!(compat_config::discover(&deep), None);
    fs::write(repo.join("compat.toml"), MAIN).expect("write");
    assert_eq!(
        compat_config::discover(&deep),
        Some(repo.join("compat.toml"))
    );
    fs::write(repo.join("a/compat.toml"), MAIN).expect("write");
    assert_eq!(
        compat_config::discover(&deep),
        Some(repo.join("a/compat.toml"))
    );
    // A directory named compat.toml is not the file.
    fs::remove_file(repo.join("a/compat.toml")).expect("rm");
    fs::create_dir(repo.join("a/b/compat.toml")).expect("mkdir");
    assert_eq!(
        compat_config::discover(&deep),
        Some(repo.join("compat.toml"))
    );
}

#[test]
fn unreadable_files_are_one_line_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("compat.toml");
    let e = compat_config::load(&missing).expect_err("missing");
    assert_eq!(e.errors.len(), 1);
    assert!(
        e.to_string()
            .starts_with(&format!("{}: cannot read: ", missing.display())),
        "{e}"
    );

    let binary = dir.path().join("binary.toml");
    fs::write(&binary, b"version = 1\n\xff\n").expect("write");
    let e = compat_config::load(&binary).expect_err("not UTF-8");
    assert_eq!(
        e.to_string(),
        format!(
            "{}: is not UTF-8 text (invalid byte at offset 12)",
            binary.display()
        )
    );

    let fifo = dir.path().join("fifo.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let e = compat_config::load(&fifo).expect_err("FIFO");
        assert_eq!(e.to_string(), format!("{}: is a FIFO", fifo.display()));
    }
}
