//! Schema files compared as a set, by path (`compat check`'s json-schema component whose promise
//! names its files with `schemas` globs): each file is compared with its earlier version through
//! [`crate::diff`]; a file the earlier set had and the new one lacks is said here.

use compat_report::{Finding, Subject};

use crate::{Direction, Mode};

/// The finding for the schema file `path` (as the project names it) that the earlier set had, as
/// `old_file` (`git:v1.0.0:schemas/a.json`), and the new set lacks. `None` in a mode that does not read data
/// written under the old schemas with the new ones (`forward`): old readers never meet data of a
/// format no longer written.
pub fn file_removed(path: &str, old_file: &str, mode: Mode) -> Option<Finding> {
    if !mode.directions().contains(&Direction::Backward) {
        return None;
    }
    let subject = Subject {
        file: Some(path.to_owned()),
        old_file: Some(old_file.to_owned()),
        ..Subject::default()
    };
    Some(Finding::new(
        "schema-file-removed",
        format!(
            "{path}: the schema file was removed ({old_file} had it); documents written under it can no longer be validated when read ({} mode)",
            mode.as_str()
        ),
        subject,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removed_file_breaks_reading_old_data_only() {
        let f = file_removed(
            "schemas/a.json",
            "git:v1.0.0:schemas/a.json",
            Mode::BackwardTransitive,
        )
        .unwrap();
        assert_eq!(f.rule, "schema-file-removed");
        assert_eq!(f.subject.file.as_deref(), Some("schemas/a.json"));
        assert!(f.message.contains("git:v1.0.0"), "{}", f.message);
        assert!(file_removed("schemas/a.json", "git:v1.0.0:schemas/a.json", Mode::Full).is_some());
        assert!(
            file_removed("schemas/a.json", "git:v1.0.0:schemas/a.json", Mode::Forward).is_none()
        );
        assert!(file_removed(
            "schemas/a.json",
            "git:v1.0.0:schemas/a.json",
            Mode::ForwardTransitive
        )
        .is_none());
    }
}
