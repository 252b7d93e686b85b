//! A fake Discord on loopback, speaking Discord's real JSON (API and gateway v10): the bot under
//! test talks to it exactly as to discord.com, through serenity pointed at it with
//! `HttpBuilder::new(TOKEN).proxy(fake.url()).ratelimiter_disabled(true)`.
//!
//! - REST (axum) answers `/api/v10/...`: gateway discovery, the bot user, command registration,
//!   interaction callbacks and their webhooks, channel messages, DM channels, guilds, members and
//!   guild scheduled events. Bodies are checked against Discord's limits (400, code 50035, as
//!   Discord answers); anything else answers 404 and is recorded, so tests see unexpected calls.
//! - The gateway (a WebSocket on its own port) says HELLO, takes IDENTIFY or RESUME, acks
//!   heartbeats and delivers dispatches with increasing `s`, queued while no session is live and
//!   filtered by the session's intents as Discord does.
//! - Tests play the people: [`FakeDiscord::slash`], [`FakeDiscord::press`], ... send interactions
//!   (checked to parse with serenity 0.12.5, which would otherwise drop them silently) and read
//!   back what the bot did: [`FakeDiscord::response_to`], [`FakeDiscord::messages_in`], ...
//! - Or interactions go by signed POST to the bot's interactions endpoint
//!   ([`FakeDiscord::deliver_to_endpoint`], key [`public_key`]), the answer's body being the
//!   callback.
//!
//! Include it with `#[path = ".../fake_discord/mod.rs"] mod fake_discord;`: it depends only on
//! crates (axum, serde_json, serenity, tokio, tokio-tungstenite, futures-util, chrono).
#![allow(dead_code)]

mod act;
mod check;
mod endpoint;
mod gateway;
mod guilds;
mod interactions;
mod limits;
mod locales;
mod messages;
mod multipart;
mod rest;
mod webhooks;
mod world;

use serde_json::Value;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use world::World;

#[allow(unused_imports)] // for tests that name them
pub use endpoint::{public_key, Delivery};

/// The bot token the fake accepts (serenity sends it as `Bot FAKE.DISCORD.TOKEN`).
pub const TOKEN: &str = "FAKE.DISCORD.TOKEN";
/// The application's id (interactions, webhooks and commands carry it).
pub const APP_ID: u64 = 1_300_000_000_000_000_001;
/// The bot user's id (the author of everything the bot sends).
pub const BOT_ID: u64 = 1_300_000_000_000_000_002;
/// The bot user's name.
pub const BOT_NAME: &str = "Convene";
/// How long the `wait` helpers poll before they fail the test.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// Someone on the fake Discord: a guild member when acting in a guild. Their user object has
/// `username` = the name in lower case and `global_name` = the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: u64,
    pub name: &'static str,
    /// Administrator of every guild they act in (member permissions include ADMINISTRATOR and
    /// MANAGE_GUILD); otherwise they have an ordinary member's permissions.
    pub admin: bool,
    /// The client's locale sent with each interaction (`locale`), e.g. "en-US", "es-ES".
    pub locale: &'static str,
}

impl Person {
    /// An ordinary member, locale en-US.
    pub const fn new(id: u64, name: &'static str) -> Self {
        Self { id, name, admin: false, locale: "en-US" }
    }

    /// A guild administrator, locale en-US.
    pub const fn admin(id: u64, name: &'static str) -> Self {
        Self { id, name, admin: true, locale: "en-US" }
    }

    /// The same person with another client locale.
    pub const fn with_locale(self, locale: &'static str) -> Self {
        Self { locale, ..self }
    }
}

/// One REST request the bot made, and what the fake answered.
#[derive(Debug, Clone)]
pub struct Call {
    /// "GET", "POST", "PATCH", "PUT" or "DELETE".
    pub method: String,
    /// The path without `/api/v10` and without the query, e.g. `/channels/5/messages`.
    pub path: String,
    /// The query string as sent (serenity writes `&a=b&c=d`), empty when none.
    pub query: String,
    /// The JSON body (`payload_json` for multipart uploads); `Null` when there was none.
    pub body: Value,
    /// Names of the files uploaded with it (multipart).
    pub files: Vec<String>,
    /// The HTTP status answered.
    pub status: u16,
    /// When it arrived.
    pub at: Instant,
}

