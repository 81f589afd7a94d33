//! The live calculator's first render, in parts: each part is a task of its own, short enough
//! that the page answers a tap or a key while the rest builds (one render of every editor at
//! once kept the page busy for about 60 ms on a fast computer, four times that on a phone). The
//! parts render into a root that is not yet in the page, so nobody sees them come one by one:
//! the calculator takes the prerendered one's place once the comparison, the last part, is in.
//! Elsewhere (the build's prerendering, the tests, every render after the first) every part
//! renders at once.

/// The parts rendered so far: those numbered up to this one (`ALL` where every part renders at
/// once). Part 0 is the top of the calculator: the scoreboard and the editors' names; then the
/// household, each editor's fields in four pieces, and the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartsRendered(pub u8);

impl PartsRendered {
    pub const ALL: Self = Self(u8::MAX);

    pub fn includes(self, part: u8) -> bool {
        part <= self.0
    }
}

/// The household's fields: the part after the top.
pub const HOUSEHOLD_PART: u8 = 1;

/// The pieces of an offer's editor below its name, a part each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorPiece {
    PayAndPlace,
    BonusAndRetirement,
    Health,
    MoreDetails,
}

/// The part of `piece` of the editor of offer `index` (0-based).
pub const fn editor_part(index: usize, piece: EditorPiece) -> u8 {
    HOUSEHOLD_PART + 1 + 4 * index as u8 + piece as u8
}

/// The last part, the comparison, on a page of `offers` offers.
pub const fn comparison_part(offers: usize) -> u8 {
    editor_part(offers, EditorPiece::PayAndPlace)
}
