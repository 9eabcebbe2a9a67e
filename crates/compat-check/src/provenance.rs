//! Where and when a run happened, for [`compat_report::check::RunInfo`]: the
//! clock (as `compat_report::time` writes it), the SHA-256 of the project file, and the CI
//! job (branch or tag, job page) from the variables GitHub Actions and
//! GitLab CI set. Enough for `compat history` to record a run from its
//! report alone.

use sha2::{Digest, Sha256};

pub use compat_report::time::now_rfc3339;

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The CI job a run belongs to, read through `var` (the environment).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CiJob {
    /// The branch or tag built.
    pub git_ref: Option<String>,
    /// The job's page.
    pub url: Option<String>,
}

impl CiJob {
    /// GitHub Actions (`GITHUB_REF_NAME`, the run page from `GITHUB_SERVER_URL`,
    /// `GITHUB_REPOSITORY` and `GITHUB_RUN_ID`), else GitLab CI
    /// (`CI_COMMIT_REF_NAME`, `CI_JOB_URL`); empty values count as unset.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> CiJob {
        let get = |k: &str| var(k).filter(|v| !v.trim().is_empty());
        let github = match (
            get("GITHUB_SERVER_URL"),
            get("GITHUB_REPOSITORY"),
            get("GITHUB_RUN_ID"),
        ) {
            (Some(server), Some(repo), Some(id)) => Some(format!(
                "{}/{repo}/actions/runs/{id}",
                server.trim_end_matches('/')
            )),
            _ => None,
        };
        CiJob {
            git_ref: get("GITHUB_REF_NAME").or_else(|| get("CI_COMMIT_REF_NAME")),
            url: github.or_else(|| get("CI_JOB_URL")),
        }
    }

    /// [`CiJob::from_vars`] on the process environment.
    pub fn from_env() -> CiJob {
        CiJob::from_vars(|k| std::env::var(k).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ci_jobs_from_github_then_gitlab() {
        let gh = CiJob::from_vars(|k| match k {
            "GITHUB_SERVER_URL" => Some("https://github.example/".into()),
            "GITHUB_REPOSITORY" => Some("o/r".into()),
            "GITHUB_RUN_ID" => Some("42".into()),
            "GITHUB_REF_NAME" => Some("main".into()),
            "CI_JOB_URL" => Some("https://gitlab.example/j/1".into()),
            _ => None,
        });
        assert_eq!(
            gh.url.as_deref(),
            Some("https://github.example/o/r/actions/runs/42")
        );
        assert_eq!(gh.git_ref.as_deref(), Some("main"));
        let gl = CiJob::from_vars(|k| match k {
            "CI_JOB_URL" => Some("https://gitlab.example/j/1".into()),
            "CI_COMMIT_REF_NAME" => Some("v1.2".into()),
            "GITHUB_REF_NAME" => Some(String::new()),
            _ => None,
        });
        assert_eq!(gl.url.as_deref(), Some("https://gitlab.example/j/1"));
        assert_eq!(gl.git_ref.as_deref(), Some("v1.2"));
        assert_eq!(CiJob::from_vars(|_| None), CiJob::default());
    }
}
