//! The reply model: what the engine answers, for adapters to render (text, buttons, messages to
//! other chats or people).

use crate::domain::{ChatIdentity, UserIdentity};

/// A message to show: plain text (adapters escape it for their platform) and optional buttons.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reply {
    /// A sentence for the person who asked, above a card ("You're going."): adapters may show it
    /// apart from the card (a toast, a separate message), since the card is shared by everyone.
    pub lead: Option<String>,
    /// The message text (a card's text, without the lead), plain, lines separated by `\n`.
    pub text: String,
    /// Rows of buttons under the message.
    pub buttons: Vec<Vec<Button>>,
    /// Files that go with it where the channel can carry them (email): e.g. the event as .ics.
    pub attachments: Vec<Attachment>,
    /// The event or poll whose card this message shows (adapters keep one card per chat up to
    /// date instead of posting it again).
    pub card: Option<CardOf>,
    /// What that card shows, as data, for adapters that draw cards their own way.
    pub view: Option<Box<crate::card_view::CardView>>,
    /// Only the person who asked needs to see it (a refusal, their own reminders or settings):
    /// platforms that can show a message to one person in a group (Discord) do so.
    pub personal: bool,
}

/// What a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardOf {
    /// An event.
    Event(crate::domain::EventId),
    /// A time poll.
    Poll(crate::domain::PollId),
}

impl CardOf {
    /// A short stable name, e.g. `event:12`, for adapters to store.
    pub fn key(self) -> String {
        match self {
            Self::Event(id) => format!("event:{}", id.0),
            Self::Poll(id) => format!("poll:{}", id.0),
        }
    }
}

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name, e.g. `event.ics`.
    pub name: String,
    /// MIME type, e.g. `text/calendar`.
    pub mime: String,
    /// The content.
    pub content: String,
}

impl Reply {
    /// A reply with text only.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            lead: None,
            text: text.into(),
            buttons: Vec::new(),
            attachments: Vec::new(),
            card: None,
            view: None,
            personal: false,
        }
    }

    /// Adds a paragraph after the text; nothing when `more` is empty.
    pub fn followed_by(mut self, more: &str) -> Self {
        if !more.is_empty() {
            self.text.push_str("\n\n");
            self.text.push_str(more);
        }
        self
    }

    /// Adds a row of buttons.
    pub fn with_row(mut self, row: Vec<Button>) -> Self {
        if !row.is_empty() {
            self.buttons.push(row);
        }
        self
    }

    /// Marks the reply as one only the person who asked needs to see.
    pub fn for_the_asker(mut self) -> Self {
        self.personal = true;
        self
    }

    /// Marks the reply as the card of `card`.
    pub fn showing(mut self, card: CardOf) -> Self {
        self.card = Some(card);
        self
    }

    /// The part above the card (what speaks to the person who asked), or None for a bare card
    /// or a reply that is no card.
    pub fn lead(&self) -> Option<&str> {
        self.lead.as_deref()
    }

    /// The same reply without its lead: what a message everyone sees shows.
    pub fn without_lead(&self) -> Self {
        Self { lead: None, ..self.clone() }
    }

    /// The whole reply as one text, for channels with no separate place for the lead: the lead,
    /// a blank line, then the text.
    pub fn plain_text(&self) -> std::borrow::Cow<'_, str> {
        match &self.lead {
            Some(lead) => format!("{lead}\n\n{}", self.text).into(),
            None => self.text.as_str().into(),
        }
    }
}

/// A button: pressing it sends `command` as the person who pressed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// What the button says.
    pub label: String,
    /// The command it stands for, e.g. `/join 3` (short enough for Telegram's 64-byte limit).
    pub command: String,
}

impl Button {
    /// A button that runs `command`.
    pub fn new(label: impl Into<String>, command: impl Into<String>) -> Self {
        Self { label: label.into(), command: command.into() }
    }
}

/// Who a notice goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Every member of a chat (e.g. a chat subscribed to the calendar).
    Chat(ChatIdentity),
    /// One person, privately where the platform allows.
    Person(UserIdentity),
    /// An email address.
    Email(crate::domain::Email),
}

/// A message for someone other than the chat that spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Who gets it.
    pub to: Audience,
    /// What they get.
    pub reply: Reply,
}

/// Everything one command produced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// The answer in the chat where the command was given.
    pub reply: Reply,
    /// Messages for other chats and people.
    pub notices: Vec<Notice>,
    /// Cards as other chats that show the calendar see them, for adapters to update where the
    /// card was posted (nothing is posted where it was not).
    pub refreshed: Vec<Notice>,
}

impl Outcome {
    /// A reply in the chat that spoke, with messages for others.
    pub fn with_notices(reply: Reply, notices: Vec<Notice>) -> Self {
        Self { reply, notices, refreshed: Vec::new() }
    }

    /// Adds the cards to update in other chats.
    pub fn refreshing(mut self, cards: Vec<Notice>) -> Self {
        self.refreshed = cards;
        self
    }
}

impl From<Reply> for Outcome {
    fn from(reply: Reply) -> Self {
        Self::with_notices(reply, Vec::new())
    }
}
