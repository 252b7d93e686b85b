//! From a message's text to a [`Command`].

use super::form;
use super::phrases;
use super::{
    Answer, Command, CommandSpec, DigestChoice, DraftAction, EmailChoice, LanguageChoice, SettingChange, ZoneChoice,
};
use crate::domain::{CreatePolicy, Email, EventRef, Lead, PollRef, ShareCode};
use crate::refusal::{ParseError, Problem};
use crate::time::{parse_zone, TimeContext};

/// Reads one message. `ctx` is the speaker's time context (their zone, and now).
pub fn parse(text: &str, ctx: &TimeContext) -> Result<Command, ParseError> {
    let text = text.trim();
    let Some(rest) = text.strip_prefix('/') else {
        return Err(ParseError::NotACommand);
    };
    let (word, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    // `/new@ConveneBot` in Telegram groups names the bot; the name is not ours to check here.
    let name = word.split('@').next().unwrap_or(word);
    let Some(spec) = CommandSpec::find(name) else {
        let given: String = name.chars().take(32).collect();
        return Err(ParseError::Unknown { suggestion: CommandSpec::closest(&given), given });
    };
    let invalid = |problem| ParseError::Invalid { command: spec.name, problem };
    parse_args(spec.name, args.trim(), ctx).map_err(invalid)
}

fn parse_args(name: &'static str, args: &str, ctx: &TimeContext) -> Result<Command, Problem> {
    let required = || if args.is_empty() { Err(Problem::MissingArguments) } else { Ok(args) };
    Ok(match name {
        "help" if args.is_empty() => Command::Help(None),
        "help" => Command::Help(Some(CommandSpec::find(args).ok_or_else(|| Problem::UnknownSetting(args.into()))?)),
        "start" => Command::Start,
        "new" if args.is_empty() => Command::NewStepByStep,
        "draft" => Command::Draft(match args.to_lowercase().as_str() {
            "create" | "yes" => DraftAction::Create,
            "skip" => DraftAction::Skip,
            "cancel" | "stop" => DraftAction::Cancel,
            "" => return Err(Problem::MissingArguments),
            other => return Err(Problem::Unexpected(other.chars().take(32).collect())),
        }),
        "new" => Command::New(Box::new(match form::read_form(args) {
            Some(parts) => form::event_from_form(&parts, ctx)?,
            None => phrases::event_draft(required()?, ctx)?,
        })),
        "events" => Command::Events { page: page(args)? },
        "event" => Command::Show(event_ref_only(required()?)?),
        "search" => Command::Search(phrases::search(required()?, ctx)?),
        "join" | "maybe" | "decline" if args.is_empty() => Command::PickEvent(answer_of(name)),
        "join" => Command::Rsvp(event_ref_only(required()?)?, Answer::Going),
        "maybe" => Command::Rsvp(event_ref_only(required()?)?, Answer::Maybe),
        "decline" => Command::Rsvp(event_ref_only(required()?)?, Answer::Declined),
        "leave" => Command::Leave(event_ref_only(required()?)?),
        "edit" => super::edit::edit(required()?, ctx)?,
        "move" => moving(required()?, ctx)?,
        "cancel" => {
            let (event, day) = event_ref(required()?)?;
            let day = match day {
                "" => None,
                phrase => Some(crate::time::parse_range(phrase, ctx).map_err(phrases::time_problem)?),
            };
            Command::Cancel(event, day)
        }
        "poll" => Command::Poll(phrases::poll_draft(required()?, ctx)?),
        "vote" => vote(required()?)?,
        "close" => Command::Close(poll_ref_only(required()?)?),
        "timezone" => Command::ChatZone(zone_choice(args, false)?),
        "mytimezone" => Command::MyZone(zone_choice(args, true)?),
        "language" => Command::ChatLanguage(match args {
            "" => None,
            typed => Some(language(typed)?),
        }),
        "mylanguage" => Command::MyLanguage(match args.to_lowercase().as_str() {
            "" => LanguageChoice::Show,
            "off" | "none" | "reset" | "clear" | "no" => LanguageChoice::Clear,
            _ => LanguageChoice::Set(language(args)?),
        }),
        "share" => Command::Share,
        "subscribe" => Command::Subscribe(share_code(required()?)?),
        "unsubscribe" => Command::Unsubscribe((!args.is_empty()).then(|| args.to_owned())),
        "remind" => remind(required()?)?,
        "reminders" => Command::Reminders,
        "snooze" => snooze(required()?)?,
        "email" => Command::Email(match args.to_lowercase().as_str() {
            "" => EmailChoice::Show,
            "off" | "none" | "remove" => EmailChoice::Off,
            _ => {
                EmailChoice::Link(Email::parse(args).ok_or_else(|| Problem::BadEmail(args.chars().take(60).collect()))?)
            }
        }),
        "digest" => Command::Digest(match args.to_lowercase().as_str() {
            "" => DigestChoice::Show,
            "off" | "none" | "stop" => DigestChoice::Off,
            _ => DigestChoice::Set(
                crate::domain::DigestSchedule::parse(args)
                    .ok_or_else(|| Problem::BadDigest(args.chars().take(40).collect()))?,
            ),
        }),
        "verify" => {
            let code: String = required()?.chars().filter(|c| !c.is_whitespace()).collect();
            if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Problem::BadCode6(code.chars().take(20).collect()));
            }
            Command::Verify(code)
        }
        _ => settings(args)?,
    })
}

