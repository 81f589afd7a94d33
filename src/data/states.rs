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

    /// Mean wage of medical records specialists in this state (BLS OEWS May 2023).
    pub fn mean_wage(self) -> StateMeanWage {
        STATE_MEAN_WAGES_MAY2023[self as usize]
    }

    /// The state's 2023 regional price parity, all items, U.S. = 100 (BEA, rounded).
    pub fn price_parity(self) -> f64 {
        REGIONAL_PRICE_PARITIES_2023[self as usize].1
    }
}

/// The mean wage of SOC 29-2072 in one state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StateMeanWage {
    pub state: UsState,
    /// Mean hourly wage, $/hour.
    pub hourly: f64,
    /// Mean annual wage, $/year.
    pub annual: f64,
}

/// Mean hourly and annual wage of SOC 29-2072 "Medical Records Specialists" by state, May 2023.
///
/// Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, state data
/// file `state_M2023_dl` (bls.gov/oes). Rows are in [`UsState::ALL`] order.
pub const STATE_MEAN_WAGES_MAY2023: [StateMeanWage; 51] = [
    StateMeanWage {
        state: UsState::AL,
        hourly: 20.66,
        annual: 42970.0,
    },
    StateMeanWage {
        state: UsState::AK,
        hourly: 28.32,
        annual: 58900.0,
    },
    StateMeanWage {
        state: UsState::AZ,
        hourly: 24.10,
        annual: 50130.0,
    },
    StateMeanWage {
        state: UsState::AR,
        hourly: 21.21,
        annual: 44120.0,
    },
    StateMeanWage {
        state: UsState::CA,
        hourly: 30.80,
        annual: 64070.0,
    },
    StateMeanWage {
        state: UsState::CO,
        hourly: 28.73,
        annual: 59760.0,
    },
    StateMeanWage {
        state: UsState::CT,
        hourly: 30.41,
        annual: 63250.0,
    },
    StateMeanWage {
        state: UsState::DE,
        hourly: 24.54,
        annual: 51030.0,
    },
    StateMeanWage {
        state: UsState::DC,
        hourly: 34.09,
        annual: 70900.0,
    },
    StateMeanWage {
        state: UsState::FL,
        hourly: 24.15,
        annual: 50230.0,
    },
    StateMeanWage {
        state: UsState::GA,
        hourly: 24.56,
        annual: 51070.0,
    },
    StateMeanWage {
        state: UsState::HI,
        hourly: 30.25,
        annual: 62920.0,
    },
    StateMeanWage {
        state: UsState::ID,
        hourly: 24.59,
        annual: 51160.0,
    },
    StateMeanWage {
        state: UsState::IL,
        hourly: 25.99,
        annual: 54070.0,
    },
    StateMeanWage {
        state: UsState::IN,
        hourly: 23.18,
        annual: 48220.0,
    },
    StateMeanWage {
        state: UsState::IA,
        hourly: 23.91,
        annual: 49720.0,
    },
    StateMeanWage {
        state: UsState::KS,
        hourly: 23.83,
        annual: 49560.0,
    },
    StateMeanWage {
        state: UsState::KY,
        hourly: 22.52,
        annual: 46840.0,
    },
    StateMeanWage {
        state: UsState::LA,
        hourly: 24.38,
        annual: 50700.0,
    },
    StateMeanWage {
        state: UsState::ME,
        hourly: 23.69,
        annual: 49270.0,
    },
    StateMeanWage {
        state: UsState::MD,
        hourly: 30.26,
        annual: 62930.0,
    },
    StateMeanWage {
        state: UsState::MA,
        hourly: 28.31,
        annual: 58890.0,
    },
    StateMeanWage {
        state: UsState::MI,
        hourly: 23.92,
        annual: 49760.0,
    },
    StateMeanWage {
        state: UsState::MN,
        hourly: 29.11,
        annual: 60560.0,
    },
    StateMeanWage {
        state: UsState::MS,
        hourly: 20.40,
        annual: 42440.0,
    },
    StateMeanWage {
        state: UsState::MO,
        hourly: 25.15,
        annual: 52310.0,
    },
    StateMeanWage {
        state: UsState::MT,
        hourly: 23.57,
        annual: 49020.0,
    },
    StateMeanWage {
        state: UsState::NE,
        hourly: 26.24,
        annual: 54580.0,
    },
    StateMeanWage {
        state: UsState::NV,
        hourly: 23.13,
        annual: 48110.0,
    },
    StateMeanWage {
        state: UsState::NH,
        hourly: 24.24,
        annual: 50430.0,
    },
    StateMeanWage {
        state: UsState::NJ,
        hourly: 30.24,
        annual: 62900.0,
    },
    StateMeanWage {
        state: UsState::NM,
        hourly: 23.31,
        annual: 48490.0,
    },
    StateMeanWage {
        state: UsState::NY,
        hourly: 29.09,
        annual: 60510.0,
    },
    StateMeanWage {
        state: UsState::NC,
        hourly: 23.75,
        annual: 49400.0,
    },
    StateMeanWage {
        state: UsState::ND,
        hourly: 25.41,
        annual: 52850.0,
    },
    StateMeanWage {
        state: UsState::OH,
        hourly: 24.61,
        annual: 51190.0,
    },
    StateMeanWage {
        state: UsState::OK,
        hourly: 23.94,
        annual: 49780.0,
    },
    StateMeanWage {
        state: UsState::OR,
        hourly: 28.31,
        annual: 58890.0,
    },
    StateMeanWage {
        state: UsState::PA,
        hourly: 23.88,
        annual: 49680.0,
    },
    StateMeanWage {
        state: UsState::RI,
        hourly: 27.10,
        annual: 56360.0,
    },
    StateMeanWage {
        state: UsState::SC,
        hourly: 25.63,
        annual: 53300.0,
    },
    StateMeanWage {
        state: UsState::SD,
        hourly: 25.20,
        annual: 52420.0,
    },
    StateMeanWage {
        state: UsState::TN,
        hourly: 26.90,
        annual: 55950.0,
    },
    StateMeanWage {
        state: UsState::TX,
        hourly: 23.09,
        annual: 48030.0,
    },
    StateMeanWage {
        state: UsState::UT,
        hourly: 27.53,
        annual: 57260.0,
    },
    StateMeanWage {
        state: UsState::VT,
        hourly: 24.50,
        annual: 50950.0,
    },
    StateMeanWage {
        state: UsState::VA,
        hourly: 26.27,
        annual: 54640.0,
    },
    StateMeanWage {
        state: UsState::WA,
        hourly: 30.89,
        annual: 64250.0,
    },
    StateMeanWage {
        state: UsState::WV,
        hourly: 21.59,
        annual: 44910.0,
    },
    StateMeanWage {
        state: UsState::WI,
        hourly: 26.14,
        annual: 54370.0,
    },
    StateMeanWage {
        state: UsState::WY,
        hourly: 26.05,
        annual: 54180.0,
    },
];

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
