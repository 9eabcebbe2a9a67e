//! `compat serve` and `compat dashboard build`: where the store is (as for
//! `compat history`), the day countdowns count from, and the impact matrix
//! when `--index` is given; the pages are compat-dashboard's, the server is
//! compat-server.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use compat_dashboard::{
    CellWaiver, ConsumerBinding, IndexBindings, Links, LoadOptions, ProviderBindings, Route,
    Snapshot,
};
use compat_report::render::count;
use compat_server::{App, Server};
use compat_store::Store;

use crate::cli::{DashboardArgs, ServeArgs};
use crate::commands::history;
use crate::output;

/// `--now`, else `COMPAT_NOW`, checked (`None`: today, by the clock, at each page).
fn fixed_day(flag: Option<&str>) -> anyhow::Result<Option<String>> {
    let env = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
    let (what, text) = match (flag, env.as_deref()) {
        (Some(t), _) => ("--now", t),
        (None, Some(t)) => ("COMPAT_NOW", t),
        (None, None) => return Ok(None),
    };
    let ok = text.len() == 10 && compat_report::time::is_rfc3339_utc(&format!("{text}T00:00:00Z"));
    anyhow::ensure!(ok, "{what} {text:?}: not a date (YYYY-MM-DD)");
    Ok(Some(text.to_owned()))
}

/// With `--index`: each `elf-library` component of the project file, its
/// SONAME (read from its artifact) and the consumers the index records for
/// it, and the file's waivers of consumers' `impact-*` findings. The project
/// file is `--config`, else compat.toml found from here.
fn index_bindings(args: &DashboardArgs) -> anyhow::Result<Option<IndexBindings>> {
    let Some(index) = &args.index else {
        return Ok(None);
    };
    let path = match &args.store.config {
        Some(p) => p.clone(),
        None => compat_config::discover(&std::env::current_dir()?)
            .context("--index: the project file names the libraries; give --config compat.toml")?,
    };
    let config = compat_config::load(&path)
        .map_err(|e| anyhow::anyhow!("{}", e.to_string().lines().next().unwrap_or_default()))?;
    let conn = compat_index::schema::open_for_read(index)?;
    let mut providers = Vec::new();
    for c in &config.components {
        let (compat_config::ComponentKind::ElfLibrary, Some(artifact)) = (c.kind, &c.artifact)
        else {
            continue;
        };
        let file = config.dir.join(artifact);
        let soname = match compat_elf::load_abi(&file, compat_elf::ReadOptions::default()) {
            Ok(abi) => abi
                .soname
                .or_else(|| file.file_name().map(|n| n.to_string_lossy().into_owned())),
            Err(e) => {
                output::note_line(&format!("{}: {e}; not in the impact matrix", c.name));
                None
            }
        };
        let Some(soname) = soname else { continue };
        let consumers = compat_index::query::consumers(&conn, index, &soname)?
            .into_iter()
            .map(|k| {
                let mut bound: Vec<String> = k.bound.into_iter().map(|b| b.name).collect();
                bound.dedup();
                ConsumerBinding {
                    path: k.path,
                    bound,
                }
            })
            .collect();
        providers.push(ProviderBindings {
            component: c.name.clone(),
            soname,
            consumers,
        });
    }
    // Waivers of consumers' impact-* findings, by selectors (a fingerprint
    // is of compat impact's own finding, which the dashboard does not make).
    let waivers = config
        .waivers
        .iter()
        .filter(|w| w.rule.starts_with("impact-") && w.fingerprint.is_none())
        .map(|w| CellWaiver {
            id: w.id.clone(),
            rule: w.rule.clone(),
            subject: w.subject.clone(),
            expires: w.expires.to_string(),
        })
        .collect();
    Ok(Some(IndexBindings {
        source: index.display().to_string(),
        providers,
        waivers,
    }))
}

/// `--project NAME` must name a project of the store.
fn known_project(
    store: &mut Store,
    project: Option<&str>,
    location: &compat_store::Location,
) -> anyhow::Result<()> {
    let Some(p) = project else { return Ok(()) };
    let projects = store.projects()?;
    anyhow::ensure!(
        projects.iter().any(|x| x == p),
        "--project {p:?}: {location} has no run of that project (it has: {})",
        if projects.is_empty() {
            "none".to_owned()
        } else {
            projects.join(", ")
        }
    );
    Ok(())
}

/// `compat serve`: listens until killed; each request is one line on standard error.
pub fn serve(args: &ServeArgs) -> anyhow::Result<u8> {
    let d = &args.dashboard;
    let addr: SocketAddr = args.listen.parse().with_context(|| {
        format!(
            "--listen {:?}: not an address and port (127.0.0.1:8080, [::1]:8080)",
            args.listen
        )
    })?;
    let location = history::location(&d.store)?;
    // Refuse a store that cannot be read now rather than at the first page.
    let mut store = Store::open_read_only(&location)?;
    known_project(&mut store, d.project.as_deref(), &location)?;
    drop(store);
    let today = fixed_day(d.now.as_deref())?;
    let app = App {
        store: location.clone(),
        project: d.project.clone(),
        today,
        impact: index_bindings(d)?,
    };
    let server = Server::bind(addr, args.allow_non_loopback)?;
    output::note_line(&format!(
        "serving the dashboard of {location} on http://{}/",
        server.local_addr()
    ));
    let log: Arc<compat_server::Log> = Arc::new(|line: &str| output::note_line(line));
    server.run(Arc::new(app), log)?;
    Ok(0)
}

/// `compat dashboard build -o DIR`: every page and its JSON twin, each file
/// written atomically, the overview last (so it never links to a page not
/// yet written).
pub fn build(args: &DashboardArgs, dir: &Path) -> anyhow::Result<u8> {
    let location = history::location(&args.store)?;
    let mut store = Store::open_read_only(&location)?;
    known_project(&mut store, args.project.as_deref(), &location)?;
    let now = compat_report::time::now_rfc3339();
    let today = fixed_day(args.now.as_deref())?
        .unwrap_or_else(|| now.get(..10).unwrap_or_default().to_owned());
    let bindings = index_bindings(args)?;
    let snap = Snapshot::load(
        &mut store,
        &LoadOptions {
            project: args.project.clone(),
            today,
            generated_at: now,
        },
    )?;
    let snap = match bindings {
        Some(b) => snap.with_bindings(b),
        None => snap,
    };
    let mut routes = snap.routes();
    routes.sort_by_key(|r| *r == Route::Overview);
    let mut written = 0;
    for route in &routes {
        let Some(page) = compat_dashboard::render(
            &snap,
            route,
            Links::Static {
                depth: route.depth(),
            },
        ) else {
            continue;
        };
        let mut json = serde_json::to_vec_pretty(&page.json)?;
        json.push(b'\n');
        for (rel, bytes) in [
            (route.api_file(), json),
            (route.file(), page.html.into_bytes()),
        ] {
            let path = dir.join(&rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).with_context(|| {
                    format!("{}: cannot create the directory", parent.display())
                })?;
            }
            compat_fs::write_atomic(&path, &bytes)?;
            written += 1;
        }
    }
    output::note_line(&format!(
        "wrote {} ({}) of {location} to {}",
        count(written, "file", "files"),
        count(routes.len(), "page", "pages"),
        dir.display()
    ));
    Ok(0)
}
