//! One calendar shared by a Telegram group and a Discord channel, on one engine and one database:
//! answers from either side update the card in both chats, and the group reminder reaches both.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_discord/mod.rs"]
mod fake_discord;
#[path = "../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
#[path = "../bots/tests/discord/world.rs"]
mod world;

use convene_bots::discord::{Discord, DiscordOptions};
use convene_bots::telegram::{Telegram, TelegramOptions};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, ManualClock};
use convene_scheduler::{Scheduler, SchedulerSettings};
use fake_discord::FakeDiscord;
use fake_telegram::{Call, FakeTelegram};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use world::{at, card, embed, field, id, options, BOB, CHANNEL, GUILD, NOW};

/// The Telegram group (Ana is its admin).
const GROUP: i64 = -100_321;

/// Both bots on one engine, each on its fake, notices crossing between them as `serve` wires
/// them, and a scheduler delivering through both.
struct Both {
    telegram: FakeTelegram,
    discord: FakeDiscord,
    clock: Arc<ManualClock>,
    scheduler: Scheduler,
    _stop: tokio::sync::watch::Sender<bool>,
}

async fn both(pool: sqlx::PgPool) -> Both {
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let store: Arc<dyn Store> = Arc::new(PgStore::from_pool(pool));
    let zone = chrono_tz::Europe::Madrid;
    let settings = EngineSettings { default_zone: zone, commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let (stop, stopped) = tokio::sync::watch::channel(false);

    let fake_telegram = FakeTelegram::start().await;
    let mut options = TelegramOptions::new("4242:TOKEN").with_api_url(Some(fake_telegram.url.clone()));
    options.limits = convene_bots::telegram::pacing::Limits::none();
    options.edit_delay = Duration::ZERO;
    let telegram = Telegram::start(options, engine.clone()).await.unwrap();
    tokio::spawn(telegram.clone().run_polling(stopped.clone()));

    let fake_discord = FakeDiscord::start().await;
    fake_discord.add_channel(GUILD, CHANNEL);
    fake_discord.add_member(GUILD, &BOB);
    let mut options = DiscordOptions::new(fake_discord::TOKEN);
    options.api_url = Some(fake_discord.url());
    options.guilds = vec![GUILD];
    options.edit_delay = Duration::ZERO;
    let discord = Discord::start(options, engine.clone()).await.unwrap();
    tokio::spawn(discord.clone().run_gateway(stopped));
    fake_discord.wait_ready().await;
    let registered = |f: &FakeDiscord| f.commands_for(Some(GUILD)).as_array().is_some_and(|c| !c.is_empty());
    fake_discord.wait_until("the commands registered", registered).await;

    let outbox: Arc<dyn Outbox> = Arc::new(
        Outboxes::default().with(Platform::Telegram, telegram.clone()).with(Platform::Discord, discord.clone()),
    );
    telegram.send_elsewhere_through(outbox.clone());
    discord.send_elsewhere_through(outbox.clone());
    let settings = SchedulerSettings { default_zone: zone, ..SchedulerSettings::default() };
    let scheduler = Scheduler::new(store, clock.clone(), outbox, settings, engine.reminder_signal());
    Both { telegram: fake_telegram, discord: fake_discord, clock, scheduler, _stop: stop }
}

impl Both {
    async fn tick_at(&self, when: &str) {
        self.clock.set(at(when));
        self.scheduler.tick().await.unwrap();
    }

    /// `who` runs a slash command in the Discord channel; what the bot answered, as text.
    async fn slash(&self, who: &fake_discord::Person, name: &str, pairs: &[(&str, &str)]) -> String {
        let asked = self.discord.slash(GUILD, CHANNEL, who, name, options(pairs));
        let answer = self.discord.response_to(asked).await;
        text_of(&answer["data"])
    }
}

/// What the bot sent with `method` to Telegram chat `chat` whose text contains `needle`.
fn telegram(calls: &[Call], method: &str, chat: i64, needle: &str) -> Option<Call> {
    let text = |c: &Call| c.body["text"].as_str().unwrap_or("").to_string();
    calls.iter().find(|c| c.method == method && c.body["chat_id"] == chat && text(c).contains(needle)).cloned()
}

/// A Discord message's text: its content and its embed's description.
fn text_of(message: &Value) -> String {
    let content = message["content"].as_str().unwrap_or("");
    format!("{content}\n{}", embed(message)["description"].as_str().unwrap_or(""))
}

/// The calendar number in "This chat now follows ... numbers like #N.1".
fn calendar_number(followed: &str) -> String {
    followed.split("numbers like #").nth(1).unwrap().split('.').next().unwrap().to_string()
}

/// What both chats show after the Telegram group shared and the Discord channel subscribed.
struct Shared {
    group: Value,
    carol: Value,
    /// The event's number in the Discord channel ("N.1").
    theirs: String,
    telegram_card: i64,
    discord_card: Value,
}

/// In Telegram, Ana creates the event and shares the group's calendar; in Discord, Bob subscribes
/// with the code and asks to see the event there.
async fn telegram_shares(w: &Both) -> Shared {
    let (tg, dc) = (&w.telegram, &w.discord);
    let ana = tg.person(1, "Ana", true);
    let carol = tg.person(3, "Carol", true);
    let group = tg.group(GROUP, "Friends", &[&ana]);
    tg.say(&group, &ana, "/new Board games friday 19:30 max 3");
    let created = tg.wait_for("the card", |c| telegram(c, "sendmessage", GROUP, "Created #1 Board games")).await;
    tg.say(&group, &ana, "/share");
    let shared = tg.wait_for("the share code", |c| telegram(c, "sendmessage", GROUP, "/subscribe ")).await;
    let text = shared.body["text"].as_str().unwrap().to_string();
    let code = text.lines().find_map(|l| l.strip_prefix("/subscribe ")).unwrap().trim().to_string();

    let followed = w.slash(&BOB, "subscribe", &[("code", &code)]).await;
    assert!(followed.contains("now follows"), "{followed}\n{}", dc.report());
    let theirs = format!("{}.1", calendar_number(&followed));
    w.slash(&BOB, "event", &[("event", &theirs)]).await;
    let discord_card = card(dc, CHANNEL, &format!("#{theirs} Board games")).expect("the card in the channel");
    assert_eq!(field(&discord_card, "Going"), Some(("Going (1/3)", "Ana")));
    Shared { group, carol, theirs, telegram_card: created.sent_id.unwrap(), discord_card }
}

/// The Telegram group of Ana and Carol shares its calendar; Bob follows it in the Discord channel.
#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn answers_in_a_discord_channel_following_a_telegram_group_update_both_cards(pool: sqlx::PgPool) {
    let w = both(pool).await;
    let (tg, dc) = (&w.telegram, &w.discord);
    let s = telegram_shares(&w).await;

    // Bob answers in Discord: his card changes in place, and so does the group's in Telegram.
    let pressed = dc.press(CHANNEL, id(&s.discord_card), &BOB, &format!("/join {}", s.theirs));
    assert_eq!(dc.response_to(pressed).await["type"], 7, "the pressed card is updated in place");
    let on_discord = dc.message(id(&s.discord_card)).unwrap();
    assert_eq!(field(&on_discord, "Going"), Some(("Going (2/3)", "Ana, Bob")));
    let edited = tg
        .wait_for("the Telegram card edited to show Bob, who answered in Discord", |c| {
            telegram(c, "editmessagetext", GROUP, "Going (2/3): Ana, Bob")
        })
        .await;
    assert_eq!(edited.body["message_id"], s.telegram_card, "the group's card is edited in place");

    // Carol answers in Telegram: the Discord card follows.
    tg.press(&s.group, s.telegram_card, &s.carol, "/join 1");
    tg.wait_for("Carol's card", |c| telegram(c, "editmessagetext", GROUP, "Going (3/3): Ana, Bob, Carol")).await;
    dc.wait_until("the Discord card edited to show Carol, who answered in Telegram", |f| {
        f.message(id(&s.discord_card)).is_some_and(|m| field(&m, "Going") == Some(("Going (3/3)", "Ana, Bob, Carol")))
    })
    .await;
}

