//! A fake Telegram Bot API on loopback, speaking the real JSON: the bot under test talks to it
//! exactly as to api.telegram.org. Tests queue updates (people typing and pressing buttons) and
//! read back every request the bot made.

mod api;
mod faults;
mod flood;

pub use faults::Outage;

use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// Where the next fake's update numbers start.
static FIRST_UPDATE: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(1);

/// The fake bot's user id and username.
pub const BOT_ID: i64 = 4242;
pub const BOT_NAME: &str = "ConveneBot";

/// One request the bot made: the method (lower case), its JSON body, and for a sent message
/// the id the fake gave it.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
    pub sent_id: Option<i64>,
    /// When it arrived.
    pub at: Instant,
    /// Whether its answer broke off (see [`FakeTelegram::break_next`]): it did nothing.
    pub broken: bool,
    /// The HTTP status it was answered with (0: none, it broke off).
    pub status: u16,
}

#[derive(Default)]
struct World {
    /// Updates not yet confirmed by an offset.
    updates: Vec<Value>,
    next_update: i64,
    next_message: i64,
    /// Every request, in order.
    calls: Vec<Call>,
    /// Messages the bot sent, by (chat, message id), as last edited.
    messages: HashMap<(i64, i64), Value>,
    /// Chats by id.
    chats: HashMap<i64, Value>,
    /// Administrators per chat.
    admins: HashMap<i64, Vec<Value>>,
    /// People who started a private chat with the bot.
    started: HashSet<i64>,
    /// (group, person) for everyone who wrote in a group or administers it.
    members: HashSet<(i64, i64)>,
    /// Methods whose next call answers 429 with this retry_after.
    flood: HashMap<String, u32>,
    /// Methods whose next calls (this many) break off mid-answer, as a dropped connection does.
    broken: HashMap<String, u32>,
    /// Methods whose next call waits for the test to let it through (see [`FakeTelegram::hold_next`]).
    held: HashMap<String, Arc<Notify>>,
    /// Calls waiting at a hold now.
    holding: usize,
    /// When each update was first handed out by getUpdates (for latency measurements).
    handed_out: HashMap<i64, Instant>,
    /// Messages sent successfully.
    sent: usize,
    /// Whether a getUpdates is being answered now.
    reading: bool,
    /// getUpdates refused because another was being answered (409, as Telegram does).
    conflicts: usize,
    /// The whole API failing now, if it is ([`FakeTelegram::outage`]).
    outage: Option<Outage>,
    /// Chats whose sends and edits answer 429 with this retry_after ([`FakeTelegram::storm`]).
    storms: HashMap<i64, u32>,
}

/// The running fake. Cloning shares it.
#[derive(Clone)]
pub struct FakeTelegram {
    /// Base URL for CONVENE_TELEGRAM_API_URL.
    pub url: String,
    world: Arc<Mutex<World>>,
    queued: Arc<Notify>,
    /// Telegram's flood limit, when enforced.
    flood_limit: Arc<Mutex<Option<flood::FloodLimit>>>,
}

