//! Calendar days (UTC, proleptic Gregorian), enough for deprecation windows:
//! parse `YYYY-MM-DD`, add days or months, compare.

use std::fmt;

use compat_report::time::{civil_from_days, days_from_civil};

/// One calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i64,
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// Parses `YYYY-MM-DD` (a real day of years 1..=9999).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = text.get(r)?;
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())?
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if y == 0 || !(1..=12).contains(&m) || d == 0 || d > days_in_month(i64::from(y), m) {
            return None;
        }
        Some(Date {
            days: days_from_civil(i64::from(y), m, d),
        })
    }

    /// The day `days` days after 1970-01-01 (the system clock's day).
    pub fn from_unix_days(days: i64) -> Date {
        Date { days }
    }

    /// `n` days later.
    pub fn add_days(self, n: i64) -> Date {
        Date {
            days: self.days + n,
        }
    }

    /// The same day of the month `n` months later (the month's last day when
    /// it is shorter: 2024-08-31 + 6 months = 2025-02-28).
    pub fn add_months(self, n: u32) -> Date {
        let (y, m, d) = civil_from_days(self.days);
        let total = y * 12 + i64::from(m - 1) + i64::from(n);
        let (ny, nm) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
        Date {
            days: days_from_civil(ny, nm, d.min(days_in_month(ny, nm))),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.days);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_prints_and_adds() {
        let d = Date::parse("2024-08-31").unwrap();
        assert_eq!(d.to_string(), "2024-08-31");
        assert_eq!(d.add_months(6).to_string(), "2025-02-28");
        assert_eq!(d.add_months(18).to_string(), "2026-02-28");
        assert_eq!(
            Date::parse("2024-02-29")
                .unwrap()
                .add_months(12)
                .to_string(),
            "2025-02-28"
        );
        assert_eq!(d.add_days(1).to_string(), "2024-09-01");
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "0000-01-01",
            "2024-01-00",
            "２０２４-01-01",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }
}
