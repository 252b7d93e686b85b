//! The agenda, search, and sharing calendars between chats.

use super::turn::Turn;
use super::{Failure, Refusal};
use crate::command::SearchQuery;
use crate::domain::*;
use crate::reply::Outcome;
use crate::store::EventFilter;
use crate::text;

/// Events per agenda page.
const PAGE_SIZE: usize = 10;
/// Most search results shown.
const SEARCH_LIMIT: usize = 20;
/// Most events offered by `/join` without a number.
const PICK_LIMIT: usize = 8;

impl Turn<'_> {
    /// Upcoming events of this chat's calendar and those it follows, by next start.
    async fn visible_events(&mut self, filter: &EventFilter) -> Result<Vec<Event>, Failure> {
        Ok(crate::agenda::upcoming(self.tx, &self.chat, self.now, filter).await?)
    }

    async fn lines(&mut self, events: &[Event]) -> Result<Vec<String>, Failure> {
        let zone = self.chat_zone();
        Ok(crate::agenda::lines(self.tx, &self.chat, events, self.now, zone).await?)
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

    /// `/join` (or `/maybe`, `/decline`) without a number: the coming events as buttons.
    pub(super) async fn pick_event(&mut self, answer: Answer) -> Result<Outcome, Failure> {
        let events = self.visible_events(&EventFilter::default()).await?;
        let zone = self.chat_zone();
        let choices: Vec<text::EventChoice> = events
            .iter()
            .take(PICK_LIMIT)
            .map(|event| text::EventChoice {
                label: self.label(event.calendar, event.no.0),
                title: event.title.as_str().to_string(),
                starts_at: event.next_start(self.now).unwrap_or(event.starts_at),
            })
            .collect();
        Ok(text::pick_event(answer, &choices, zone).into())
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
