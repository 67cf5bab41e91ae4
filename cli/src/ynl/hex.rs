//! Bytes as hex and back: what `hvlink do --hex` prints and `hvlink decode` and the encoder's
//! binary attributes read. Reading tolerates what people paste (white space, `:`, a leading
//! `0x`) and says which character is wrong.

use std::fmt::{self, Write as _};

/// Why a string is not hex.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// A character that is not a hex digit (nor a tolerated separator).
    NotADigit(char),
    /// An odd number of digits: the last byte is half there.
    OddDigits(usize),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotADigit(c) => write!(f, "`{c}` is not a hex digit"),
            Error::OddDigits(n) => write!(f, "odd number of hex digits ({n})"),
        }
    }
}

impl std::error::Error for Error {}

/// Lower-case hex, no separators.
pub fn encode(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Hex digits to bytes; white space, `:` and a leading `0x` are tolerated.
pub fn decode(s: &str) -> Result<Vec<u8>, Error> {
    let s = s.trim();
    let s = s.strip_prefix("0x").unwrap_or(s);
    let digits = s
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && *c != ':')
        .map(|c| c.to_digit(16).ok_or(Error::NotADigit(c)))
        .collect::<Result<Vec<u32>, Error>>()?;
    if digits.len() % 2 != 0 {
        return Err(Error::OddDigits(digits.len()));
    }
    // Each digit is below 16, so each pair fits a byte.
    Ok(digits.chunks(2).map(|p| (p[0] << 4 | p[1]) as u8).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_reasons() {
        assert_eq!(decode("0x01 02:ff\n").unwrap(), vec![1, 2, 255]);
        assert_eq!(encode(&[1, 2, 255]), "0102ff");
        assert_eq!(decode("123"), Err(Error::OddDigits(3)));
        assert_eq!(decode("zz"), Err(Error::NotADigit('z')));
        assert_eq!(
            decode("zz").unwrap_err().to_string(),
            "`z` is not a hex digit"
        );
        assert_eq!(decode("").unwrap(), Vec::<u8>::new());
    }
}
