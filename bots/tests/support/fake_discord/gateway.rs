//! The fake gateway: a WebSocket per connection, one live session at a time, JSON text frames
//! (no compression). HELLO on connect; IDENTIFY starts a session (READY), RESUME continues it
//! (missed dispatches replayed, then RESUMED); heartbeats are acked. Dispatches wait in a queue
//! while no session is live and are delivered, in order, once one is.

use super::world::World;
use super::{FakeDiscord, APP_ID, TOKEN};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::time::Instant;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

/// What HELLO asks for (Discord's usual value): serenity heartbeats this often.
const HEARTBEAT_MS: u64 = 41_250;

/// The intent a dispatch needs, by event name prefix (events not listed need none).
const INTENTS: &[(&str, u64, &str)] = &[
    ("GUILD_SCHEDULED_EVENT_", 1 << 16, "GUILD_SCHEDULED_EVENTS"),
    ("GUILD_MEMBER_", 1 << 1, "GUILD_MEMBERS"),
    ("GUILD_", 1, "GUILDS"),
    ("CHANNEL_", 1, "GUILDS"),
    ("THREAD_", 1, "GUILDS"),
];

/// A connection that has identified or resumed.
#[derive(Debug)]
struct Link {
    id: u64,
    tx: UnboundedSender<Message>,
}

#[derive(Debug)]
pub(super) struct Gateway {
    url: String,
    session: Option<String>,
    sessions: u64,
    seq: u64,
    /// Dispatches sent in this session (seq, frame), replayed on RESUME.
    sent: Vec<(u64, String)>,
    /// Dispatches waiting for a live session.
    pub pending: VecDeque<(String, Value)>,
    live: Option<Link>,
    next_link: u64,
    pub identifies: usize,
    pub resumes: usize,
    pub heartbeats: usize,
    /// The intents of the current session.
    pub intents: u64,
    pub last_identify: Option<Value>,
    /// Dispatches dropped for a missing intent.
    pub filtered: Vec<String>,
}

impl Gateway {
    pub fn new(url: &str) -> Self {
        Self {
            url: url.to_string(),
            session: None,
            sessions: 0,
            seq: 0,
            sent: Vec::new(),
            pending: VecDeque::new(),
            live: None,
            next_link: 0,
            identifies: 0,
            resumes: 0,
            heartbeats: 0,
            intents: 0,
            last_identify: None,
            filtered: Vec::new(),
        }
    }

    /// The gateway's `ws://` URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn is_live(&self) -> bool {
        self.live.is_some()
    }

    /// Sends `frame` to the live session; false when there is none (or it just went away).
    fn send(&mut self, frame: Value) -> bool {
        let Some(link) = &self.live else { return false };
        if link.tx.send(Message::Text(frame.to_string())).is_err() {
            self.live = None;
            return false;
        }
        true
    }

    /// Sends a dispatch with the next `s`, remembering it for RESUME.
    fn send_dispatch(&mut self, event: &str, data: &Value) -> bool {
        let frame = json!({"op": 0, "t": event, "s": self.seq + 1, "d": data});
        if !self.send(frame.clone()) {
            return false;
        }
        self.seq += 1;
        self.sent.push((self.seq, frame.to_string()));
        true
    }

    /// Tells the live session to reconnect (op 7) and stops using it.
    pub fn reconnect(&mut self) {
        self.send(json!({"op": 7, "d": null}));
        self.live = None;
    }

    /// Closes the live connection with `code` (4000-4003, 4005, 4007-4009 let the client resume
    /// or re-identify; 4004 and 4010-4014 are fatal).
    pub fn close(&mut self, code: u16) {
        if let Some(link) = self.live.take() {
            let frame = CloseFrame { code: CloseCode::from(code), reason: "closed by the fake".into() };
            let _ = link.tx.send(Message::Close(Some(frame)));
        }
    }

    /// Sends INVALID SESSION (op 9) with `resumable`.
    pub fn invalidate(&mut self, resumable: bool) {
        self.send(json!({"op": 9, "d": resumable}));
        self.live = None;
        if !resumable {
            self.session = None;
        }
    }
}

impl World {
    /// Delivers a dispatch now if a session is live, else queues it.
    pub fn dispatch(&mut self, event: &str, data: Value) {
        if self.gateway.live.is_some() && self.gateway.pending.is_empty() {
            self.deliver(event, data);
        } else {
            self.gateway.pending.push_back((event.to_string(), data));
        }
    }

    /// Sends queued dispatches while the session stays live.
    fn flush(&mut self) {
        while self.gateway.live.is_some() {
            let Some((event, data)) = self.gateway.pending.pop_front() else { return };
            self.deliver(&event, data);
        }
    }

