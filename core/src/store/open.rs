//! Choosing the backend from the database URL: `postgres://` (or `postgresql://`) for Postgres,
//! `sqlite://path` for a SQLite file, and the SQLite file [`DEFAULT_DATABASE_URL`] when none is
//! configured.

use super::{PgStore, SqliteStore, Store, StoreError, StoreResult};
use std::path::PathBuf;
use std::sync::Arc;

/// The database used when none is configured: a SQLite file in the working folder.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://convene.db";

/// Where the data lives, as named by a database URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// A Postgres server; the URL as given (it may hold a password: see [`Database::describe`]).
    Postgres(String),
    /// A SQLite file.
    Sqlite(PathBuf),
}

impl Database {
    /// Reads a database URL; refuses other schemes, naming only the scheme (never the password).
    pub fn from_url(url: &str) -> StoreResult<Self> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_string()));
        }
        let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"));
        match path {
            Some(path) if !path.is_empty() && !path.contains('?') => Ok(Self::Sqlite(PathBuf::from(path))),
            _ => Err(StoreError::UnknownDatabase { scheme: url.split(':').next().unwrap_or_default().to_string() }),
        }
    }

    /// The backend's name: `postgres` or `sqlite`.
    pub fn backend(&self) -> &'static str {
        match self {
            Self::Postgres(_) => "postgres",
            Self::Sqlite(_) => "sqlite",
        }
    }

    /// Where the data is, for logs and messages: the URL without its password, or the file.
    pub fn describe(&self) -> String {
        match self {
            Self::Postgres(url) => without_password(url),
            Self::Sqlite(path) => path.display().to_string(),
        }
    }

    /// Opens the database, creating (SQLite) and migrating it.
    pub async fn open(&self, max_connections: u32) -> StoreResult<Arc<dyn Store>> {
        match self {
            Self::Postgres(url) => {
                let store = PgStore::connect(url, max_connections).await?;
                store.migrate().await?;
                Ok(Arc::new(store))
            }
            Self::Sqlite(path) => Ok(Arc::new(SqliteStore::open(path, max_connections).await?)),
        }
    }

    /// Opens the database to read it only, beside a running Convene: a SQLite file is shared
    /// (see [`SqliteStore::open_read_only`]); Postgres is opened as usual.
    pub async fn open_to_read(&self, max_connections: u32) -> StoreResult<Arc<dyn Store>> {
        match self {
            Self::Postgres(_) => self.open(max_connections).await,
            Self::Sqlite(path) => Ok(Arc::new(SqliteStore::open_read_only(path).await?)),
        }
    }
}

/// `postgres://user:secret@host/db` -> `postgres://user@host/db`.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let (authority, path) = rest.split_once('/').map_or((rest, None), |(a, p)| (a, Some(p)));
    let authority = match authority.rsplit_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{user}@{host}")
        }
        None => authority.to_string(),
    };
    match path {
        Some(path) => format!("{scheme}://{authority}/{}", path.split('?').next().unwrap_or_default()),
        None => format!("{scheme}://{authority}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_choose_the_backend() {
        let sqlite = |p: &str| Database::Sqlite(PathBuf::from(p));
        assert_eq!(Database::from_url(DEFAULT_DATABASE_URL).ok(), Some(sqlite("convene.db")));
        assert_eq!(Database::from_url("sqlite://./data/c.db").ok(), Some(sqlite("./data/c.db")));
        assert_eq!(Database::from_url("sqlite:///var/lib/convene/c.db").ok(), Some(sqlite("/var/lib/convene/c.db")));
        let pg = Database::from_url("postgresql://u:hunter2@db:5432/convene?sslmode=require").ok();
        assert_eq!(pg.as_ref().map(Database::backend), Some("postgres"));
        assert_eq!(pg.map(|d| d.describe()).as_deref(), Some("postgresql://u@db:5432/convene"));
        let refused = Database::from_url("mysql://root:hunter2@db/x").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(refused.contains("\"mysql\"") && !refused.contains("hunter2"), "{refused}");
    }
}
