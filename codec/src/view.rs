//! What the checked views (`header::Packet`, `genl::Packet`, `attr::Packet`) have in common,
//! written once: the struct over a buffer, `new_unchecked`, `new_checked` and `into_inner`.
//! Each view's module supplies its own `check_len` (what "long enough" means for it) and
//! its accessors; `new_checked` is the contract's single door: after it, no accessor panics.

/// Declares `pub struct Packet<T: AsRef<[u8]>>` with the constructors shared by every view.
/// The invoking module must define `Packet::check_len(&self) -> Result<()>`.
macro_rules! view {
    ($(#[$doc:meta])*) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Packet<T: AsRef<[u8]>> {
            buffer: T,
        }

        impl<T: AsRef<[u8]>> Packet<T> {
            /// Wrap a buffer without checking it. Accessors may panic on a short buffer; use
            /// [`Packet::new_checked`] for anything that came from a peer.
            #[inline]
            pub const fn new_unchecked(buffer: T) -> Packet<T> {
                Packet { buffer }
            }

            /// Wrap a buffer, checking it with [`Packet::check_len`]: after this succeeds, no
            /// accessor panics.
            #[inline]
            pub fn new_checked(buffer: T) -> $crate::error::Result<Packet<T>> {
                let p = Packet::new_unchecked(buffer);
                p.check_len()?;
                Ok(p)
            }

            /// The wrapped buffer.
            #[inline]
            pub fn into_inner(self) -> T {
                self.buffer
            }
        }
    };
}

/// The little-endian `u16` at `at` in a view's buffer (whose length the view has checked).
#[inline]
pub(crate) fn u16_at(buf: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([buf[at], buf[at + 1]])
}
