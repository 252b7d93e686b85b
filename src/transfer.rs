//! `convene export` and `convene import`: the whole database as one JSON document, to move from
//! one backend to another (a SQLite trial to Postgres in production) or to keep a copy.

use anyhow::Context;
use convene_core::store::dump::Dump;
use convene_core::store::{Database, Store};
use std::io::{Read, Write};
use std::path::Path;

/// Writes every row to `output` (standard output when None).
pub async fn export(store: &dyn Store, database: &Database, output: Option<&Path>) -> anyhow::Result<()> {
    let dump = store.export().await.context("could not read the database")?;
    let json = serde_json::to_string(&dump).context("could not write the dump")?;
    match output {
        Some(path) => std::fs::write(path, json).with_context(|| format!("could not write {}", path.display()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(json.as_bytes()).and_then(|()| stdout.write_all(b"\n")).context("writing the dump")?;
        }
    }
    eprintln!(
        "Exported {} rows from {} ({}) in dump format {}{}.",
        dump.rows(),
        database.describe(),
        database.backend(),
        dump.format,
        output.map(|p| format!(" to {}", p.display())).unwrap_or_default()
    );
    Ok(())
}

/// Reads a dump from `input` (standard input when None) into the (empty) database.
pub async fn import(store: &dyn Store, database: &Database, input: Option<&Path>) -> anyhow::Result<()> {
    let text = match input {
        Some(path) => std::fs::read_to_string(path).with_context(|| format!("could not read {}", path.display()))?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context("reading the dump from standard input")?;
            text
        }
    };
    let dump: Dump = serde_json::from_str(&text).context("this is not a Convene dump (made by convene export)")?;
    store
        .import(&dump)
        .await
        .with_context(|| format!("could not import into {} ({})", database.describe(), database.backend()))?;
    eprintln!("Imported {} rows into {} ({}).", dump.rows(), database.describe(), database.backend());
    Ok(())
}
