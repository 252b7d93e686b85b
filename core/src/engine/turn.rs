//! One command's context: the transaction, who speaks where, and helpers every handler uses.

use super::{Failure, Refusal};
use crate::domain::*;
use crate::reply::{Audience, Notice, Reply};
use crate::store::Transaction;
use crate::text::{self, EventView};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// The context of one command being applied.
pub struct Turn<'a> {
    /// The command's transaction.
    pub tx: &'a mut dyn Transaction,
    /// The chat it was said in.
    pub chat: Chat,
    /// Who said it.
    pub user: User,
    /// Whether they administer the chat.
    pub is_admin: bool,
    /// The instant the command is applied at.
    pub now: DateTime<Utc>,
    /// The configured default zone.
    pub default_zone: Tz,
    /// Where feeds are reached from outside.
    pub public_url: &'a str,
    /// Set when the command changed reminders or digests, so the scheduler is woken.
    pub reminders_changed: bool,
}

impl<'a> Turn<'a> {
    /// A new turn.
    pub fn new(
        tx: &'a mut dyn Transaction,
        chat: Chat,
        user: User,
        is_admin: bool,
        now: DateTime<Utc>,
        settings: &'a super::EngineSettings,
    ) -> Self {
        let (default_zone, public_url) = (settings.default_zone, settings.public_url.as_str());
        Self { tx, chat, user, is_admin, now, default_zone, public_url, reminders_changed: false }
    }

    /// The zone times are shown in, in this chat.
    pub fn chat_zone(&self) -> Tz {
        self.chat.zone.unwrap_or(self.default_zone)
    }

    /// The zone the speaker's times are read in.
    pub fn speaker_zone(&self) -> Tz {
        self.user.zone.or(self.chat.zone).unwrap_or(self.default_zone)
    }

    /// How this chat names an event or poll number of `calendar`.
    pub fn label(&self, calendar: CalendarId, no: i32) -> String {
        crate::domain::label_for(calendar, no, Some(self.chat.home_calendar))
    }

    /// The calendar a reference points at, if this chat sees it (its own, or one it follows).
    pub async fn visible_calendar(&mut self, calendar: Option<CalendarId>) -> Result<Option<CalendarId>, Failure> {
        match calendar {
            None => Ok(Some(self.chat.home_calendar)),
            Some(c) if c == self.chat.home_calendar => Ok(Some(c)),
            Some(c) => {
                let follows = self.tx.subscriptions(self.chat.id).await?;
                Ok(follows.iter().any(|f| f.id == c).then_some(c))
            }
        }
    }

    /// The event a reference names, or a refusal. Events of calendars this chat does not see are
    /// found only for people involved in them (answered, or asked for reminders), e.g. from a
    /// reminder's button in a private chat.
    pub async fn find_event(&mut self, reference: EventRef, lock: bool) -> Result<Event, Failure> {
        let missing = || Failure::from(Refusal::NoSuchEvent(reference));
        if let Some(calendar) = self.visible_calendar(reference.calendar).await? {
            return self.tx.event(calendar, reference.no, lock).await?.ok_or_else(missing);
        }
        let calendar = reference.calendar.ok_or_else(missing)?;
        let event = self.tx.event(calendar, reference.no, lock).await?.ok_or_else(missing)?;
        let answered =
            self.tx.attendance_from(event.id, event.starts_at).await?.iter().any(|a| a.user.id == self.user.id);
        let reminded = self.tx.personal_leads(event.id).await?.iter().any(|(u, _)| *u == self.user.id);
        if answered || reminded {
            Ok(event)
        } else {
            Err(missing())
        }
    }

    /// Re-plans an event's reminders after a change.
    pub async fn replan(&mut self, event: &Event) -> Result<(), Failure> {
        crate::reminders::refresh(self.tx, event, self.now).await?;
        self.reminders_changed = true;
        Ok(())
    }

    /// Whether the speaker may edit, move or cancel an event.
    pub fn may_manage(&self, creator: UserId, calendar: CalendarId) -> bool {
        creator == self.user.id || (self.is_admin && calendar == self.chat.home_calendar)
    }

