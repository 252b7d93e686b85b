//! End-to-end on Discord: people in a server (played by a fake Discord speaking the real JSON,
//! REST and gateway) use Convene through the real adapter, engine and a fresh Postgres database.
#![allow(clippy::unwrap_used)]

#[path = "../support/fake_discord/mod.rs"]
mod fake_discord;
mod world;

mod conversation;
mod forms;
mod native_events;
mod spanish;
