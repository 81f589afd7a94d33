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

    /// What the editor of offer `index` is given: these parts while its own pieces come, and
    /// the same value before they start and after they are all in, so the other editors'
    /// properties stay equal from one part to the next and Yew does not render them again.
    pub fn for_editor(self, index: usize) -> Self {
        if self.includes(editor_part(index, EditorPiece::MoreDetails)) {
            Self::ALL
        } else if self.includes(editor_part(index, EditorPiece::PayAndPlace)) {
            self
        } else {
            Self(0)
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    const PIECES: [EditorPiece; 4] = [
        EditorPiece::PayAndPlace,
        EditorPiece::BonusAndRetirement,
        EditorPiece::Health,
        EditorPiece::MoreDetails,
    ];

    /// Which of the pieces of editor `index` the value given to it includes.
    fn pieces(parts: PartsRendered, index: usize) -> Vec<bool> {
        let given = parts.for_editor(index);
        PIECES
            .map(|piece| given.includes(editor_part(index, piece)))
            .to_vec()
    }

    #[test]
    fn each_editor_is_given_its_own_pieces_as_the_parts_come() {
        for part in 0..=comparison_part(6) {
            let parts = PartsRendered(part);
            for index in 0..6 {
                let expected = PIECES.map(|piece| parts.includes(editor_part(index, piece)));
                assert_eq!(
                    pieces(parts, index),
                    expected,
                    "part {part}, editor {index}"
                );
            }
        }
    }

    #[test]
    fn an_editor_is_given_one_value_before_its_pieces_and_one_after() {
        // Offer 2 (index 1): its pieces are parts 6 to 9.
        assert_eq!(editor_part(1, EditorPiece::PayAndPlace), 6);
        let given: Vec<_> = (0..=comparison_part(3))
            .map(|part| PartsRendered(part).for_editor(1))
            .collect();
        assert!(given[..6].iter().all(|&g| g == PartsRendered(0)));
        assert_eq!(
            &given[6..9],
            &[PartsRendered(6), PartsRendered(7), PartsRendered(8)]
        );
        assert!(given[9..].iter().all(|&g| g == PartsRendered::ALL));
        assert_eq!(PartsRendered::ALL.for_editor(5), PartsRendered::ALL);
    }
}
