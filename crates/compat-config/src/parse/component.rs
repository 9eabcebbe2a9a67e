//! `[component.NAME]`: kind, the keys each kind needs and admits, baselines,
//! references to promises and other components, the component's policy.

use super::{table_name, State};
use crate::model::{Component, ComponentKind, Exports};
use crate::policy::{ComponentPolicy, Policy};
use crate::read::{Section, Sink, Spanned};

use ComponentKind::{Cli, ElfLibrary, ElfProgram, GoModule, JsonSchema, OpenApi};

const COMPONENT_KEYS: &[&str] = &[
    "kind",
    "owner",
    "artifact",
    "baseline",
    "public_headers",
    "debug_dir",
    "promises",
    "library_path",
    "sysroot",
    "findings_baseline",
    "path",
    "go",
    "targets",
    "exports",
    "consumes",
    "version",
    "policy",
    "ref_map",
];

/// Keys that only some kinds admit (every other key admits every kind).
const KIND_KEYS: &[(&str, &[ComponentKind])] = &[
    (
        "artifact",
        &[ElfLibrary, ElfProgram, Cli, JsonSchema, OpenApi],
    ),
    (
        "baseline",
        &[ElfLibrary, ElfProgram, GoModule, Cli, JsonSchema, OpenApi],
    ),
    (
        "findings_baseline",
        &[ElfLibrary, ElfProgram, GoModule, Cli, JsonSchema, OpenApi],
    ),
    ("public_headers", &[ElfLibrary]),
    ("debug_dir", &[ElfLibrary, ElfProgram]),
    ("library_path", &[ElfLibrary, ElfProgram]),
    ("sysroot", &[ElfLibrary, ElfProgram]),
    ("path", &[GoModule]),
    ("go", &[GoModule]),
    ("targets", &[GoModule]),
    ("exports", &[GoModule]),
    ("ref_map", &[JsonSchema]),
];

/// Keys each kind needs.
const REQUIRED: &[(ComponentKind, &str, &str)] = &[
    (ElfLibrary, "artifact", "the library file"),
    (ElfProgram, "artifact", "the program file"),
    (GoModule, "path", "the module directory"),
];

impl State {
    /// Every `[component.NAME]`, in file order.
    pub(super) fn component_tables(
        &mut self,
        root: &Section<'_>,
        policy: &Policy,
        sink: &mut Sink<'_>,
    ) -> Vec<Component> {
        let mut out = Vec::new();
        let Some(all) = root.table(sink, "component", "[component]".into()) else {
            return out;
        };
        for (key, _) in all.entries() {
            let name = key.get();
            let Some(section) = all.table(sink, name, table_name("component", name)) else {
                continue;
            };
            if let Some(c) = self.component(name, &section, policy, sink) {
                out.push(c);
            }
        }
        out
    }

    fn component(
        &mut self,
        name: &str,
        section: &Section<'_>,
        policy: &Policy,
        sink: &mut Sink<'_>,
    ) -> Option<Component> {
        section.check_keys(sink, COMPONENT_KEYS);
        let kind = if section.has("kind") {
            section.keyword(sink, "kind", ComponentKind::NAMES, ComponentKind::from_name)
        } else {
            section.missing(sink, "kind", "");
            None
        };
        let owner = if policy.require_owner && !section.has("owner") {
            section.missing(sink, "owner", " (policy.require_owner is true)");
            None
        } else if section.has("owner") {
            section.required_string(sink, "owner", "").map(|s| s.value)
        } else {
            None
        };
        let path_key = |key: &str, sink: &mut Sink<'_>| {
            let v = section.string(sink, key)?;
            check_path_value(sink, key, &v, &section.name, false).then_some(v.value)
        };
        let artifact = path_key("artifact", sink);
        // A contract kind's baseline may be `git:REF`: its file (or files) at their own paths there.
        let revision_only = kind
            .as_ref()
            .is_some_and(|k| matches!(k.value, Cli | JsonSchema | OpenApi));
        let (baseline_main, baseline_release) = self.baselines(section, sink, revision_only);
        let public_headers = path_key("public_headers", sink);
        let debug_dir = path_key("debug_dir", sink);
        let findings_baseline = path_key("findings_baseline", sink);
        let path = path_key("path", sink);
        let go = section.string(sink, "go").map(|s| s.value);
        let version = section.string(sink, "version").map(|s| s.value);

