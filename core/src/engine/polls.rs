//! Time polls: start, vote, close into an event.

use super::turn::Turn;
use super::{Failure, Refusal};
use crate::command::PollDraft;
use crate::domain::*;
use crate::reply::{Outcome, Reply};
use crate::text::{self, PollView};
use crate::time::Span;

impl Turn<'_> {
    fn poll_label(&self, poll: &Poll) -> String {
        self.label(poll.calendar, poll.no.0).trim_start_matches('#').to_string()
    }

    pub(super) async fn poll_card(&mut self, poll: &Poll) -> Result<Reply, Failure> {
        let options = self.tx.poll_options(poll.id).await?;
        let view = PollView { poll, options: &options, label: self.poll_label(poll), zone: self.chat_zone() };
        Ok(text::poll_card(&view))
    }

    async fn find_poll(&mut self, reference: PollRef, lock: bool) -> Result<Poll, Failure> {
        let Some(calendar) = self.visible_calendar(reference.calendar).await? else {
            return Err(Refusal::NoSuchPoll(reference).into());
        };
        self.tx.poll(calendar, reference.no, lock).await?.ok_or_else(|| Refusal::NoSuchPoll(reference).into())
    }

    pub(super) async fn start_poll(&mut self, draft: PollDraft) -> Result<Outcome, Failure> {
        self.check_may_create()?;
        let new = NewPoll {
            calendar: self.chat.home_calendar,
            title: draft.title,
            zone: self.speaker_zone(),
            creator: self.user.id,
            options: draft.options.iter().map(proposed_time).collect(),
        };
        let poll = self.tx.insert_poll(&new).await?;
        let mut lead = text::poll_started(&self.poll_label(&poll));
        for option in &draft.options {
            if let Some(note) = text::adjustment_note(option.when.adjustment.as_ref(), new.zone) {
                lead.push('\n');
                lead.push_str(&note);
            }
        }
        let card = self.poll_card(&poll).await?;
        Ok(text::above(&lead, card).into())
    }

    pub(super) async fn vote(&mut self, reference: PollRef, options: Vec<i32>) -> Result<Outcome, Failure> {
        let poll = self.find_poll(reference, true).await?;
        let label = self.poll_label(&poll);
        if let Some(event) = poll.closed_into {
            return Err(Refusal::PollClosed(label, event).into());
        }
        let count = self.tx.poll_options(poll.id).await?.len();
        if let Some(bad) = options.iter().find(|o| **o as usize > count) {
            return Err(Refusal::NoSuchOption(label, *bad, count).into());
        }
        let (mut added, mut removed) = (Vec::new(), Vec::new());
        let mut seen = Vec::new();
        for option in options.into_iter().filter(|o| !seen.contains(o) && (seen.push(*o), true).1) {
            match self.tx.toggle_vote(poll.id, option, self.user.id).await? {
                true => added.push(option),
                false => removed.push(option),
            }
        }
        let card = self.poll_card(&poll).await?;
        Ok(text::above(&text::voted(&added, &removed), card).into())
    }

    pub(super) async fn close_poll(&mut self, reference: PollRef) -> Result<Outcome, Failure> {
        let poll = self.find_poll(reference, true).await?;
        let label = self.poll_label(&poll);
        if !self.may_manage(poll.creator, poll.calendar) {
            return Err(Refusal::NotOrganizer(crate::tr!("card-poll-named", label = &label)).into());
        }
        if let Some(event) = poll.closed_into {
            return Err(Refusal::PollClosed(label, event).into());
        }
        let options = self.tx.poll_options(poll.id).await?;
        // Most votes wins; on a tie the earliest time.
        let winner = options
            .iter()
            .filter(|o| !o.voters.is_empty())
            .max_by(|a, b| a.voters.len().cmp(&b.voters.len()).then(b.starts_at.cmp(&a.starts_at)))
            .ok_or_else(|| Refusal::NoVotes(label.clone()))?;
        if winner.starts_at <= self.now {
            return Err(Refusal::WinnerInPast(label).into());
        }
        let new = NewEvent {
            calendar: poll.calendar,
            title: poll.title.clone(),
            description: None,
            location: None,
            topics: Vec::new(),
            starts_at: winner.starts_at,
            ends_at: winner.ends_at.unwrap_or(winner.starts_at + crate::command::DEFAULT_LENGTH),
            zone: poll.zone,
            recurrence: None,
            capacity: None,
            creator: poll.creator,
        };
        let event = self.tx.insert_event(&new).await?;
        self.tx.set_rsvp(event.id, event.starts_at, poll.creator, RsvpState::Going).await?;
        for voter in &winner.voters {
            self.tx.set_rsvp(event.id, event.starts_at, voter.id, RsvpState::Going).await?;
        }
        self.tx.close_poll(poll.id, event.id).await?;
        self.replan(&event).await?;
        let lead = text::poll_closed(poll.title.as_str(), winner.voters.len());
        let card = self.card(&event).await?;
        let calendar = self.tx.calendar(event.calendar).await?.map(|c| c.name).unwrap_or_default();
        let notices = self.tell_followers(&event, Some(&|| text::new_in_calendar(&calendar)), None).await?;
        Ok(Outcome::with_notices(text::above(&lead, card), notices))
    }
}

/// The start and end a poll option proposes.
fn proposed_time(option: &Span) -> ProposedTime {
    let starts_at = option.when.start.with_timezone(&chrono::Utc);
    ProposedTime { starts_at, ends_at: option.length.map(|length| starts_at + length) }
}
