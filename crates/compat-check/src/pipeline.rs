//! The pipeline of [`run`]: load, analyse, apply the policy per component,
//! judge the waivers, compute the exit status.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_config::{Component, ComponentKind, Config, Date, FailOn, ItemKind, PromiseKind};
use compat_policy::baseline::FindingsBaseline;
use compat_policy::promises::{self, Versions};
use compat_policy::waivers::Waivers;
use compat_policy::{deprecations, levels, location_of, slash_path as slash, verdict};
use compat_report::check::{ComponentResult, RunInfo, State};
use compat_report::{Finding, Location, Report, Severity, Status, Summary};

use crate::analyse::{analyse, Analysis, Paths};
use crate::baseline::relative_to;
use crate::contract::ContractPolicy;
use crate::error::CheckError;
use crate::git::Repo;
use crate::provenance;
use crate::registry::Candidate;
use crate::versions::{releases, versions, Sources};
use crate::BaselineKind;

/// What to check and how.
#[derive(Default)]
pub struct CheckOptions<'a> {
    /// The project file (`--config`); found by walking up from
    /// `start_dir` when `None`.
    pub config: Option<PathBuf>,
    /// Where discovery starts (the working directory).
    pub start_dir: PathBuf,
    /// Components to check (all when empty).
    pub components: Vec<String>,
    /// The date waivers and deprecations are judged on.
    pub now: Option<Date>,
    /// Which baseline to compare with.
    pub baseline: BaselineKind,
    /// The candidate's version (`--version`), overriding `version_from`.
    pub version: Option<String>,
    /// Called between the two sides of each library diff.
    pub between_sides: Option<&'a dyn Fn()>,
}

impl CheckOptions<'_> {
    /// The same options without the memory callback (for a second run).
    pub fn clone_without_callback(&self) -> CheckOptions<'static> {
        CheckOptions {
            config: self.config.clone(),
            start_dir: self.start_dir.clone(),
            components: self.components.clone(),
            now: self.now,
            baseline: self.baseline,
            version: self.version.clone(),
            between_sides: None,
        }
    }
}

/// The result of a run.
#[derive(Debug)]
pub struct Outcome {
    /// The report, every finding with its component, fingerprint, status
    /// and location.
    pub report: Report,
    /// 0, 1 or 2 (see the crate documentation).
    pub exit_code: u8,
    /// The configuration that was applied.
    pub config: Config,
}

/// Loads the project file named by `opts` or found from its start directory.
pub fn load_config(opts: &CheckOptions<'_>) -> Result<Config, CheckError> {
    let path = match &opts.config {
        Some(p) => p.clone(),
        None => compat_config::discover(&opts.start_dir)
            .ok_or_else(|| CheckError::NoConfig(opts.start_dir.display().to_string()))?,
    };
    Ok(compat_config::load(&path)?)
}

