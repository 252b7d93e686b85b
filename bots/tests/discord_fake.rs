//! The fake Discord (tests/support/fake_discord) against serenity 0.12.5 itself: a real
//! serenity `Client` pointed at it connects, takes interactions and answers them, and every
//! REST answer the fake gives parses in serenity. If these pass, adapter tests can trust the fake.

#[path = "support/fake_discord/mod.rs"]
mod fake_discord;

use fake_discord::{FakeDiscord, Person, APP_ID, BOT_ID, TOKEN};
use serde_json::json;
use serenity::all::{
    ButtonStyle, ChannelId, ClientBuilder, Command, CommandOptionType, Context, CreateActionRow, CreateAllowedMentions,
    CreateAutocompleteResponse, CreateButton, CreateCommand, CreateCommandOption, CreateEmbed, CreateInputText,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    CreateModal, CreateScheduledEvent, CreateSelectMenu, CreateSelectMenuKind, CreateSelectMenuOption,
    EditInteractionResponse, EditMessage, EditScheduledEvent, EventHandler, GatewayIntents, GuildChannel, GuildId,
    GuildScheduledEventUserAddEvent, HttpError, InputTextStyle, Interaction, Mentionable, Message, ScheduledEvent,
    ScheduledEventStatus, ScheduledEventType, Timestamp, UserId,
};
use serenity::http::{Http, HttpBuilder};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

const GUILD: u64 = 900_001;
const CHANNEL: u64 = 900_002;
const ANA: Person = Person::admin(101, "Ana");
const BOB: Person = Person::new(102, "Bob").with_locale("es-ES");
const CAROL: Person = Person::new(103, "Carol");

/// What the handler saw: every interaction, and the names of other events.
enum Seen {
    Interaction(Box<Interaction>),
    Event(&'static str),
}

/// Answers /plan with a card and its Join button with an update, as the adapter will; hands
/// everything it sees to the test.
struct Handler(UnboundedSender<Seen>);

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let card = |title: &str, going: &str, open: bool| {
            let embed = CreateEmbed::new().title(title).description(format!("Going: {going}"));
            let join = CreateButton::new("join").label("Join").style(ButtonStyle::Primary).disabled(!open);
            CreateInteractionResponseMessage::new()
                .embed(embed)
                .components(vec![CreateActionRow::Buttons(vec![join])])
                .allowed_mentions(CreateAllowedMentions::new())
        };
        let answered = match &interaction {
            Interaction::Command(command) if command.data.name == "plan" => {
                let title = command.data.options.first().and_then(|o| o.value.as_str()).unwrap_or("?");
                let response = CreateInteractionResponse::Message(card(title, "nobody yet", true));
                Some(command.create_response(&ctx.http, response).await)
            }
            Interaction::Component(press) if press.data.custom_id == "join" => {
                let response = CreateInteractionResponse::UpdateMessage(card(
                    "Dinner",
                    &press.user.id.mention().to_string(),
                    false,
                ));
                Some(press.create_response(&ctx.http, response).await)
            }
            _ => None,
        };
        if let Some(Err(why)) = answered {
            panic!("the handler could not answer: {why:?}");
        }
        let _ = self.0.send(Seen::Interaction(Box::new(interaction)));
    }

    async fn channel_delete(&self, _: Context, _: GuildChannel, _: Option<Vec<Message>>) {
        let _ = self.0.send(Seen::Event("CHANNEL_DELETE"));
    }

    async fn guild_scheduled_event_create(&self, _: Context, _: ScheduledEvent) {
        let _ = self.0.send(Seen::Event("GUILD_SCHEDULED_EVENT_CREATE"));
    }

    async fn guild_scheduled_event_user_add(&self, _: Context, _: GuildScheduledEventUserAddEvent) {
        let _ = self.0.send(Seen::Event("GUILD_SCHEDULED_EVENT_USER_ADD"));
    }
}

/// A serenity client running against the fake, as the adapter will run it.
struct Bot {
    http: Arc<Http>,
    seen: UnboundedReceiver<Seen>,
}

