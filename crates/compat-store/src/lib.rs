//! The history store of compat (GOVERNANCE.md 6.6): `compat check --record`
//! and `compat history import` write each run, its per-component results,
//! its findings (by fingerprint) and the state of its waivers and
//! deprecations; `compat history runs` and the dashboard read them back.
//!
//! One API over two databases: SQLite by default (one file, [`sqlite`]), or
//! PostgreSQL for a store shared by many CI writers ([`postgres`]). The
//! tables are written once as migration files (`migrations/*.sql`) with
//! placeholders for the few types that differ ([`dialect`]), applied in
//! order and once ([`migrate`]); a store written by a newer compat is
//! refused. Every write is one transaction: concurrent writers lose
//! nothing, and a writer killed mid-way leaves the store as it was.
//!
//! This crate knows reports ([`compat_report::Report`]), not how they are
//! made: it depends on compat-report only.

mod backend;
pub mod dialect;
mod error;
mod latest;
mod location;
pub mod migrate;
mod postgres;
mod read;
mod record;
mod sqlite;
mod timeline;
mod value;

pub use error::StoreError;
pub use latest::{
    ComponentState, Current, CurrentCheck, DeprecationState, Event, FindingCount, LatestCheck,
    PromiseRow, Tally, WaiverState,
};
pub use location::{redact, Location, DEFAULT_PATH};
pub use read::{CheckRow, Counts, RunFilter, RunRow};
pub use record::{report_sha256, Recorded};
pub use timeline::HistoryRow;

use compat_report::Report;

use crate::backend::Tx;

/// An open store, its migrations applied.
pub struct Store {
    location: Location,
    shown: String,
    db: Db,
}

/// The database behind a store.
enum Db {
    Sqlite(sqlite::Db),
    Postgres(Box<postgres::Db>),
}

impl Store {
    /// Opens the store at `location`, making it (a SQLite file and its
    /// directory) when missing, and applies the migrations it lacks.
    pub fn open(location: &Location) -> Result<Store, StoreError> {
        Store::connect(location, true)
    }

    /// Opens an existing store (a missing SQLite file is an error, not made).
    pub fn open_existing(location: &Location) -> Result<Store, StoreError> {
        Store::connect(location, false)
    }

    /// Opens an existing store for reading only (the dashboard): no
    /// migration is applied and nothing is written; a store at another
    /// schema version than this build's is refused.
    pub fn open_read_only(location: &Location) -> Result<Store, StoreError> {
        let shown = location.to_string();
        let db = match location {
            Location::Sqlite(path) => Db::Sqlite(sqlite::Db::open_read_only(path, shown.clone())?),
            Location::Postgres(url) => {
                Db::Postgres(Box::new(postgres::Db::open(url, shown.clone())?))
            }
        };
        let mut store = Store {
            location: location.clone(),
            shown,
            db,
        };
        let found = store.schema_version().map_err(|e| match e {
            StoreError::Database { location, message } if message.contains("schema_version") => {
                StoreError::Corrupt {
                    location,
                    message: "not a compat history store (no schema_version table)".into(),
                }
            }
            other => other,
        })?;
        let known = migrate::latest();
        if found > known {
            return Err(StoreError::TooNew {
                location: store.shown.clone(),
                found,
                known,
            });
        }
        if found < known {
            return Err(StoreError::Corrupt {
                location: store.shown.clone(),
                message: format!(
                    "the store is at schema version {found}, this compat reads {known}; \
                     `compat history runs --store ...` migrates it"
                ),
            });
        }
        Ok(store)
    }

    fn connect(location: &Location, create: bool) -> Result<Store, StoreError> {
        let shown = location.to_string();
        let db = match location {
            Location::Sqlite(path) => Db::Sqlite(sqlite::Db::open(path, create, shown.clone())?),
            Location::Postgres(url) => {
                Db::Postgres(Box::new(postgres::Db::open(url, shown.clone())?))
            }
        };
        let mut store = Store {
            location: location.clone(),
            shown,
            db,
        };
        let shown = store.shown.clone();
        store.write(|tx| migrate::apply(tx, &shown))?;
        Ok(store)
    }

    /// Where the store is.
    pub fn location(&self) -> &Location {
        &self.location
    }

    fn write<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match &mut self.db {
            Db::Sqlite(db) => db.write(f),
            Db::Postgres(db) => db.write(f),
        }
    }

    fn read<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match &mut self.db {
            Db::Sqlite(db) => db.read(f),
            Db::Postgres(db) => db.read(f),
        }
    }

    /// The store's schema version (the last migration applied).
    pub fn schema_version(&mut self) -> Result<i64, StoreError> {
        self.read(migrate::current)
    }

    /// Records a `compat check` report in one transaction; the same report
    /// (same [`report_sha256`]) recorded again for its project is a no-op.
    pub fn record(&mut self, report: &Report) -> Result<Recorded, StoreError> {
        self.write(|tx| record::record(tx, report))
    }

    /// Deletes the runs that started before `cutoff` (RFC 3339 UTC,
    /// `2027-01-29T00:00:00Z`) with their results, findings and events;
    /// returns how many runs were deleted.
    pub fn prune_before(&mut self, cutoff: &str) -> Result<u64, StoreError> {
        if !compat_report::time::is_rfc3339_utc(cutoff) {
            return Err(StoreError::Report(format!(
                "{cutoff:?} is not RFC 3339 UTC (YYYY-MM-DDTHH:MM:SSZ)"
            )));
        }
        self.write(|tx| read::prune(tx, cutoff))
    }

    /// The runs `filter` selects, newest first.
    pub fn runs(&mut self, filter: &RunFilter) -> Result<Vec<RunRow>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| read::runs(tx, filter, &shown))
    }

    /// The store's projects, the one with the newest run first.
    pub fn projects(&mut self) -> Result<Vec<String>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| timeline::projects(tx, &shown))
    }

    /// Every component result of `project`'s last `runs` runs, by component
    /// name, newest first.
    pub fn history(&mut self, project: &str, runs: u32) -> Result<Vec<HistoryRow>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| timeline::history(tx, project, runs, &shown))
    }

    /// Each component's latest result in `project`, by component name.
    pub fn latest_checks(&mut self, project: &str) -> Result<Vec<LatestCheck>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| latest::latest_checks(tx, project, &shown))
    }

    /// `project`'s waivers as last recorded, with their latest state.
    pub fn waivers(&mut self, project: &str) -> Result<Vec<WaiverState>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| latest::waivers(tx, Some(project), &shown))
    }

    /// `project`'s deprecations as last recorded, with their latest state.
    pub fn deprecations(&mut self, project: &str) -> Result<Vec<DeprecationState>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| latest::deprecations(tx, Some(project), &shown))
    }

    /// The current state: every component with its latest result, the
    /// findings and promises of those results, the waivers and deprecations
    /// with their latest state, and the counts of runs and results (one
    /// read transaction, so one consistent snapshot).
    pub fn current(&mut self) -> Result<Current, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| latest::read(tx, &shown))
    }

    /// The per-component results of run `run`, by component name.
    pub fn checks(&mut self, run: i64) -> Result<Vec<CheckRow>, StoreError> {
        let shown = self.shown.clone();
        self.read(|tx| read::checks(tx, run, &shown))
    }
}
