//! Linking an email address: a 6-digit code goes to the address; typing it back proves it.

use super::turn::Turn;
use super::Failure;
use crate::command::EmailChoice;
use crate::reply::{Audience, Notice, Outcome};
use crate::text;

/// How long a code lasts.
const CODE_LIFETIME: chrono::Duration = chrono::Duration::minutes(15);

impl Turn<'_> {
    pub(super) async fn email(&mut self, choice: EmailChoice) -> Result<Outcome, Failure> {
        match choice {
            EmailChoice::Show => Ok(text::email_status(self.user.email.as_ref().map(|e| e.as_str())).into()),
            EmailChoice::Off => {
                self.tx.clear_email(self.user.id).await?;
                self.reminders_changed = true;
                Ok(text::email_off().into())
            }
            EmailChoice::Link(address) => {
                let code = new_code();
                self.tx.start_email_link(self.user.id, &address, &code, self.now + CODE_LIFETIME).await?;
                let notice = Notice {
                    to: Audience::Email(address.clone()),
                    reply: self.in_own_language(|| text::email_code(&code)),
                };
                Ok(Outcome::with_notices(text::email_code_sent(&address.masked()), vec![notice]))
            }
        }
    }

    pub(super) async fn verify(&mut self, code: String) -> Result<Outcome, Failure> {
        let outcome = self.tx.finish_email_link(self.user.id, &code, self.now).await?;
        Ok(text::verify_result(&outcome).into())
    }
}

/// Six random digits.
fn new_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))
}
