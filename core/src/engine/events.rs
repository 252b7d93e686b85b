//! Creating, showing, editing, moving and cancelling events.

use super::turn::Turn;
use super::{Failure, Refusal};
use crate::command::{EventChange, EventDraft};
use crate::domain::*;
use crate::reply::{Audience, Notice, Outcome, Reply};
use crate::text;
use crate::time::When;
use chrono::{DateTime, Datelike, Duration, Utc};

impl Turn<'_> {
    pub(super) async fn create_event(&mut self, draft: EventDraft) -> Result<Outcome, Failure> {
        self.check_may_create()?;
        // The zone the time was read in: the speaker's, or one written after it ("10:00 CET").
        let zone = draft.when.start.timezone();
        let starts_at = draft.when.start.with_timezone(&chrono::Utc);
        let new = NewEvent {
            calendar: self.chat.home_calendar,
            title: draft.title,
            description: draft.description.map(String::from),
            location: draft.location,
            topics: draft.topics,
            starts_at,
            ends_at: starts_at + draft.length,
            zone,
            recurrence: draft.when.recurrence.clone(),
            capacity: draft.capacity,
            creator: self.user.id,
        };
        let event = self.tx.insert_event(&new).await?;
        self.tx.set_rsvp(event.id, event.current_occurrence(self.now), self.user.id, RsvpState::Going).await?;
        self.replan(&event).await?;
        let label = self.label(event.calendar, event.no.0);
        let mut lead = text::created(&label, event.title.as_str(), &self.interpretation(&draft.when, draft.length));
        self.add_time_notes(&mut lead, &draft.when);
        let card = self.card(&event).await?;
        let calendar = self.tx.calendar(event.calendar).await?.map(|c| c.name).unwrap_or_default();
        let notices = self.tell_followers(&event, Some(&|| text::new_in_calendar(&calendar)), None).await?;
        Ok(Outcome::with_notices(text::above(&lead, card), notices))
    }

    /// "Fri 27 Nov 2026, 19:30–22:30 (Europe/Madrid)", with the repeat when there is one, in
    /// the chat's zone.
    pub(super) fn interpretation(&self, when: &When, length: Duration) -> String {
        interpretation(when, length, self.chat_zone())
    }

    /// Adds the DST note and, when the time was read in another zone than the chat's (the
    /// speaker's own, or one written after the time), the time in that zone.
    fn add_time_notes(&self, lead: &mut String, when: &When) {
        let read_in = when.start.timezone();
        if let Some(note) = text::adjustment_note(when.adjustment.as_ref(), read_in) {
            lead.push('\n');
            lead.push_str(&note);
        }
        if read_in == self.chat_zone() {
            return;
        }
        let there = text::when_with_zone(when.start.with_timezone(&chrono::Utc), read_in);
        lead.push('\n');
        lead.push_str(&match read_in == self.speaker_zone() {
            true => text::in_your_zone(&there),
            false => text::in_written_zone(&there),
        });
    }

    pub(super) async fn show_event(&mut self, reference: EventRef) -> Result<Outcome, Failure> {
        let event = self.find_event(reference, false).await?;
        Ok(self.card(&event).await?.into())
    }

    /// Loads an event the speaker may change (locked), refusing cancelled ones.
    async fn event_to_change(&mut self, reference: EventRef) -> Result<(Event, String), Failure> {
        let event = self.find_event(reference, true).await?;
        let label = self.label(event.calendar, event.no.0);
        if !self.may_manage(event.creator, event.calendar) {
            return Err(Refusal::NotOrganizer(label).into());
        }
        if event.status == EventStatus::Cancelled {
            return Err(Refusal::EventCancelled(label).into());
        }
        Ok((event, label))
    }

    /// Stores a changed event, or refuses with the current one if it changed meanwhile.
    async fn save(&mut self, changed: &Event) -> Result<Event, Failure> {
        match self.tx.update_event(changed).await? {
            Some(saved) => Ok(saved),
            None => {
                let reference = EventRef { calendar: Some(changed.calendar), no: changed.no };
                let current = self.find_event(reference, false).await?;
                Err(Refusal::Stale(Box::new(self.card(&current).await?)).into())
            }
        }
    }

    pub(super) async fn edit(&mut self, reference: EventRef, change: EventChange) -> Result<Outcome, Failure> {
        let (mut event, label) = self.event_to_change(reference).await?;
        let what = match change {
            EventChange::Title(title) => (event.title = title, "title").1,
            EventChange::Place(place) => (event.location = place, "place").1,
            EventChange::Description(text) => (event.description = text.map(String::from), "description").1,
            EventChange::Topics(topics) => (event.topics = topics, "topics").1,
            EventChange::Capacity(capacity) => (event.capacity = capacity, "number of places").1,
            EventChange::Length(length) => (event.ends_at = event.starts_at + length, "length").1,
        };
        let event = self.save(&event).await?;
        let mut promoted = Vec::new();
        for occurrence in self.tx.answered_occurrences(event.id, self.now - event.length()).await? {
            promoted.extend(self.fill_free_places(&event, occurrence, &label).await?);
        }
        let mut lead = text::edited(&label, what);
        for (line, _) in &promoted {
            lead.push('\n');
            lead.push_str(line);
        }
        let attendance = self.tx.attendance(event.id, event.current_occurrence(self.now)).await?;
        let card = self.card_from(&event, &attendance, self.chat.home_calendar, self.chat_zone()).await?;
        let elsewhere = self.cards_elsewhere(&event, &attendance).await?;
        let notices = promoted.into_iter().map(|(_, n)| n).collect();
        Ok(Outcome::with_notices(text::above(&lead, card), notices).refreshing(elsewhere))
    }

    pub(super) async fn move_event(
        &mut self,
        reference: EventRef,
        when: When,
        length: Option<Duration>,
    ) -> Result<Outcome, Failure> {
        let (mut event, label) = self.event_to_change(reference).await?;
        if event.recurrence.is_some() && when.recurrence.is_none() {
            return Err(Refusal::SeriesNeedsRule(label).into());
        }
        let before = event.clone();
        let length = length.unwrap_or_else(|| event.length());
        event.starts_at = when.start.with_timezone(&chrono::Utc);
        event.ends_at = event.starts_at + length;
        event.zone = when.start.timezone();
        event.recurrence = when.recurrence.clone();
        let event = self.save(&event).await?;
        self.carry_answers(&before, &event).await?;
        self.replan(&event).await?;
        let interpreted = self.interpretation(&when, length);
        let mut lead = text::moved(&label, event.title.as_str(), &interpreted);
        self.add_time_notes(&mut lead, &when);
        let (title, zone, full_label) = (event.title.as_str().to_owned(), self.chat_zone(), event.full_label());
        let notice = |label: &str| text::moved_notice(label, &title, &interpretation(&when, length, zone));
        let mut notices = self.tell_people(&event, None, &|| notice(&label)).await?;
        notices.extend(self.tell_followers(&event, None, Some(&|| notice(&full_label))).await?);
        let card = self.card(&event).await?;
        Ok(Outcome::with_notices(text::above(&lead, card), notices))
    }

    pub(super) async fn cancel(&mut self, reference: EventRef) -> Result<Outcome, Failure> {
        let (mut event, label) = self.event_to_change(reference).await?;
        event.status = EventStatus::Cancelled;
        let event = self.save(&event).await?;
        self.replan(&event).await?;
        let (start, zone) = (event.next_start(self.now).unwrap_or(event.starts_at), self.chat_zone());
        let (title, full_label) = (event.title.as_str().to_owned(), event.full_label());
        let notice = |label: &str| text::cancelled_notice(label, &title, &text::when_with_zone(start, zone));
        let mut notices = self.tell_people(&event, None, &|| notice(&label)).await?;
        let told = notices.iter().filter(|n| matches!(n.to, Audience::Person(_))).count();
        notices.extend(self.tell_followers(&event, None, Some(&|| notice(&full_label))).await?);
        Ok(Outcome::with_notices(Reply::text(text::cancelled(&label, event.title.as_str(), told)), notices))
    }

    pub(super) async fn cancel_occurrence(
        &mut self,
        reference: EventRef,
        (from, to): (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>),
    ) -> Result<Outcome, Failure> {
        let (mut event, label) = self.event_to_change(reference).await?;
        if event.recurrence.is_none() {
            return Err(Refusal::NotRepeating(label).into());
        }
        let zone = self.chat_zone();
        let local = from.with_timezone(&zone);
        let day = format!("{} {}", text::weekday_short(local.weekday()), text::date(local.date_naive()));
        let occurrence = event
            .occurrences_after(from - chrono::Duration::seconds(1), 1)
            .into_iter()
            .find(|o| *o < to && *o > self.now)
            .ok_or_else(|| Refusal::NoOccurrence(label.clone(), day))?;
        event.skipped.push(occurrence);
        let event = self.save(&event).await?;
        self.replan(&event).await?;
        let (title, full_label) = (event.title.as_str().to_owned(), event.full_label());
        let notice = |label: &str| text::occurrence_cancelled(label, &title, &text::when_with_zone(occurrence, zone));
        let mut notices = self.tell_people(&event, Some(occurrence), &|| notice(&label)).await?;
        notices.extend(self.tell_followers(&event, None, Some(&|| notice(&full_label))).await?);
        Ok(Outcome::with_notices(notice(&label), notices))
    }

    /// Private notices for everyone who answered (going, maybe, waitlisted), except the speaker:
    /// for one occurrence, or for any occurrence to come.
    async fn tell_people(
        &mut self,
        event: &Event,
        occurrence: Option<DateTime<Utc>>,
        notice: &(dyn Fn() -> Reply + Sync),
    ) -> Result<Vec<Notice>, Failure> {
        let mut attendance = match occurrence {
            Some(occurrence) => self.tx.attendance(event.id, occurrence).await?,
            None => self.tx.attendance_from(event.id, self.now - event.length()).await?,
        };
        attendance.retain(|a| a.user.id != self.user.id && a.state != RsvpState::Declined);
        let mut told = std::collections::HashSet::new();
        attendance.retain(|a| told.insert(a.user.id));
        let mut notices = Vec::new();
        for person in attendance {
            // Each in their own language, else the one spoken here.
            let reply = text::speaking_now(person.user.language.unwrap_or_else(text::language), notice);
            if let Some(address) = person.user.email {
                notices.push(Notice { to: Audience::Email(address), reply: reply.clone() });
            }
            notices.push(Notice { to: Audience::Person(person.user.identity), reply });
        }
        Ok(notices)
    }
}

/// "Fri 27 Nov 2026, 19:30–22:30 (Europe/Madrid)", with the repeat when there is one, in `zone`
/// and the language spoken.
fn interpretation(when: &When, length: Duration, zone: chrono_tz::Tz) -> String {
    let start = when.start.with_timezone(&chrono::Utc);
    let span = text::span(start, start + length, zone);
    match &when.recurrence {
        Some(rule) => crate::tr!("repeat-starting", repeat = rule.describe(), span = span),
        None => span,
    }
}
