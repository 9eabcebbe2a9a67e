//! compat's own surface file (`docs/cli-surface-format.md`): strict (an
//! unknown key is an error naming it), and refused when written by a newer
//! format version.

use crate::error::SurfaceError;
use crate::model::{Surface, FORMAT_NAME, FORMAT_VERSION};

/// Reads a surface file.
pub(super) fn read(name: &str, text: &str) -> Result<Surface, SurfaceError> {
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| json_error(name, &e))?;
    if head.format.as_deref() != Some(FORMAT_NAME) {
        return Err(SurfaceError::invalid(
            name,
            format!("not a command-line surface (\"format\" is not \"{FORMAT_NAME}\"); give --input-format for cobra, azure or help input"),
        ));
    }
    match head.version {
        Some(v) if v > FORMAT_VERSION => {
            return Err(SurfaceError::invalid(
                name,
                format!(
                    "surface format version {v} is newer than this compat reads ({FORMAT_VERSION})"
                ),
            ))
        }
        None => return Err(SurfaceError::invalid(name, "no \"version\"")),
        _ => {}
    }
    serde_json::from_str(text).map_err(|e| json_error(name, &e))
}

fn json_error(name: &str, e: &serde_json::Error) -> SurfaceError {
    let mut reason = e.to_string();
    // serde_json appends " at line L column C"; say it the compiler way.
    if let Some(cut) = reason.find(" at line ") {
        reason.truncate(cut);
    }
    SurfaceError::invalid(&format!("{name}:{}:{}", e.line(), e.column()), reason)
}