impl FakeTelegram {
    /// Starts the fake on 127.0.0.1 with a free port.
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        // Telegram numbers a bot's updates in one sequence that never starts over: a bot that is
        // "restarted" with a new fake keeps getting new numbers.
        let first_update = FIRST_UPDATE.fetch_add(1_000_000, std::sync::atomic::Ordering::Relaxed);
        let world = Arc::new(Mutex::new(World { next_update: first_update, next_message: 100, ..World::default() }));
        let fake = Self { url, world, queued: Arc::new(Notify::new()), flood_limit: Arc::default() };
        let app = Router::new().route("/{token}/{method}", post(api::api)).with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.expect("fake serves") });
        fake
    }

    fn world(&self) -> std::sync::MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A supergroup whose administrators are `administrators`.
    pub fn group(&self, id: i64, title: &str, administrators: &[&Value]) -> Value {
        let chat = json!({"id": id, "type": "supergroup", "title": title});
        let admins = administrators.iter().map(|u| json!({"status": "creator", "user": u, "is_anonymous": false}));
        let mut world = self.world();
        world.chats.insert(id, chat.clone());
        world.admins.insert(id, admins.collect());
        for admin in administrators {
            world.members.insert((id, admin["id"].as_i64().expect("user id")));
        }
        chat
    }

    /// A person; `started` says whether they opened a private chat with the bot.
    pub fn person(&self, id: i64, first_name: &str, started: bool) -> Value {
        let user = json!({"id": id, "is_bot": false, "first_name": first_name});
        let mut world = self.world();
        world.chats.insert(id, json!({"id": id, "type": "private", "first_name": first_name}));
        if started {
            world.started.insert(id);
        }
        user
    }

    /// The private chat with a person.
    pub fn private_chat(&self, user: &Value) -> Value {
        let id = user["id"].as_i64().expect("user id");
        self.world().chats.get(&id).cloned().expect("known person")
    }

    /// `from` types `text` in `chat`; returns the update's id.
    pub fn say(&self, chat: &Value, from: &Value, text: &str) -> i64 {
        let mut world = self.world();
        world.next_message += 1;
        let message = json!({
            "message_id": world.next_message, "date": 1_790_000_000, "chat": chat, "from": from, "text": text,
        });
        self.queue(&mut world, "message", message)
    }

    /// `from` answers the bot's message `message_id` in `chat` with `text` (Telegram's reply).
    pub fn reply(&self, chat: &Value, from: &Value, message_id: i64, text: &str) -> i64 {
        let chat_id = chat["id"].as_i64().expect("chat id");
        let mut world = self.world();
        let answered = world.messages.get(&(chat_id, message_id)).cloned().expect("the bot sent that message");
        world.next_message += 1;
        let message = json!({
            "message_id": world.next_message, "date": 1_790_000_000, "chat": chat, "from": from, "text": text,
            "reply_to_message": answered,
        });
        self.queue(&mut world, "message", message)
    }

    /// `from` presses the button carrying `data` under the bot's message `message_id` in `chat`.
    pub fn press(&self, chat: &Value, message_id: i64, from: &Value, data: &str) {
        let chat_id = chat["id"].as_i64().expect("chat id");
        let mut world = self.world();
        let message = world.messages.get(&(chat_id, message_id)).cloned().expect("the bot sent that message");
        let id = format!("cb{}", world.next_update);
        let query = json!({"id": id, "from": from, "message": message, "chat_instance": "ci", "data": data});
        self.queue(&mut world, "callback_query", query);
    }

    /// `by` removes the bot from `chat` (a my_chat_member update).
    pub fn remove_bot(&self, chat: &Value, by: &Value) {
        let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Convene", "username": BOT_NAME});
        let change = json!({
            "chat": chat, "from": by, "date": 1,
            "old_chat_member": {"status": "member", "user": bot}, "new_chat_member": {"status": "left", "user": bot},
        });
        let mut world = self.world();
        self.queue(&mut world, "my_chat_member", change);
    }

    /// `group` is upgraded to a supergroup with id `new_id`: the old chat gets the service message
    /// with migrate_to_chat_id. Returns the new chat.
    pub fn upgrade(&self, group: &Value, new_id: i64, by: &Value) -> Value {
        let old_id = group["id"].as_i64().expect("chat id");
        let chat = json!({"id": new_id, "type": "supergroup", "title": group["title"]});
        let mut world = self.world();
        world.chats.insert(new_id, chat.clone());
        let admins = world.admins.get(&old_id).cloned().unwrap_or_default();
        world.admins.insert(new_id, admins);
        world.next_message += 1;
        let message = json!({
            "message_id": world.next_message, "date": 1, "chat": group, "from": by, "migrate_to_chat_id": new_id,
        });
        self.queue(&mut world, "message", message);
        // As Telegram does: the supergroup's first message says where it came from.
        let message = json!({"message_id": 1, "date": 1, "chat": chat, "from": by, "migrate_from_chat_id": old_id});
        self.queue(&mut world, "message", message);
        chat
    }

    /// A message update as Telegram would POST it to a webhook (not queued for getUpdates).
    pub fn message_update(&self, chat: &Value, from: &Value, text: &str) -> Value {
        let mut world = self.world();
        world.next_update += 1;
        world.next_message += 1;
        let message = json!({"message_id": world.next_message, "date": 1, "chat": chat, "from": from, "text": text});
        json!({"update_id": world.next_update, "message": message})
    }

    /// Someone in `chat` deletes the bot's message `message_id`.
    pub fn delete_message(&self, chat: &Value, message_id: i64) {
        let chat_id = chat["id"].as_i64().expect("chat id");
        self.world().messages.remove(&(chat_id, message_id)).expect("the bot sent that message");
    }

    fn queue(&self, world: &mut World, kind: &str, payload: Value) -> i64 {
        if let (Some(chat), Some(from)) = (payload["chat"]["id"].as_i64(), payload["from"]["id"].as_i64()) {
            world.members.insert((chat, from));
        }
        let id = world.next_update;
        world.next_update += 1;
        world.updates.push(json!({"update_id": id, kind: payload}));
        self.queued.notify_waiters();
        id
    }

    /// The next call of `method` answers 429 Too Many Requests with `retry_after` seconds.
    pub fn flood_next(&self, method: &str, retry_after: u32) {
        self.world().flood.insert(method.to_lowercase(), retry_after);
    }

    /// The next `times` calls of `method` break off after the status line, as when the
    /// connection drops: the bot cannot tell whether Telegram acted on them.
    pub fn break_next(&self, method: &str, times: u32) {
        self.world().broken.insert(method.to_lowercase(), times);
    }

    /// The next call of `method` waits, before Telegram acts on it, until the returned gate is
    /// opened (`notify_one`): a request slow on the way, so that later ones overtake it.
    pub fn hold_next(&self, method: &str) -> Arc<Notify> {
        let gate = Arc::new(Notify::new());
        self.world().held.insert(method.to_lowercase(), gate.clone());
        gate
    }

    /// Waits (up to 10 s) until a held call is waiting at its gate.
    pub async fn wait_until_holding(&self) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while self.world().holding == 0 {
            assert!(tokio::time::Instant::now() < deadline, "no call reached the hold");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// A message the bot sent, as it shows now (after every edit).
    pub fn message(&self, chat: i64, message_id: i64) -> Option<Value> {
        self.world().messages.get(&(chat, message_id)).cloned()
    }

    /// When each update was first handed out by getUpdates.
    pub fn handed_out(&self) -> HashMap<i64, Instant> {
        self.world().handed_out.clone()
    }

    /// How many messages the bot has sent successfully.
    pub fn sent_count(&self) -> usize {
        self.world().sent
    }

    /// How many getUpdates were refused with 409 because another reader was polling.
    pub fn conflicts(&self) -> usize {
        self.world().conflicts
    }

    /// Every request, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.world().calls.clone()
    }

    /// Waits (up to 10 s, looking every 10 ms) until `found` finds something in the calls.
    pub async fn wait_for<T>(&self, what: &str, found: impl Fn(&[Call]) -> Option<T>) -> T {
        self.wait_longer(what, Duration::from_secs(10), found).await
    }

    /// The same, waiting up to `limit` (for work paced to Telegram's limits).
    pub async fn wait_longer<T>(&self, what: &str, limit: Duration, found: impl Fn(&[Call]) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            if let Some(hit) = found(&self.world().calls) {
                return hit;
            }
            if tokio::time::Instant::now() > deadline {
                panic!("waited {limit:?} for {what}; the bot made these calls:\n{:#?}", self.calls());
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}
