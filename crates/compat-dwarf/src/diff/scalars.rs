//! Member type changes between integer scalars that keep every bit in place:
//! a bit-field declared over another integer type, and `bool` against a
//! one-byte integer.
//!
//! The layout comparison of [`crate::equiv`] sees a bit-field's declared
//! type (`unsigned char : 1` against `unsigned int : 1`) as a different
//! representation, although the width, the position and the way the bits
//! are read (signed or not) are all that a binary uses; and it sees `bool`
//! and `uint8_t` as different encodings of one byte.

use compat_report::Severity;

use crate::equiv::{Equiv, Tier};
use crate::model::Member;

/// Whether an integer encoding reads its value as signed (`None`: not an
/// integer: a float, a `bool`, a character type of another kind).
fn signed(encoding: &str) -> Option<bool> {
    match encoding {
        "signed" | "signed_char" => Some(true),
        "unsigned" | "unsigned_char" => Some(false),
        _ => None,
    }
}

/// Two bit-fields of the same width at the same bit whose declared types are
/// integers: `Same` when both read their bits alike, `Signedness` when one
/// sign-extends and the other does not, `Alias` for a one-bit `bool` against
/// a one-bit unsigned field (the same values, another declared type). `None` when this does not apply
/// (other widths or places, enums, `bool`): the general comparison decides.
pub(super) fn bitfield_tier(eq: &mut Equiv<'_>, o: &Member, n: &Member) -> Option<Tier> {
    let width = o.bit_size?;
    if n.bit_size != Some(width) || o.offset_bits != n.offset_bits {
        return None;
    }
    let (eo, _) = eq.base_encoding(true, &o.ty)?;
    let (en, _) = eq.base_encoding(false, &n.ty)?;
    // A one-bit `bool` field and a one-bit unsigned one hold exactly 0 and 1.
    if width == 1 {
        match (eo.as_str(), signed(&en), en.as_str(), signed(&eo)) {
            ("boolean", Some(false), _, _) | (_, _, "boolean", Some(false)) => {
                return Some(Tier::Alias)
            }
            // A one-bit signed field holds 0 and -1, a `bool` 0 and 1.
            ("boolean", Some(true), _, _) | (_, _, "boolean", Some(true)) => {
                return Some(Tier::Signedness)
            }
            _ => {}
        }
    }
    let (so, sn) = (signed(&eo)?, signed(&en)?);
    Some(if so == sn {
        Tier::Same
    } else {
        Tier::Signedness
    })
}

/// A member that went between `bool` and an integer of the same size, with
/// the severity and the reason. From `bool` to an integer the bytes and the
/// values the library stores are what old binaries read; from an integer to
/// `bool`, values other than 0 and 1 that old binaries store are no longer
/// valid for the library.
pub(super) fn bool_change(
    eq: &mut Equiv<'_>,
    o: &Member,
    n: &Member,
) -> Option<(Severity, String)> {
    if o.bit_size.is_some() || n.bit_size.is_some() {
        return None;
    }
    let (eo, so) = eq.base_encoding(true, &o.ty)?;
    let (en, sn) = eq.base_encoding(false, &n.ty)?;
    if so != sn {
        return None;
    }
    match (eo.as_str(), en.as_str()) {
        ("boolean", e) if signed(e).is_some() => Some((
            Severity::Info,
            "the size and offset are the same and every value a bool holds (0 and 1) is the same integer, so existing binaries read what the library stores; the member may now hold other values".to_owned(),
        )),
        (e, "boolean") if signed(e).is_some() => Some((
            Severity::Warning,
            "the layout is unchanged, but values other than 0 and 1 that existing binaries store are not valid bools for the library".to_owned(),
        )),
        _ => None,
    }
}