        let promises = section.strings(sink, "promises", false).unwrap_or_default();
        for p in &promises {
            self.check_promise(sink, p, &section.name);
        }
        let consumes = section.strings(sink, "consumes", false).unwrap_or_default();
        for c in &consumes {
            if c.value == name {
                sink.error(
                    c.span.clone(),
                    format!("{} cannot consume itself", section.name),
                );
            } else {
                self.check_component(sink, c, &section.name);
            }
        }
        let library_path = section
            .strings(sink, "library_path", false)
            .unwrap_or_default();
        let sysroot = section
            .string(sink, "sysroot")
            .filter(|s| check_sysroot(sink, s, &section.name))
            .map(|s| s.value);
        let targets = section.strings(sink, "targets", false).unwrap_or_default();
        for t in &targets {
            let ok = matches!(t.value.split_once('/'), Some((os, arch))
                if !os.is_empty() && !arch.is_empty() && !arch.contains('/'));
            if !ok {
                sink.error(
                    t.span.clone(),
                    format!(
                        "target {:?} in {} is not GOOS/GOARCH (\"linux/amd64\")",
                        t.value, section.name
                    ),
                );
            }
        }
        let exports = section
            .table(sink, "exports", format!("`exports` of {}", section.name))
            .and_then(|e| exports(&e, sink));
        let ref_map = section
            .table(sink, "ref_map", format!("`ref_map` of {}", section.name))
            .map(|m| ref_map(&m, sink))
            .unwrap_or_default();
        let policy = match section.table(
            sink,
            "policy",
            format!("{}.policy]", section.name.trim_end_matches(']')),
        ) {
            Some(p) => self.component_policy(&p, sink),
            None => ComponentPolicy::default(),
        };

        let kind = kind?.value;
        for (key, kinds) in KIND_KEYS {
            if kinds.contains(&kind) {
                continue;
            }
            if let Some((k, _)) = section.get(key) {
                let list: Vec<String> = kinds.iter().map(|k| format!("\"{k}\"")).collect();
                sink.error(
                    k.span(),
                    format!(
                        "`{key}` in {} does not apply to kind \"{kind}\" (only to {})",
                        section.name,
                        list.join(", ")
                    ),
                );
            }
        }
        for (needs, key, what) in REQUIRED {
            if *needs == kind && !section.has(key) {
                section.missing(sink, key, &format!(" (kind \"{kind}\" needs {what})"));
            }
        }
        Some(Component {
            name: name.to_owned(),
            kind,
            owner,
            artifact,
            baseline_main,
            baseline_release,
            public_headers,
            debug_dir,
            promises: promises.into_iter().map(|p| p.value).collect(),
            library_path: library_path.into_iter().map(|p| p.value).collect(),
            sysroot,
            findings_baseline,
            path,
            go,
            targets: targets.into_iter().map(|t| t.value).collect(),
            exports,
            consumes: consumes.into_iter().map(|c| c.value).collect(),
            ref_map,
            version,
            policy,
            at: sink.loc(section.span.clone()),
        })
    }

    /// `baseline.main` / `baseline.release` (dotted keys, an inline table or
    /// a `[component.NAME.baseline]` table).
    fn baselines(
        &self,
        section: &Section<'_>,
        sink: &mut Sink<'_>,
        revision_only: bool,
    ) -> (Option<String>, Option<String>) {
        let name = format!("{}.baseline]", section.name.trim_end_matches(']'));
        let Some(baseline) = section.table(sink, "baseline", name) else {
            return (None, None);
        };
        baseline.check_keys(sink, &["main", "release"]);
        let mut get = |key: &str| {
            let v = baseline.string(sink, key)?;
            check_path_value(sink, key, &v, &baseline.name, revision_only).then_some(v.value)
        };
        (get("main"), get("release"))
    }

    /// Records an error unless `name` is a component.
    pub(super) fn check_component(&self, sink: &mut Sink<'_>, name: &Spanned<String>, place: &str) {
        if self.components.contains(&name.value) {
            return;
        }
        let hint = sink.hint(&name.value, self.components.iter().map(String::as_str));
        sink.error(
            name.span.clone(),
            format!(
                "unknown component `{}` in {place}{hint} (components are declared as [component.NAME])",
                name.value
            ),
        );
    }
}

