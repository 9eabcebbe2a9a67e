//! The dates of the store as Unix time: `YYYY-MM-DD` days and RFC 3339 UTC
//! timestamps (`2027-01-15T10:00:00Z`), the only forms compat writes.

use compat_report::time::days_from_civil;

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Days since 1970-01-01 of `YYYY-MM-DD`, or `None` when it is not one.
pub fn days(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &str| -> Option<u32> {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (y, m, d) = (num(&text[..4])?, num(&text[5..7])?, num(&text[8..])?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(i64::from(y), m, d))
}

/// Unix time of an RFC 3339 UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`.
pub fn seconds(text: &str) -> Option<i64> {
    if !compat_report::time::is_rfc3339_utc(text) {
        return None;
    }
    let day = days(text.get(..10)?)?;
    let num = |r: std::ops::Range<usize>| -> Option<i64> { text.get(r)?.parse().ok() };
    Some(day * DAY + num(11..13)? * 3_600 + num(14..16)? * 60 + num(17..19)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_timestamps_are_unix_time() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(days("2027-01-15"), Some(20_833));
        assert_eq!(seconds("2027-01-15T10:00:05Z"), Some(20_833 * DAY + 36_005));
        assert_eq!(seconds("2027-01-15"), None);
        for bad in ["2027-1-15", "2027-13-01", "2027-01-xx", "", "2027-01-15x"] {
            assert_eq!(days(bad), None, "{bad}");
        }
    }
}
