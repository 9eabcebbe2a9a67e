//! Calendar days (UTC) and the durations compat.toml counts in.
//!
//! Dates in compat.toml are UTC calendar days (`timezone = "UTC"`), so a
//! proleptic Gregorian date without time or zone is all compat needs:
//! ordering, whole days between two dates, adding days, weeks, calendar
//! months and years (a month later than January 31 is the last day of
//! February), and `YYYY-MM-DD` in and out. Years run from 0 to 9999, the
//! range TOML dates can spell. Day numbers use Howard Hinnant's
//! `days_from_civil` algorithm (exact for every date in that range).

use std::fmt;
use std::str::FromStr;

/// A calendar day, year 0 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order gives the derived ordering: year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date (YYYY-MM-DD): {text:?}")]
pub struct DateError {
    /// The text given.
    pub text: String,
}

impl Date {
    /// The date, if it exists (February 29 only in leap years).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (year <= 9999 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (exactly: four, two and two digits).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let err = || DateError { text: text.into() };
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let s = text.get(r)?;
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())
                .flatten()
        };
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
            return Err(err());
        };
        Date::new(y, m, d).ok_or_else(err)
    }

    /// Today in UTC, from the system clock.
    pub fn today_utc() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX);
        Date::from_days(days).unwrap_or(Date::MAX)
    }

    /// The last date there is (9999-12-31).
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days from `self` to `other`: positive when `other` is later.
    pub fn days_until(self, other: Date) -> i64 {
        other.days() - self.days()
    }

    /// `n` days later (earlier when negative), if still in range.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(n)?)
    }

    /// `n` calendar months later (earlier when negative), the day clamped to
    /// the end of the month (January 31 + 1 month = February 28 or 29).
    pub fn add_months(self, n: i64) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1;
        let index = index.checked_add(n)?;
        let year = u16::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        if year > 9999 {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// `n` years later (earlier when negative); February 29 becomes
    /// February 28 in a year that is not a leap year.
    pub fn add_years(self, n: i64) -> Option<Date> {
        self.add_months(n.checked_mul(12)?)
    }

    /// `duration` later.
    pub fn add_duration(self, duration: Duration) -> Option<Date> {
        let n = i64::from(duration.amount);
        match duration.unit {
            DurationUnit::Days => self.add_days(n),
            DurationUnit::Weeks => self.add_days(n * 7),
            DurationUnit::Months => self.add_months(n),
            DurationUnit::Years => self.add_years(n),
        }
    }

    /// Days since 1970-01-01 (negative before).
    fn days(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if in range.
    fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }
}

fn is_leap(year: u16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A span of calendar time as compat.toml writes it: `"18 months"`,
/// `"2 years"`, `"90 days"`, `"6 weeks"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: DurationUnit,
}

/// The unit of a [`Duration`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationUnit {
    /// Days.
    Days,
    /// Weeks of seven days.
    Weeks,
    /// Calendar months (clamped to the end of a shorter month).
    Months,
    /// Calendar years.
    Years,
}

impl Duration {
    /// Parses `N UNIT` with UNIT one of `day`, `days`, `week`, `weeks`,
    /// `month`, `months`, `year`, `years`.
    pub fn parse(text: &str) -> Option<Duration> {
        let mut words = text.split_whitespace();
        let (Some(n), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        if !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let amount = n.parse().ok()?;
        let unit = match unit {
            "day" | "days" => DurationUnit::Days,
            "week" | "weeks" => DurationUnit::Weeks,
            "month" | "months" => DurationUnit::Months,
            "year" | "years" => DurationUnit::Years,
            _ => return None,
        };
        Some(Duration { amount, unit })
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            DurationUnit::Days => "day",
            DurationUnit::Weeks => "week",
            DurationUnit::Months => "month",
            DurationUnit::Years => "year",
        };
        let s = if self.amount == 1 { "" } else { "s" };
        write!(f, "{} {unit}{s}", self.amount)
    }
}

impl serde::Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect(s)
    }

    #[test]
    fn parses_and_prints() {
        assert_eq!(d("2026-09-01").to_string(), "2026-09-01");
        assert_eq!(d("0000-01-01").to_string(), "0000-01-01");
        assert_eq!(d("2024-02-29").day(), 29);
        for bad in [
            "2026-9-01",
            "2026-02-30",
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "+026-01-01",
            "2026-01-01T",
            "",
            "２０２６-01-01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d("1970-01-01").days(), 0);
        assert_eq!(d("2000-03-01").days(), 11_017);
        let mut date = d("0000-01-01");
        let mut n = date.days();
        while date < d("2401-01-01") {
            assert_eq!(Date::from_days(n), Some(date));
            let next = date.add_days(1).expect("in range");
            assert_eq!(next.days(), n + 1);
            n += 1;
            date = next;
        }
        assert_eq!(Date::MAX.add_days(1), None);
        assert_eq!(d("0000-01-01").add_days(-1), None);
    }

    #[test]
    fn arithmetic() {
        assert_eq!(d("2026-02-14").days_until(d("2026-02-28")), 14);
        assert_eq!(d("2026-03-01").days_until(d("2026-02-28")), -1);
        assert_eq!(d("2026-01-31").add_months(1), Some(d("2026-02-28")));
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2025-03-01").add_months(18), Some(d("2026-09-01")));
        assert_eq!(d("2026-03-31").add_months(-1), Some(d("2026-02-28")));
        assert_eq!(d("2024-02-29").add_years(1), Some(d("2025-02-28")));
        assert_eq!(d("2024-02-29").add_years(4), Some(d("2028-02-29")));
        assert_eq!(d("9999-12-01").add_months(1), None);
        assert_eq!(d("2026-01-01").add_months(i64::MAX), None);
        let weeks = Duration::parse("6 weeks").expect("weeks");
        assert_eq!(d("2026-01-01").add_duration(weeks), Some(d("2026-02-12")));
        assert!(d("2026-01-01") < d("2026-01-02") && d("2025-12-31") < d("2026-01-01"));
    }

    #[test]
    fn durations() {
        for (text, amount, unit, shown) in [
            ("18 months", 18, DurationUnit::Months, "18 months"),
            ("2 years", 2, DurationUnit::Years, "2 years"),
            ("90 days", 90, DurationUnit::Days, "90 days"),
            ("6 weeks", 6, DurationUnit::Weeks, "6 weeks"),
            ("1 month", 1, DurationUnit::Months, "1 month"),
            ("  1   year ", 1, DurationUnit::Years, "1 year"),
        ] {
            let dur = Duration::parse(text).expect(text);
            assert_eq!((dur.amount, dur.unit), (amount, unit));
            assert_eq!(dur.to_string(), shown);
        }
        for bad in [
            "18",
            "months",
            "-1 days",
            "1.5 years",
            "18 fortnights",
            "1 2 days",
            "",
        ] {
            assert_eq!(Duration::parse(bad), None, "{bad}");
        }
    }
}
