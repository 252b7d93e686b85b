//! Answers to events: going, maybe, can't, withdrawn; the waitlist and moving up from it.
//! The event row is locked for the whole answer, so concurrent answers never overbook.

use super::turn::Turn;
use super::{Failure, Refusal};
use crate::domain::*;
use crate::reply::{Audience, Notice, Outcome};
use crate::text;

/// The start of the occurrence an answer is for.
type Occurrence = chrono::DateTime<chrono::Utc>;

impl Turn<'_> {
    /// Loads an event that takes answers (locked), refusing cancelled and finished ones; answers go
    /// to the occurrence under way or next.
    async fn event_to_answer(&mut self, reference: EventRef) -> Result<(Event, String, Occurrence), Failure> {
        let event = self.find_event(reference, true).await?;
        let label = self.label(event.calendar, event.no.0);
        if event.status == EventStatus::Cancelled {
            return Err(Refusal::EventCancelled(label).into());
        }
        let Some(occurrence) = event.next_start(self.now) else {
            return Err(Refusal::EventOver(label).into());
        };
        Ok((event, label, occurrence))
    }

    pub(super) async fn answer(&mut self, reference: EventRef, answer: Answer) -> Result<Outcome, Failure> {
        let (event, label, occurrence) = self.event_to_answer(reference).await?;
        let mut attendance = self.tx.attendance(event.id, occurrence).await?;
        let before = attendance.iter().find(|a| a.user.id == self.user.id).map(|a| a.state);
        let (lead, after) = match answer {
            Answer::Going => self.join((&event, occurrence), &label, &attendance, before).await?,
            Answer::Maybe => (text::maybe(&label), Some(RsvpState::Maybe)),
            Answer::Declined => (text::declined(&label), Some(RsvpState::Declined)),
        };
        if let Some(state) = after {
            self.tx.set_rsvp(event.id, occurrence, self.user.id, state).await?;
            answered(&mut attendance, &self.user, state);
        }
        let freed = before == Some(RsvpState::Going) && after.is_some_and(|s| s != RsvpState::Going);
        // Unless a place was freed (and someone may move up), the answers are known as they are now.
        let known = (!freed).then_some(attendance);
        self.after_answer((&event, occurrence), &label, lead, known).await
    }

    /// What joining does: going, or on the waitlist when full (None when nothing changes).
    async fn join(
        &mut self,
        (event, _occurrence): (&Event, Occurrence),
        label: &str,
        attendance: &[Attendance],
        before: Option<RsvpState>,
    ) -> Result<(String, Option<RsvpState>), Failure> {
        let waitlist_position = |attendance: &[Attendance], user: UserId| {
            attendance
                .iter()
                .filter(|a| a.state == RsvpState::Waitlisted)
                .position(|a| a.user.id == user)
                .map(|p| p + 1)
        };
        match before {
            Some(RsvpState::Going) => return Ok((text::already_going(label), None)),
            Some(RsvpState::Waitlisted) => {
                let position = waitlist_position(attendance, self.user.id).unwrap_or(1);
                return Ok((text::already_waitlisted(label, position), None));
            }
            _ => {}
        }
        let going = attendance.iter().filter(|a| a.state == RsvpState::Going).count();
        let full = event.capacity.is_some_and(|c| going >= c.get() as usize);
        if full {
            let waiting = attendance.iter().filter(|a| a.state == RsvpState::Waitlisted).count();
            return Ok((text::waitlisted(label, waiting + 1), Some(RsvpState::Waitlisted)));
        }
        Ok((text::going(label, event.title.as_str()), Some(RsvpState::Going)))
    }

    pub(super) async fn leave(&mut self, reference: EventRef) -> Result<Outcome, Failure> {
        let (event, label, occurrence) = self.event_to_answer(reference).await?;
        let lead = match self.tx.remove_rsvp(event.id, occurrence, self.user.id).await? {
            true => text::left(&label),
            false => text::nothing_to_leave(&label),
        };
        self.after_answer((&event, occurrence), &label, lead, None).await
    }

    /// After a move, answers follow their occurrences: those for the n-th coming occurrence go to
    /// the n-th coming occurrence of the new schedule.
    pub(super) async fn carry_answers(&mut self, before: &Event, after: &Event) -> Result<(), Failure> {
        const HORIZON: usize = 1000;
        let since = |event: &Event| self.now - event.length() - chrono::Duration::seconds(1);
        let answered = self.tx.answered_occurrences(before.id, since(before)).await?;
        let old = before.occurrences_after(since(before), HORIZON);
        let new = after.occurrences_after(since(after), HORIZON);
        let mut moves: Vec<(Occurrence, Occurrence)> = answered
            .iter()
            .filter_map(|a| old.iter().position(|o| o == a).and_then(|i| new.get(i)).map(|n| (*a, *n)))
            .filter(|(a, n)| a != n)
            .collect();
        // Moving later, the latest go first, so no answers land on ones not yet moved (and back).
        if moves.first().is_some_and(|(a, n)| n > a) {
            moves.reverse();
        }
        for (from, to) in moves {
            self.tx.move_rsvps(before.id, from, to).await?;
        }
        Ok(())
    }

    /// Fills freed places from the waitlist, then answers with the card, here and in the other
    /// chats showing it. `known` is the occurrence's attendance when it is certainly current.
    async fn after_answer(
        &mut self,
        (event, occurrence): (&Event, Occurrence),
        label: &str,
        mut lead: String,
        known: Option<Vec<Attendance>>,
    ) -> Result<Outcome, Failure> {
        let (attendance, promoted) = match known {
            Some(attendance) if occurrence == event.current_occurrence(self.now) => (attendance, Vec::new()),
            _ => {
                let promoted = self.fill_free_places(event, occurrence, label).await?;
                (self.tx.attendance(event.id, event.current_occurrence(self.now)).await?, promoted)
            }
        };
        for (line, _) in &promoted {
            lead.push('\n');
            lead.push_str(line);
        }
        let card = self.card_from(event, &attendance, self.chat.home_calendar, self.chat_zone()).await?;
        let elsewhere = self.cards_elsewhere(event, &attendance).await?;
        let notices = promoted.into_iter().map(|(_, n)| n).collect();
        Ok(Outcome::with_notices(text::above(&lead, card), notices).refreshing(elsewhere))
    }

    /// Moves people up from the waitlist of one occurrence while it has free places. Returns, for
    /// each, the line for the chat and the private notice for them.
    pub(super) async fn fill_free_places(
        &mut self,
        event: &Event,
        occurrence: Occurrence,
        label: &str,
    ) -> Result<Vec<(String, Notice)>, Failure> {
        let attendance = self.tx.attendance(event.id, occurrence).await?;
        let going = attendance.iter().filter(|a| a.state == RsvpState::Going).count();
        let free = match event.capacity {
            Some(c) => (c.get() as usize).saturating_sub(going),
            None => usize::MAX,
        };
        let zone = self.chat_zone();
        let mut promoted = Vec::new();
        for waiting in attendance.into_iter().filter(|a| a.state == RsvpState::Waitlisted).take(free) {
            self.tx.set_rsvp(event.id, occurrence, waiting.user.id, RsvpState::Going).await?;
            // Told privately, in their own language when they chose one.
            let notice = text::speaking_now(waiting.user.language.unwrap_or_else(text::language), || {
                text::promoted_notice(label, event.title.as_str(), &text::when_with_zone(occurrence, zone))
            });
            promoted.push((
                text::promoted_line(waiting.user.name()),
                Notice { to: Audience::Person(waiting.user.identity), reply: notice },
            ));
        }
        Ok(promoted)
    }
}

/// Notes `user`'s new answer in `attendance` as the store orders it: a changed answer goes last.
fn answered(attendance: &mut Vec<Attendance>, user: &User, state: RsvpState) {
    attendance.retain(|a| a.user.id != user.id);
    attendance.push(Attendance { user: user.clone(), state });
}
