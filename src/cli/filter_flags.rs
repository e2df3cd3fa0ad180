//! The app's filter as flags, shared by the commands that count traces.

use clap::Args;

use corridor_core::aggregate::{DateField, TraceFilter};
use corridor_core::import::values::{DateOrder, parse_date};
use corridor_core::model::WeaponClass;

#[derive(Debug, Args, Default, Clone)]
pub struct FilterFlags {
    /// Only these weapon classes (repeatable): ak_pattern, ar_pattern,
    /// fifty_cal, other_rifle, pistol, revolver, shotgun, other, unknown.
    #[arg(long = "class", value_name = "ID")]
    pub classes: Vec<String>,

    /// First day of the date range (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,

    /// Last day of the date range (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,

    /// Which date the range applies to.
    #[arg(long = "date", default_value = "recovery", value_parser = ["purchase", "recovery"])]
    pub date_field: String,
}

impl FilterFlags {
    /// The filter these flags describe, as the app would hold it.
    pub fn filter(&self) -> Result<TraceFilter, String> {
        let mut filter = TraceFilter::default();
        if !self.classes.is_empty() {
            filter.classes = [false; WeaponClass::COUNT];
            for id in &self.classes {
                let class = WeaponClass::from_id(id).ok_or_else(|| {
                    format!(
                        "--class {id}: not a class id; use one of {}",
                        WeaponClass::ALL.map(WeaponClass::id).join(", ")
                    )
                })?;
                filter.set_class(class, true);
            }
        }
        let date = |flag: &str, text: &Option<String>| -> Result<_, String> {
            match text {
                None => Ok(None),
                Some(text) => parse_date(text, DateOrder::MonthFirst)
                    .map_err(|reason| format!("--{flag}: {reason}"))?
                    .map(Some)
                    .ok_or_else(|| format!("--{flag}: no date given")),
            }
        };
        filter.dates.from = date("from", &self.from)?;
        filter.dates.to = date("to", &self.to)?;
        filter.date_field = if self.date_field == "purchase" {
            DateField::Purchase
        } else {
            DateField::Recovery
        };
        Ok(filter)
    }
}