impl Call {
    /// "POST /channels/5/messages -> 200 {body...}", the body cut to `width` characters.
    pub fn describe(&self, width: usize) -> String {
        let body = if self.body.is_null() { String::new() } else { self.body.to_string() };
        let body: String = body.chars().take(width).collect();
        format!("{} {}{} -> {} {body}", self.method, self.path, self.query, self.status)
    }
}

/// The running fake (REST and gateway). Cloning shares it.
#[derive(Clone)]
pub struct FakeDiscord {
    rest_url: String,
    gateway_url: String,
    world: Arc<Mutex<World>>,
}

impl FakeDiscord {
    /// Starts REST and the gateway on 127.0.0.1, each on a free port.
    pub async fn start() -> Self {
        let bind = || tokio::net::TcpListener::bind("127.0.0.1:0");
        let (rest, gateway) = (bind().await.expect("bind REST"), bind().await.expect("bind gateway"));
        let rest_url = format!("http://{}", rest.local_addr().expect("REST address"));
        let gateway_url = format!("ws://{}", gateway.local_addr().expect("gateway address"));
        let world = Arc::new(Mutex::new(World::new(&gateway_url)));
        let fake = Self { rest_url, gateway_url, world };
        tokio::spawn(rest::serve(rest, fake.clone()));
        tokio::spawn(gateway::serve(gateway, fake.clone()));
        fake
    }