impl Bot {
    async fn start(fake: &FakeDiscord, intents: GatewayIntents) -> Self {
        // With the rate limiter on, serenity ignores the proxy and calls discord.com.
        let http = HttpBuilder::new(TOKEN).proxy(fake.url()).ratelimiter_disabled(true).build();
        let (tx, seen) = unbounded_channel();
        // Building asks the fake for the gateway URL (GET /gateway).
        let mut client =
            ClientBuilder::new_with_http(http, intents).event_handler(Handler(tx)).await.expect("the client builds");
        let http = Arc::clone(&client.http);
        tokio::spawn(async move { client.start().await });
        Self { http, seen }
    }

    /// The next interaction the handler saw (other events skipped).
    async fn interaction(&mut self) -> Interaction {
        loop {
            match tokio::time::timeout(Duration::from_secs(10), self.seen.recv()).await {
                Ok(Some(Seen::Interaction(interaction))) => return *interaction,
                Ok(Some(Seen::Event(_))) => continue,
                _ => panic!("the handler saw no interaction"),
            }
        }
    }

    /// The next other event the handler saw (interactions skipped).
    async fn event(&mut self) -> &'static str {
        loop {
            match tokio::time::timeout(Duration::from_secs(10), self.seen.recv()).await {
                Ok(Some(Seen::Event(name))) => return name,
                Ok(Some(Seen::Interaction(_))) => continue,
                _ => panic!("the handler saw no event"),
            }
        }
    }
}

/// The Discord error code of a failed serenity call.
fn code<T: std::fmt::Debug>(result: serenity::Result<T>) -> (u16, isize) {
    match result {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(response))) => {
            (response.status_code.as_u16(), response.error.code)
        }
        other => panic!("expected Discord to refuse, got {other:?}"),
    }
}

fn id(value: &serde_json::Value) -> u64 {
    value.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("not a snowflake: {value}"))
}

