//! Replies to commands, welcome and help in both languages: the command catalogue is complete and
//! its examples work as typed, Spanish aliases and form parts work in a conversation, and a few
//! sentences read right in Spanish.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(a_spanish_chat_uses_spanish_aliases_and_hears_spanish,);

use chrono::{DateTime, Utc};
use convene_core::command::{parse, CommandSpec, COMMANDS};
use convene_core::domain::Language;
use convene_core::store::testing::TestDb;
use convene_core::text::{self, catalog};
use convene_core::time::TimeContext;
use support::{assert_has, Room};

fn ctx() -> TimeContext {
    // Friday 20 Nov 2026, 10:00 in Madrid.
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&Utc);
    TimeContext { now, zone: chrono_tz::Europe::Madrid }
}

#[test]
fn every_command_is_described_in_both_languages() {
    for language in Language::ALL {
        for spec in COMMANDS {
            for attribute in ["usage", "summary", "details", "examples"] {
                let id = format!("cmd-{}.{attribute}", spec.name);
                assert!(catalog::ids(language).contains(&id), "{id} missing in {}", language.code());
            }
            let summary = spec.summary_in(language);
            assert!(!summary.is_empty() && summary.len() <= 100, "{}: {summary:?}", spec.name);
        }
    }
}

#[test]
fn every_help_example_parses_in_both_languages() {
    for language in Language::ALL {
        for spec in COMMANDS {
            let examples = text::speaking_now(language, || spec.examples());
            assert!(!examples.is_empty(), "/{} has no example in {}", spec.name, language.code());
            for example in examples {
                let parsed = parse(&example, &ctx());
                assert!(parsed.is_ok(), "{} example {example:?}: {parsed:?}", language.code());
                let typed = example.trim_start_matches('/').split([' ', '\n']).next().unwrap_or_default();
                assert_eq!(CommandSpec::find(typed).map(|s| s.name), Some(spec.name), "{example}");
            }
        }
    }
}

#[test]
fn aliases_are_ascii_lower_case_and_never_clash() {
    let mut seen = std::collections::BTreeSet::new();
    for spec in COMMANDS {
        for name in std::iter::once(&spec.name).chain(spec.aliases) {
            assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "/{name}");
            assert!(seen.insert(*name), "/{name} names two commands");
        }
    }
    assert_eq!(CommandSpec::find("Quizás").map(|s| s.name), Some("maybe"), "accents are optional");
    assert_eq!(CommandSpec::find("ayuda").map(|s| s.name), Some("help"));
    assert_eq!(CommandSpec::closest("encuseta"), Some("poll"));
    assert_eq!(CommandSpec::closest("recordatorio"), Some("reminders"));
    assert_eq!(CommandSpec::closest("xq"), None, "a two-letter alias is never two edits away");
}

#[test]
fn help_speaks_the_language_spoken() {
    let new = CommandSpec::find("new").unwrap();
    let english = text::help_for(new).text;
    assert_has(&english, &["/new <title> <when>", "Create an event.", "Examples:\n  /new Board games friday 19:30"]);
    assert_has(&english, &["Also works as /create, /add, /nuevo, /nueva, /crear."]);
    let spanish = text::speaking_now(Language::Es, || text::help_for(new).text);
    assert_has(
        &spanish,
        &[
            "/new <título> <cuándo>",
            "Crear un evento.",
            "\"título: Juegos de mesa\", \"cuándo: viernes 19:30\"",
            "Ejemplos:\n  /new Juegos de mesa viernes 19:30-22:30 @casa de Kim #juegos max 6",
            "También funciona como /create, /add, /nuevo, /nueva, /crear.",
        ],
    );
    let event = CommandSpec::find("evento").unwrap();
    assert_has(&text::speaking_now(Language::Es, || text::help_for(event).text), &["Ejemplo:\n  /event 3"]);
    let overview = text::speaking_now(Language::Es, || text::help_overview().text);
    assert_has(&overview, &["Esto es lo que entiendo:", "/start: qué es Convene y cómo empezar", "/help <comando>"]);
    assert_eq!(new.summary_in(Language::Es), "crear un evento");
    assert_eq!(new.summary_in(Language::En), "create an event");
}

