//! What can go wrong in storage.

/// A storage failure. Never shown to users; logged once by the engine.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refused or could not be reached.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// No connection to the database could be had in time (it is down or out of reach).
    #[error("the database cannot be reached")]
    Unavailable,
    /// Stored data that does not read back as a valid domain value.
    #[error("corrupt stored value in {what}: {value}")]
    Corrupt {
        /// Which column.
        what: &'static str,
        /// The value found.
        value: String,
    },
    /// Another Convene process has the SQLite database open (it runs one instance per file).
    #[error(
        "another Convene is using this SQLite database (it holds {lock_file}); SQLite runs one \
         instance at a time: stop the other one, or use Postgres to run several"
    )]
    InUse {
        /// The lock file the other process holds.
        lock_file: String,
    },
    /// An import into a database that already holds data.
    #[error("the database already holds data: import only into a new, empty database")]
    NotEmpty,
    /// A dump written by another version of Convene's dump format.
    #[error("this dump is in format {found}, but this Convene reads format {expected}")]
    DumpFormat {
        /// The dump's format number.
        found: u32,
        /// The one this build reads.
        expected: u32,
    },
    /// A database URL of no supported backend.
    #[error("unsupported database URL scheme {scheme:?}: use postgres://user@host/db or sqlite://path/to/file.db")]
    UnknownDatabase {
        /// The URL's scheme (the rest may hold a password).
        scheme: String,
    },
}

/// Result of a storage call.
pub type StoreResult<T> = Result<T, StoreError>;
