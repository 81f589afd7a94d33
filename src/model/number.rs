//! Plain decimal numbers, the only number format of the page and its links.

/// Reads a plain decimal: an optional `-`, digits, at most one `.`, and at least one digit.
///
/// No exponent, thousands separator, currency sign or `+`: `f64::from_str` would take `1e3`,
/// `inf` and `NaN`, which the link format refuses. Surrounding whitespace is ignored. A number
/// too long to be finite is refused too.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !plain(whole) || !plain(fraction) {
        return None;
    }
    let x = decimal_to_f64(whole, fraction);
    x.is_finite().then_some(if negative { -x } else { x })
}

/// A number as people type it into a field, in the plain form [`parse_decimal`] reads: with a `$`
/// before an amount in dollars (`unit` starts with `$`; a minus sign before or after it), a `%`
/// after a percent (`unit` starts with `%`), and commas between groups of three digits
/// ("52,000.50"). Anything else, such as "18,5" or "52k", is left as typed, for the field to
/// refuse. The page's links stay plain.
pub fn typed_number<'a>(text: &'a str, unit: &str) -> std::borrow::Cow<'a, str> {
    let dollars = unit.starts_with('$');
    let mut plain = text.trim();
    let mut dollar_sign = false;
    if dollars {
        if let Some(rest) = plain.strip_prefix('$') {
            (plain, dollar_sign) = (rest.trim_start(), true);
        }
    }
    // One minus sign before the number, the dollar sign on either side of it ("-$5", "$-5"):
    // the same number, for the field's range to judge.
    let negative = match plain.strip_prefix('-') {
        Some(rest) => {
            plain = rest.trim_start();
            if dollars && !dollar_sign {
                plain = plain.strip_prefix('$').map_or(plain, str::trim_start);
            }
            true
        }
        None => false,
    };
    if unit.starts_with('%') {
        plain = plain.strip_suffix('%').map_or(plain, str::trim_end);
    }
    let whole = plain.split_once('.').map_or(plain, |(whole, _)| whole);
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    // A first group of 1 to 3 digits, not led by 0 ("0,500" is a decimal comma, not 500).
    let grouped = whole.contains(',')
        && (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && digits(first)
        && groups.all(|g| g.len() == 3 && digits(g));
    let plain: std::borrow::Cow<'a, str> = if grouped {
        plain.replace(',', "").into()
    } else {
        plain.into()
    };
    if negative {
        format!("-{plain}").into()
    } else {
        plain
    }
}

/// The `f64` nearest to the decimal `whole.fraction` (both plain digit strings).
///
/// Not `f64::from_str`: its tables weigh 12 KB of the page's gzip budget. Correctly rounded for
/// up to 19 significant digits (`Display` writes at most 17) and up to 21 decimals; beyond that
/// within a few units of the last place.
fn decimal_to_f64(whole: &str, fraction: &str) -> f64 {
    const MAX_DIGITS: usize = 19;
    let digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    let start = digits
        .iter()
        .position(|&d| d != b'0')
        .unwrap_or(digits.len());
    let end = digits
        .iter()
        .rposition(|&d| d != b'0')
        .map_or(start, |i| i + 1);
    // value = significand × 10^exponent
    let mut exponent = (digits.len() - end) as i32 - fraction.len() as i32;
    let kept = &digits[start..end.min(start + MAX_DIGITS)];
    exponent += (end - start - kept.len()) as i32;
    let significand = kept.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
    scaled(significand, exponent)
}

