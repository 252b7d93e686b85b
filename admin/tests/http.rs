//! The admin endpoint, through its router and over a real socket, on a real database filled
//! through the command language.
#![allow(clippy::unwrap_used)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use chrono::Duration;
use convene_admin::{router, AdminState};
use convene_core::store::testing::TestDb;
use convene_core::store::Store;
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::Arc;
use tower::ServiceExt;

mod support;

convene_core::on_both_backends!(
    health_and_readiness,
    statistics_need_the_token,
    the_api_answers_429_past_its_limit,
    guessing_the_token_is_cut_off,
    statistics_count_totals_and_the_window,
    operators_block_and_unblock_people,
    a_real_server_answers_over_http,
);

use support::{world, World, TOKEN};

impl World {
    async fn get(&self, uri: &str, token: Option<&str>) -> (StatusCode, String) {
        request(router(self.state.clone()), "GET", uri, token).await
    }
}

async fn request(app: axum::Router, method: &str, uri: &str, token: Option<&str>) -> (StatusCode, String) {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let response = app.oneshot(builder.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

async fn health_and_readiness(db: TestDb) {
    let w = world(db);
    assert_eq!(w.get("/healthz", None).await.0, StatusCode::OK);
    let (status, body) = w.get("/readyz", None).await;
    assert_eq!((status, json(&body)["status"].as_str().unwrap()), (StatusCode::OK, "ready"));
    w.db.close().await;
    let (status, body) = w.get("/readyz", None).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json(&body)["reason"], "database did not answer");
    assert_eq!(w.get("/healthz", None).await.0, StatusCode::OK, "alive even when not ready");
}

async fn statistics_need_the_token(db: TestDb) {
    let w = world(db);
    assert_eq!(w.get("/api/stats", None).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(w.get("/api/stats", Some("wrong")).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(w.get("/api/stats", Some(TOKEN)).await.0, StatusCode::OK);
    assert_eq!(w.get("/api/stats?window=soon", Some(TOKEN)).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(w.get("/nothing-here", Some(TOKEN)).await.0, StatusCode::NOT_FOUND);
    let store: Arc<dyn Store> = w.db.store.clone();
    let without_token = AdminState::new(store, w.clock.clone(), None, 100);
    let (status, _) = request(router(without_token), "GET", "/api/stats", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no token configured: the API is off");
}

async fn the_api_answers_429_past_its_limit(db: TestDb) {
    let mut w = world(db);
    w.state = AdminState::new(w.state.store.clone(), w.clock.clone(), Some(TOKEN.into()), 2);
    assert_eq!(w.get("/api/stats", Some(TOKEN)).await.0, StatusCode::OK);
    assert_eq!(w.get("/api/stats", Some(TOKEN)).await.0, StatusCode::OK);
    let mut request = Request::builder().uri("/api/stats").header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    request = request.method("GET");
    let response = router(w.state.clone()).oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()[header::RETRY_AFTER], "60");
    w.clock.advance(Duration::seconds(61));
    assert_eq!(w.get("/api/stats", Some(TOKEN)).await.0, StatusCode::OK);
}

async fn guessing_the_token_is_cut_off(db: TestDb) {
    let w = world(db);
    let answers = guess_tokens(&w, 30).await;
    let refused = convene_admin::WRONG_TOKENS_PER_MINUTE as usize;
    assert!(answers[..refused].iter().all(|s| *s == StatusCode::UNAUTHORIZED), "{answers:?}");
    assert!(answers[refused..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{answers:?}");
    assert_eq!(
        w.get("/api/stats", Some(TOKEN)).await.0,
        StatusCode::TOO_MANY_REQUESTS,
        "while guessing goes on, even the right token learns nothing"
    );
    w.clock.advance(Duration::seconds(61));
    assert_eq!(w.get("/api/stats", Some(TOKEN)).await.0, StatusCode::OK, "a minute later the operator gets in");
}

async fn guess_tokens(w: &World, guesses: usize) -> Vec<StatusCode> {
    let mut answers = Vec::new();
    for n in 0..guesses {
        answers.push(w.get("/api/stats", Some(&format!("guess-{n}"))).await.0);
    }
    answers
}

async fn statistics_count_totals_and_the_window(db: TestDb) {
    let w = world(db);
    w.say("games", "ana", "/new Board games friday 19:30 #games max 6").await;
    w.say("games", "bob", "/join 1").await;
    w.say("games", "ana", "/poll Dinner | sat 20:00 | sun 20:00").await;
    w.say("games", "bob", "/vote 1 1").await;
    w.say("games", "bob", "/jion 1").await;
    w.clock.advance(Duration::hours(3));
    w.say("games", "ana", "/new Chess saturday 18:00 #games #chess").await;
    w.say("games", "carol", "/maybe 2").await;
    w.say("games", "carol", "/vote 1 2").await;
    w.say("games", "ana", "/cancel 1").await;

    let (status, body) = w.get("/api/stats?window=2h", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let stats = json(&body);
    let totals = &stats["totals"];
    assert_eq!(totals["users"]["total"], 3);
    assert_eq!(totals["users"]["by_platform"]["console"], 3);
    assert_eq!(totals["chats"]["active"], 1);
    assert_eq!(totals["events"]["upcoming"], 1);
    assert_eq!(totals["events"]["cancelled"], 1);
    assert_eq!(totals["rsvps"]["going"], 3);
    assert_eq!(totals["rsvps"]["maybe"], 1);
    assert_eq!(totals["polls"]["open"], 1);
    assert_eq!(totals["votes"], 2);
    let window = &stats["window"];
    assert_eq!(window["seconds"], 7200);
    assert_eq!(window["events_created"], 1, "only Chess was created in the last 2 hours");
    assert_eq!(window["rsvps"], 2, "ana going to Chess, carol's maybe");
    assert_eq!(window["votes_cast"], 1);
    assert_eq!(window["commands"]["new"], 1);
    assert_eq!(window["commands"]["cancel"], 1);
    assert_eq!(window["commands"].get("unknown"), None, "the typo was 3 hours ago");
    assert_eq!(window["top_topics"][0]["topic"], "chess");
    assert_eq!(window["top_poll_options"][0]["option"], 2);

    let day = json(&w.get("/api/stats", Some(TOKEN)).await.1);
    assert_eq!(day["window"]["seconds"], 86400);
    assert_eq!(day["window"]["events_created"], 2);
    assert_eq!(day["window"]["commands"]["unknown"], 1);
    assert_eq!(day["window"]["outcomes"]["refused"], 1);
    assert_eq!(day["window"]["top_topics"][0]["topic"], "games");
    assert_eq!(day["window"]["top_topics"][0]["events"], 2);
}

async fn operators_block_and_unblock_people(db: TestDb) {
    let w = world(db);
    let app = || router(w.state.clone());
    assert_eq!(request(app(), "PUT", "/api/blocked/console:bob", None).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(request(app(), "PUT", "/api/blocked/nobody", Some(TOKEN)).await.0, StatusCode::BAD_REQUEST);
    let (status, body) = request(app(), "PUT", "/api/blocked/console:bob", Some(TOKEN)).await;
    assert_eq!((status, json(&body)["changed"].as_bool()), (StatusCode::OK, Some(true)));
    assert!(w.say("games", "bob", "/new Spam friday 19:00").await.contains("you can't use Convene here"));
    assert!(
        w.say("games", "ana", "/events").await.contains("No upcoming events"),
        "the blocked command changed nothing"
    );
    request(app(), "DELETE", "/api/blocked/console:bob", Some(TOKEN)).await;
    assert!(w.say("games", "bob", "/new Party friday 19:00").await.contains("Created #1 Party"));
}

async fn a_real_server_answers_over_http(db: TestDb) {
    let w = world(db);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(convene_admin::serve(listener, router(w.state.clone()), async {
        stopped.await.ok();
    }));
    let client = reqwest::Client::new();
    let health = client.get(format!("http://{addr}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let stats = client.get(format!("http://{addr}/api/stats?window=1h")).bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(stats.status(), 200);
    let body: Value = stats.json().await.unwrap();
    assert_eq!(body["window"]["seconds"], 3600);
    let denied = client.get(format!("http://{addr}/api/stats")).send().await.unwrap();
    assert_eq!(denied.status(), 401);
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
