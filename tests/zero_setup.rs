//! The README's first command on a machine with no database server: `convene console` keeps its
//! data in ./convene.db, which outlives a restart, and a second Convene on the same file is told
//! why it cannot start (even through a symbolic link), while `stats` and `export` may read it.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `convene console` in `dir` with no database configured, typing `script`.
fn console(dir: &Path, script: &str) -> Output {
    convene(dir, &["console"], script)
}

/// Runs `convene <args>` in `dir` with no database configured, typing `script`.
fn convene(dir: &Path, args: &[&str], script: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .current_dir(dir)
        .env_remove("CONVENE_DATABASE_URL")
        .env_remove("DATABASE_URL")
        .env_remove("CONVENE_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_console_keeps_events_in_a_sqlite_file_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let first = console(dir.path(), "/new Board games tomorrow 19:30 max 2\nbob> /join 1\n");
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).contains("Created #1 Board games"), "{}", text(&first.stdout));
    assert!(dir.path().join("convene.db").exists());

    let again = console(dir.path(), "/event 1\n");
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains("Going (2/2): you, bob"), "{}", text(&again.stdout));
}

#[tokio::test]
async fn a_second_convene_on_the_same_file_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let running = convene_core::store::SqliteStore::open(&dir.path().join("convene.db"), 1).await.unwrap();
    let second = console(dir.path(), "/events\n");
    assert!(!second.status.success());
    let said = text(&second.stderr);
    assert!(said.contains("another Convene is using this SQLite database"), "{said}");
    assert!(said.contains("convene.db.lock"), "{said}");
    drop(running);
    assert!(console(dir.path(), "/events\n").status.success(), "free again once the first one stops");
}

#[tokio::test]
async fn a_symbolic_link_to_the_file_finds_the_same_lock() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("data.db");
    let _running = convene_core::store::SqliteStore::open(&real, 1).await.unwrap();
    std::os::unix::fs::symlink(&real, dir.path().join("convene.db")).unwrap();
    let second = console(dir.path(), "/events\n");
    assert!(!second.status.success(), "a second Convene through a link is refused too");
    assert!(text(&second.stderr).contains("another Convene is using this SQLite database"), "{}", text(&second.stderr));
}

#[tokio::test]
async fn statistics_and_exports_read_the_file_while_convene_runs() {
    let dir = tempfile::tempdir().unwrap();
    assert!(console(dir.path(), "/new Board games friday 19:30\n").status.success());
    let _running = convene_core::store::SqliteStore::open(&dir.path().join("convene.db"), 1).await.unwrap();
    let stats = convene(dir.path(), &["stats", "--json"], "");
    assert!(stats.status.success(), "{}", text(&stats.stderr));
    let figures: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(figures["totals"]["events"]["upcoming"], 1, "{figures}");
    let export = convene(dir.path(), &["export"], "");
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert!(text(&export.stdout).contains("Board games"));
    let writer = console(dir.path(), "/events\n");
    assert!(!writer.status.success(), "what writes is still refused while it runs");
}