/// `significand × 10^exponent`, rounded once where the exact quotient fits the arithmetic.
fn scaled(significand: u64, exponent: i32) -> f64 {
    if significand == 0 {
        return 0.0;
    }
    if exponent >= 0 {
        // u128 → f64 rounds to nearest; 10^38 is the largest power of ten u128 holds.
        return match 10u128
            .checked_pow(exponent as u32)
            .and_then(|p| p.checked_mul(u128::from(significand)))
        {
            Some(exact) => exact as f64,
            None => significand as f64 * 10f64.powi(exponent),
        };
    }
    let divisor_exponent = exponent.unsigned_abs();
    if divisor_exponent > 21 {
        // In steps, so a tiny number ends near its value, not at 0 through an infinite divisor.
        let (mut x, mut left) = (significand as f64, divisor_exponent as i32);
        while left > 0 {
            let step = left.min(300);
            x /= 10f64.powi(step);
            left -= step;
        }
        return x;
    }
    // Long division with the significand's top bit at bit 127: a quotient of at least 57 bits
    // (10^21 < 2^70), then round half to even on bit 53, the remainder breaking ties.
    let divisor = 10u128.pow(divisor_exponent);
    let shift = u128::from(significand).leading_zeros();
    let numerator = u128::from(significand) << shift;
    let (quotient, remainder) = (numerator / divisor, numerator % divisor);
    let extra_bits = 128 - quotient.leading_zeros() - 53;
    let mut mantissa = quotient >> extra_bits;
    let dropped = quotient & ((1u128 << extra_bits) - 1);
    let half = 1u128 << (extra_bits - 1);
    if dropped > half || (dropped == half && (remainder != 0 || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    // mantissa ≤ 2^53 and the power of two is a normal f64: the product is exact.
    mantissa as f64 * power_of_two(extra_bits as i32 - shift as i32)
}

/// 2^e for e in f64's normal range.
fn power_of_two(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
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

/// `x` within `low..=high`, as `f64::clamp` but never panicking: `clamp` panics where `low >
/// high` or either is NaN (a panic stops the page), and its message formats floats with `Debug`,
/// which would carry that code into the wasm for nothing. A NaN `x` gives `low`.
pub trait Bounded {
    fn bounded(self, low: f64, high: f64) -> f64;
}

impl Bounded for f64 {
    fn bounded(self, low: f64, high: f64) -> f64 {
        self.max(low).min(high)
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
    fn bounded_is_clamp_without_its_panics() {
        assert_eq!(5.0.bounded(0.0, 3.0), 3.0);
        assert_eq!((-1.0).bounded(0.0, 3.0), 0.0);
        assert_eq!(2.5.bounded(0.0, 3.0), 2.5);
        // Where `clamp` would panic: the high bound wins, and a NaN gives the low bound.
        assert_eq!(2.0.bounded(3.0, 1.0), 1.0);
        assert_eq!(f64::NAN.bounded(0.0, 3.0), 0.0);
        assert_eq!(2.0.bounded(f64::NAN, 3.0), 2.0);
    }

    #[test]
    fn reads_plain_decimals() {
        assert_eq!(parse_decimal("26.5"), Some(26.5));
        assert_eq!(parse_decimal("52000"), Some(52000.0));
        assert_eq!(parse_decimal(" 7 "), Some(7.0));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("5."), Some(5.0));
        assert_eq!(parse_decimal("-3"), Some(-3.0));
        assert_eq!(parse_decimal("007.10"), Some(7.1));
        // Ties round to even, a remainder past the tie rounds up (2^53 + 1, + 1.5).
        assert_eq!(parse_decimal("9007199254740993"), Some(9007199254740992.0));
        assert_eq!(
            parse_decimal("9007199254740993.5"),
            Some(9007199254740994.0)
        );
        assert_eq!(parse_decimal("0.30000000000000004"), Some(0.1 + 0.2));
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

    #[test]
    fn typed_numbers_read_as_people_mean_them() {
        for (text, unit, plain) in [
            ("52,000", "$/year", "52000"),
            ("$52,000.50", "$/year", "52000.50"),
            (" $ 1,234,567 ", "$/year", "1234567"),
            ("1,000", "days/year", "1000"),
            ("5%", "% of pay", "5"),
            ("17.5", "$/hour", "17.5"),
            // Left as typed, for the field to refuse: not a grouping of thousands, or not this
            // field's sign.
            ("18,5", "$/hour", "18,5"),
            ("52,00", "$/year", "52,00"),
            ("1,0000", "$/year", "1,0000"),
            (",000", "$/year", ",000"),
            ("0,500", "$/hour", "0,500"),
            ("52k", "$/year", "52k"),
            ("5%", "$/year", "5%"),
            ("$5", "% of pay", "$5"),
            ("1,000.5.5", "$/year", "1000.5.5"),
            // A minus sign before the dollar sign or after it: the same number.
            ("-$5", "$/year", "-5"),
            ("$-5", "$/year", "-5"),
            ("- $ 1,200", "$/year", "-1200"),
            ("-1,000", "days/year", "-1000"),
            ("-5%", "% of pay", "-5"),
            // Refused: two minus signs, two dollar signs, a sign alone.
            ("-$-5", "$/year", "--5"),
            ("$-$5", "$/year", "-$5"),
            ("-", "$/year", "-"),
        ] {
            assert_eq!(typed_number(text, unit), plain, "{text:?} in {unit}");
        }
        assert_eq!(parse_decimal(&typed_number("1,000.5.5", "$/year")), None);
        assert_eq!(parse_decimal(&typed_number("-$5", "$/year")), Some(-5.0));
        assert_eq!(parse_decimal(&typed_number("-$-5", "$/year")), None);
        assert_eq!(parse_decimal(&typed_number("$-$5", "$/year")), None);
        // A long run of minus signs is one refused text, read in one pass.
        let dashes = "-".repeat(100_000) + "5";
        assert_eq!(parse_decimal(&typed_number(&dashes, "$/year")), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn reads_like_the_standard_library(
            (whole, fraction) in proptest::prop_oneof![
                ("[1-9][0-9]{0,8}", "[0-9]{0,10}"),
                ("0?", "0{0,11}[0-9]{1,10}"),
            ]
        ) {
            let text = format!("{whole}.{fraction}");
            proptest::prop_assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{}", text);
        }

        #[test]
        fn every_written_number_reads_back(x in 1e-5f64..1e15) {
            proptest::prop_assert_eq!(parse_decimal(&format_decimal(x)), Some(x));
            proptest::prop_assert_eq!(parse_decimal(&format_decimal(-x)), Some(-x));
        }
    }
}