    /// Refuses unless the speaker may create events and polls here.
    pub fn check_may_create(&self) -> Result<(), Failure> {
        if self.chat.create_policy == CreatePolicy::Admins && !self.is_admin {
            return Err(Refusal::CreateAdminsOnly.into());
        }
        Ok(())
    }

    /// Refuses unless the speaker administers the chat.
    pub fn check_admin(&self) -> Result<(), Failure> {
        if self.is_admin {
            Ok(())
        } else {
            Err(Refusal::AdminsOnly.into())
        }
    }

    /// The card of an event as this chat sees it (viewed from `home`, in `zone`).
    pub async fn card_for(&mut self, event: &Event, home: CalendarId, zone: Tz) -> Result<Reply, Failure> {
        let attendance = self.tx.attendance(event.id, event.current_occurrence(self.now)).await?;
        self.card_from(event, &attendance, home, zone).await
    }

    /// The card of an event with the answers to its current occurrence, viewed from `home`.
    pub async fn card_from(
        &mut self,
        event: &Event,
        attendance: &[Attendance],
        home: CalendarId,
        zone: Tz,
    ) -> Result<Reply, Failure> {
        let calendar_name = match event.calendar == home {
            true => None,
            false => self.tx.calendar(event.calendar).await?.map(|c| c.name),
        };
        let label = event.label_in(home);
        let answered = attendance.iter().find(|a| a.user.id == event.creator).map(|a| &a.user);
        // The organizer may not have answered (this occurrence of a series, or took the answer back).
        let not_answered = match answered {
            Some(_) => None,
            None => self.tx.user_by_id(event.creator).await?,
        };
        let organizer = answered.or(not_answered.as_ref()).map(|user| user.name());
        let view = EventView {
            event,
            attendance,
            label,
            zone,
            now: self.now,
            organizer,
            calendar_name: calendar_name.as_deref(),
        };
        Ok(text::event_card(&view))
    }

    /// The card of an event as the speaking chat sees it.
    pub async fn card(&mut self, event: &Event) -> Result<Reply, Failure> {
        let (home, zone) = (self.chat.home_calendar, self.chat_zone());
        self.card_for(event, home, zone).await
    }

    /// The event's card as each other chat showing its calendar sees it, for adapters to update
    /// where it was posted.
    pub async fn cards_elsewhere(&mut self, event: &Event, attendance: &[Attendance]) -> Result<Vec<Notice>, Failure> {
        let chats = match event.calendar == self.chat.home_calendar {
            true => self.tx.subscribers(event.calendar).await?,
            false => self.tx.chats_of_calendar(event.calendar).await?,
        };
        let (here, mut cards) = (self.chat.id, Vec::new());
        for chat in chats.into_iter().filter(|c| c.id != here) {
            let zone = chat.zone.unwrap_or(self.default_zone);
            let language = chat.language.unwrap_or_default();
            let reply = text::speaking(language, self.card_from(event, attendance, chat.home_calendar, zone)).await?;
            cards.push(Notice { to: Audience::Chat(chat.identity), reply });
        }
        Ok(cards)
    }

    /// Notices for every chat following the event's calendar (except this one), each rendered in
    /// that chat's language: `lead` above the event's card as that chat sees it, or `plain` when
    /// given.
    pub async fn tell_followers(
        &mut self,
        event: &Event,
        lead: Option<&(dyn Fn() -> String + Sync)>,
        plain: Option<&(dyn Fn() -> Reply + Sync)>,
    ) -> Result<Vec<Notice>, Failure> {
        let mut notices = Vec::new();
        for chat in self.tx.subscribers(event.calendar).await? {
            if chat.id == self.chat.id {
                continue;
            }
            // In that chat's language.
            let language = chat.language.unwrap_or_default();
            let reply = match plain {
                Some(render) => text::speaking_now(language, render),
                None => {
                    let zone = chat.zone.unwrap_or(self.default_zone);
                    let card = text::speaking(language, self.card_for(event, chat.home_calendar, zone)).await?;
                    match lead {
                        Some(lead) => text::above(&text::speaking_now(language, lead), card),
                        None => card,
                    }
                }
            };
            notices.push(Notice { to: Audience::Chat(chat.identity), reply });
        }
        Ok(notices)
    }
}