    fn deliver(&mut self, event: &str, data: Value) {
        let needs = INTENTS.iter().find(|(prefix, ..)| event.starts_with(prefix));
        if let Some((.., name)) = needs.filter(|(_, bit, _)| self.gateway.intents & bit == 0) {
            self.gateway.filtered.push(format!("{event} ({name})"));
            return;
        }
        if !self.gateway.send_dispatch(event, &data) {
            self.gateway.pending.push_front((event.to_string(), data));
            return;
        }
        if event == "INTERACTION_CREATE" {
            let id = data["id"].as_str().and_then(|id| id.parse().ok()).unwrap_or(0);
            if let Some(asked) = self.asked.get_mut(&id) {
                asked.delivered = Some(Instant::now());
            }
        }
    }

    /// Handles one frame from connection `link`.
    fn receive(&mut self, link: u64, tx: &UnboundedSender<Message>, frame: &Value) {
        let d = &frame["d"];
        let token_ok = d["token"].as_str().map(|t| t.strip_prefix("Bot ").unwrap_or(t)) == Some(TOKEN);
        let gw = &mut self.gateway;
        match frame["op"].as_u64() {
            Some(1) => {
                gw.heartbeats += 1;
                let _ = tx.send(Message::Text(json!({"op": 11}).to_string()));
            }
            Some(2 | 6) if !token_ok => {
                let frame = CloseFrame { code: CloseCode::from(4004), reason: "Authentication failed.".into() };
                let _ = tx.send(Message::Close(Some(frame)));
            }
            Some(2) => {
                gw.identifies += 1;
                gw.sessions += 1;
                gw.intents = d["intents"].as_u64().unwrap_or(0);
                let mut identify = d.clone();
                identify["token"] = json!("…");
                gw.last_identify = Some(identify);
                let session = format!("fake-session-{}", gw.sessions);
                gw.session = Some(session.clone());
                (gw.seq, gw.sent) = (0, Vec::new());
                gw.live = Some(Link { id: link, tx: tx.clone() });
                let ready = json!({
                    "v": 10, "user": super::world::bot_user(), "guilds": [], "session_id": session,
                    "resume_gateway_url": gw.url, "shard": d.get("shard").cloned().unwrap_or(json!([0, 1])),
                    "application": {"id": APP_ID.to_string(), "flags": 0},
                    "private_channels": [], "relationships": [], "presences": [], "_trace": ["fake-discord"],
                });
                gw.send_dispatch("READY", &ready);
                self.flush();
            }
            Some(6) if gw.session.is_some() && d["session_id"].as_str() == gw.session.as_deref() => {
                gw.resumes += 1;
                gw.live = Some(Link { id: link, tx: tx.clone() });
                let after = d["seq"].as_u64().unwrap_or(0);
                for (_, frame) in gw.sent.iter().filter(|(seq, _)| *seq > after) {
                    let _ = tx.send(Message::Text(frame.clone()));
                }
                gw.send_dispatch("RESUMED", &json!({"_trace": ["fake-discord"]}));
                self.flush();
            }
            Some(6) => {
                let _ = tx.send(Message::Text(json!({"op": 9, "d": false}).to_string()));
            }
            _ => {} // presence updates, member requests: nothing to do
        }
    }

    /// Connection `link` is gone.
    fn disconnected(&mut self, link: u64) {
        if self.gateway.live.as_ref().is_some_and(|l| l.id == link) {
            self.gateway.live = None;
        }
    }
}

/// Accepts gateway connections until the test ends.
pub(super) async fn serve(listener: TcpListener, fake: FakeDiscord) {
    while let Ok((stream, _)) = listener.accept().await {
        tokio::spawn(connection(stream, fake.clone()));
    }
}

async fn connection(stream: TcpStream, fake: FakeDiscord) {
    let Ok(socket) = tokio_tungstenite::accept_async(stream).await else { return };
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = unbounded_channel::<Message>();
    let writer = tokio::spawn(async move {
        while let Some(message) = rx.recv().await {
            let closing = matches!(message, Message::Close(_));
            if sink.send(message).await.is_err() || closing {
                break;
            }
        }
    });
    let link = {
        let mut world = fake.world();
        world.gateway.next_link += 1;
        world.gateway.next_link
    };
    let hello = json!({"op": 10, "s": null, "t": null, "d": {"heartbeat_interval": HEARTBEAT_MS}});
    let _ = tx.send(Message::Text(hello.to_string()));
    while let Some(Ok(message)) = stream.next().await {
        match message {
            Message::Text(text) => match serde_json::from_str::<Value>(&text) {
                Ok(frame) => fake.world().receive(link, &tx, &frame),
                Err(_) => break, // Discord closes with 4002 (decode error)
            },
            Message::Close(_) => break,
            _ => {}
        }
    }
    fake.world().disconnected(link);
    drop(tx);
    let _ = writer.await;
}