/// Runs the check.
pub fn run(opts: &CheckOptions<'_>) -> Result<Outcome, CheckError> {
    let started_at = provenance::now_rfc3339();
    let config = load_config(opts)?;
    let now = opts.now.unwrap_or_else(Date::today_utc);
    let dir = if config.dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        config.dir.clone()
    };
    let repo = Repo::find(&dir);
    let root = repo
        .as_ref()
        .map(|r| r.root.clone())
        .unwrap_or_else(|| std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone()));
    let selected: Vec<&Component> = if opts.components.is_empty() {
        config.components.iter().collect()
    } else {
        let mut out = Vec::new();
        for name in &opts.components {
            match config.component(name) {
                Some(c) => out.push(c),
                None => {
                    return Err(CheckError::UnknownComponent {
                        file: config.path.display().to_string(),
                        name: name.clone(),
                        known: config
                            .components
                            .iter()
                            .map(|c| c.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    })
                }
            }
        }
        out
    };
    if let Some(v) = &opts.version {
        if compat_policy::Version::parse(v).is_none() {
            return Err(CheckError::Usage(format!(
                "--version {v}: not a version (1.2.3)"
            )));
        }
    }

    let shown = compat_config::display_path(&config.path)
        .display()
        .to_string();
    let mut report = Report::new("check", vec![shown.clone()]);
    let ci = provenance::CiJob::from_env();
    report.run = Some(RunInfo {
        now: now.to_string(),
        config: shown,
        git_commit: repo.as_ref().and_then(Repo::head),
        project: Some(config.project.name.clone()),
        baseline: Some(
            match opts.baseline {
                BaselineKind::Main => "main",
                BaselineKind::Release => "release",
            }
            .into(),
        ),
        config_sha256: compat_fs::read(&config.path, compat_fs::Limit::Config)
            .ok()
            .map(|bytes| provenance::sha256_hex(&bytes)),
        started_at: Some(started_at),
        finished_at: None,
        exit_code: None,
        git_ref: ci.git_ref,
        ci_url: ci.url,
    });
    let mut waivers = Waivers::new(&config, now, &root);
    let cx = Cx {
        config: &config,
        dir: &dir,
        root: &root,
        repo: repo.as_ref(),
        now,
        opts,
    };
    let mut fail_on_by_component = Vec::new();
    for c in &selected {
        let (findings, result, errors, notes, deps) = cx.component(c, &mut waivers);
        report.deprecations.extend(deps);
        let fail_on = match config.effective(&c.name).fail_on.value {
            FailOn::Breaking => Severity::Breaking,
            FailOn::Warning => Severity::Warning,
        };
        fail_on_by_component.push((c.name.clone(), fail_on));
        report.findings.extend(findings);
        report.errors.extend(errors);
        report.notes.extend(notes);
        report.components.push(result);
    }
    let checked: BTreeSet<String> = selected.iter().map(|c| c.name.clone()).collect();
    let (mut own, states) = waivers.finish(&checked, opts.components.is_empty());
    for f in &mut own {
        set_fingerprint(f, f.subject.component.clone().as_deref().unwrap_or(""), &[]);
    }
    report.findings.extend(own);
    report.waivers = states;
    // C++ symbols in the lists read demangled, as in `abi diff`.
    compat_abi::compare::shown_names(&mut report);
    report.finish();

    let project_fail_on = match config.policy.fail_on {
        FailOn::Breaking => Severity::Breaking,
        FailOn::Warning => Severity::Warning,
    };
    let fails = report.findings.iter().any(|f| {
        let fail_on = f
            .subject
            .component
            .as_deref()
            .and_then(|c| fail_on_by_component.iter().find(|(n, _)| n == c))
            .map_or(project_fail_on, |(_, s)| *s);
        f.counts() && f.severity <= fail_on
    });
    let exit_code = if !report.errors.is_empty() {
        2
    } else if fails {
        1
    } else {
        0
    };
    if let Some(run) = &mut report.run {
        run.finished_at = Some(provenance::now_rfc3339());
        run.exit_code = Some(exit_code);
    }
    Ok(Outcome {
        report,
        exit_code,
        config,
    })
}

/// What every component's check shares.
struct Cx<'a> {
    config: &'a Config,
    dir: &'a Path,
    root: &'a Path,
    repo: Option<&'a Repo>,
    now: Date,
    opts: &'a CheckOptions<'a>,
}

/// One component's findings, result, errors, notes and deprecations.
type ComponentOutcome = (
    Vec<Finding>,
    ComponentResult,
    Vec<compat_report::InputError>,
    Vec<String>,
    Vec<compat_report::check::DeprecationResult>,
);

