//! Cards, repeats and settings read in Spanish when Spanish is spoken, and exactly as before in
//! English.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Madrid;
use convene_core::domain::*;
use convene_core::store::CalendarInfo;
use convene_core::text::{self, EventView, PollView};
use convene_core::time::Recurrence;
use convene_core::Reply;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn person(id: i64, name: &str) -> User {
    let identity =
        UserIdentity { platform: Platform::Console, external_id: name.to_lowercase(), display_name: name.into() };
    User { id: UserId(id), identity, zone: None, blocked: false, email: None, language: None }
}

fn board_games(rule: Option<&str>) -> Event {
    Event {
        id: EventId(1),
        calendar: CalendarId(1),
        no: EventNo(3),
        title: EventTitle::parse("Juegos de mesa").unwrap(),
        description: None,
        location: Location::parse("Casa de Kim"),
        topics: vec![],
        starts_at: at(23, 18),
        ends_at: at(23, 20),
        zone: Madrid,
        recurrence: rule.map(|r| Recurrence::from_rrule(r).unwrap()),
        capacity: Capacity::new(2),
        creator: UserId(1),
        status: EventStatus::Scheduled,
        version: 1,
        skipped: vec![],
    }
}

fn answers() -> Vec<Attendance> {
    let answer = |id, name, state| Attendance { user: person(id, name), state };
    vec![
        answer(1, "Ana", RsvpState::Going),
        answer(2, "Bob", RsvpState::Going),
        answer(3, "Dan", RsvpState::Maybe),
        answer(4, "Eve", RsvpState::Declined),
        answer(5, "Carol", RsvpState::Waitlisted),
    ]
}

fn card(language: Language, rule: Option<&str>) -> Reply {
    let (event, attendance) = (board_games(rule), answers());
    let view = EventView {
        event: &event,
        attendance: &attendance,
        label: "#3".into(),
        zone: Madrid,
        now: at(20, 12),
        organizer: Some("Ana"),
        calendar_name: None,
    };
    text::speaking_now(language, || text::event_card(&view))
}

fn labels(reply: &Reply) -> Vec<&str> {
    reply.buttons.iter().flatten().map(|b| b.label.as_str()).collect()
}

#[test]
fn an_event_card_in_spanish() {
    let card = card(Language::Es, None);
    let expected = "#3 Juegos de mesa\n\
        Cuándo: lun 23 nov 2026, 19:00–21:00 (Europe/Madrid)\n\
        Dónde: Casa de Kim\n\
        Van (2/2): Ana, Bob\n\
        Quizás: Dan\n\
        No pueden: Eve\n\
        Lista de espera: 1. Carol\n\
        Organiza: Ana";
    assert_eq!(card.text, expected);
    assert_eq!(labels(&card), ["Lista de espera (1)", "Quizás (1)", "No puedo (1)"]);
}

#[test]
fn an_event_card_in_english_is_unchanged() {
    let card = card(Language::En, Some("FREQ=WEEKLY;BYDAY=MO"));
    let expected = "#3 Juegos de mesa\n\
        When: every Monday at 19:00 (Europe/Madrid); next: Mon 23 Nov 2026, 19:00–21:00 (Europe/Madrid)\n\
        Where: Casa de Kim\n\
        Going (2/2): Ana, Bob\n\
        Maybe: Dan\n\
        Can't: Eve\n\
        Waitlist: 1. Carol\n\
        Organizer: Ana";
    assert_eq!(card.text, expected);
    assert_eq!(labels(&card), ["Waitlist (1)", "Maybe (1)", "Can't (1)"]);
}

#[test]
fn a_series_card_and_line_in_spanish() {
    let card = card(Language::Es, Some("FREQ=WEEKLY;BYDAY=MO"));
    let when =
        "Cuándo: todos los lunes a las 19:00 (Europe/Madrid); próxima: lun 23 nov 2026, 19:00–21:00 (Europe/Madrid)";
    assert_eq!(card.text.lines().nth(1), Some(when));
    let (event, attendance) = (board_games(Some("FREQ=WEEKLY;BYDAY=MO")), answers());
    let view = EventView {
        event: &event,
        attendance: &attendance,
        label: "#7.3".into(),
        zone: Madrid,
        now: at(20, 12),
        organizer: None,
        calendar_name: Some("Club"),
    };
    let line = text::speaking_now(Language::Es, || text::event_line(&view));
    assert_eq!(
        line,
        "#7.3 Juegos de mesa: lun 23 nov 2026, 19:00 (todos los lunes) · Casa de Kim · 2/2 van · de \"Club\""
    );
}

