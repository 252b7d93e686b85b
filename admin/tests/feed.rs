//! Calendar feeds, parsed back with an iCalendar parser and checked event by event.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(the_feed_lists_every_event_for_calendar_apps,);

use support::world;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use convene_admin::{router, AdminState};
use convene_core::store::testing::TestDb;
use http_body_util::BodyExt;
use icalendar::parser::{read_calendar, unfold, Component};
use tower::ServiceExt;

async fn get(state: &AdminState, path: &str) -> (StatusCode, String) {
    let request = Request::builder().uri(path).body(Body::empty()).unwrap();
    let response = router(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

fn property<'a>(component: &'a Component<'a>, name: &str) -> Option<&'a icalendar::parser::Property<'a>> {
    component.properties.iter().find(|p| p.name.as_str() == name)
}

fn value(component: &Component<'_>, name: &str) -> String {
    property(component, name).map(|p| p.val.as_str().to_string()).unwrap_or_default()
}

fn feed_path(reply: &str) -> String {
    let url = reply.lines().find(|l| l.starts_with("https://convene.example.org/ical/")).expect("a feed URL");
    url.trim_start_matches("https://convene.example.org").to_string()
}

async fn the_feed_lists_every_event_for_calendar_apps(db: TestDb) {
    let w = world(db);
    let state = &w.state;
    w.say("games", "ana", "/new Board games, cards; snacks friday 19:30 for 3h @Kim's place #games").await;
    w.say("games", "ana", "/new Standup every weekday 9:15").await;
    w.say("games", "ana", "/new Picnic saturday 12:00").await;
    w.say("games", "ana", "/cancel 3").await;
    w.say("games", "ana", "/cancel 2 tuesday").await;
    let path = feed_path(&w.say("games", "bob", "/settings feed").await);

    let (status, body) = get(state, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("\r\n"), "CRLF line endings");
    let unfolded = unfold(&body);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{body}"));
    let name = calendar.properties.iter().find(|p| p.name.as_str() == "X-WR-CALNAME").map(|p| p.val.as_str());
    assert_eq!(name, Some("Game night"));
    let zones: Vec<&Component> = calendar.components.iter().filter(|c| c.name.as_str() == "VTIMEZONE").collect();
    assert_eq!(zones.len(), 1);
    assert_eq!(value(zones[0], "TZID"), "Europe/Madrid");
    assert!(zones[0].components.iter().any(|c| c.name.as_str() == "DAYLIGHT"));
    let events: Vec<&Component> = calendar.components.iter().filter(|c| c.name.as_str() == "VEVENT").collect();
    assert_eq!(events.len(), 3);

    let games = events[0];
    assert_eq!(value(games, "SUMMARY"), "Board games, cards; snacks");
    assert!(body.contains("SUMMARY:Board games\\, cards\\; snacks\r\n"), "TEXT is escaped on the wire");
    assert_eq!(value(games, "UID"), "convene-1-1@convene");
    let start = property(games, "DTSTART").unwrap();
    assert_eq!(start.val.as_str(), "20261120T193000");
    assert_eq!(
        start.params.iter().find(|p| p.key.as_str() == "TZID").and_then(|p| p.val.as_ref()).map(|v| v.as_str()),
        Some("Europe/Madrid")
    );
    assert_eq!(value(games, "DTEND"), "20261120T223000");
    assert_eq!(value(games, "LOCATION"), "Kim's place");
    assert_eq!(value(games, "CATEGORIES"), "games");
    assert_eq!(value(games, "STATUS"), "CONFIRMED");

    let standup = events.iter().find(|e| value(e, "SUMMARY") == "Standup").unwrap();
    assert_eq!(value(standup, "RRULE"), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
    assert_eq!(value(standup, "DTSTART"), "20261123T091500");
    assert_eq!(value(standup, "EXDATE"), "20261124T091500", "the cancelled Tuesday is left out");
    let picnic = events.iter().find(|e| value(e, "SUMMARY") == "Picnic").unwrap();
    assert_eq!(value(picnic, "STATUS"), "CANCELLED");

    // The address cannot be guessed: at least 128 bits of randomness (22 letters and digits).
    let token = path.trim_start_matches("/ical/").trim_end_matches(".ics");
    assert!(token.len() >= 22 && token.chars().all(|c| c.is_ascii_alphanumeric()), "{token}");

    // Resetting the address revokes the old one.
    let reset = w.say("games", "ana", "/settings feed reset").await;
    let new_path = feed_path(&reset);
    assert_ne!(new_path, path);
    assert_eq!(get(state, &path).await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(state, &new_path).await.0, StatusCode::OK);
    assert_eq!(get(state, "/ical/nonsense.ics").await.0, StatusCode::NOT_FOUND);
    assert!(w.say("games", "bob", "/settings feed reset").await.contains("Only admins"));
}
