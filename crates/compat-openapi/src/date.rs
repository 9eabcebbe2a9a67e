//! Calendar days (UTC) as the deprecation marks write them: `2026-09-01`,
//! RFC 3339 date-times, HTTP dates (`Tue, 01 Sep 2026 00:00:00 GMT`, RFC
//! 8594's `Sunset`) and structured-field dates (`@1788220800`, RFC 9745's
//! `Deprecation`).

use std::fmt;

/// A day, counted from 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

impl Day {
    /// The day of a civil date, when it exists.
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Option<Day> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Day(compat_report::time::days_from_civil(y, m, d)))
    }

    /// The civil date of this day.
    pub fn ymd(self) -> (i64, u32, u32) {
        compat_report::time::civil_from_days(self.0)
    }

    /// Today (UTC) by the system clock.
    pub fn today() -> Day {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Day((secs / 86_400) as i64)
    }

    /// Reads any of the spellings this module knows.
    pub fn parse(text: &str) -> Option<Day> {
        let t = text.trim();
        if let Some(secs) = t.strip_prefix('@') {
            let secs: i64 = secs.parse().ok()?;
            return Some(Day(secs.div_euclid(86_400)));
        }
        if t.len() >= 10 && t.as_bytes()[4] == b'-' {
            let head = t.get(..10)?;
            let rest = &t[10..];
            if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
                return None;
            }
            let y = head.get(..4)?.parse().ok()?;
            let m = head.get(5..7)?.parse().ok()?;
            let d = head.get(8..10)?.parse().ok()?;
            return Day::from_ymd(y, m, d);
        }
        // IMF-fixdate: "Tue, 01 Sep 2026 00:00:00 GMT".
        let mut words = t.split_whitespace();
        let first = words.next()?;
        let day_word = if first.ends_with(',') {
            words.next()?
        } else {
            first
        };
        let d: u32 = day_word.parse().ok()?;
        let month = words.next()?.to_ascii_lowercase();
        let m = MONTHS.iter().position(|n| *n == month)? as u32 + 1;
        let y: i64 = words.next()?.parse().ok()?;
        Day::from_ymd(y, m, d)
    }

    /// This day plus `days`.
    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_reads_the_same_day() {
        let day = Day::from_ymd(2026, 9, 1).unwrap();
        assert_eq!(day.to_string(), "2026-09-01");
        assert_eq!(Day::parse("2026-09-01"), Some(day));
        assert_eq!(Day::parse("2026-09-01T12:00:00Z"), Some(day));
        assert_eq!(Day::parse("Tue, 01 Sep 2026 00:00:00 GMT"), Some(day));
        assert_eq!(Day::parse("@1788220800"), Some(day));
        assert_eq!(Day::parse("2026-02-30"), None);
        assert_eq!(Day::parse("soon"), None);
        assert_eq!(Day(0).to_string(), "1970-01-01");
        assert_eq!(
            Day::from_ymd(2000, 2, 29).unwrap().plus(1).to_string(),
            "2000-03-01"
        );
    }
}
