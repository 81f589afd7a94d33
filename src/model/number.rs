//! Plain decimal numbers, the only number format of the page and its links.

/// Reads a plain decimal: an optional `-`, digits, at most one `.`, and at least one digit.
///
/// No exponent, thousands separator, currency sign or `+`: `f64::from_str` would take `1e3`,
/// `inf` and `NaN`, which the link format refuses. Surrounding whitespace is ignored. A number
/// too long to be finite is refused too.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut seen_digit = false;
    let mut seen_point = false;
    for c in digits.chars() {
        match c {
            '0'..='9' => seen_digit = true,
            '.' if !seen_point => seen_point = true,
            _ => return None,
        }
    }
    if !seen_digit {
        return None;
    }
    text.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Writes a number as the shortest plain decimal that reads back to the same `f64`.
///
/// Rust's `Display` for `f64` never uses an exponent and round-trips exactly; `-0` is written `0`.
pub fn format_decimal(x: f64) -> String {
    if x == 0.0 {
        "0".to_string()
    } else {
        x.to_string()
    }
}

/// The largest `f64` below a positive `x` (`x` itself otherwise): the last value before a
/// threshold.
pub fn next_below(x: f64) -> f64 {
    if x > 0.0 && x.is_finite() {
        f64::from_bits(x.to_bits() - 1)
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_decimals() {
        assert_eq!(parse_decimal("26.5"), Some(26.5));
        assert_eq!(parse_decimal("52000"), Some(52000.0));
        assert_eq!(parse_decimal(" 7 "), Some(7.0));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("5."), Some(5.0));
        assert_eq!(parse_decimal("-3"), Some(-3.0));
        assert_eq!(parse_decimal("007.10"), Some(7.1));
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "", " ", "-", ".", "-.", "1e3", "1E3", "inf", "-inf", "NaN", "infinity", "+5", "$5",
            "5,000", "5 000", "1.2.3", "0x10", "abc", "5%", "½", "٣", "--1", "1-",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
        let huge = "9".repeat(400);
        assert_eq!(parse_decimal(&huge), None, "not finite");
    }

    #[test]
    fn writes_without_exponent_and_reads_back() {
        for x in [
            0.0,
            -0.0,
            1.0,
            26.5,
            0.1,
            1e-7,
            5_000_000.0,
            1e21,
            123.456_789_012_345,
        ] {
            let text = format_decimal(x);
            assert!(!text.contains('e') && !text.contains('E'), "{text}");
            assert_eq!(parse_decimal(&text), Some(if x == 0.0 { 0.0 } else { x }));
        }
        assert_eq!(format_decimal(-0.0), "0");
        assert_eq!(format_decimal(52000.0), "52000");
    }
}
