//! The step-by-step `/new`: title, then time, then place, then confirm. The draft is stored after
//! every answer, so a restart loses nothing; an answer that can't be used changes nothing and the
//! question is asked again.

use super::turn::Turn;
use super::Failure;
use crate::command::{DraftAction, EventDraft, Problem, DEFAULT_LENGTH};
use crate::domain::{Draft, DraftStep, EventTitle, Location};
use crate::reply::{Outcome, Reply};
use crate::text;
use crate::time::{parse_span, Span, TimeContext};

impl Turn<'_> {
    /// `/new` alone: opens a draft (replacing an earlier one) and asks for the title.
    pub(super) async fn start_draft(&mut self) -> Result<Outcome, Failure> {
        self.check_may_create()?;
        self.tx.save_draft(self.chat.id, self.user.id, &Draft::new(self.now)).await?;
        Ok(text::draft_ask_title().into())
    }

    /// A button under a question.
    pub(super) async fn draft_action(&mut self, action: DraftAction) -> Result<Outcome, Failure> {
        let Some(mut draft) = self.tx.draft(self.chat.id, self.user.id).await? else {
            return Ok(text::no_draft().into());
        };
        if draft.expired(self.now) {
            return self.drop_expired().await;
        }
        match (action, draft.step) {
            (DraftAction::Cancel, _) => {
                self.tx.drop_draft(self.chat.id, self.user.id).await?;
                Ok(text::draft_cancelled().into())
            }
            (DraftAction::Skip, DraftStep::Place) => {
                draft.place = None;
                self.advance(draft, DraftStep::Confirm).await
            }
            (DraftAction::Skip, _) => {
                Ok(text::draft_try_again(&text::draft_only_place_skips(), self.ask(&draft)).into())
            }
            (DraftAction::Create, DraftStep::Confirm) => self.create_drafted(draft).await,
            (DraftAction::Create, _) => Ok(text::draft_try_again(&text::draft_not_ready(), self.ask(&draft)).into()),
        }
    }

    /// Plain text while a draft is open: the answer to its question.
    pub(super) async fn draft_answer(&mut self, answer: String) -> Result<Outcome, Failure> {
        let Some(mut draft) = self.tx.draft(self.chat.id, self.user.id).await? else {
            return Ok(text::no_draft().into());
        };
        if draft.expired(self.now) {
            return self.drop_expired().await;
        }
        let answer = answer.trim();
        let read = match draft.step {
            DraftStep::Title => crate::command::read_title(answer, EventTitle::parse).map(|title| {
                draft.title = Some(title);
                DraftStep::When
            }),
            DraftStep::When => self.read_when(answer).map(|_| {
                draft.when = Some(answer.to_string());
                DraftStep::Place
            }),
            DraftStep::Place => Location::parse(answer).ok_or(Problem::BadPlace).map(|place| {
                draft.place = Some(place);
                DraftStep::Confirm
            }),
            DraftStep::Confirm if matches!(answer.to_lowercase().as_str(), "yes" | "create" | "ok") => {
                return self.create_drafted(draft).await;
            }
            DraftStep::Confirm => Err(Problem::Unexpected(answer.chars().take(32).collect())),
        };
        match read {
            Ok(next) => self.advance(draft, next).await,
            Err(problem) => Ok(text::draft_try_again(&text::problem_text(&problem), self.ask(&draft)).into()),
        }
    }

    /// Stores the draft at its next step and asks that step's question.
    async fn advance(&mut self, mut draft: Draft, next: DraftStep) -> Result<Outcome, Failure> {
        draft.step = next;
        draft.updated_at = self.now;
        self.tx.save_draft(self.chat.id, self.user.id, &draft).await?;
        Ok(self.ask(&draft).into())
    }

    /// The question a draft is at.
    fn ask(&self, draft: &Draft) -> Reply {
        let title = draft.title.as_ref().map(|t| t.as_str()).unwrap_or_default();
        match draft.step {
            DraftStep::Title => text::draft_ask_title(),
            DraftStep::When => text::draft_ask_when(title),
            DraftStep::Place => text::draft_ask_place(),
            DraftStep::Confirm => {
                let when = draft.when.as_deref().and_then(|w| self.read_when(w).ok());
                let when = when.map(|w| self.interpretation(&w.when, w.length.unwrap_or(DEFAULT_LENGTH)));
                let when = when.unwrap_or_default();
                text::draft_confirm(title, &when, draft.place.as_ref().map(|p| p.as_str()))
            }
        }
    }

    /// Creates the event exactly as the one-line `/new` would, and forgets the draft.
    async fn create_drafted(&mut self, draft: Draft) -> Result<Outcome, Failure> {
        let (Some(title), Some(when)) = (draft.title.clone(), draft.when.as_deref()) else {
            return Ok(text::draft_try_again(&text::draft_not_ready(), self.ask(&draft)).into());
        };
        let Span { when, length } = match self.read_when(when) {
            Ok(span) => span,
            Err(problem) => {
                let draft = Draft { step: DraftStep::When, ..draft };
                self.tx.save_draft(self.chat.id, self.user.id, &draft).await?;
                return Ok(text::draft_try_again(&text::problem_text(&problem), self.ask(&draft)).into());
            }
        };
        self.tx.drop_draft(self.chat.id, self.user.id).await?;
        let event = EventDraft {
            title,
            when,
            length: length.unwrap_or(DEFAULT_LENGTH),
            location: draft.place,
            topics: Vec::new(),
            capacity: None,
            description: None,
        };
        self.create_event(event).await
    }

    async fn drop_expired(&mut self) -> Result<Outcome, Failure> {
        self.tx.drop_draft(self.chat.id, self.user.id).await?;
        Ok(text::draft_expired().into())
    }

    /// A time as the speaker means it, now.
    fn read_when(&self, phrase: &str) -> Result<Span, Problem> {
        parse_span(phrase, &TimeContext { now: self.now, zone: self.speaker_zone() }).map_err(Problem::Time)
    }
}
