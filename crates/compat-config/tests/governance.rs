//! The full example of GOVERNANCE.md §6.2 loads, and every value means what
//! the file says (copied verbatim: every rule id it names is in compat's
//! catalog).

use std::path::Path;

use compat_config::{
    Bump, ComponentKind, Config, Date, DurationUnit, FailOn, ItemKind, Level, Origin, PromiseKind,
    UnusedWaivers, VersionFrom,
};

const FIXTURE: &str = "tests/fixtures/governance-example.toml";

fn config() -> Config {
    compat_config::load(Path::new(FIXTURE)).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("date")
}

fn at(c: &Config, line: u32, col: u32) -> String {
    format!("{}:{line}:{col}", c.path.display())
}

#[test]
fn project_and_policy() {
    let c = config();
    assert_eq!(c.version, 1);
    assert_eq!(c.path, Path::new(FIXTURE));
    assert_eq!(c.dir, Path::new("tests/fixtures"));
    assert_eq!(c.project.name, "tts-platform");
    assert_eq!(
        c.project.history.as_deref(),
        Some("sqlite:compat/history.db")
    );
    assert_eq!(c.project.timezone, "UTC");
    assert!(c.project.waiver_files.is_empty());
    assert_eq!(c.project.at.to_string(), at(&c, 3, 1));

    let p = &c.policy;
    assert_eq!(p.fail_on, FailOn::Breaking);
    assert_eq!(p.promises, ["semver"]);
    assert_eq!(p.max_waiver_days, 180);
    assert_eq!(p.waiver_warn_days, 14);
    assert_eq!(p.unused_waivers, UnusedWaivers::Warn);
    assert!(p.require_owner);
    assert_eq!(p.set_at["max_waiver_days"].to_string(), at(&c, 12, 1));

    let rules: Vec<(&str, Option<Level>, Option<Bump>, String)> = p
        .rules
        .iter()
        .map(|(id, r)| (id.as_str(), r.severity, r.bump, r.at.to_string()))
        .collect();
    assert_eq!(
        rules,
        [
            (
                "abi-enumerator-added",
                Some(Level::Info),
                None,
                at(&c, 18, 1)
            ),
            (
                "go-plus-build-obsolete",
                Some(Level::Warning),
                Some(Bump::Patch),
                at(&c, 20, 1)
            ),
            (
                "ld-no-version-information",
                Some(Level::Warning),
                None,
                at(&c, 19, 1)
            ),
        ]
    );
    let d = &p.deprecation;
    assert_eq!(
        (d.min_duration.amount, d.min_duration.unit),
        (18, DurationUnit::Months)
    );
    assert_eq!(d.min_releases, 2);
    assert!(d.require_replacement);
}

#[test]
fn promises() {
    let c = config();
    let names: Vec<&str> = c.promises.keys().map(String::as_str).collect();
    assert_eq!(names, ["abi-stable", "cli-flags", "data-format", "semver"]);
    let semver = &c.promises["semver"];
    assert_eq!(semver.kind, PromiseKind::Semver);
    assert_eq!(semver.version_from, Some(VersionFrom::GitTag("v*".into())));
    assert!(semver.zero_major_is_unstable);
    assert_eq!(semver.at.to_string(), at(&c, 28, 1));
    assert_eq!(c.promises["abi-stable"].kind, PromiseKind::Soname);
    let data = &c.promises["data-format"];
    assert_eq!(data.kind, PromiseKind::JsonSchema);
    assert_eq!(data.mode.as_deref(), Some("backward-transitive"));
    assert_eq!(data.schemas, ["schemas/*.json"]);
    let cli = &c.promises["cli-flags"];
    assert_eq!(cli.kind, PromiseKind::Cli);
    assert_eq!(cli.surface.as_deref(), Some("compat/cli/tts-cli.json"));
}