impl Cx<'_> {
    /// Steps 2 and 3 for one component.
    fn component(&self, c: &Component, waivers: &mut Waivers<'_>) -> ComponentOutcome {
        let policy = self.config.effective(&c.name);
        let promises: Vec<&compat_config::Promise> = self
            .config
            .promises_of(c)
            .iter()
            .filter_map(|n| self.config.promises.get(n))
            .collect();
        let schema = self.config.promise_of(c, PromiseKind::JsonSchema);
        let contract = ContractPolicy {
            now: Some(self.now),
            schema_mode: schema.and_then(|p| p.mode.as_deref()),
            schema_policy: schema.and_then(|p| p.policy.as_deref()),
            // The component's own release tags, else the project's.
            release_tags: promises
                .iter()
                .copied()
                .chain(self.config.promises.values())
                .find_map(|p| match &p.version_from {
                    Some(compat_config::VersionFrom::GitTag(glob)) => Some(glob.as_str()),
                    _ => None,
                }),
            window: Some(self.config.policy.deprecation.min_duration),
            schemas: schema.map_or(&[][..], |p| p.schemas.as_slice()),
            surface: self
                .config
                .promise_of(c, PromiseKind::Cli)
                .and_then(|p| p.surface.as_deref()),
        };
        let mut a = analyse(
            c,
            &Paths {
                dir: self.dir,
                repo: self.repo,
                baseline: self.opts.baseline,
                between_sides: self.opts.between_sides,
                contract,
                sysroot: self.config.sysroot_of(c),
            },
        );
        // Source files are named relative to the component's tree, however
        // the engines were handed it (as written, or joined to the project's
        // directory).
        let roots: Vec<String> = [c.path.as_deref(), c.artifact.as_deref()]
            .into_iter()
            .flatten()
            .flat_map(|p| {
                let joined = self.dir.join(p);
                [
                    p.to_owned(),
                    joined.display().to_string(),
                    compat_config::display_path(&joined).display().to_string(),
                ]
            })
            .collect();
        let mut findings = std::mem::take(&mut a.findings);
        for f in &mut findings {
            f.subject.component = Some(c.name.clone());
            f.location = Some(self.locate(f, c, &a));
            set_fingerprint(f, &c.name, &roots);
        }
        // [policy.rules]
        levels::classify(&mut findings, &policy);

        // The semver promise's versions (the first one's source decides
        // releases for deprecation windows).
        let semver_from = self
            .config
            .promise_of(c, PromiseKind::Semver)
            .and_then(|p| p.version_from.as_ref());
        let candidate = self.opts.version.as_deref().or(c.version.as_deref());
        let sources = Sources {
            dir: self.dir,
            repo: self.repo,
            candidate,
        };
        let main_versions = versions(semver_from, &a, &sources);
        if let Some(v) = &main_versions.to {
            waivers.set_candidate(&c.name, v.clone());
        }

        // Deprecations.
        let release_list = releases(semver_from, self.repo);
        let previous = self.previous_deprecations(&a);
        let exported = &a.exported;
        let analysed_library =
            c.kind == ComponentKind::ElfLibrary && a.analysed && a.errors.is_empty();
        let go_dir = (c.kind == ComponentKind::GoModule)
            .then(|| self.dir.join(c.path.as_deref().unwrap_or(".")));
        // A cli or openapi component's file, read again only when the registry names one of its
        // flags, commands or endpoints.
        let contract_items = self.config.deprecations.iter().any(|d| {
            d.component == c.name
                && matches!(
                    d.item.0,
                    ItemKind::Flag | ItemKind::Command | ItemKind::Endpoint
                )
        });
        let candidate = a
            .artifact
            .as_deref()
            .filter(|_| contract_items)
            .and_then(|spec| Candidate::read(c, self.dir, spec));
        let present = |kind: ItemKind, name: &str| -> Option<bool> {
            match (kind, &go_dir) {
                (ItemKind::Symbol, _) if analysed_library => Some(exported.contains(name)),
                (ItemKind::Go, Some(d)) => {
                    Some(crate::markers::check_go(d, self.root, name).is_some())
                }
                _ => candidate.as_ref().and_then(|f| f.present(kind, name)),
            }
        };
        let headers = c.public_headers.as_deref().map(|h| self.dir.join(h));
        let marker = |kind: ItemKind, name: &str| -> Option<Result<(), String>> {
            match (kind, &headers, &go_dir) {
                (ItemKind::Symbol, Some(h), _) => crate::markers::check(h, self.root, name),
                (ItemKind::Go, _, Some(d)) => crate::markers::check_go(d, self.root, name),
                _ => candidate.as_ref().and_then(|f| f.marker(kind, name)),
            }
        };
        let (mut dep_findings, dep_states) = deprecations::check(
            self.config,
            &c.name,
            &mut findings,
            &deprecations::Inputs {
                now: self.now,
                root: self.root,
                releases: &release_list,
                previous: &previous,
                present: &present,
                marker: &marker,
            },
        );
        for f in &mut dep_findings {
            if f.location.is_none() {
                f.location = Some(location_of(&c.at, self.root));
            }
            set_fingerprint(f, &c.name, &roots);
        }
        findings.extend(dep_findings);

        // Findings baseline.
        let mut errors = std::mem::take(&mut a.errors);
        if let Some(spec) = &c.findings_baseline {
            match self.findings_baseline(spec) {
                Ok(Some(b)) => {
                    let mut stale = b.apply(&mut findings);
                    for f in &mut stale {
                        f.location = Some(self.file_location(spec).unwrap_or_else(|| location_of(&c.at, self.root)));
                        set_fingerprint(f, &c.name, &roots);
                    }
                    findings.extend(stale);
                }
                Ok(None) => a.notes.push(format!(
                    "{}: findings baseline {spec} does not exist yet (compat baseline update --findings writes it)",
                    c.name
                )),
                Err(e) => errors.push(compat_report::InputError {
                    file: spec.clone(),
                    message: e,
                }),
            }
        }

        // Waivers, then promises over what still counts.
        waivers.apply(&mut findings);
        let dep_ids: Vec<&str> = self
            .config
            .deprecations
            .iter()
            .filter(|d| d.component == c.name)
            .map(|d| d.id.as_str())
            .collect();
        let verdict = a
            .verdict
            .map(|_| verdict::verdict(&findings, &policy, &dep_ids));
        let sonames = a
            .sonames
            .as_ref()
            .map(|(o, n)| (o.as_deref(), n.as_deref()));
        let versions_of = |name: &str| -> Versions {
            let from = self
                .config
                .promises
                .get(name)
                .and_then(|p| p.version_from.as_ref());
            if from == semver_from {
                main_versions.clone()
            } else {
                versions(from, &a, &sources)
            }
        };
        let promised = if a.analysed && errors.is_empty() {
            promises::check(
                self.config,
                c,
                &findings,
                &promises::Inputs {
                    policy: &policy,
                    versions: &versions_of,
                    sonames,
                    deprecations: &dep_ids,
                    root: self.root,
                },
            )
        } else {
            promises::Outcome::default()
        };
        if let Some((name, why)) = &promised.allowed_by {
            promises::allow(&mut findings, name, why);
        }
        let (mut promise_findings, promise_results) = (promised.findings, promised.results);
        for f in &mut promise_findings {
            set_fingerprint(f, &c.name, &roots);
        }
        waivers.apply(&mut promise_findings);
        findings.extend(promise_findings);

        // The component's result.
        let mut summary = Summary {
            errors: errors.len(),
            ..Summary::default()
        };
        for f in &findings {
            match (f.status, f.severity) {
                (Status::Waived, _) => summary.waived += 1,
                (Status::Baselined, _) => summary.baselined += 1,
                (Status::New, Severity::Breaking) => summary.breaking += 1,
                (Status::New, Severity::Warning) => summary.warning += 1,
                (Status::New, Severity::Info) => summary.info += 1,
            }
        }
        let state = if !errors.is_empty() {
            State::Error
        } else if !a.analysed {
            State::Unknown
        } else if summary.breaking > 0 {
            State::Breaking
        } else if summary.warning > 0 {
            State::Warning
        } else {
            State::Ok
        };
        let bump = match (&main_versions.from, &main_versions.to) {
            (Some(f), Some(t)) => Some(
                f.bump_to(
                    t,
                    self.config
                        .promises
                        .values()
                        .find(|p| p.kind == PromiseKind::Semver)
                        .is_none_or(|p| p.zero_major_is_unstable),
                ),
            ),
            _ => None,
        };
        let result = ComponentResult {
            name: c.name.clone(),
            kind: c.kind.as_str().to_owned(),
            owner: c.owner.clone(),
            state,
            baseline: a.baseline.as_ref().map(|b| b.shown.clone()),
            version_from: main_versions.from.as_ref().map(ToString::to_string),
            version_to: main_versions.to.as_ref().map(ToString::to_string),
            bump,
            verdict,
            promises: promise_results,
            summary,
            interface: a.interface,
            soname_from: a.sonames.as_ref().and_then(|(o, _)| o.clone()),
            soname_to: a.sonames.as_ref().and_then(|(_, n)| n.clone()),
        };
        (findings, result, errors, a.notes, dep_states)
    }

    /// Where a finding is shown: its source line (or the line the engine
    /// found in the file it compared), else the artifact when it
    /// is in the repository, else the committed baseline, else the
    /// component's entry in `compat.toml`.
    fn locate(&self, f: &Finding, c: &Component, a: &Analysis) -> Location {
        // A line the engine found in a file it compared (`openapi diff`),
        // when that file is one of the tree's (not a git revision's).
        if let Some(l) = f.location.as_ref().filter(|l| l.line.is_some()) {
            let file = Path::new(&l.path);
            if let Some(rel) = file
                .is_file()
                .then(|| relative_to(file, self.root))
                .flatten()
            {
                return Location {
                    path: slash(&rel),
                    line: l.line,
                    column: l.column,
                };
            }
        }
        if let (Some(file), Some(line)) = (&f.subject.file, f.subject.line) {
            // The engines name source files as handed them: relative to the
            // working directory, or absolute.
            if let Some(rel) = relative_to(Path::new(file), self.root) {
                return Location {
                    path: slash(&rel),
                    line: Some(line),
                    column: f.subject.column,
                };
            }
        }
        // A json-schema component's set of files: the file compared, else (a file removed) the
        // component in compat.toml.
        if c.kind == ComponentKind::JsonSchema && a.artifact.is_none() {
            let compared = f
                .subject
                .new_file
                .as_deref()
                .filter(|file| self.dir.join(file).is_file())
                .and_then(|file| self.file_location(file));
            return compared.unwrap_or_else(|| location_of(&c.at, self.root));
        }
        if let Some(l) = a.artifact.as_deref().and_then(|p| {
            let path = self.dir.join(p);
            path.exists().then(|| self.file_location(p)).flatten()
        }) {
            return l;
        }
        if let Some(committed) = a.baseline.as_ref().and_then(|b| b.committed.as_ref()) {
            return Location {
                path: slash(committed),
                line: None,
                column: None,
            };
        }
        location_of(&c.at, self.root)
    }

    /// A file named in the project file, relative to the repository root.
    fn file_location(&self, spec: &str) -> Option<Location> {
        let rel = relative_to(&self.dir.join(spec), self.root)?;
        Some(Location {
            path: slash(&rel),
            line: None,
            column: None,
        })
    }

    /// The findings baseline named by `spec` (`None` when not written yet).
    fn findings_baseline(&self, spec: &str) -> Result<Option<FindingsBaseline>, String> {
        let path = self.dir.join(spec);
        if !path.exists() {
            return Ok(None);
        }
        let bytes = compat_fs::read(&path, compat_fs::Limit::Dump).map_err(|e| e.reason())?;
        let text = String::from_utf8(bytes).map_err(|_| "not UTF-8".to_owned())?;
        FindingsBaseline::parse(&text)
            .map(Some)
            .map_err(|e| e.to_string())
    }

    /// The deprecation registry as the baseline's revision had it (`git:`
    /// baselines), so moving a window earlier is seen.
    fn previous_deprecations(&self, a: &Analysis) -> Vec<compat_config::Deprecation> {
        let (Some(repo), Some(rev)) = (
            self.repo,
            a.baseline.as_ref().and_then(|b| b.rev.as_deref()),
        ) else {
            return Vec::new();
        };
        let Some(rel) = relative_to(&self.config.path, &repo.root) else {
            return Vec::new();
        };
        let Ok(bytes) = repo.show(rev, &rel.to_string_lossy()) else {
            return Vec::new();
        };
        let text = String::from_utf8_lossy(&bytes);
        compat_config::parse(&text, &self.config.path)
            .map(|c| c.deprecations)
            .unwrap_or_default()
    }
}

/// Gives `f` its fingerprint within `component`.
fn set_fingerprint(f: &mut Finding, component: &str, roots: &[String]) {
    f.fingerprint = compat_report::fingerprint::fingerprint(&f.rule, component, &f.subject, roots);
}