fn plan_command() -> CreateCommand {
    let title = CreateCommandOption::new(CommandOptionType::String, "title", "What to plan").required(true);
    CreateCommand::new("plan").description("Plan something with the group").add_option(title)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serenity_connects_answers_a_slash_command_and_updates_the_card_on_a_press() {
    let fake = FakeDiscord::start().await;
    let mut bot = Bot::start(&fake, GatewayIntents::GUILDS | GatewayIntents::GUILD_SCHEDULED_EVENTS).await;
    fake.wait_ready().await;
    assert_eq!(fake.identifies(), 1);
    let identify = fake.last_identify().expect("identified");
    assert_eq!(identify["intents"], (1 << 16) | 1);
    let start: Vec<String> = fake.calls().iter().map(|c| format!("{} {}", c.method, c.path)).collect();
    assert_eq!(start, ["GET /gateway"], "all serenity asks before connecting");

    // READY gave serenity the application id, which registration needs.
    let registered = Command::set_global_commands(&bot.http, vec![plan_command()]).await.expect("registered");
    assert_eq!(registered[0].name, "plan");
    assert_eq!(fake.commands()[0]["options"][0]["name"], "title");
    assert_eq!(id(&fake.commands()[0]["id"]), registered[0].id.get());

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "plan", json!([{"name": "title", "type": 3, "value": "Dinner"}]));
    let response = fake.response_to(asked).await;
    assert_eq!(response["type"], 4);
    assert_eq!(response["data"]["embeds"][0]["title"], "Dinner");
    let Interaction::Command(command) = bot.interaction().await else { panic!("a command") };
    assert_eq!((command.id.get(), command.data.id), (asked, registered[0].id));
    assert_eq!(command.guild_id, Some(GuildId::new(GUILD)));
    let member = command.member.as_ref().expect("a guild member");
    assert!(member.permissions.expect("permissions").administrator(), "Ana is an admin");
    assert_eq!((command.user.id.get(), command.locale.as_str()), (ANA.id, "en-US"));

    let shown = fake.messages_in(CHANNEL);
    assert_eq!(shown.len(), 1, "{shown:?}");
    let card = &shown[0];
    assert_eq!(card["author"]["id"], BOT_ID.to_string());
    assert_eq!(card["components"][0]["components"][0]["custom_id"], "join");
    assert_eq!((card["mentions"].clone(), card["type"].clone()), (json!([]), json!(20)));
    assert_eq!(fake.original(asked).as_ref(), Some(card));

    let press = fake.press(CHANNEL, id(&card["id"]), &BOB, "join");
    assert_eq!(fake.response_to(press).await["type"], 7);
    let Interaction::Component(pressed) = bot.interaction().await else { panic!("a button press") };
    assert_eq!((pressed.user.id.get(), pressed.locale.as_str()), (BOB.id, "es-ES"));
    assert!(!pressed.member.as_ref().and_then(|m| m.permissions).expect("permissions").administrator());
    assert_eq!(pressed.message.id.get(), id(&card["id"]));
    let updated = fake.messages_in(CHANNEL);
    assert_eq!(updated.len(), 1, "updated in place");
    assert_eq!(updated[0]["embeds"][0]["description"], "Going: <@102>");
    assert_eq!(updated[0]["mentions"], json!([]), "no pings: allowed_mentions is empty");
    assert_eq!(updated[0]["components"][0]["components"][0]["disabled"], true);
    assert!(updated[0]["edited_timestamp"].is_string());
    assert_eq!(fake.original(press).as_ref(), Some(&updated[0]));

    // Each interaction is answered once.
    let again = CreateInteractionResponse::Acknowledge;
    assert_eq!(code(pressed.create_response(&bot.http, again).await), (400, 40060));
    // The disabled button cannot be pressed any more: Discord shows it greyed out.
    let stale = std::panic::catch_unwind(|| fake.press(CHANNEL, id(&card["id"]), &CAROL, "join"));
    assert!(stale.is_err(), "a disabled button cannot be pressed");

    fake.close_dms(CAROL.id);
    let dm = UserId::new(CAROL.id).direct_message(&bot.http, CreateMessage::new().content("Reminder")).await;
    assert_eq!(code(dm), (403, 50007));
    let dm = UserId::new(BOB.id).direct_message(&bot.http, CreateMessage::new().content("Reminder")).await;
    assert_eq!(dm.expect("Bob takes DMs").channel_id.get(), fake.dm_channel(BOB.id));
    assert_eq!(fake.dms_to(BOB.id)[0]["content"], "Reminder");
    assert!(fake.dms_to(CAROL.id).is_empty());

    fake.reconnect();
    fake.wait_until("a resume or a second identify", |f| f.resumes() + f.identifies() >= 2).await;
    assert_eq!((fake.identifies(), fake.resumes()), (1, 1), "op 7 makes serenity resume");
    let after = fake.slash(GUILD, CHANNEL, &CAROL, "plan", json!([{"name": "title", "type": 3, "value": "Lunch"}]));
    assert_eq!(fake.response_to(after).await["data"]["embeds"][0]["title"], "Lunch");
    assert_eq!(fake.messages_in(CHANNEL).len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deferred_answers_follow_ups_menus_modals_and_autocomplete() {
    let fake = FakeDiscord::start().await;
    let mut bot = Bot::start(&fake, GatewayIntents::GUILDS).await;
    let http = Arc::clone(&bot.http);

    // Deferred, then edited: the "thinking…" message becomes the answer.
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "slow", json!([]));
    let Interaction::Command(slow) = bot.interaction().await else { panic!("a command") };
    let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new());
    slow.create_response(&http, defer).await.expect("deferred");
    assert_eq!(fake.response_to(asked).await["type"], 5);
    assert_eq!(fake.original(asked).expect("a placeholder")["flags"], 128);
    let edit = EditInteractionResponse::new().content("Done");
    assert_eq!(slow.edit_response(&http, edit).await.expect("edited").content, "Done");
    assert_eq!(fake.original(asked).expect("edited")["flags"], 0);
    let secret = CreateInteractionResponseFollowup::new().content("Only you").ephemeral(true);
    slow.create_followup(&http, secret).await.expect("follow-up");
    let menu = CreateSelectMenu::new(
        "when",
        CreateSelectMenuKind::String {
            options: vec![CreateSelectMenuOption::new("Friday", "fri"), CreateSelectMenuOption::new("Saturday", "sat")],
        },
    );
    let public = CreateInteractionResponseFollowup::new()
        .content("Pick a day")
        .components(vec![CreateActionRow::SelectMenu(menu)]);
    let picker = slow.create_followup(&http, public).await.expect("follow-up");
    assert_eq!(fake.followups(asked).len(), 2);
    let visible: Vec<_> = fake.messages_in(CHANNEL).iter().map(|m| m["content"].clone()).collect();
    assert_eq!(visible, [json!("Done"), json!("Pick a day")], "ephemeral follow-ups are not shown to all");
    assert_eq!(slow.get_response(&http).await.expect("the original").content, "Done");

    // A menu choice, deferred as an update, then the menu's message edited through @original.
    let chosen = fake.select(CHANNEL, picker.id.get(), &BOB, "when", &["sat"]);
    let Interaction::Component(choice) = bot.interaction().await else { panic!("a choice") };
    assert!(
        matches!(&choice.data.kind, serenity::all::ComponentInteractionDataKind::StringSelect { values } if values == &["sat"])
    );
    choice.create_response(&http, CreateInteractionResponse::Acknowledge).await.expect("acknowledged");
    choice.edit_response(&http, EditInteractionResponse::new().content("Saturday it is")).await.expect("edited");
    assert_eq!(fake.original(chosen).expect("the menu's message")["id"], picker.id.to_string());
    assert_eq!(fake.message(picker.id.get()).expect("still there")["content"], "Saturday it is");

    // A modal, submitted, answered ephemerally.
    let asked = fake.slash(GUILD, CHANNEL, &CAROL, "rename", json!([]));
    let Interaction::Command(rename) = bot.interaction().await else { panic!("a command") };
    let input = CreateInputText::new(InputTextStyle::Short, "New title", "title");
    let note = CreateInputText::new(InputTextStyle::Paragraph, "Note", "note").required(false);
    let modal = CreateModal::new("rename-form", "Rename")
        .components(vec![CreateActionRow::InputText(input), CreateActionRow::InputText(note)]);
    rename.create_response(&http, CreateInteractionResponse::Modal(modal)).await.expect("modal shown");
    assert_eq!(fake.response_to(asked).await["type"], 9);
    let submitted = fake.submit_modal(GUILD, CHANNEL, &CAROL, "rename-form", &[("title", "Brunch")]);
    let Interaction::Modal(form) = bot.interaction().await else { panic!("a modal submit") };
    let values: Vec<_> = form.data.components.iter().flat_map(|row| row.components.iter()).collect();
    assert!(
        matches!(values[0], serenity::all::ActionRowComponent::InputText(t) if t.value.as_deref() == Some("Brunch"))
    );
    let thanks = CreateInteractionResponseMessage::new().content("Renamed").ephemeral(true);
    form.create_response(&http, CreateInteractionResponse::Message(thanks)).await.expect("answered");
    assert_eq!(fake.response_to(submitted).await["data"]["flags"], 64);
    assert_eq!(fake.original(submitted).expect("ephemeral answer")["content"], "Renamed");
    assert_eq!(fake.messages_in(CHANNEL).len(), 2, "the ephemeral answer is not in the channel");

    // Autocomplete takes choices and nothing else.
    let typed = json!([{"name": "title", "type": 3, "value": "Din", "focused": true}]);
    let asked = fake.autocomplete(GUILD, CHANNEL, &ANA, "plan", typed);
    let Interaction::Autocomplete(typing) = bot.interaction().await else { panic!("autocomplete") };
    assert_eq!(typing.data.autocomplete().expect("a focused option").value, "Din");
    let wrong = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("no"));
    assert_eq!(code(typing.create_response(&http, wrong).await), (400, 50035));
    let choices = CreateAutocompleteResponse::new().add_string_choice("Dinner", "dinner");
    typing.create_response(&http, CreateInteractionResponse::Autocomplete(choices)).await.expect("choices");
    assert_eq!(fake.response_to(asked).await["data"]["choices"][0]["value"], "dinner");

    // A slash command in a DM comes with `user` instead of `member`.
    let asked = fake.slash_in_dm(&BOB, "plan", json!([{"name": "title", "type": 3, "value": "Tea"}]));
    let Interaction::Command(dm) = bot.interaction().await else { panic!("a command") };
    assert_eq!((dm.guild_id, dm.member.is_none(), dm.user.id.get()), (None, true, BOB.id));
    assert_eq!(fake.response_to(asked).await["data"]["embeds"][0]["title"], "Tea");
    assert_eq!(fake.dms_to(BOB.id).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_answers_parse_in_serenity_and_refuse_as_discord_does() {
    let fake = FakeDiscord::start().await;
    let mut bot = Bot::start(&fake, GatewayIntents::GUILDS | GatewayIntents::GUILD_SCHEDULED_EVENTS).await;
    let http = Arc::clone(&bot.http);
    fake.wait_ready().await;
    fake.add_channel(GUILD, CHANNEL);
    fake.add_member(GUILD, &ANA);
    let (guild, channel) = (GuildId::new(GUILD), ChannelId::new(CHANNEL));

    assert_eq!(http.get_current_user().await.expect("the bot").id.get(), BOT_ID);
    assert_eq!(http.get_current_application_info().await.expect("the app").id.get(), APP_ID);
    assert!(http.get_bot_gateway().await.expect("gateway").url.starts_with("ws://127.0.0.1:"));
    assert_eq!(http.get_guild(guild).await.expect("the guild").id, guild);
    assert_eq!(http.get_channel(channel).await.expect("the channel").id(), channel);
    assert_eq!(http.get_member(guild, UserId::new(ANA.id)).await.expect("a member").user.name, "ana");
    assert_eq!(code(http.get_member(guild, UserId::new(BOB.id)).await), (404, 10007));
    assert_eq!(code(http.get_guild(GuildId::new(5)).await), (404, 10004));
    guild.set_commands(&http, vec![plan_command()]).await.expect("guild commands");
    assert_eq!(fake.commands_for(Some(GUILD))[0]["guild_id"], GUILD.to_string());
    let bad = CreateCommand::new("Plan").description("Upper case is not allowed");
    assert_eq!(code(guild.set_commands(&http, vec![bad]).await), (400, 50035));

    // Messages: create, edit, refused when too long, gone once deleted.
    let pinged = CreateMessage::new().content(format!("Hi {} and @everyone", UserId::new(ANA.id).mention()));
    let sent = channel.send_message(&http, pinged).await.expect("sent");
    assert_eq!((sent.mentions.len(), sent.mention_everyone), (1, true), "no allowed_mentions: everyone is pinged");
    let quiet = EditMessage::new().content("Hi all").allowed_mentions(CreateAllowedMentions::new());
    let edited = channel.edit_message(&http, sent.id, quiet).await.expect("edited");
    assert_eq!((edited.content.as_str(), edited.mentions.len()), ("Hi all", 0));
    let wordy = CreateButton::new("go").label("x".repeat(81)); // serenity does not check labels
    let long = channel.send_message(&http, CreateMessage::new().button(wordy)).await;
    match long {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(e))) => {
            let path = "components.0.components.0.label";
            assert_eq!((e.error.code, e.error.errors[0].path.as_str()), (50035, path));
        }
        other => panic!("expected 50035, got {other:?}"),
    }
    fake.delete_message(CHANNEL, sent.id.get());
    assert_eq!(code(channel.edit_message(&http, sent.id, EditMessage::new().content("?")).await), (404, 10008));

    // Scheduled events: create, edit, cancel (kept), delete (gone); refused without permission.
    let start = Timestamp::from_unix_timestamp(1_795_000_000).expect("a time");
    let end = Timestamp::from_unix_timestamp(1_795_003_600).expect("a time");
    let dinner =
        CreateScheduledEvent::new(ScheduledEventType::External, "Dinner", start).end_time(end).location("Casa");
    let event = guild.create_scheduled_event(&http, dinner).await.expect("created");
    assert_eq!((event.name.as_str(), event.status), ("Dinner", ScheduledEventStatus::Scheduled));
    assert_eq!(bot.event().await, "GUILD_SCHEDULED_EVENT_CREATE", "Discord tells the bot of its own events");
    let nowhere = CreateScheduledEvent::new(ScheduledEventType::External, "Lunch", start).end_time(end);
    assert_eq!(code(guild.create_scheduled_event(&http, nowhere).await), (400, 50035));
    let renamed = guild.edit_scheduled_event(&http, event.id, EditScheduledEvent::new().name("Late dinner")).await;
    assert_eq!(renamed.expect("edited").name, "Late dinner");
    let cancel = EditScheduledEvent::new().status(ScheduledEventStatus::Canceled);
    guild.edit_scheduled_event(&http, event.id, cancel).await.expect("canceled");
    assert_eq!(fake.scheduled_events(GUILD)[0]["status"], 4);
    guild.delete_scheduled_event(&http, event.id).await.expect("deleted");
    assert!(fake.scheduled_events(GUILD).is_empty());
    fake.deny_create_events(GUILD);
    let denied =
        CreateScheduledEvent::new(ScheduledEventType::External, "Dinner", start).end_time(end).location("Casa");
    assert_eq!(code(guild.create_scheduled_event(&http, denied).await), (403, 50013));

    // Rate limits, when on: the third message in 5 s is refused with Discord's headers and body.
    fake.enforce_limits((2, Duration::from_secs(5)), 50);
    for n in 0..2 {
        channel.say(&http, format!("message {n}")).await.expect("within the limit");
    }
    assert_eq!(code(channel.say(&http, "one too many").await), (429, -1), "the 429 body has no code");
    assert_eq!(fake.too_many(), 1);
    let other = ChannelId::new(CHANNEL + 1);
    fake.add_channel(GUILD, other.get());
    other.say(&http, "another channel, another bucket").await.expect("sent");
    let refused = fake.calls().into_iter().find(|c| c.status == 429).expect("a 429");
    assert_eq!(refused.path, format!("/channels/{CHANNEL}/messages"));
    let answer = raw_post(&fake, &format!("/channels/{CHANNEL}/messages"), json!({"content": "raw"})).await;
    assert_eq!(answer.status().as_u16(), 429);
    let header = |name: &str| answer.headers().get(name).map(|v| v.to_str().unwrap_or("").to_string());
    assert_eq!(header("x-ratelimit-scope").as_deref(), Some("user"));
    assert_eq!(header("x-ratelimit-remaining").as_deref(), Some("0"));
    assert!(header("retry-after").is_some() && header("x-ratelimit-bucket").is_some());
    let body: serde_json::Value = answer.json().await.expect("json");
    assert_eq!((body["global"].clone(), body["message"].clone()), (json!(false), json!("You are being rate limited.")));
    assert!(body["retry_after"].as_f64().is_some_and(|s| s > 0.0 && s <= 5.0));
    let unknown = raw_post(&fake, "/no/such/route", json!({})).await;
    assert_eq!(unknown.status().as_u16(), 404);
    assert_eq!(fake.calls().last().expect("recorded").path, "/no/such/route");
}