/// `ref_map = { "https://example.com/a.json" = "vendor/a.json" }`: each remote document a `$ref`
/// names, read from a file instead (a path relative to compat.toml, not `git:`).
fn ref_map(section: &Section<'_>, sink: &mut Sink<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (key, _) in section.entries() {
        let url = key.get();
        let Some(v) = section.string(sink, url) else {
            continue;
        };
        if check_path_value(sink, url, &v, &section.name, false) {
            if v.value.starts_with("git:") {
                sink.error(
                    v.span.clone(),
                    format!(
                        "`{url}` in {} must be a file of the project, not git:REF:PATH (it is read at the revision compared)",
                        section.name
                    ),
                );
                continue;
            }
            out.push((url.to_owned(), v.value));
        }
    }
    out
}

/// `exports = { lib = ..., baseline = ... }`.
fn exports(section: &Section<'_>, sink: &mut Sink<'_>) -> Option<Exports> {
    section.check_keys(sink, &["lib", "baseline"]);
    let lib = section.required_string(sink, "lib", "")?;
    let baseline = section.string(sink, "baseline").map(|b| b.value);
    Some(Exports {
        lib: lib.value,
        baseline,
    })
}

/// A `sysroot`: a directory of this machine (relative to compat.toml), not
/// empty and not read from git (ld.so's search walks a tree); records an
/// error if not.
pub(super) fn check_sysroot(sink: &mut Sink<'_>, v: &Spanned<String>, place: &str) -> bool {
    let problem = if v.value.trim().is_empty() {
        "must not be empty"
    } else if v.value.starts_with("git:") {
        "must be a directory of this machine, not a git:REF:PATH (the loader's search walks the tree)"
    } else {
        return true;
    };
    sink.error(v.span.clone(), format!("`sysroot` in {place} {problem}"));
    false
}

/// A path, or `git:REF:PATH` with both parts (or `git:REF` where `revision_only`); records an
/// error if not.
fn check_path_value(
    sink: &mut Sink<'_>,
    key: &str,
    v: &Spanned<String>,
    place: &str,
    revision_only: bool,
) -> bool {
    let problem = if v.value.trim().is_empty() {
        Some("must not be empty".to_owned())
    } else if let Some(rest) = v.value.strip_prefix("git:") {
        match rest.split_once(':') {
            Some((r, p)) if !r.is_empty() && !p.is_empty() => None,
            None if revision_only && !rest.is_empty() => None,
            _ if revision_only => Some(format!(
                "{:?} must be git:REF (\"git:v1.2.0\", the same path there) or git:REF:PATH",
                v.value
            )),
            _ => Some(format!(
                "{:?} must be git:REF:PATH (\"git:v1.2.0:compat/baselines/lib.abi.json\")",
                v.value
            )),
        }
    } else {
        None
    };
    match problem {
        Some(p) => {
            sink.error(v.span.clone(), format!("`{key}` in {place} {p}"));
            false
        }
        None => true,
    }
}