/// The group reminder (an hour before, by default) reaches the group and the channel following it,
/// each with its own number for the event, listing who answered on either platform.
#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn the_group_reminder_reaches_the_telegram_group_and_the_discord_channel(pool: sqlx::PgPool) {
    let w = both(pool).await;
    let (tg, dc) = (&w.telegram, &w.discord);
    let s = telegram_shares(&w).await;
    let pressed = dc.press(CHANNEL, id(&s.discord_card), &BOB, &format!("/join {}", s.theirs));
    dc.response_to(pressed).await;

    w.tick_at("2026-11-20T17:30:00Z").await;
    let group = "Reminder: #1 Board games starts in 1h";
    let reminded = tg.wait_for("the group's reminder", |c| telegram(c, "sendmessage", GROUP, group)).await;
    assert!(reminded.body["text"].as_str().unwrap().contains("Going (2): Ana, Bob"), "{reminded:?}");
    let channel = format!("Reminder: #{} Board games starts in 1h", s.theirs);
    let in_channel = |f: &FakeDiscord| f.messages_in(CHANNEL).into_iter().find(|m| text_of(m).contains(&channel));
    dc.wait_until("the channel's reminder", |f| in_channel(f).is_some()).await;
    assert!(text_of(&in_channel(dc).unwrap()).contains("Going (2): Ana, Bob"), "{}", dc.report());
}

