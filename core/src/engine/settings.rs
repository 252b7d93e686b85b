//! Zones and chat settings.

use super::turn::Turn;
use super::Failure;
use crate::command::{DigestChoice, SettingChange, ZoneChoice};
use crate::domain::DigestSchedule;
use crate::reply::Outcome;
use crate::store::EventFilter;
use crate::text;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

impl Turn<'_> {
    pub(super) async fn chat_zone_command(&mut self, choice: ZoneChoice) -> Result<Outcome, Failure> {
        match choice {
            ZoneChoice::Show => Ok(text::chat_zone(self.chat_zone(), self.chat.zone.is_some()).into()),
            ZoneChoice::Set(zone) => {
                self.check_admin()?;
                self.tx.set_chat_zone(self.chat.id, Some(zone)).await?;
                self.replan_digest(zone).await?;
                let reply = text::chat_zone_set(zone, &text::moment(self.now, zone));
                Ok(reply.followed_by(&text::planned_events_keep_their_time(zone, &self.shifted_by(zone).await?)).into())
            }
            ZoneChoice::Clear => {
                self.check_admin()?;
                self.tx.set_chat_zone(self.chat.id, None).await?;
                let zone = self.default_zone;
                self.replan_digest(zone).await?;
                let reply = text::chat_zone(zone, false);
                Ok(reply.followed_by(&text::planned_events_keep_their_time(zone, &self.shifted_by(zone).await?)).into())
            }
        }
    }

    /// This chat's coming events that the chat's new `zone` shows at another clock time than both
    /// the chat's zone until now and the zone they were planned in.
    async fn shifted_by(&mut self, zone: Tz) -> Result<Vec<text::ShiftedEvent>, Failure> {
        let (calendar, before) = (self.chat.home_calendar, self.chat_zone());
        let coming = self.tx.upcoming_events(&[calendar], self.now, &EventFilter::default()).await?;
        let clock = |at: DateTime<Utc>, zone: Tz| at.with_timezone(&zone).naive_local();
        Ok(coming
            .into_iter()
            .filter_map(|event| {
                let next = event.next_start(self.now)?;
                let shown = clock(next, zone);
                (shown != clock(next, event.zone) && shown != clock(next, before)).then(|| text::ShiftedEvent {
                    label: self.label(calendar, event.no.0),
                    title: event.title.as_str().to_string(),
                    planned: text::when_with_zone(next, event.zone),
                    now_shown: text::moment(next, zone),
                })
            })
            .collect())
    }

    pub(super) async fn my_zone(&mut self, choice: ZoneChoice) -> Result<Outcome, Failure> {
        let fallback = self.chat_zone();
        match choice {
            ZoneChoice::Show => Ok(text::my_zone(self.user.zone, fallback).into()),
            ZoneChoice::Set(zone) => {
                self.tx.set_user_zone(self.user.id, Some(zone)).await?;
                Ok(text::my_zone_set(Some(zone), fallback).into())
            }
            ZoneChoice::Clear => {
                self.tx.set_user_zone(self.user.id, None).await?;
                Ok(text::my_zone_set(None, fallback).into())
            }
        }
    }

    pub(super) async fn settings(&mut self, change: SettingChange) -> Result<Outcome, Failure> {
        match change {
            SettingChange::Show => {
                let follows = self.tx.subscriptions(self.chat.id).await?.len();
                let leads = self.tx.calendar_leads(self.chat.home_calendar).await?;
                let zone = self.chat_zone();
                Ok(text::settings(zone, self.chat.zone.is_some(), self.chat.create_policy, follows, &leads).into())
            }
            SettingChange::CreatePolicy(policy) => {
                self.check_admin()?;
                self.tx.set_create_policy(self.chat.id, policy).await?;
                Ok(text::policy_set(policy).into())
            }
            SettingChange::Zone(choice) => self.chat_zone_command(choice).await,
            SettingChange::Feed => self.feed(false).await,
            SettingChange::Reminders(leads) => self.set_chat_leads(leads).await,
            SettingChange::FeedReset => self.feed(true).await,
            SettingChange::MirrorEvents(on) => {
                self.check_admin()?;
                self.tx.set_mirrors_events(self.chat.id, on, self.now).await?;
                Ok(text::mirroring_set(on).into())
            }
        }
    }

    /// The calendar's feed URL; `reset` replaces the token so the old URL stops working.
    async fn feed(&mut self, reset: bool) -> Result<Outcome, Failure> {
        if reset {
            self.check_admin()?;
        } else {
            self.check_may_create()?;
        }
        let calendar = self.chat.home_calendar;
        let token = match self.tx.feed_token(calendar).await? {
            Some(token) if !reset => token,
            _ => {
                let token = new_feed_token();
                self.tx.set_feed_token(calendar, &token).await?;
                token
            }
        };
        let url = format!("{}/ical/{token}.ics", self.public_url.trim_end_matches('/'));
        Ok(text::feed(&url, reset).into())
    }
}

/// A fresh unguessable feed token: 32 letters and digits (about 190 bits).
fn new_feed_token() -> String {
    use rand::Rng;
    rand::thread_rng().sample_iter(&rand::distributions::Alphanumeric).take(32).map(char::from).collect()
}

impl Turn<'_> {
    pub(super) async fn digest(&mut self, choice: DigestChoice) -> Result<Outcome, Failure> {
        let zone = self.chat_zone();
        let schedule = match choice {
            DigestChoice::Show => return Ok(text::digest_status(self.chat.digest.as_ref(), zone).into()),
            DigestChoice::Off => None,
            DigestChoice::Set(schedule) => Some(schedule),
        };
        self.check_admin()?;
        self.plan_digest(schedule.as_ref(), zone).await?;
        Ok(text::digest_set(schedule.as_ref(), zone).into())
    }

    /// After a change of the chat's zone: its digest keeps its local time in the new `zone`.
    async fn replan_digest(&mut self, zone: Tz) -> Result<(), Failure> {
        match self.chat.digest {
            Some(schedule) => self.plan_digest(Some(&schedule), zone).await,
            None => Ok(()),
        }
    }

    /// Keeps the chat's digest `schedule` and plans its next one in `zone` (after a change of
    /// either), waking the schedulers.
    async fn plan_digest(&mut self, schedule: Option<&DigestSchedule>, zone: Tz) -> Result<(), Failure> {
        let slot = schedule.map(|s| s.next_after(self.now, zone));
        self.tx.set_digest(self.chat.id, schedule, slot).await?;
        self.reminders_changed = true;
        Ok(())
    }
}