#[test]
fn a_cancelled_card_in_spanish_has_no_buttons() {
    let (mut event, attendance) = (board_games(None), answers());
    event.status = EventStatus::Cancelled;
    event.capacity = None;
    let view = EventView {
        event: &event,
        attendance: &[],
        label: "#3".into(),
        zone: Madrid,
        now: at(20, 12),
        organizer: None,
        calendar_name: None,
    };
    let card = text::speaking_now(Language::Es, || text::event_card(&view));
    assert!(card.text.starts_with("CANCELADO: #3 Juegos de mesa\n"), "{}", card.text);
    assert!(card.text.ends_with("\nVan (0): nadie todavía"), "{}", card.text);
    assert!(card.buttons.is_empty());
    let scheduled = Event { status: EventStatus::Scheduled, ..event.clone() };
    let view = EventView { event: &scheduled, attendance: &attendance[..1], ..view };
    let card = text::speaking_now(Language::Es, || text::event_card(&view));
    assert_eq!(labels(&card), ["Voy (1)", "Quizás (0)", "No puedo (0)"]);
}

#[test]
fn a_poll_card_in_spanish() {
    let poll = Poll {
        id: PollId(1),
        calendar: CalendarId(1),
        no: PollNo(2),
        title: PollTitle::parse("Cena").unwrap(),
        zone: Madrid,
        creator: UserId(1),
        closed_into: None,
    };
    let options = [
        PollOption { position: 1, starts_at: at(27, 19), ends_at: None, voters: vec![person(1, "Ana")] },
        PollOption { position: 2, starts_at: at(28, 19), ends_at: Some(at(28, 21)), voters: vec![] },
        PollOption {
            position: 3,
            starts_at: at(29, 12),
            ends_at: None,
            voters: vec![person(1, "Ana"), person(2, "Bob")],
        },
    ];
    let view = PollView { poll: &poll, options: &options, label: "2".into(), zone: Madrid };
    let card = text::speaking_now(Language::Es, || text::poll_card(&view));
    let expected = "Encuesta 2: Cena\n\
        Vota todas las horas que te vengan bien:\n\
        1. vie 27 nov 2026, 20:00 (Europe/Madrid): 1 voto (Ana)\n\
        2. sáb 28 nov 2026, 20:00–22:00 (Europe/Madrid): 0 votos\n\
        3. dom 29 nov 2026, 13:00 (Europe/Madrid): 2 votos (Ana, Bob)";
    assert_eq!(card.text, expected);
    assert_eq!(labels(&card).last(), Some(&"Cerrar encuesta"));
    let closed = Poll { closed_into: Some(EventNo(4)), ..poll.clone() };
    let view = PollView { poll: &closed, ..view };
    let card = text::speaking_now(Language::Es, || text::poll_card(&view));
    assert_eq!(card.text.lines().nth(1), Some("Cerrada: ahora es el evento #4."));
}

fn repeat(language: Language, rule: &str) -> String {
    text::speaking_now(language, || Recurrence::from_rrule(rule).unwrap().describe())
}