#[test]
fn sentences_read_right_in_spanish() {
    let es = |work: &dyn Fn() -> String| text::speaking_now(Language::Es, work);
    assert_eq!(
        es(&|| text::cancelled("#3", "Cena", 2)),
        "Cancelé #3 Cena. Avisé a las 2 personas que habían respondido."
    );
    assert_eq!(es(&|| text::cancelled("#3", "Cena", 0)), "Cancelé #3 Cena.");
    assert_eq!(
        es(&|| text::voted(&[1, 2, 3], &[4])),
        "Tus votos por 1, 2 y 3 quedaron registrados; retiré tu voto por 4."
    );
    assert_eq!(es(&|| text::edited("#2", "number of places")), "Cambié el número de lugares de #2.");
    assert_eq!(es(&|| text::agenda_page_missing(1).text), "Solo hay 1 página de eventos. Prueba /events 1");
    assert_eq!(es(&|| text::search_results(&["#1 Cena".into()], 1).text), "Encontré 1 evento:\n#1 Cena");
    assert_eq!(
        es(&|| text::draft_confirm("Cena", "sáb 21 nov, 21:00", Some("casa de Ana")).text),
        "¿Creo este evento?\nCena\nCuándo: sáb 21 nov, 21:00\nDónde: casa de Ana"
    );
    let again = es(&|| text::draft_try_again("Falta el título.", text::draft_ask_place()).text);
    assert_eq!(again, "Falta el título. Prueba otra vez.\n\n¿Dónde es? Responde con el lugar, o toca Saltar.");
    let welcome = text::speaking_now(Language::Es, text::welcome);
    let labels: Vec<&str> = welcome.buttons.iter().flatten().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Ayuda", "Próximos eventos"]);
}

#[test]
fn english_sentences_are_unchanged() {
    assert_eq!(text::voted(&[2], &[]), "Your vote for 2 is in.");
    assert_eq!(text::voted(&[1, 3], &[2]), "Your votes for 1 and 3 are in; your vote for 2 is taken back.");
    assert_eq!(text::voted(&[], &[1, 2, 3]), "Your votes for 1, 2 and 3 are taken back.");
    assert_eq!(text::cancelled("#3", "Dinner", 1), "Cancelled #3 Dinner. I've told the 1 person who had answered.");
    assert_eq!(text::edited("#2", "number of places"), "Updated the number of places of #2.");
    assert_eq!(text::edited("#2", "title"), "Updated the title of #2.");
    assert_eq!(text::agenda_page_missing(2).text, "There are only 2 pages of events. Try /events 1");
    assert_eq!(
        text::search_results(&[], 0).text,
        "No upcoming events match. Try fewer words, or /events for everything."
    );
    assert_eq!(
        text::draft_try_again("Too long.", text::draft_ask_place()).text,
        "Too long. Please try again.\n\nWhere is it? Reply with the place, or press Skip."
    );
    assert_eq!(
        text::draft_confirm("Dinner", "Sat 21 Nov, 21:00", None).text,
        "Create this event?\nDinner\nWhen: Sat 21 Nov, 21:00"
    );
}

async fn a_spanish_chat_uses_spanish_aliases_and_hears_spanish(db: TestDb) {
    let room = Room::new(db, "amigos");
    room.say("ana", "/idioma es").await;
    let created = room.text("ana", "/nuevo Cena mañana 21:00").await;
    assert_has(&created, &["Creé #1 Cena,", "Tú vas; los demás pueden responder con los botones o con /join 1."]);
    assert_has(&room.text("bob", "/voy 1").await, &["Vas a #1 Cena."]);
    assert_has(&room.text("bob", "/voy 1").await, &["Ya vas a #1."]);
    assert_has(&room.text("carol", "/quizás 1").await, &["Anotado: quizás vayas a #1."]);
    assert_has(&room.text("dan", "/no_puedo 1").await, &["Anotado: no puedes ir a #1."]);
    assert_has(
        &room.text("erin", "/salir 1").await,
        &["No habías respondido a #1, así que no había nada que retirar."],
    );
    let form = room.text("ana", "/crear\ntítulo: Asado\ncuándo: sáb 13:00\nlugar: casa de Ana").await;
    assert_has(&form, &["Creé #2 Asado,"]);
    assert_has(&room.text("bob", "/ayuda voy").await, &["/join [número]", "Decir que vas."]);
    assert_has(&room.text("bob", "/eventos").await, &["Próximos eventos:", "#1", "#2", "Envía /event <número>"]);
}
