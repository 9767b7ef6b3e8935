//! The words for a sign-in, shared by the command line and the wizard: the provider's name, and a
//! failed sign-in or a missing registration as a problem a person can act on.

use super::SignInError;
use crate::model::problem::{Problem, ProblemKind};

pub use crate::model::provider::provider_name;

/// A failed sign-in as a problem a person can act on.
pub fn sign_in_problem(e: &SignInError) -> Problem {
    let failed = |reason: String| Problem {
        kind: ProblemKind::SignInFailed,
        message: crate::t!("sign-in-failed", reason = reason),
        advice: crate::t!("sign-in-failed-advice"),
        admin_consent_url: None,
    };
    match e {
        SignInError::Cancelled => Problem {
            kind: ProblemKind::SignInCancelled,
            message: crate::t!("sign-in-cancelled"),
            advice: crate::t!("sign-in-cancelled-advice"),
            admin_consent_url: None,
        },
        SignInError::Denied(d) => failed(crate::t!("sign-in-reason-denied", detail = d.as_str())),
        SignInError::StateMismatch => failed(crate::t!("sign-in-reason-state")),
        SignInError::Timeout => failed(crate::t!("sign-in-reason-timeout")),
        SignInError::AnswerTooLong => failed(crate::t!("sign-in-reason-answer-too-long")),
        SignInError::Listener(d) => {
            failed(crate::t!("sign-in-reason-listener", detail = d.as_str()))
        }
        SignInError::Token(d) => failed(crate::t!("sign-in-reason-token", detail = d.as_str())),
        SignInError::TokenTimeout => failed(crate::t!("sign-in-reason-token-timeout")),
        SignInError::RefreshRefused => {
            failed(crate::t!("sign-in-reason-denied", detail = "invalid_grant"))
        }
        SignInError::InsecureEndpoint => failed(crate::t!("sign-in-reason-endpoint")),
        SignInError::IssuerMismatch => failed(crate::t!("sign-in-reason-issuer")),
        SignInError::InvalidClient => {
            failed(crate::t!("sign-in-reason-token", detail = "invalid_client"))
        }
        SignInError::Metadata(d) | SignInError::Registration(d) => {
            failed(crate::t!("sign-in-reason-register", detail = d.as_str()))
        }
        SignInError::NotOffered => not_configured(&crate::t!("sign-in-your-provider")),
        SignInError::AdminApproval(url) => Problem {
            kind: ProblemKind::AdminApprovalNeeded,
            message: crate::t!("sign-in-admin-approval"),
            advice: match url {
                Some(u) => crate::t!("sign-in-admin-approval-advice-link", link = u.as_str()),
                None => crate::t!("sign-in-admin-approval-advice"),
            },
            admin_consent_url: url.clone(),
        },
    }
}

/// The `not-configured` problem: the provider signs in on its own page, and this copy can do that
/// neither with a registration nor without one.
pub fn not_configured(provider: &str) -> Problem {
    Problem {
        kind: ProblemKind::NotConfigured,
        message: crate::t!("sign-in-not-configured", provider = provider),
        advice: crate::t!("sign-in-not-configured-advice", provider = provider),
        admin_consent_url: None,
    }
}
