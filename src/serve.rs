//! `convene serve`: the chat platforms, the admin HTTP server and the reminder scheduler, until
//! Ctrl-C or SIGTERM.

use crate::config::Config;
use crate::platforms::{self, DiscordRunning, TelegramRunning};
use crate::supervise;
use anyhow::Context;
use convene_admin::AdminState;
use convene_bots::chat::pacing::Share;
use convene_core::leadership::{instance_id, Instance, LeaseTimes, DISCORD_GATEWAY};
use convene_core::store::Store;
use convene_core::{Clock, Engine, EngineSettings};
use convene_scheduler::{Housekeeper, Scheduler};
use std::sync::Arc;

/// Runs the service until Ctrl-C or SIGTERM, then stops cleanly.
pub async fn run(
    config: &Config,
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    settings: EngineSettings,
) -> anyhow::Result<()> {
    // Installed before anything can record, so what happens at start-up is counted too.
    let metrics = convene_admin::install_metrics().map_err(|e| anyhow::anyhow!("metrics: {e}"))?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let listener = tokio::net::TcpListener::bind(&config.admin_addr)
        .await
        .with_context(|| format!("could not listen on {} (CONVENE_ADMIN_ADDR)", config.admin_addr))?;
    let times = LeaseTimes::within(config.failover_seconds);
    let id = config.instance_id.clone().unwrap_or_else(|| instance_id(listener.local_addr().ok().map(|a| a.port())));
    let instance = Instance::new(id, store.clone(), clock.clone(), times);
    tracing::info!(instance = %instance.id, "starting");
    // The live instances share the platforms' rate limits: each paces to its slice. Joining
    // others, this one sends nothing until each of them has counted it (a renewal period).
    let share = Share::joining(times.renew_every + times.renew_every / 5);
    let (slice, counting) = (share.clone(), engine.clone());
    let alive = tokio::spawn(instance.clone().stay_alive(stopped.clone(), move |live| {
        slice.set(live);
        counting.set_instances(live);
    }));
    let telegram = platforms::start_telegram(config, engine.clone(), &instance, &share, stopped.clone()).await?;
    let discord = platforms::start_discord(config, engine.clone(), &share, stopped.clone()).await?;
    let (discord, discord_running) = discord.unzip();
    let outbox = platforms::outboxes(config, telegram.as_ref(), discord.as_ref())?;
    let scheduler = Scheduler::new(
        store.clone(),
        clock.clone(),
        outbox.clone(),
        config.scheduler_settings()?,
        engine.reminder_signal(),
    );
    let (early, mut ended_early) = tokio::sync::mpsc::unbounded_channel();
    let running = scheduler.run(stopped.clone());
    let running = async move {
        running.await;
        Ok::<(), std::convert::Infallible>(())
    };
    let scheduler = supervise::spawn("the reminder scheduler", running, stopped.clone(), early.clone());
    let housekeeper = Housekeeper::new(store.clone(), clock.clone(), config.housekeeping_settings()?)
        .map_err(|why| anyhow::anyhow!("housekeeping: {why} (CONVENE_HOUSEKEEPING, CONVENE_EXPORT_SCHEDULE)"))?;
    let housekeeping =
        supervise::spawn("housekeeping", housekeeper.run(stopped.clone()), stopped.clone(), early.clone());

    let token = config.admin_token.as_ref().map(|t| t.expose().to_string());
    if token.is_none() {
        tracing::warn!("no admin token configured: /api/* is off (set CONVENE_ADMIN_TOKEN)");
    }
    let mut state = AdminState::new(store, clock, token, config.admin_requests_per_minute);
    state.metrics = Some(metrics);
    state.instance = Some(instance.clone());
    tracing::info!(addr = %config.admin_addr, "admin HTTP server listening");
    let mut admin_stop = stopped.clone();
    let mut router = convene_admin::router(state);
    let mut polling = None;
    let adapter = telegram.as_ref().map(|started| started.adapter.clone());
    match telegram.map(|started| started.running) {
        Some(TelegramRunning::Webhook(webhook)) => router = router.merge(webhook),
        Some(TelegramRunning::Polling(task)) => {
            let task = async move { task.await.map_err(|e| e.to_string()) };
            polling = Some(supervise::spawn("Telegram polling", task, stopped.clone(), early.clone()));
        }
        None if discord.is_none() => tracing::warn!(
            "no chat platform is configured: set CONVENE_TELEGRAM_TOKEN or CONVENE_DISCORD_TOKEN to run a bot"
        ),
        None => {}
    }
    let mut gateway = None;
    match (discord.clone(), discord_running) {
        (Some(discord), Some(DiscordRunning::Gateway)) => {
            // One instance holds the gateway at a time; the others stand by.
            let (instance, stop) = (instance.clone(), stopped.clone());
            let running = async move {
                let hold = |term| {
                    let discord = discord.clone();
                    async move {
                        if let Err(error) = discord.run_gateway(term).await {
                            tracing::error!(%error, "the Discord gateway stopped");
                        }
                    }
                };
                instance.lead(DISCORD_GATEWAY, stop, hold).await;
                Ok::<(), std::convert::Infallible>(())
            };
            gateway = Some(supervise::spawn("the Discord gateway", running, stopped.clone(), early.clone()));
        }
        (_, Some(DiscordRunning::Http(interactions))) => router = router.merge(interactions),
        _ => {}
    }
    let serving = convene_admin::serve(listener, router, async move {
        while !*admin_stop.borrow() {
            if admin_stop.changed().await.is_err() {
                break;
            }
        }
    });
    let admin = supervise::spawn("the admin HTTP server", serving, stopped.clone(), early);

    let failed = tokio::select! {
        requested = stop_requested() => { requested?; None }
        ended = ended_early.recv() => ended,
    };
    tracing::info!("shutting down");
    stop.send(true).ok();
    for (task, name) in [(scheduler, "scheduler"), (housekeeping, "housekeeping"), (admin, "admin server")] {
        task.await.with_context(|| format!("{name} task"))?;
    }
    if let Some(polling) = polling {
        polling.await.context("Telegram polling task")?;
    }
    alive.await.context("instance lease task")?;
    match gateway {
        Some(gateway) => gateway.await.context("Discord gateway task")?,
        None => {
            if let Some(discord) = &discord {
                discord.finish().await;
            }
        }
    }
    if let Some(adapter) = adapter {
        adapter.finish().await;
    }
    match failed {
        Some(ended) => Err(anyhow::anyhow!("{} stopped unexpectedly ({}), so Convene stopped", ended.task, ended.why)),
        None => Ok(()),
    }
}

/// Resolves on Ctrl-C, or on SIGTERM (what `docker stop`, systemd and `kill` send).
async fn stop_requested() -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate()).context("listening for SIGTERM")?;
        tokio::select! {
            interrupted = tokio::signal::ctrl_c() => interrupted.context("waiting for Ctrl-C")?,
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await.context("waiting for Ctrl-C")?;
    Ok(())
}