    /// The base URL to give serenity as its proxy: `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        self.rest_url.clone()
    }

    /// The gateway's URL, `ws://127.0.0.1:PORT` (what `GET /gateway` answers).
    pub fn gateway_url(&self) -> String {
        self.gateway_url.clone()
    }

    fn world(&self) -> MutexGuard<'_, World> {
        // A failed assertion inside a handler must not hide the state from the test.
        self.world.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The bot's callback to interaction `id`, e.g. `{"type":4,"data":{...}}`; waits for it up to
    /// [`PATIENCE`]. After a deferred callback (5, 6) see [`Self::original`] for later edits.
    pub async fn response_to(&self, id: u64) -> Value {
        assert!(self.world().asked.contains_key(&id), "no interaction {id} was sent");
        self.wait_for(&format!("the response to interaction {id}"), |w| w.asked[&id].callback.clone()).await
    }

    /// How long the bot took from the interaction's delivery to its callback.
    pub fn response_time(&self, id: u64) -> Option<Duration> {
        let world = self.world();
        let asked = world.asked.get(&id)?;
        Some(asked.answered?.duration_since(asked.delivered?))
    }

    /// The message that is interaction `id`'s response (for a component, the message it was
    /// on), as last edited; `None` before the callback, or after a type 8/9 callback.
    pub fn original(&self, id: u64) -> Option<Value> {
        let world = self.world();
        world.messages.get(&world.asked.get(&id)?.original?).cloned()
    }

    /// The follow-up messages of interaction `id`, as last edited, in order.
    pub fn followups(&self, id: u64) -> Vec<Value> {
        let world = self.world();
        let ids = world.asked.get(&id).map(|a| a.followups.clone()).unwrap_or_default();
        ids.iter().filter_map(|m| world.messages.get(m).cloned()).collect()
    }

    /// Everyone can see in `channel`, in order, each as last edited: messages the bot created,
    /// interaction responses and follow-ups, but no ephemeral ones and none deleted. A deferred
    /// response not yet edited shows as an empty message with the LOADING flag (128).
    pub fn messages_in(&self, channel: u64) -> Vec<Value> {
        self.world().messages_in(channel)
    }

    /// One message by id (ephemeral ones too), as last edited; `None` once deleted.
    pub fn message(&self, id: u64) -> Option<Value> {
        self.world().messages.get(&id).cloned()
    }

    /// The messages in `user`'s DM channel with the bot.
    pub fn dms_to(&self, user: u64) -> Vec<Value> {
        let world = self.world();
        world.dm_channels.get(&user).map(|&channel| world.messages_in(channel)).unwrap_or_default()
    }

    /// `user`'s DM channel with the bot (created on first use, stable afterwards).
    pub fn dm_channel(&self, user: u64) -> u64 {
        self.world().dm_channel(user)
    }

    /// The bytes of an uploaded attachment (`attachments[n].id` of a message).
    pub fn attachment(&self, id: u64) -> Option<Vec<u8>> {
        self.world().files.get(&id).cloned()
    }

    /// The global commands as last bulk-overwritten (with the ids the fake gave them); `Null`
    /// before any registration.
    pub fn commands(&self) -> Value {
        self.commands_for(None)
    }

    /// Commands as last bulk-overwritten globally (`None`) or for one guild.
    pub fn commands_for(&self, guild: Option<u64>) -> Value {
        self.world().commands.get(&guild).cloned().unwrap_or(Value::Null)
    }

    /// The guild's scheduled events, as last edited, in creation order (canceled ones, status
    /// 4, and completed ones, status 3, stay; deleted ones go).
    pub fn scheduled_events(&self, guild: u64) -> Vec<Value> {
        let world = self.world();
        let of_guild = |e: &&Value| e["guild_id"] == Value::String(guild.to_string());
        world.events.values().filter(of_guild).cloned().collect()
    }

    /// Every REST request so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.world().calls.clone()
    }

    /// How many IDENTIFYs (op 2) the gateway accepted.
    pub fn identifies(&self) -> usize {
        self.world().gateway.identifies
    }

    /// How many RESUMEs (op 6) the gateway accepted.
    pub fn resumes(&self) -> usize {
        self.world().gateway.resumes
    }

    /// The last IDENTIFY's `d` (token replaced by "…"): intents, shard, properties, presence.
    pub fn last_identify(&self) -> Option<Value> {
        self.world().gateway.last_identify.clone()
    }

    /// Whether a gateway session is live (identified or resumed, not told to reconnect).
    pub fn connected(&self) -> bool {
        self.world().gateway.is_live()
    }

    /// Dispatches not delivered because the session lacked their intent, as "EVENT (intent)".
    pub fn filtered(&self) -> Vec<String> {
        self.world().gateway.filtered.clone()
    }

    /// How many requests were answered 429.
    pub fn too_many(&self) -> usize {
        self.world().limits.too_many
    }

    /// Waits until a gateway session is live (READY or RESUMED sent).
    pub async fn wait_ready(&self) {
        self.wait_until("a live gateway session (READY)", |fake| fake.connected()).await;
    }

    /// Polls `check` until it holds, up to [`PATIENCE`]; otherwise fails the test naming `what`
    /// and listing the calls so far.
    pub async fn wait_until(&self, what: &str, check: impl Fn(&FakeDiscord) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !check(self) {
            if Instant::now() > deadline {
                panic!("{what}: not within {PATIENCE:?}\n{}", self.report());
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Polls until `find` finds something in the fake's state, up to [`PATIENCE`].
    async fn wait_for<T>(&self, what: &str, find: impl Fn(&World) -> Option<T>) -> T {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(found) = find(&self.world()) {
                return found;
            }
            if Instant::now() > deadline {
                panic!("{what}: not within {PATIENCE:?}\n{}", self.report());
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// The calls so far and the gateway's state, for failure messages.
    pub fn report(&self) -> String {
        let world = self.world();
        let calls: Vec<String> = world.calls.iter().map(|c| format!("  {}", c.describe(300))).collect();
        let gw = &world.gateway;
        format!(
            "REST calls ({}):\n{}\nendpoint deliveries: {:?}\ngateway: live {}, {} identifies, {} resumes, \
             {} dispatches waiting, filtered for intents: {:?}",
            calls.len(),
            calls.join("\n"),
            world.deliveries.iter().map(|d| (d.interaction, d.status)).collect::<Vec<_>>(),
            gw.is_live(),
            gw.identifies,
            gw.resumes,
            gw.pending.len(),
            gw.filtered,
        )
    }
}
