//! `convene`: the one binary. Subcommands: `serve`, `console`, `migrate`, `stats`, `admin`,
//! `export`, `import`.

mod config;
mod logging;
mod outboxes;
mod platforms;
mod serve;
mod stats_report;
mod supervise;
mod transfer;

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::Config;
use convene_bots::console::{Console, ConsoleOptions, ConsoleOutbox};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::{Database, Store, UserRef};
use convene_core::{Clock, Engine, EngineSettings, SystemClock};
use convene_scheduler::Scheduler;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

/// Convene: plan things together in your group chats.
#[derive(Parser)]
#[command(name = "convene", version, about, long_about = None)]
struct Cli {
    /// Configuration file (default: config/convene.toml when it exists).
    #[arg(long, global = true, env = "CONVENE_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the bot service: chat platforms, the reminder scheduler and the admin server, until Ctrl-C or SIGTERM.
    Serve,
    /// Chat with Convene in the terminal: one message per line; `alice> /join 1` speaks as alice.
    Console {
        /// The chat room to talk in.
        #[arg(long, default_value = "lobby")]
        chat: String,
        /// Who you are (the room's admin). Lines like `bob> ...` speak as others.
        #[arg(long, default_value = "you")]
        user: String,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Write every calendar, event, answer, poll, vote and reminder as one JSON document
    /// (stop the running Convene first when it uses SQLite).
    Export {
        /// The file to write (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Read a dump made by `convene export` into this (new, empty) database, e.g. to move from
    /// SQLite to Postgres.
    Import {
        /// The file to read (default: standard input).
        #[arg(long, short)]
        input: Option<PathBuf>,
    },
    /// Print usage statistics (the same figures as GET /api/stats).
    Stats {
        /// The recent window to report on, e.g. 90m, 2h, 7d.
        #[arg(long, default_value = "24h")]
        window: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Operator actions.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
}

#[derive(Subcommand)]
enum AdminAction {
    /// Block a person: their commands are refused. Name them as platform:id, e.g. telegram:12345.
    Block {
        /// platform:id
        user: String,
    },
    /// Lift a block.
    Unblock {
        /// platform:id
        user: String,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("convene: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    let quiet = !matches!(cli.command, Cmd::Serve);
    logging::init(&config, quiet)?;
    // Statistics and exports only read: they share a SQLite file with a running `serve`.
    let reads_only = matches!(cli.command, Cmd::Stats { .. } | Cmd::Export { .. });
    let (database, store) = connect(&config, reads_only).await?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let settings = EngineSettings {
        default_zone: config.default_zone()?,
        default_language: config.default_language()?,
        commands_per_minute: config.commands_per_minute,
        public_url: config.public_url(),
    };
    match cli.command {
        Cmd::Migrate => {
            println!("Database is up to date.");
            Ok(())
        }
        Cmd::Console { chat, user } => {
            let engine = Engine::new(store, clock, settings);
            console(engine, &database, chat, user, &config).await
        }
        Cmd::Serve => serve::run(&config, store, clock, settings).await,
        Cmd::Stats { window, json } => stats_report::print(store.as_ref(), clock.now(), &window, json).await,
        Cmd::Export { output } => transfer::export(store.as_ref(), &database, output.as_deref()).await,
        Cmd::Import { input } => transfer::import(store.as_ref(), &database, input.as_deref()).await,
        Cmd::Admin { action } => block(store.as_ref(), clock.now(), action).await,
    }
}

async fn block(store: &dyn Store, now: chrono::DateTime<chrono::Utc>, action: AdminAction) -> anyhow::Result<()> {
    let (user, blocked) = match action {
        AdminAction::Block { user } => (user, true),
        AdminAction::Unblock { user } => (user, false),
    };
    let who = UserRef::parse(&user).ok_or_else(|| {
        anyhow::anyhow!("name the person as platform:id, e.g. telegram:12345 (platforms: telegram, discord, console)")
    })?;
    let changed = store.set_blocked(&who, blocked, now).await?;
    let state = if blocked { "blocked" } else { "not blocked" };
    println!("{user} is {state}{}.", if changed { " now" } else { " already" });
    Ok(())
}

/// Opens the configured database (a SQLite file unless a Postgres URL is given), creating and
/// migrating it, or only to read it (`reads_only`); says which in the first log line.
async fn connect(config: &Config, reads_only: bool) -> anyhow::Result<(Database, Arc<dyn Store>)> {
    let database = Database::from_url(config.database_url())?;
    tracing::info!(backend = database.backend(), database = %database.describe(), "opening the database");
    let opened = match reads_only {
        true => database.open_to_read(config.database_max_connections).await,
        false => database.open(config.database_max_connections).await,
    };
    let store = opened.with_context(|| match &database {
        Database::Postgres(_) => format!(
            "could not use the Postgres database {} (is it running, and is CONVENE_DATABASE_URL right?)",
            database.describe()
        ),
        Database::Sqlite(path) => format!("could not open the SQLite database {}", path.display()),
    })?;
    tracing::info!(backend = database.backend(), "database ready");
    Ok((database, store))
}

async fn console(
    engine: Engine,
    database: &Database,
    chat: String,
    user: String,
    config: &Config,
) -> anyhow::Result<()> {
    let reminders = config.scheduler_settings()?;
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        println!(
            "Convene console: room \"{chat}\", you are \"{user}\" (admin); data in {} ({}). Type /help to \
             start; \"bob> /join 1\" speaks as bob; a number presses a button. Reminders appear here while it \
             runs. Ctrl-D quits.",
            database.describe(),
            database.backend(),
        );
    }
    let output = Arc::new(tokio::sync::Mutex::new(tokio::io::stdout()));
    let console_outbox = Arc::new(ConsoleOutbox::new(output.clone()));
    let outbox: Arc<dyn Outbox> =
        Arc::new(outboxes::with_email(Outboxes::default().with(Platform::Console, console_outbox), config)?);
    let scheduler =
        Scheduler::new(engine.store().clone(), engine.clock(), outbox.clone(), reminders, engine.reminder_signal());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let reminders = tokio::spawn(scheduler.run(stopped));
    let options = ConsoleOptions { chat, user, echo: !interactive };
    let input = tokio::io::BufReader::new(tokio::io::stdin());
    // The console prints its own messages; the rest (email) goes out through the outboxes.
    let result = Console::new(engine, options).with_outbox(outbox).run(input, output).await;
    stop.send(true).ok();
    reminders.await.context("reminder scheduler")?;
    Ok(result?)
}
