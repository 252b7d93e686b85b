//! Test databases on both backends (cargo feature `testing`, for this workspace's tests only): the
//! fresh Postgres database `#[sqlx::test]` hands a test, or a fresh SQLite file in a temporary
//! folder. [`on_both_backends!`](crate::on_both_backends) runs one test body on each.
#![allow(clippy::expect_used)]

use super::{PgStore, SqliteStore, Store};
use sqlx::PgPool;
use std::sync::Arc;

/// Runs each named `async fn name(db: TestDb)` twice: as `name::postgres` on a fresh Postgres
/// database (`#[sqlx::test]`, through `DATABASE_URL`) and as `name::sqlite` on a fresh SQLite file.
#[macro_export]
macro_rules! on_both_backends {
    ($($test:ident),+ $(,)?) => {
        $(
            mod $test {
                #[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
                async fn postgres(pool: sqlx::PgPool) {
                    super::$test($crate::store::testing::TestDb::postgres(pool)).await
                }

                #[tokio::test]
                async fn sqlite() {
                    super::$test($crate::store::testing::TestDb::sqlite().await).await
                }
            }
        )+
    };
}

/// The tables a snapshot shows (everything people changed; not the command log).
const TABLES: [&str; 10] =
    ["calendars", "chats", "subscriptions", "users", "events", "rsvps", "polls", "poll_options", "votes", "drafts"];

/// One test's database.
#[derive(Debug)]
pub struct TestDb {
    /// The store the engine under test uses.
    pub store: Arc<dyn Store>,
    /// The same database seen as its backend, for snapshots.
    backend: Backend,
}

#[derive(Debug)]
enum Backend {
    Postgres(PgPool),
    Sqlite {
        store: SqliteStore,
        /// The folder holding the file; deleted with the test database.
        _dir: tempfile::TempDir,
    },
}

impl TestDb {
    /// The fresh, migrated Postgres database of a `#[sqlx::test]`.
    pub fn postgres(pool: PgPool) -> Self {
        Self { store: Arc::new(PgStore::from_pool(pool.clone())), backend: Backend::Postgres(pool) }
    }

    /// A fresh SQLite file, migrated.
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = SqliteStore::open(&dir.path().join("convene.db"), 4).await.expect("a SQLite database");
        Self { store: Arc::new(store.clone()), backend: Backend::Sqlite { store, _dir: dir } }
    }

    /// Which backend this is: `postgres` or `sqlite`.
    pub fn backend(&self) -> &'static str {
        match self.backend {
            Backend::Postgres(_) => "postgres",
            Backend::Sqlite { .. } => "sqlite",
        }
    }

    /// Closes the connections, as when the database goes away.
    pub async fn close(&self) {
        match &self.backend {
            Backend::Postgres(pool) => pool.close().await,
            Backend::Sqlite { store, .. } => store.close().await,
        }
    }

    /// Counts of one text column's values in a table, e.g. `count_by("rsvps", "state")`.
    pub async fn count_by(&self, table: &str, column: &str) -> Vec<(String, i64)> {
        let sql = format!("SELECT {column}, count(*) FROM {table} GROUP BY {column} ORDER BY {column}");
        match &self.backend {
            Backend::Postgres(pool) => sqlx::query_as(&sql).fetch_all(pool).await,
            Backend::Sqlite { store, .. } => sqlx::query_as(&sql).fetch_all(store.reader()).await,
        }
        .expect("counts")
    }

    /// Runs one statement, for tests that put the database in a state commands cannot (a bad
    /// value written by hand, say).
    pub async fn execute(&self, sql: &str) {
        match &self.backend {
            Backend::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(drop),
            Backend::Sqlite { store, .. } => sqlx::query(sql).execute(store.writer()).await.map(drop),
        }
        .expect("the statement runs");
    }

    /// Everything people changed, as text: equal snapshots mean nothing changed.
    pub async fn snapshot(&self) -> String {
        let mut all = String::new();
        for table in TABLES {
            let rows = match &self.backend {
                Backend::Postgres(pool) => {
                    let sql = format!("SELECT coalesce(json_agg(t ORDER BY t::text)::text, '[]') FROM {table} t");
                    sqlx::query_scalar(&sql).fetch_one(pool).await
                }
                Backend::Sqlite { store, .. } => sqlite_rows(store, table).await,
            }
            .expect("snapshot");
            all.push_str(&format!("{table}: {rows}\n"));
        }
        all
    }
}

/// A SQLite table's rows, each as its quoted values, sorted.
async fn sqlite_rows(store: &SqliteStore, table: &str) -> Result<String, sqlx::Error> {
    let columns: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info($1)").bind(table).fetch_all(store.reader()).await?;
    let row = columns.iter().map(|c| format!("quote({c})")).collect::<Vec<_>>().join(" || ',' || ");
    let sql = format!("SELECT coalesce(group_concat(r, ';'), '') FROM (SELECT {row} AS r FROM {table} ORDER BY 1)");
    sqlx::query_scalar(&sql).fetch_one(store.reader()).await
}
