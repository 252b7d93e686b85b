//! The real `convene serve` binary for end-to-end tests and the benchmarks started beside it
//! (`examples/instances_bench`): started on a database with the environment given, its log in a
//! file, stopped with SIGTERM (or killed when dropped).
#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `convene serve` (killed when dropped) and the file its log goes to.
pub struct Serve(Child, tempfile::NamedTempFile);

impl Serve {
    /// Starts `convene serve` on `pool`'s database, zone Europe/Madrid, debug logs, with `env`.
    pub fn start(pool: &sqlx::PgPool, env: &[(&str, &str)]) -> Self {
        Self::start_on(&database_url(pool), env)
    }

    /// Starts `convene serve` on the database at `url`, as [`Serve::start`] does.
    pub fn start_on(url: &str, env: &[(&str, &str)]) -> Self {
        let mut command = Command::new(program());
        command
            .arg("serve")
            .env_remove("DATABASE_URL")
            .env("CONVENE_DATABASE_URL", url)
            .env("CONVENE_DEFAULT_TIMEZONE", "Europe/Madrid")
            .env("CONVENE_ADMIN_ADDR", "127.0.0.1:0")
            .env("CONVENE_LOG", "debug")
            .stdout(Stdio::null());
        let log = tempfile::NamedTempFile::new().unwrap();
        command.stderr(Stdio::from(log.reopen().unwrap()));
        for (name, value) in env {
            command.env(name, value);
        }
        Serve(command.spawn().expect("convene serve starts"), log)
    }

    /// Its process id.
    pub fn pid(&self) -> u32 {
        self.0.id()
    }

    /// What it logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.1.path()).unwrap()
    }

    /// Kills it with SIGKILL (no goodbye: its leases stay until they expire) and waits for it.
    pub fn kill(&mut self) {
        self.0.kill().expect("kill -9");
        self.0.wait().expect("the process ends");
    }

    /// Sends SIGTERM, as `docker stop`, systemd and `kill` do, and waits (up to 10 s) for the exit.
    pub async fn terminate(&mut self) -> std::process::ExitStatus {
        let pid = self.0.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status().expect("kill runs");
        assert!(sent.success(), "kill -TERM {pid}");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.0.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "convene serve did not stop:\n{}", self.log());
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        if let Err(error) = self.0.kill() {
            eprintln!("could not stop convene serve: {error}");
        }
    }
}

/// The `convene` program: cargo's build of it in tests; in an example (cargo tells examples
/// nothing), the one in the profile directory above it (`target/release/convene` for
/// `target/release/examples/instances_bench`).
pub fn program() -> PathBuf {
    match option_env!("CARGO_BIN_EXE_convene") {
        Some(built) => built.into(),
        None => {
            let exe = std::env::current_exe().unwrap();
            exe.parent().and_then(|examples| examples.parent()).unwrap().join("convene")
        }
    }
}

/// The URL of the test's own fresh database (sqlx::test made it on DATABASE_URL's server).
pub fn database_url(pool: &sqlx::PgPool) -> String {
    let server = std::env::var("DATABASE_URL").expect("DATABASE_URL (scripts/test sets it)");
    let (base, _) = server.split_once('?').unwrap_or((&server, ""));
    let (server, _) = base.rsplit_once('/').unwrap();
    format!("{server}/{}", pool.connect_options().get_database().unwrap())
}

/// A free loopback address for the admin server.
pub fn free_address() -> String {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string()
}

/// Waits (up to 10 s) until the admin server at `addr` answers `/healthz`.
pub async fn admin_answers(addr: &str) {
    let health = format!("http://{addr}/healthz");
    let deadline = Instant::now() + Duration::from_secs(10);
    while reqwest::get(&health).await.is_err() {
        assert!(Instant::now() < deadline, "the admin server never answered");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
