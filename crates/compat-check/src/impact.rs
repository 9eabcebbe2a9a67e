//! `compat impact --config`: the project's waivers over an impact report
//! (`compat_policy::impact::waive_impact`), judged on a day; the project
//! file is loaded as for `compat check` (strict: an invalid file is an
//! error, exit status 2).

use std::path::Path;

use compat_config::Date;
use compat_report::Report;

use crate::error::CheckError;

/// Loads `config` and applies its waivers in force on `now` (default: today,
/// UTC) to `report`; returns how many findings they cover.
pub fn waive_impact(
    config: &Path,
    now: Option<Date>,
    report: &mut Report,
) -> Result<usize, CheckError> {
    let config = compat_config::load(config)?;
    let today = now.unwrap_or_else(Date::today_utc);
    Ok(compat_policy::impact::waive_impact(
        &config.waivers,
        today,
        report,
    ))
}