/// A POST to the fake's REST with the bot token, bypassing serenity (to read headers).
async fn raw_post(fake: &FakeDiscord, path: &str, body: serde_json::Value) -> reqwest::Response {
    let client = reqwest::Client::new();
    let request = client.post(format!("{}/api/v10{path}", fake.url())).header("authorization", format!("Bot {TOKEN}"));
    request.json(&body).send().await.expect("the fake answers")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gateway_queues_filters_and_starts_sessions_again() {
    let fake = FakeDiscord::start().await;
    // Sent before the bot connects: waits for the session.
    let early = fake.slash(GUILD, CHANNEL, &ANA, "plan", json!([{"name": "title", "type": 3, "value": "Early"}]));
    let mut bot = Bot::start(&fake, GatewayIntents::GUILDS).await;
    assert_eq!(fake.response_to(early).await["data"]["embeds"][0]["title"], "Early");
    let Interaction::Command(_) = bot.interaction().await else { panic!("a command") };

    fake.add_channel(GUILD, CHANNEL + 7);
    fake.delete_channel(CHANNEL + 7);
    assert_eq!(bot.event().await, "CHANNEL_DELETE");
    let interested =
        json!({"guild_scheduled_event_id": "77", "user_id": BOB.id.to_string(), "guild_id": GUILD.to_string()});
    fake.dispatch("GUILD_SCHEDULED_EVENT_USER_ADD", interested);
    fake.wait_until("the event filtered", |f| !f.filtered().is_empty()).await;
    assert_eq!(fake.filtered(), ["GUILD_SCHEDULED_EVENT_USER_ADD (GUILD_SCHEDULED_EVENTS)"]);
    let broken = std::panic::catch_unwind(|| fake.dispatch("GUILD_SCHEDULED_EVENT_USER_ADD", json!({"user_id": "1"})));
    assert!(broken.is_err(), "a dispatch serenity cannot parse is refused");

    // Told to reconnect, serenity resumes; what was sent meanwhile arrives after RESUMED.
    fake.reconnect();
    let meanwhile =
        fake.slash(GUILD, CHANNEL, &BOB, "plan", json!([{"name": "title", "type": 3, "value": "Meanwhile"}]));
    assert_eq!(fake.response_to(meanwhile).await["data"]["embeds"][0]["title"], "Meanwhile");
    assert_eq!((fake.identifies(), fake.resumes()), (1, 1));

    // A session that timed out (4009) cannot be resumed: serenity identifies again.
    fake.close_gateway(4009);
    fake.wait_until("a second IDENTIFY", |f| f.identifies() == 2 && f.connected()).await;
    let later = fake.slash(GUILD, CHANNEL, &CAROL, "plan", json!([{"name": "title", "type": 3, "value": "Later"}]));
    assert_eq!(fake.response_to(later).await["type"], 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interactions_can_come_by_signed_post_to_an_endpoint() {
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::IntoResponse;
    let fake = FakeDiscord::start().await;
    let verifier = serenity::interactions_endpoint::Verifier::new(&fake_discord::public_key());
    let answer = move |headers: HeaderMap, body: axum::body::Bytes| async move {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("");
        if verifier.verify(header("x-signature-ed25519"), header("x-signature-timestamp"), &body).is_err() {
            return StatusCode::UNAUTHORIZED.into_response();
        }
        let value: serde_json::Value = serde_json::from_slice(&body).expect("json");
        if value["type"] == 1 {
            return axum::Json(json!({"type": 1})).into_response();
        }
        let Ok(Interaction::Command(command)) = serde_json::from_value::<Interaction>(value) else {
            return StatusCode::BAD_REQUEST.into_response();
        };
        let hello = CreateInteractionResponseMessage::new().content(format!("Hello {}", command.user.name));
        axum::Json(CreateInteractionResponse::Message(hello)).into_response()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/interactions", listener.local_addr().expect("address"));
    let app = axum::Router::new().route("/interactions", axum::routing::post(answer));
    tokio::spawn(async move { axum::serve(listener, app).await });

    fake.verify_endpoint(&url).await.expect("the endpoint passes Discord's checks");
    fake.deliver_to_endpoint(&url);
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "hello", json!([]));
    assert_eq!(fake.response_to(asked).await["data"]["content"], "Hello ana");
    assert_eq!(fake.messages_in(CHANNEL)[0]["content"], "Hello ana");
    let deliveries = fake.deliveries();
    let signed: Vec<_> = deliveries.iter().map(|d| (d.interaction, d.signed, d.status)).collect();
    assert_eq!(signed, [(0, true, 200), (0, false, 401), (asked, true, 200)]);
    assert!(!fake.connected(), "no gateway was needed");
}