#[test]
fn components() {
    let c = config();
    let names: Vec<(&str, ComponentKind)> = c
        .components
        .iter()
        .map(|x| (x.name.as_str(), x.kind))
        .collect();
    assert_eq!(
        names,
        [
            ("libavcodec", ComponentKind::ElfLibrary),
            ("libsqlite3", ComponentKind::ElfLibrary),
            ("tts-server", ComponentKind::ElfProgram),
            ("tts-core", ComponentKind::GoModule),
            ("tts-cli", ComponentKind::Cli),
            ("rest-api", ComponentKind::Declared),
        ]
    );
    let av = c.component("libavcodec").expect("libavcodec");
    assert_eq!(av.owner.as_deref(), Some("@media-team"));
    assert_eq!(av.artifact.as_deref(), Some("build/lib/libavcodec.so.60"));
    assert_eq!(
        av.baseline_release.as_deref(),
        Some("git:v6.1.0:compat/baselines/libavcodec.abi.json")
    );
    assert_eq!(
        av.baseline_main.as_deref(),
        Some("compat/baselines/libavcodec.abi.json")
    );
    assert_eq!(av.public_headers.as_deref(), Some("include/libavcodec"));
    assert_eq!(av.debug_dir.as_deref(), Some("build/debug"));
    assert_eq!(av.promises, ["semver", "abi-stable"]);
    assert_eq!(av.at.to_string(), at(&c, 46, 1));

    let sqlite = c.component("libsqlite3").expect("libsqlite3");
    assert_eq!(sqlite.baseline_release, None);
    assert_eq!(sqlite.debug_dir, None);

    let server = c.component("tts-server").expect("tts-server");
    assert_eq!(server.library_path, ["build/lib"]);
    assert_eq!(
        server.findings_baseline.as_deref(),
        Some("compat/accepted/tts-server.json")
    );
    // Names no promise: the project default applies.
    assert!(server.promises.is_empty());
    assert_eq!(c.promises_of(server), ["semver"]);

    let core = c.component("tts-core").expect("tts-core");
    assert_eq!(core.path.as_deref(), Some("go/tts-core"));
    assert_eq!(core.go.as_deref(), Some("1.22"));
    assert_eq!(core.targets, ["linux/amd64", "linux/arm64"]);
    let exports = core.exports.as_ref().expect("exports");
    assert_eq!(exports.lib, "build/lib/libttscore.so");
    assert_eq!(
        exports.baseline.as_deref(),
        Some("compat/baselines/libttscore.abi.json")
    );

    assert_eq!(
        c.component("tts-cli").expect("tts-cli").promises,
        ["semver", "cli-flags"]
    );
    assert_eq!(
        c.component("rest-api").expect("rest-api").consumes,
        ["tts-core"]
    );
}

#[test]
fn waivers() {
    let c = config();
    assert_eq!(c.waivers.len(), 2);
    let w = c.waiver("W-2026-014").expect("W-2026-014");
    assert_eq!(w.component.as_deref(), Some("libsqlite3"));
    assert_eq!(w.rule, "abi-type-size-changed");
    assert_eq!(
        w.subject.iter().collect::<Vec<_>>(),
        [(&"type".to_owned(), &"struct sqlite3_module".to_owned())]
    );
    assert_eq!(w.fingerprint, None);
    assert!(w.reason.starts_with("sqlite3_module grows only at the end"));
    assert_eq!(w.owner, "@db-team");
    assert_eq!(w.ticket.as_deref(), Some("https://tracker.example/DB-812"));
    assert_eq!(w.created, Some(date("2026-09-01")));
    assert_eq!(w.expires, date("2027-02-28"));
    assert_eq!(w.until_version, None);
    assert_eq!(w.max_matches, None);
    assert_eq!(w.at.to_string(), at(&c, 91, 1));

    let w = c.waiver("W-2026-020").expect("W-2026-020");
    assert_eq!(w.subject["symbol"], "av_init_packet");
    assert_eq!(w.subject["version"], "LIBAVCODEC_59");
    assert_eq!(w.until_version.as_deref(), Some("61.0.0"));
    assert_eq!(w.expires, date("2027-03-31"));
    assert_eq!(w.max_matches, Some(1));
    assert_eq!(w.ticket, None);
    assert_eq!(w.at.to_string(), at(&c, 102, 1));
}

#[test]
fn deprecations() {
    let c = config();
    let d7 = &c.deprecations[0];
    assert_eq!(d7.id, "D-7");
    assert_eq!(d7.component, "libavcodec");
    assert_eq!(d7.item, (ItemKind::Symbol, "av_init_packet".into()));
    assert_eq!(d7.announced, date("2025-03-01"));
    assert_eq!(d7.announced_in.as_deref(), Some("5.0.0"));
    assert_eq!(d7.replacement.as_deref(), Some("av_packet_alloc"));
    assert_eq!(
        d7.migration.as_deref(),
        Some("docs/migrations/av_init_packet.md")
    );
    assert_eq!(d7.remove_after, None);
    assert_eq!(d7.at.to_string(), at(&c, 115, 1));
    let d12 = &c.deprecations[1];
    assert_eq!(d12.item, (ItemKind::Flag, "--legacy-voice".into()));
    assert_eq!(d12.component, "tts-cli");
}

#[test]
fn effective_policy_names_each_origin() {
    let c = config();
    let e = c.effective("libavcodec");
    assert_eq!(e.fail_on.value, FailOn::Breaking);
    assert_eq!(e.fail_on.origin, Origin::Project);
    assert_eq!(
        e.fail_on.at.as_ref().map(ToString::to_string),
        Some(at(&c, 10, 1))
    );
    assert_eq!(e.promises.value, ["semver", "abi-stable"]);
    assert_eq!(e.promises.origin, Origin::Component);
    let rule = &e.rules["go-plus-build-obsolete"];
    assert_eq!(rule.severity.value, Level::Warning);
    assert_eq!(rule.severity.origin, Origin::Project);
    assert_eq!(rule.bump.as_ref().map(|b| b.value), Some(Bump::Patch));
    let server = c.effective("tts-server");
    assert_eq!(server.promises.value, ["semver"]);
    assert_eq!(server.promises.origin, Origin::Project);
}