/// The other way round: the Discord channel shares, the Telegram group follows.
#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn answers_in_a_telegram_group_following_a_discord_channel_update_both_cards(pool: sqlx::PgPool) {
    let w = both(pool).await;
    let (tg, dc) = (&w.telegram, &w.discord);
    let ana = tg.person(1, "Ana", true);
    let carol = tg.person(3, "Carol", true);
    let group = tg.group(GROUP, "Friends", &[&ana]);

    w.slash(&BOB, "new", &[("title", "Board games"), ("when", "friday 19:30"), ("max", "3")]).await;
    let discord_card = card(dc, CHANNEL, "#1 Board games").expect("the card in the channel");
    let shared = w.slash(&BOB, "share", &[]).await;
    let code = shared.lines().find_map(|l| l.strip_prefix("/subscribe ")).expect(&shared).trim().to_string();

    tg.say(&group, &ana, &format!("/subscribe {code}"));
    let followed = tg.wait_for("the subscription", |c| telegram(c, "sendmessage", GROUP, "now follows")).await;
    let n = calendar_number(followed.body["text"].as_str().unwrap());
    tg.say(&group, &ana, &format!("/event {n}.1"));
    let shown = tg.wait_for("the card", |c| telegram(c, "sendmessage", GROUP, "Going (1/3): Bob")).await;
    let telegram_card = shown.sent_id.unwrap();

    // Carol answers in Telegram: the card in Discord follows.
    tg.press(&group, telegram_card, &carol, &format!("/join {n}.1"));
    tg.wait_for("Carol's card", |c| telegram(c, "editmessagetext", GROUP, "Going (2/3): Bob, Carol")).await;
    dc.wait_until("the Discord card edited to show Carol, who answered in Telegram", |f| {
        f.message(id(&discord_card)).is_some_and(|m| field(&m, "Going") == Some(("Going (2/3)", "Bob, Carol")))
    })
    .await;

    // Bob, going since he created it, changes to maybe in Discord: the group's card follows.
    dc.response_to(dc.press(CHANNEL, id(&discord_card), &BOB, "/maybe 1")).await;
    tg.wait_for("the Telegram card edited to show Bob's maybe, answered in Discord", |c| {
        telegram(c, "editmessagetext", GROUP, "Maybe: Bob")
    })
    .await;
}
