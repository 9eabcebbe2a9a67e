//! What every handler shares: where the store is, which project to show,
//! the fixed day countdowns count from (or the clock), and the impact
//! bindings an index records for the store's libraries (read when the
//! server started). The store is opened read-only
//! for each request: a page shows what is recorded at that moment, and a
//! failing database fails one request, not the server.

use compat_dashboard::{IndexBindings, LoadOptions, Snapshot};
use compat_store::{Location, Store, StoreError};

/// The server's shared state.
#[derive(Debug, Clone)]
pub struct App {
    /// The history store.
    pub store: Location,
    /// The project shown (default: the one with the newest run).
    pub project: Option<String>,
    /// The day countdowns count from (`YYYY-MM-DD`); today (UTC) when `None`.
    pub today: Option<String>,
    /// What an index says about the store's libraries, read at start;
    /// judged against the latest findings at every page.
    pub impact: Option<IndexBindings>,
}

impl App {
    /// The store, opened read-only.
    pub fn open_store(&self) -> Result<Store, StoreError> {
        Store::open_read_only(&self.store)
    }

    /// The dashboard's snapshot of the store now.
    pub fn snapshot(&self) -> Result<Snapshot, StoreError> {
        let mut store = self.open_store()?;
        let now = compat_report::time::now_rfc3339();
        let snap = Snapshot::load(
            &mut store,
            &LoadOptions {
                project: self.project.clone(),
                today: self
                    .today
                    .clone()
                    .unwrap_or_else(|| now.get(..10).unwrap_or_default().to_owned()),
                generated_at: now,
            },
        )?;
        Ok(match &self.impact {
            Some(b) => snap.with_bindings(b.clone()),
            None => snap,
        })
    }
}