/// The first word as an event reference, and the rest.
pub(super) fn event_ref(args: &str) -> Result<(EventRef, &str), Problem> {
    let (first, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let event = EventRef::parse(first).ok_or_else(|| Problem::BadEventRef(first.chars().take(40).collect()))?;
    Ok((event, rest.trim()))
}

fn event_ref_only(args: &str) -> Result<EventRef, Problem> {
    match event_ref(args)? {
        (event, "") => Ok(event),
        (_, extra) => Err(Problem::Unexpected(extra.chars().take(60).collect())),
    }
}

fn poll_ref_only(args: &str) -> Result<PollRef, Problem> {
    let (first, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let poll = PollRef::parse(first).ok_or_else(|| Problem::BadPollRef(first.chars().take(40).collect()))?;
    if rest.trim().is_empty() {
        Ok(poll)
    } else {
        Err(Problem::Unexpected(rest.trim().chars().take(60).collect()))
    }
}

fn page(args: &str) -> Result<u32, Problem> {
    if args.is_empty() {
        return Ok(1);
    }
    args.parse::<u32>().ok().filter(|p| *p >= 1).ok_or_else(|| Problem::Unexpected(args.chars().take(60).collect()))
}

fn answer_of(name: &str) -> Answer {
    match name {
        "maybe" => Answer::Maybe,
        "decline" => Answer::Declined,
        _ => Answer::Going,
    }
}

fn moving(args: &str, ctx: &TimeContext) -> Result<Command, Problem> {
    let (event, rest) = event_ref(args)?;
    move_to(event, rest, ctx)
}

pub(super) fn move_to(event: EventRef, rest: &str, ctx: &TimeContext) -> Result<Command, Problem> {
    if rest.is_empty() {
        return Err(Problem::MissingArguments);
    }
    // "every day 8am for 5 days" is a repeat that ends (five times), not a five-day event.
    if let Ok(span) = crate::time::parse_span(rest, ctx) {
        if span.when.recurrence.is_some() {
            return Ok(Command::Move(event, Box::new(span.when), span.length));
        }
    }
    let (phrase, written) = phrases::split_length(rest)?;
    let span = crate::time::parse_span(phrase, ctx).map_err(phrases::time_problem)?;
    let length = phrases::one_length(span.length, written)?;
    Ok(Command::Move(event, Box::new(span.when), length))
}

fn vote(args: &str) -> Result<Command, Problem> {
    let (first, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let poll = PollRef::parse(first).ok_or_else(|| Problem::BadPollRef(first.chars().take(40).collect()))?;
    let options = rest
        .split([' ', ','])
        .filter(|o| !o.is_empty())
        .map(|o| {
            o.parse::<i32>().ok().filter(|n| *n >= 1).ok_or_else(|| Problem::BadOption(o.chars().take(20).collect()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if options.is_empty() {
        return Err(Problem::MissingArguments);
    }
    Ok(Command::Vote(poll, options))
}

/// "2h 15m", "1d, 1h", or "off" (none).
fn leads(text: &str) -> Result<Vec<Lead>, Problem> {
    if matches!(text.to_lowercase().as_str(), "off" | "none" | "no") {
        return Ok(Vec::new());
    }
    let mut leads = text
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| Lead::parse(w).ok_or_else(|| Problem::BadLead(w.chars().take(20).collect())))
        .collect::<Result<Vec<_>, _>>()?;
    leads.sort_unstable_by(|a, b| b.cmp(a));
    leads.dedup();
    if leads.len() > 5 {
        return Err(Problem::Unexpected(text.chars().take(60).collect()));
    }
    Ok(leads)
}

fn remind(args: &str) -> Result<Command, Problem> {
    let (event, rest) = event_ref(args)?;
    if rest.is_empty() {
        return Err(Problem::MissingArguments);
    }
    Ok(Command::Remind(event, leads(rest)?))
}

fn snooze(args: &str) -> Result<Command, Problem> {
    let (event, rest) = event_ref(args)?;
    let lead = match rest {
        "" => Lead::from_minutes(10).ok_or(Problem::MissingArguments)?,
        text => Lead::parse(text).ok_or_else(|| Problem::BadLead(text.chars().take(20).collect()))?,
    };
    Ok(Command::Snooze(event, lead))
}

fn language(typed: &str) -> Result<crate::domain::Language, Problem> {
    crate::domain::Language::from_choice(typed).ok_or_else(|| Problem::BadLanguage(typed.to_owned()))
}

fn zone_choice(args: &str, clearable: bool) -> Result<ZoneChoice, Problem> {
    match args.to_lowercase().as_str() {
        "" => Ok(ZoneChoice::Show),
        "off" | "none" | "reset" | "clear" if clearable => Ok(ZoneChoice::Clear),
        _ => parse_zone(args).map(ZoneChoice::Set).map_err(Problem::BadZone),
    }
}

fn share_code(args: &str) -> Result<ShareCode, Problem> {
    ShareCode::parse(args).ok_or_else(|| Problem::BadCode(args.chars().take(40).collect()))
}

fn settings(args: &str) -> Result<Command, Problem> {
    let (name, value) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let value = value.trim();
    let change = match (name.to_lowercase().as_str(), value.to_lowercase().as_str()) {
        ("", _) => SettingChange::Show,
        ("create" | "creators", "admins" | "admin" | "admins-only") => {
            SettingChange::CreatePolicy(CreatePolicy::Admins)
        }
        ("create" | "creators", "everyone" | "all" | "anyone") => SettingChange::CreatePolicy(CreatePolicy::Everyone),
        ("timezone" | "zone" | "tz", _) => SettingChange::Zone(zone_choice(value, true)?),
        ("feed" | "ical" | "ics", "") => SettingChange::Feed,
        ("reminders" | "reminder", _) if !value.is_empty() => SettingChange::Reminders(leads(value)?),
        ("feed" | "ical" | "ics", "reset" | "new" | "revoke") => SettingChange::FeedReset,
        ("discord-events" | "events-tab" | "native-events", "on" | "yes") => SettingChange::MirrorEvents(true),
        ("discord-events" | "events-tab" | "native-events", "off" | "no") => SettingChange::MirrorEvents(false),
        _ => return Err(Problem::UnknownSetting(args.chars().take(40).collect())),
    };
    Ok(Command::Settings(change))
}
