//! A toy third platform: a recording `ChatApi` and nothing else. It plays the same group
//! conversation as the Telegram test, through the shared chat kit, the engine and Postgres: the
//! proof that a new platform needs nothing from `telegram/`.
#![allow(clippy::unwrap_used)]

mod support;

use async_trait::async_trait;
use convene_bots::chat::{ChatApi, ChatKit, Origin, Press, SendError};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::{Admission, Incoming, Reply};
use std::sync::{Arc, Mutex};

/// A message as the toy platform shows it: (chat, message id, text, button commands).
type Shown = (String, String, String, Vec<String>);

/// What the toy platform shows, edits made in place.
#[derive(Default)]
struct Recorder {
    shown: Mutex<Vec<Shown>>,
    toasts: Mutex<Vec<String>>,
}

impl Recorder {
    fn last_in(&self, chat: &str) -> (String, String, Vec<String>) {
        let shown = self.shown.lock().unwrap();
        let (_, id, text, buttons) = shown.iter().rev().find(|m| m.0 == chat).cloned().unwrap();
        (id, text, buttons)
    }
    fn count_in(&self, chat: &str) -> usize {
        self.shown.lock().unwrap().iter().filter(|m| m.0 == chat).count()
    }
}

#[async_trait]
impl ChatApi for Recorder {
    fn platform(&self) -> Platform {
        Platform::Discord
    }
    async fn send(&self, chat: &str, reply: &Reply) -> Result<String, SendError> {
        let mut shown = self.shown.lock().unwrap();
        let id = format!("m{}", shown.len() + 1);
        let buttons = reply.buttons.iter().flatten().map(|b| b.command.clone()).collect();
        shown.push((chat.into(), id.clone(), reply.plain_text().into_owned(), buttons));
        Ok(id)
    }
    async fn send_to_person(&self, person: &str, reply: &Reply) -> Result<(), SendError> {
        match person {
            "dave" => Err(SendError::Unreachable("closed DMs".into())),
            _ => self.send(&format!("dm:{person}"), reply).await.map(|_| ()),
        }
    }
    async fn edit(&self, chat: &str, message: &str, reply: &Reply) -> Result<(), SendError> {
        let mut shown = self.shown.lock().unwrap();
        let found = shown.iter_mut().find(|m| m.0 == chat && m.1 == message);
        let shown = found.ok_or_else(|| SendError::MessageGone(message.into()))?;
        shown.2 = reply.plain_text().into_owned();
        Ok(())
    }
    async fn answer_press(&self, _press: &str, reply: &Reply) -> bool {
        self.toasts.lock().unwrap().push(reply.lead().unwrap_or(&reply.text).to_string());
        reply.buttons.is_empty() && reply.lead.is_none()
    }
    fn is_group(&self, chat: &str) -> bool {
        chat.starts_with("group")
    }
    async fn is_member(&self, _group: &str, _person: &str) -> bool {
        true
    }
    fn private_messages_blocked(&self, name: &str) -> String {
        convene_core::text::private_messages_blocked(name, "toy://dm")
    }
}

struct Toy {
    kit: ChatKit,
    engine: convene_core::Engine,
    api: Arc<Recorder>,
}

impl Toy {
    fn incoming(who: &str, text: &str) -> Incoming {
        Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Discord, external_id: "group1".into(), title: "Friends".into() },
            user: UserIdentity { platform: Platform::Discord, external_id: who.into(), display_name: capital(who) },
            is_admin: who == "ana",
            text: text.into(),
        }
    }
    async fn say(&self, who: &str, text: &str) {
        let incoming = Self::incoming(who, text);
        let Admission::Admitted(admitted) = self.engine.admit(&incoming) else { panic!("limited") };
        self.kit.on_command(&origin(), &incoming, admitted).await;
    }
    async fn press(&self, who: &str, message: &str, command: &str) {
        let incoming = Self::incoming(who, command);
        let Admission::Admitted(admitted) = self.engine.admit(&incoming) else { panic!("limited") };
        let press = Press { id: format!("press-{who}"), message: message.into() };
        self.kit.on_press(&origin(), &press, &incoming, admitted).await;
    }
}

fn origin() -> Origin {
    Origin::chat("group1", false)
}

fn capital(who: &str) -> String {
    who[..1].to_uppercase() + &who[1..]
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn three_friends_fill_an_event_and_the_waitlist_moves_up_on_a_toy_platform(pool: sqlx::PgPool) {
    let api = Arc::new(Recorder::default());
    let engine = support::engine(&pool);
    let kit = ChatKit::new(api.clone(), engine.clone(), std::time::Duration::ZERO);
    let toy = Toy { kit, engine, api };

    toy.say("ana", "/new Board games friday 19:30 max 2").await;
    let (card, text, buttons) = toy.api.last_in("group1");
    assert!(text.starts_with("Created #1 Board games"), "{text}");
    assert_eq!(buttons[0], "/join 1");

    toy.press("bob", &card, "/join 1").await;
    let (_, text, _) = toy.api.last_in("group1");
    assert!(text.starts_with("#1 Board games\n") && text.contains("Going (2/2): Ana, Bob"), "edited: {text}");
    toy.press("carol", &card, "/join 1").await;
    assert!(toy.api.toasts.lock().unwrap().last().unwrap().contains("on the waitlist (number 1)"));
    assert!(toy.api.last_in("group1").1.contains("Waitlist: 1. Carol"));

    toy.say("bob", "/leave 1").await;
    assert!(toy.api.last_in("group1").1.contains("Carol moved up from the waitlist and is going now."));
    assert!(toy.api.last_in("dm:carol").1.contains("Good news: a place freed up for #1 Board games"));
    assert_eq!(toy.api.count_in("group1"), 2, "presses edited the card; the typed answer sent one message");
    let shown = toy.api.shown.lock().unwrap().clone();
    let card_now = shown.iter().find(|m| m.1 == card).unwrap();
    assert!(card_now.2.contains("Going (2/2): Ana, Carol"), "the card in the chat follows: {}", card_now.2);

    // Dave's private messages are closed: the group is told once how to open them.
    for (who, command) in [("dave", "/join 1"), ("carol", "/leave 1"), ("dave", "/leave 1")] {
        toy.say(who, command).await;
    }
    for (who, command) in [("carol", "/join 1"), ("dave", "/join 1"), ("ana", "/leave 1")] {
        toy.say(who, command).await;
    }
    let shown = toy.api.shown.lock().unwrap().clone();
    let promoted = shown.iter().filter(|m| m.2.contains("Dave moved up from the waitlist")).count();
    let hints = shown.iter().filter(|m| m.2.contains("toy://dm")).count();
    assert_eq!((promoted, hints), (2, 1), "two private notices failed, the group was told once: {shown:#?}");
}
