//! The deprecation registry's flags, commands and endpoints in a contract component's candidate
//! file: whether each is still there (`deprecation-due` once its window has ended) and whether the
//! file marks it deprecated (`deprecation-marker-missing` when not). A cli component's surface
//! marks a flag, one name of it or a command `deprecated` (the warning the program prints); an
//! openapi component's description marks an operation with `deprecated: true`, `x-sunset`, or a
//! `Sunset` or `Deprecation` response header (RFC 8594, RFC 9745).

use std::path::Path;

use compat_cli_surface::{read_path_detected, InputFormat, Surface};
use compat_config::{Component, ComponentKind, ItemKind};
use compat_policy::deprecations::same_operation;

/// A contract component's candidate file, read for the registry.
pub(crate) struct Candidate {
    /// As the project file names it.
    shown: String,
    what: What,
}

enum What {
    /// A cli component's surface.
    Surface(Box<Surface>),
    /// An openapi component's operations (`GET /pets`), each with whether it is marked deprecated.
    Operations(Vec<(String, bool)>),
}

impl Candidate {
    /// `c`'s candidate file `spec` (relative to the project file's directory `dir`), read when `c`
    /// is a cli or openapi component; `None` otherwise or when it cannot be read (the analysis has
    /// said why).
    pub(crate) fn read(c: &Component, dir: &Path, spec: &str) -> Option<Candidate> {
        let path = dir.join(spec);
        let what = match c.kind {
            ComponentKind::Cli => What::Surface(Box::new(
                read_path_detected(&path, InputFormat::Auto).ok()?.0,
            )),
            ComponentKind::OpenApi => {
                let fs = compat_openapi::FsSource;
                let docs = compat_openapi::load(&compat_openapi::Input {
                    source: &fs,
                    path: path.clone(),
                })
                .ok()?;
                let spec = compat_openapi::build::build(&docs).ok()?;
                What::Operations(
                    spec.paths
                        .values()
                        .flat_map(|item| item.operations.values())
                        .map(|op| {
                            let marked = op.deprecated
                                || op.sunset.is_some()
                                || op.deprecation_date.is_some();
                            (op.name.clone(), marked)
                        })
                        .collect(),
                )
            }
            _ => return None,
        };
        Some(Candidate {
            shown: spec.to_owned(),
            what,
        })
    }

    /// The places `name` names, each with whether it is marked deprecated; `None` when this file
    /// cannot hold an item of `kind`.
    fn find(&self, kind: ItemKind, name: &str) -> Option<Vec<(String, bool)>> {
        match (&self.what, kind) {
            (What::Surface(s), ItemKind::Flag) => Some(
                s.find_flag(name)
                    .into_iter()
                    .map(|f| (f.place, f.deprecated))
                    .collect(),
            ),
            (What::Surface(s), ItemKind::Command) => Some(
                s.find_command(name)
                    .into_iter()
                    .map(|f| (f.place, f.deprecated))
                    .collect(),
            ),
            (What::Operations(ops), ItemKind::Endpoint) => Some(
                ops.iter()
                    .filter(|(op, _)| same_operation(op, name))
                    .cloned()
                    .collect(),
            ),
            _ => None,
        }
    }

    /// Whether the item is still there (`None`: not an item this file holds).
    pub(crate) fn present(&self, kind: ItemKind, name: &str) -> Option<bool> {
        self.find(kind, name).map(|found| !found.is_empty())
    }

    /// `Ok` when every place of the item is marked deprecated, `Err(place)` for the first that is
    /// not; `None` when the item is not there (or not an item this file holds).
    pub(crate) fn marker(&self, kind: ItemKind, name: &str) -> Option<Result<(), String>> {
        let found = self.find(kind, name)?;
        if found.is_empty() {
            return None;
        }
        match found.into_iter().find(|(_, marked)| !marked) {
            Some((place, _)) => Some(Err(format!("{} ({place})", self.shown))),
            None => Some(Ok(())),
        }
    }
}