#[test]
fn repeats_in_spanish() {
    let es = |rule| repeat(Language::Es, rule);
    assert_eq!(es("FREQ=WEEKLY;BYDAY=MO"), "todos los lunes");
    assert_eq!(es("FREQ=WEEKLY;BYDAY=SA"), "todos los sábados");
    assert_eq!(es("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"), "cada 2 semanas los martes y jueves");
    assert_eq!(es("FREQ=WEEKLY;BYDAY=MO,WE,FR"), "todas las semanas los lunes, miércoles y viernes");
    assert_eq!(es("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), "de lunes a viernes");
    assert_eq!(es("FREQ=WEEKLY;BYDAY=SA,SU"), "todos los fines de semana");
    assert_eq!(es("FREQ=MONTHLY;BYDAY=-1FR"), "el último viernes de cada mes");
    assert_eq!(es("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO"), "cada 2 meses el primer lunes");
    assert_eq!(es("FREQ=MONTHLY;BYMONTHDAY=1"), "todos los meses el día 1");
    assert_eq!(es("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"), "todos los años el 24 de diciembre");
    assert_eq!(es("FREQ=DAILY;INTERVAL=3"), "cada 3 días");
    assert_eq!(es("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131T235959"), "todos los viernes hasta el 31 ene 2027");
    assert_eq!(es("FREQ=DAILY;COUNT=5"), "todos los días, 5 veces");
    assert_eq!(es("FREQ=DAILY;COUNT=1"), "todos los días, 1 vez");
}

#[test]
fn repeats_in_english_are_unchanged() {
    let en = |rule| repeat(Language::En, rule);
    assert_eq!(en("FREQ=WEEKLY;BYDAY=MO,WE,FR"), "every week on Mon, Wed, Fri");
    assert_eq!(en("FREQ=MONTHLY;INTERVAL=2;BYDAY=-2TH"), "every 2 months on the second to last Thursday");
    assert_eq!(en("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=22"), "every 3 months on the 22nd");
    assert_eq!(en("FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=1"), "every 2 years on Mar 1");
}

#[test]
fn settings_in_spanish() {
    let leads = [Lead::parse("2h").unwrap()];
    let reply = text::speaking_now(Language::Es, || text::settings(Madrid, false, CreatePolicy::Admins, 1, &leads));
    let reminders = text::speaking_now(Language::Es, || text::lead_list(&leads));
    let expected = format!(
        "Ajustes de este chat:\n\
        Zona horaria: Europe/Madrid (predeterminada) (cambiar: /timezone <zona>)\n\
        Quién puede crear eventos: solo administradores (cambiar: /settings create admins, o everyone)\n\
        Recordatorios en este chat: {reminders} (cambiar: /settings reminders 2h 15m, o bien off)\n\
        Calendarios seguidos: 1 (ver: /unsubscribe)"
    );
    assert_eq!(reply.text, expected);
    let english = text::settings(Madrid, true, CreatePolicy::Everyone, 0, &[]);
    assert_eq!(
        english.text,
        "Settings of this chat:\nTime zone: Europe/Madrid (change: /timezone <zone>)\nWho can create events: everyone (change: /settings create admins, or everyone)\nReminders in this chat: off (change: /settings reminders 2h 15m, or off)\nCalendars followed: 0 (see: /unsubscribe)"
    );
}

#[test]
fn following_calendars_in_spanish() {
    let club = CalendarInfo { id: CalendarId(7), name: "Club".into() };
    let es = |make: &dyn Fn() -> Reply| text::speaking_now(Language::Es, make);
    let subscribed = es(&|| text::subscribed(&club));
    assert_eq!(subscribed.text, "Este chat ahora sigue \"Club\". Sus eventos salen en /events con números como #7.1.");
    assert_eq!(labels(&subscribed), ["Próximos eventos"]);
    let list = es(&|| text::subscriptions(std::slice::from_ref(&club)));
    assert_eq!(list.text, "Este chat sigue:\n7. Club\nDeja de seguir uno con /unsubscribe <número>.");
    assert_eq!(labels(&list), ["Dejar de seguir Club"]);
    let zone = es(&|| text::chat_zone(Madrid, false));
    assert_eq!(
        zone.text,
        "La zona horaria de este chat es Europe/Madrid (la predeterminada; un administrador puede cambiarla). Cámbiala con /timezone Europe/Madrid"
    );
}

#[test]
fn daylight_saving_notes_in_spanish() {
    use convene_core::time::LocalTimeAdjustment;
    let wall = |h, m| chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap().and_hms_opt(h, m, 0).unwrap();
    let gap = LocalTimeAdjustment::ShiftedPastGap { asked: wall(2, 30), used: wall(3, 30) };
    let note = |adjustment| text::speaking_now(Language::Es, || text::adjustment_note(Some(adjustment), Madrid));
    assert_eq!(
        note(&gap).unwrap(),
        "Nota: las 02:30 no existen el 29 mar 2026 en Europe/Madrid (se adelantan los relojes), así que usé las 03:30."
    );
    assert_eq!(
        text::adjustment_note(Some(&gap), Madrid).unwrap(),
        "Note: 02:30 does not exist on 29 Mar 2026 in Europe/Madrid (the clocks go forward), so I used 03:30."
    );
    let fold = LocalTimeAdjustment::AmbiguousTookEarlier { asked: wall(2, 30) };
    assert!(note(&fold).unwrap().ends_with("(se atrasan los relojes), así que usé la primera vez."));
}
