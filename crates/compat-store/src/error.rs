//! Why the store could not do the job. Every message names the store by its
//! redacted location (no password) and says what went wrong, on one line.

/// An error of the history store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The location is not `sqlite:PATH`, a path or a `postgres://` URL.
    #[error("{0}")]
    Location(String),
    /// The SQLite file does not exist (reading commands do not create one).
    #[error("{0}: no history store there (compat check --record makes one)")]
    Missing(String),
    /// The store was written by a newer compat.
    #[error("{location}: the store is at schema version {found}, this compat knows up to {known}; upgrade compat")]
    TooNew {
        /// The store.
        location: String,
        /// Its schema version.
        found: i64,
        /// The newest this build applies.
        known: i64,
    },
    /// A report that cannot be recorded.
    #[error("{0}")]
    Report(String),
    /// The database refused or failed.
    #[error("{location}: {message}")]
    Database {
        /// The store.
        location: String,
        /// The database's message.
        message: String,
    },
    /// A stored value of the wrong type or shape.
    #[error("{location}: corrupt history: {message}")]
    Corrupt {
        /// The store.
        location: String,
        /// What is wrong.
        message: String,
    },
}

/// A database error without its location yet (the backend adds it).
#[derive(Debug)]
pub(crate) struct DbError(pub String);

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        DbError(e.to_string())
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        // The source carries the server's message ("relation ... does not exist").
        match std::error::Error::source(&e) {
            Some(src) => DbError(format!("{e}: {src}")),
            None => DbError(e.to_string()),
        }
    }
}
