//! The 50 states and DC, with the two reference tables keyed by state.

use serde::{Deserialize, Serialize};

macro_rules! us_states {
    ($($code:ident $name:literal;)*) => {
        /// A work location: one of the 50 states or the District of Columbia, by USPS code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum UsState { $($code),* }

        impl UsState {
            /// Every state, in alphabetical order of its name (the order of the `<select>`).
            pub const ALL: [UsState; 51] = [$(UsState::$code),*];

            /// The two-letter USPS code, upper case.
            pub fn code(self) -> &'static str {
                match self { $(UsState::$code => stringify!($code)),* }
            }

            /// The full name, as BLS spells it.
            pub fn name(self) -> &'static str {
                match self { $(UsState::$code => $name),* }
            }
        }
    };
}

us_states! {
    AL "Alabama";
    AK "Alaska";
    AZ "Arizona";
    AR "Arkansas";
    CA "California";
    CO "Colorado";
    CT "Connecticut";
    DE "Delaware";
    DC "District of Columbia";
    FL "Florida";
    GA "Georgia";
    HI "Hawaii";
    ID "Idaho";
    IL "Illinois";
    IN "Indiana";
    IA "Iowa";
    KS "Kansas";
    KY "Kentucky";
    LA "Louisiana";
    ME "Maine";
    MD "Maryland";
    MA "Massachusetts";
    MI "Michigan";
    MN "Minnesota";
    MS "Mississippi";
    MO "Missouri";
    MT "Montana";
    NE "Nebraska";
    NV "Nevada";
    NH "New Hampshire";
    NJ "New Jersey";
    NM "New Mexico";
    NY "New York";
    NC "North Carolina";
    ND "North Dakota";
    OH "Ohio";
    OK "Oklahoma";
    OR "Oregon";
    PA "Pennsylvania";
    RI "Rhode Island";
    SC "South Carolina";
    SD "South Dakota";
    TN "Tennessee";
    TX "Texas";
    UT "Utah";
    VT "Vermont";
    VA "Virginia";
    WA "Washington";
    WV "West Virginia";
    WI "Wisconsin";
    WY "Wyoming";
}

impl UsState {
    /// Reads a USPS code in any letter case (`tx`, `Tx`, `TX`); surrounding spaces are ignored.
    pub fn from_code(code: &str) -> Option<UsState> {
        let code = code.trim();
        UsState::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(code))
    }

    /// The state's 2023 regional price parity, all items, U.S. = 100 (BEA, rounded).
    pub fn price_parity(self) -> f64 {
        REGIONAL_PRICE_PARITIES_2023[self as usize].1
    }
}

/// Regional price parities, all items, 2023, U.S. = 100, rounded to whole numbers.
///
/// Source: U.S. Bureau of Economic Analysis, "Real Personal Consumption Expenditures and Personal
/// Income by State, 2023" (released December 2024). Rows are in [`UsState::ALL`] order.
pub const REGIONAL_PRICE_PARITIES_2023: [(UsState, f64); 51] = [
    (UsState::AL, 90.0),
    (UsState::AK, 102.0),
    (UsState::AZ, 101.0),
    (UsState::AR, 87.0),
    (UsState::CA, 113.0),
    (UsState::CO, 101.0),
    (UsState::CT, 104.0),
    (UsState::DE, 99.0),
    (UsState::DC, 111.0),
    (UsState::FL, 104.0),
    (UsState::GA, 97.0),
    (UsState::HI, 109.0),
    (UsState::ID, 91.0),
    (UsState::IL, 99.0),
    (UsState::IN, 92.0),
    (UsState::IA, 89.0),
    (UsState::KS, 90.0),
    (UsState::KY, 91.0),
    (UsState::LA, 88.0),
    (UsState::ME, 97.0),
    (UsState::MD, 104.0),
    (UsState::MA, 108.0),
    (UsState::MI, 94.0),
    (UsState::MN, 98.0),
    (UsState::MS, 87.0),
    (UsState::MO, 92.0),
    (UsState::MT, 90.0),
    (UsState::NE, 90.0),
    (UsState::NV, 97.0),
    (UsState::NH, 105.0),
    (UsState::NJ, 109.0),
    (UsState::NM, 90.0),
    (UsState::NY, 108.0),
    (UsState::NC, 94.0),
    (UsState::ND, 89.0),
    (UsState::OH, 92.0),
    (UsState::OK, 88.0),
    (UsState::OR, 105.0),
    (UsState::PA, 98.0),
    (UsState::RI, 101.0),
    (UsState::SC, 93.0),
    (UsState::SD, 88.0),
    (UsState::TN, 93.0),
    (UsState::TX, 97.0),
    (UsState::UT, 95.0),
    (UsState::VT, 97.0),
    (UsState::VA, 101.0),
    (UsState::WA, 109.0),
    (UsState::WV, 90.0),
    (UsState::WI, 93.0),
    (UsState::WY, 91.0),
];
