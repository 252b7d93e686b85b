//! The agenda, search, and sharing calendars between chats.

use super::turn::Turn;
use super::{Failure, Refusal};
use crate::command::SearchQuery;
use crate::domain::*;
use crate::reply::Outcome;
use crate::store::EventFilter;
use crate::text::{self, EventView};

/// Events per agenda page.
const PAGE_SIZE: usize = 10;
/// Most search results shown.
const SEARCH_LIMIT: usize = 20;

impl Turn<'_> {
    /// Upcoming events of this chat's calendar and those it follows, by next start.
    async fn visible_events(&mut self, filter: &EventFilter) -> Result<Vec<Event>, Failure> {
        let mut calendars = vec![self.chat.home_calendar];
        calendars.extend(self.tx.subscriptions(self.chat.id).await?.into_iter().map(|c| c.id));
        let mut events: Vec<(chrono::DateTime<chrono::Utc>, Event)> = self
            .tx
            .upcoming_events(&calendars, self.now, filter)
            .await?
            .into_iter()
            .filter_map(|e| e.next_start(self.now).map(|start| (start, e)))
            .filter(|(start, _)| filter.range.is_none_or(|(from, to)| *start >= from && *start < to))
            .collect();
        events.sort_by_key(|(start, e)| (*start, e.calendar, e.no));
        Ok(events.into_iter().map(|(_, e)| e).collect())
    }

    async fn lines(&mut self, events: &[Event]) -> Result<Vec<String>, Failure> {
        let mut lines = Vec::with_capacity(events.len());
        for event in events {
            let attendance = self.tx.attendance(event.id).await?;
            let calendar_name = match event.calendar == self.chat.home_calendar {
                true => None,
                false => self.tx.calendar(event.calendar).await?.map(|c| c.name),
            };
            let view = EventView {
                event,
                attendance: &attendance,
                label: self.label(event.calendar, event.no.0),
                zone: self.chat_zone(),
                now: self.now,
                organizer: None,
                calendar_name: calendar_name.as_deref(),
            };
            lines.push(text::event_line(&view));
        }
        Ok(lines)
    }

    pub(super) async fn agenda(&mut self, page: u32) -> Result<Outcome, Failure> {
        let events = self.visible_events(&EventFilter::default()).await?;
        let pages = events.len().div_ceil(PAGE_SIZE).max(1) as u32;
        if page > pages {
            return Ok(text::agenda_page_missing(pages).into());
        }
        let start = (page as usize - 1) * PAGE_SIZE;
        let shown: Vec<Event> = events.into_iter().skip(start).take(PAGE_SIZE).collect();
        let lines = self.lines(&shown).await?;
        Ok(text::agenda(&lines, page, pages).into())
    }

    pub(super) async fn search(&mut self, query: SearchQuery) -> Result<Outcome, Failure> {
        let filter = EventFilter { text: query.text, topic: query.topic, place: query.place, range: query.range };
        let events = self.visible_events(&filter).await?;
        let total = events.len();
        let shown: Vec<Event> = events.into_iter().take(SEARCH_LIMIT).collect();
        let lines = self.lines(&shown).await?;
        Ok(text::search_results(&lines, total).into())
    }

    pub(super) async fn share(&mut self) -> Result<Outcome, Failure> {
        self.check_may_create()?;
        let calendar = self.chat.home_calendar;
        let code = match self.tx.share_code(calendar).await? {
            Some(code) => code,
            None => {
                let code = ShareCode::generate();
                self.tx.set_share_code(calendar, &code).await?;
                code
            }
        };
        let name = self.tx.calendar(calendar).await?.map(|c| c.name).unwrap_or_default();
        Ok(text::share(code.as_str(), &name).into())
    }

    pub(super) async fn subscribe(&mut self, code: ShareCode) -> Result<Outcome, Failure> {
        self.check_may_create()?;
        let calendar = self.tx.calendar_by_code(&code).await?.ok_or(Refusal::WrongCode)?;
        if calendar.id == self.chat.home_calendar {
            return Err(Refusal::OwnCalendar.into());
        }
        Ok(match self.tx.subscribe(self.chat.id, calendar.id).await? {
            true => text::subscribed(&calendar),
            false => text::already_subscribed(&calendar),
        }
        .into())
    }

    pub(super) async fn unsubscribe(&mut self, which: Option<String>) -> Result<Outcome, Failure> {
        let follows = self.tx.subscriptions(self.chat.id).await?;
        let Some(which) = which else {
            return Ok(text::subscriptions(&follows).into());
        };
        self.check_may_create()?;
        let calendar = match ShareCode::parse(&which) {
            Some(code) => self.tx.calendar_by_code(&code).await?,
            None => which
                .trim_start_matches('#')
                .parse::<i64>()
                .ok()
                .and_then(|id| follows.iter().find(|c| c.id.0 == id).cloned()),
        };
        let Some(calendar) = calendar.filter(|c| follows.iter().any(|f| f.id == c.id)) else {
            return Err(Refusal::NotSubscribed(which.chars().take(40).collect()).into());
        };
        self.tx.unsubscribe(self.chat.id, calendar.id).await?;
        Ok(text::unsubscribed(&calendar).into())
    }
}
