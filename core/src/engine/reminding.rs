//! Reminder commands: the chat's leads, people's own reminders, snoozing.

use super::turn::Turn;
use super::Failure;
use crate::domain::{EventRef, Lead, NewReminder};
use crate::reply::Outcome;
use crate::store::EventFilter;
use crate::text;

impl Turn<'_> {
    pub(super) async fn set_chat_leads(&mut self, leads: Vec<Lead>) -> Result<Outcome, Failure> {
        self.check_admin()?;
        let calendar = self.chat.home_calendar;
        self.tx.set_calendar_leads(calendar, &leads).await?;
        for event in self.tx.upcoming_events(&[calendar], self.now, &EventFilter::default()).await? {
            self.replan(&event).await?;
        }
        Ok(text::chat_leads_set(&leads).into())
    }

    pub(super) async fn remind(&mut self, reference: EventRef, leads: Vec<Lead>) -> Result<Outcome, Failure> {
        let event = self.find_event(reference, true).await?;
        let label = self.label(event.calendar, event.no.0);
        self.tx.set_personal_leads(event.id, self.user.id, &leads).await?;
        self.replan(&event).await?;
        Ok(text::personal_leads_set(&label, &leads).into())
    }

    pub(super) async fn list_reminders(&mut self) -> Result<Outcome, Failure> {
        let pending = self.tx.pending_reminders_of(self.user.id).await?;
        let zone = self.speaker_zone();
        let lines: Vec<String> =
            pending.iter().map(|r| text::pending_line(&self.label(r.event.calendar, r.event.no.0), r, zone)).collect();
        Ok(text::pending_list(&lines).into())
    }

    pub(super) async fn snooze(&mut self, reference: EventRef, lead: Lead) -> Result<Outcome, Failure> {
        let event = self.find_event(reference, false).await?;
        let label = self.label(event.calendar, event.no.0);
        let occurrence = event.next_start(self.now).unwrap_or(event.starts_at);
        let due_at = self.now + lead.duration();
        // The lead names the time left before the start when the snooze ends (at least a minute).
        let left = Lead::from_minutes((occurrence - due_at).num_minutes().max(1)).unwrap_or(lead);
        let reminder = NewReminder { event: event.id, occurrence, lead: left, user: Some(self.user.id), due_at };
        self.tx.add_reminder(&reminder).await?;
        self.reminders_changed = true;
        Ok(text::snoozed(&label, lead).into())
    }
}
