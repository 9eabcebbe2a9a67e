//! The usage-spec (KDL) reader on what clap_usage writes from real clap
//! Commands: two versions of one program, generated at test time, read with
//! the format decided from the content, diffed both ways; and the same
//! Commands read by this crate, which must give the same surface wherever
//! the KDL carries the information (value types and what `build()` adds
//! are the differences, named below).

use compat_cli_surface::{
    diff, read_bytes, Command as SurfaceCommand, Date, DiffOptions, InputFormat, Surface, Window,
};

use clap::{Arg, ArgAction, Command};

/// Version 1 of the program.
fn v1() -> Command {
    Command::new("tool")
        .version("1.0.0")
        .arg(
            Arg::new("format")
                .long("format")
                .short('f')
                .visible_alias("fmt")
                .global(true)
                .value_parser(["text", "json", "xml"])
                .default_value("text")
                .help("Output format"),
        )
        .arg(
            Arg::new("verbose")
                .long("verbose")
                .short('v')
                .action(ArgAction::Count),
        )
        .arg(Arg::new("colour").long("colour").action(ArgAction::SetTrue))
        .arg(Arg::new("token").long("token").value_name("TOKEN"))
        .arg(
            Arg::new("include")
                .long("include")
                .short('I')
                .action(ArgAction::Append)
                .value_parser(clap::value_parser!(std::path::PathBuf)),
        )
        .subcommand(
            Command::new("sync")
                .visible_alias("s")
                .arg(Arg::new("region").long("region"))
                .arg(Arg::new("dir").value_name("DIR").required(true)),
        )
        .subcommand(Command::new("export").alias("exp").hide(true))
}

/// Version 2: one change of each kind against version 1.
fn v2() -> Command {
    Command::new("tool")
        .version("2.0.0")
        .arg(
            Arg::new("format")
                .long("format")
                .short('f')
                .visible_alias("fmt")
                .global(true)
                .value_parser(["text", "json"])
                .default_value("json")
                .help("Output format"),
        )
        .arg(
            Arg::new("verbose")
                .long("verbose")
                .short('v')
                .action(ArgAction::Count),
        )
        .arg(
            Arg::new("quiet")
                .long("quiet")
                .short('q')
                .action(ArgAction::SetTrue),
        )
        .arg(Arg::new("token").long("token").value_name("TOKEN"))
        .arg(
            Arg::new("include")
                .long("include")
                .short('I')
                .action(ArgAction::Append)
                .value_parser(clap::value_parser!(std::path::PathBuf)),
        )
        .subcommand(
            Command::new("sync")
                .arg(Arg::new("region").long("region").required(true))
                .arg(Arg::new("dir").value_name("DIR").required(true)),
        )
        .subcommand(Command::new("import").arg(Arg::new("file").value_name("FILE")))
}

/// What clap_usage writes for `cmd`.
fn kdl(cmd: &Command) -> Vec<u8> {
    let mut out = Vec::new();
    clap_usage::generate(&mut cmd.clone(), "tool", &mut out);
    out
}

/// The KDL of `cmd`, read with the format decided from the content.
fn from_kdl(cmd: &Command, name: &str) -> Surface {
    let text = kdl(cmd);
    read_bytes(name, &text, InputFormat::Auto).unwrap_or_else(|e| {
        panic!("{e}\n{}", String::from_utf8_lossy(&text));
    })
}

fn rules(old: &Surface, new: &Surface) -> Vec<String> {
    let opts = DiffOptions {
        window: Window::parse("18m").unwrap(),
        today: Date::parse("2026-12-05").unwrap(),
        old_name: "v1.kdl".into(),
        new_name: "v2.kdl".into(),
        old_format: InputFormat::Usage,
        new_format: InputFormat::Usage,
    };
    let mut ids: Vec<String> = diff(old, new, &opts).into_iter().map(|f| f.rule).collect();
    ids.sort();
    ids
}

