use super::*;
use convene_core::card_view::{EventCard, PollCard, PollChoice};
use serde_json::{json, Value};

fn event(title: &str, place: Option<&str>) -> Reply {
    let starts_at = chrono::DateTime::parse_from_rfc3339("2026-12-04T18:30:00Z").expect("time").to_utc();
    let card = EventCard {
        language: convene_core::domain::Language::En,
        label: "#3".into(),
        title: title.into(),
        cancelled: false,
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(2),
        zone: chrono_tz::Europe::Madrid,
        series: None,
        place: place.map(str::to_string),
        topics: vec![],
        capacity: Some(2),
        going: vec!["Ana".into(), "Bob".into()],
        maybe: vec![],
        declined: vec![],
        waitlist: vec!["Carol".into()],
        organizer: Some("Ana".into()),
        description: Some("Bring **snacks**".into()),
        calendar: None,
    };
    let mut reply = Reply::text("the text card").with_row(vec![Button::new("Going (2)", "/join 3")]);
    reply.view = Some(Box::new(CardView::Event(Box::new(card))));
    reply.lead = Some("You're on the waitlist.".into());
    reply
}

fn as_json(drawn: Drawn) -> Value {
    serde_json::to_value(drawn.message()).expect("a message serializes")
}

#[test]
fn an_event_card_is_an_embed_with_times_each_viewer_sees_in_their_zone() {
    let message = as_json(draw(&event("Board games", Some("Kim's place"))));
    let embed = &message["embeds"][0];
    assert_eq!(embed["title"], "#3 Board games");
    let description = embed["description"].as_str().expect("a description");
    let unix = 1_796_409_000; // 2026-12-04T18:30:00Z
    assert!(description.contains(&format!("<t:{unix}:F>")), "{description}");
    assert!(description.contains(&format!("<t:{unix}:R>")), "{description}");
    assert!(description.contains("19:30"), "the chat's zone is shown too: {description}");
    assert!(description.contains("Bring \\*\\*snacks\\*\\*"), "the description is escaped: {description}");
    let fields: Vec<(String, String)> = embed["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| (f["name"].as_str().unwrap_or("").to_string(), f["value"].as_str().unwrap_or("").to_string()))
        .collect();
    assert!(fields.contains(&("Going (2/2)".into(), "Ana, Bob".into())), "{fields:?}");
    assert!(fields.contains(&("Waitlist".into(), "1. Carol".into())), "{fields:?}");
    assert_eq!(message["content"], "You're on the waitlist.");
    assert_eq!(message["components"][0]["components"][0]["custom_id"], "/join 3");
    assert_eq!(message["components"][0]["components"][0]["style"], 3, "Going is green");
}

#[test]
fn no_message_pings_anyone() {
    let message = as_json(draw(&Reply::text("@everyone come to <@123> and @here")));
    assert_eq!(message["allowed_mentions"], json!({"parse": [], "users": [], "roles": []}));
    let content = message["content"].as_str().expect("content");
    assert!(content.contains("\\@everyone") && content.contains("\\<\\@123>"), "{content}");
}

#[test]
fn user_text_cannot_format_or_link() {
    assert_eq!(
        escape("**bold** _it_ ~~x~~ `code` ||spoiler||"),
        "\\*\\*bold\\*\\* \\_it\\_ \\~\\~x\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|"
    );
    assert_eq!(escape("[click](https://evil)"), "\\[click\\](https://evil)");
    assert_eq!(escape("# Big\n- list\n> quote"), "\\# Big\n\\- list\n\\> quote");
    assert_eq!(escape("19:30-22:00 #games"), "19:30-22:00 #games", "only a line's start makes headings and lists");
}

#[test]
fn a_poll_of_many_options_keeps_within_five_rows_of_five() {
    let starts_at = chrono::Utc::now();
    let options = (1..=10).map(|n| PollChoice { number: n, starts_at, ends_at: None, voters: vec![] }).collect();
    let card = PollCard {
        label: "1".into(),
        title: "Dinner".into(),
        became: None,
        zone: chrono_tz::UTC,
        options,
        language: convene_core::domain::Language::En,
    };
    let mut reply = Reply::text("poll");
    for n in 1..=10 {
        reply = reply.with_row(vec![Button::new(format!("{n}."), format!("/vote 1 {n}"))]);
    }
    reply = reply.with_row(vec![Button::new("Close poll", "/close 1")]);
    reply.view = Some(Box::new(CardView::Poll(card)));
    let message = as_json(draw(&reply));
    let rows = message["components"].as_array().expect("rows");
    assert!(rows.len() <= 5, "{} rows", rows.len());
    assert!(rows.iter().all(|r| r["components"].as_array().is_some_and(|b| b.len() <= 5)));
    let buttons: usize = rows.iter().map(|r| r["components"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(buttons, 11, "every option and Close");
    assert_eq!(message["embeds"][0]["fields"].as_array().map(Vec::len), Some(10));
}

#[test]
fn a_text_too_long_for_a_message_goes_in_an_embed() {
    let long = "line of the agenda\n".repeat(150);
    let message = as_json(draw(&Reply::text(long)));
    assert!(message.get("content").is_none_or(Value::is_null));
    let description = message["embeds"][0]["description"].as_str().expect("description");
    assert!(description.chars().count() <= 4_096);
}
