//! The page's view: one component per part, each fed from the state and the model's figures.

mod comparison;
mod field_input;
mod first_render;
mod household_editor;
mod link_notice;
mod match_editor;
mod metro_picker;
mod offer_editor;
mod paychecks;
mod places;
mod scoreboard;
mod select_field;
mod share_link;
mod value_chart;
mod wage_benchmark;

pub use comparison::{ComparisonTable, ComparisonTableProps};
pub use field_input::{Accepts, FieldInput, FieldInputProps};
pub use first_render::{comparison_part, PartsRendered, HOUSEHOLD_PART};
pub use household_editor::{state_choices, HouseholdEditor};
pub use link_notice::{LinkNotice, LinkNoticeProps};
pub use match_editor::MatchEditor;
pub use offer_editor::OfferEditor;
pub use paychecks::Paychecks;
pub use places::Places;
pub use scoreboard::Scoreboard;
pub use select_field::{Choice, SelectField};
pub use share_link::ShareLink;
pub use value_chart::ValueChart;
pub use wage_benchmark::WageBenchmark;