#[test]
fn kdl_is_read_and_diffed_both_ways() {
    let old = from_kdl(&v1(), "v1.kdl");
    let new = from_kdl(&v2(), "v2.kdl");
    assert_eq!(old.source.as_deref(), Some("usage"));
    assert_eq!(old.program_version.as_deref(), Some("1.0.0"));
    let format = &old
        .command
        .flags
        .iter()
        .find(|f| f.primary() == "--format")
        .unwrap();
    assert_eq!(format.names, ["--format", "-f", "--fmt"]);
    assert_eq!(format.choices, ["text", "json", "xml"]);
    assert_eq!(format.default.as_deref(), Some("text"));
    assert!(format.global);
    let export = old
        .command
        .commands
        .iter()
        .find(|c| c.name == "export")
        .unwrap();
    assert!(export.hidden);
    assert_eq!(export.aliases, ["exp"]);

    assert_eq!(
        rules(&old, &new),
        [
            "cli-choice-removed",        // --format no longer takes xml
            "cli-command-added",         // import
            "cli-command-alias-removed", // sync no longer answers to s
            "cli-command-removed",       // export (hidden, not deprecated)
            "cli-default-changed",       // --format text -> json
            "cli-flag-added",            // --quiet
            "cli-flag-removed",          // --colour
            "cli-required-added",        // sync --region
        ]
    );
    assert_eq!(
        rules(&new, &old),
        [
            "cli-choice-added",
            "cli-command-added",
            "cli-command-removed",
            "cli-default-changed",
            "cli-flag-added",
            "cli-flag-removed",
        ]
    );
    assert_eq!(rules(&old, &old), Vec::<String>::new());
    assert_eq!(rules(&new, &new), Vec::<String>::new());
}

/// A surface cut down to what a usage spec from clap_usage carries: value
/// types only as switch, count or a value (`string`); no `--help`,
/// `--version` or `help` subcommand, and no `false` / `0` defaults of
/// switches and counters (clap adds them in `build()`, which clap_usage does
/// not call); no placeholders (`value_name`, not compared by any rule:
/// clap_usage writes the argument's id where clap has none).
fn comparable(mut s: Surface) -> Surface {
    fn cut(c: &mut SurfaceCommand) {
        c.flags
            .retain(|f| !matches!(f.primary(), "--help" | "--version"));
        c.commands.retain(|s| s.name != "help");
        for f in &mut c.flags {
            if f.value_type != "switch" && f.value_type != "count" {
                f.value_type = "string".to_owned();
            } else {
                f.default = None;
            }
            f.value_name = None;
        }
        for a in &mut c.args {
            a.value_type = "string".to_owned();
        }
        c.commands.iter_mut().for_each(cut);
    }
    cut(&mut s.command);
    s.source = Some("usage".to_owned());
    s
}

#[test]
fn kdl_and_clap_readers_agree() {
    for (cmd, name) in [(v1(), "v1.kdl"), (v2(), "v2.kdl")] {
        let from_clap = comparable(compat_cli_surface_clap::surface(&cmd));
        let from_kdl = comparable(from_kdl(&cmd, name));
        assert_eq!(
            from_kdl.to_json(),
            from_clap.to_json(),
            "{name}: the KDL reader and the clap reader differ"
        );
    }
}

#[test]
fn kdl_leaves_out_hidden_flag_aliases() {
    // A hidden long alias still works, but clap_usage writes only visible
    // ones: a surface from KDL does not know it, one from clap does.
    let cmd = Command::new("tool").arg(Arg::new("color").long("color").alias("colour"));
    let from_clap = compat_cli_surface_clap::surface(&cmd);
    let from_kdl = from_kdl(&cmd, "alias.kdl");
    let names = |s: &Surface| {
        s.command
            .flags
            .iter()
            .find(|f| f.primary() == "--color")
            .unwrap()
            .names
            .clone()
    };
    assert_eq!(names(&from_clap), ["--color", "--colour"]);
    assert_eq!(names(&from_kdl), ["--color"]);
}
