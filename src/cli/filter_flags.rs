//! The app's filter as flags, shared by the commands that count traces.

use clap::Args;

use corridor_core::aggregate::{DateField, TraceFilter};
use corridor_core::i18n::Phrase;
use corridor_core::import::values::{DateOrder, parse_date};
use corridor_core::investigate::Indicator;
use corridor_core::investigate::indicators::SHORT_TTC_MONTHS;
use corridor_core::model::{Day, WeaponClass};
use corridor_core::phrase;

#[derive(Debug, Args, Clone)]
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

    /// Only traces flagged with any of these trafficking indicators
    /// (repeatable): short_ttc, multiple_sale, obliterated, several_stores,
    /// co_recovered.
    #[arg(long = "indicator", value_name = "ID")]
    pub indicators: Vec<String>,

    /// A time-to-crime under this many months is short (the short_ttc
    /// indicator).
    #[arg(long, value_name = "MONTHS", default_value_t = SHORT_TTC_MONTHS)]
    pub short_ttc_months: u32,
}

impl FilterFlags {
    /// The filter these flags describe, as the app would hold it; `Err`
    /// says which flag is wrong, in any language.
    pub fn filter(&self) -> Result<TraceFilter, Phrase> {
        let mut filter = TraceFilter::default();
        if !self.classes.is_empty() {
            filter.classes = [false; WeaponClass::COUNT];
            for id in &self.classes {
                let class = WeaponClass::from_id(id).ok_or_else(|| {
                    phrase!(
                        "cli-class-unknown",
                        id = id,
                        ids = WeaponClass::ALL.map(WeaponClass::id).join(", ")
                    )
                })?;
                filter.set_class(class, true);
            }
        }
        filter.dates.from = date_flag("--from", self.from.as_deref())?;
        filter.dates.to = date_flag("--to", self.to.as_deref())?;
        for id in &self.indicators {
            let indicator = Indicator::ALL
                .into_iter()
                .find(|i| i.id() == id)
                .ok_or_else(|| {
                    phrase!(
                        "cli-indicator-unknown",
                        id = id,
                        ids = Indicator::ALL.map(Indicator::id).join(", ")
                    )
                })?;
            filter.indicators.set(indicator, true);
        }
        filter.short_ttc_months = self.short_ttc_months;
        filter.date_field = if self.date_field == "purchase" {
            DateField::Purchase
        } else {
            DateField::Recovery
        };
        Ok(filter)
    }
}

/// The day a date flag (`--from`, `--to`, `--as-of`) gives, `None` when it
/// is not given; `Err` says why the date cannot be read, naming the flag.
pub fn date_flag(flag: &str, text: Option<&str>) -> Result<Option<Day>, Phrase> {
    match text {
        None => Ok(None),
        Some(text) => parse_date(text, DateOrder::MonthFirst)
            .map_err(|reason| phrase!("cli-flag-invalid", flag = flag, reason = reason))?
            .map(Some)
            .ok_or_else(|| phrase!("cli-flag-no-date", flag = flag)),
    }
}
