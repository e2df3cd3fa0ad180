//! What the map's legend states: the width and size scales and the colours.

use super::style::Rgba;
use crate::i18n::{Lang, calendar};
use crate::investigate::Indicator;
use crate::model::{Day, WeaponClass};
use crate::t;

/// The scales and colours the map's legend explains, made by
/// [`build_scene`](crate::scene::build_scene).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Legend {
    /// (traces, width in px) samples of the flow width scale.
    pub flow_widths: Vec<(u32, f32)>,
    /// (traces, radius in px) samples of the symbol size scale.
    pub symbol_sizes: Vec<(u32, f32)>,
    /// Colours in use: one per class present, or the single flow colour.
    pub colors: Vec<LegendColor>,
    /// Fill colour of store symbols.
    pub store_fill: Rgba,
    /// Fill colour of recovery-site symbols.
    pub site_fill: Rgba,
    /// What the colours stand for, e.g. "Colour: dominant weapon class".
    pub color_title: LegendText,
    /// The investigation marks drawn, each with its key.
    pub marks: Vec<LegendMark>,
}

/// How a mark is drawn in the legend's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendMarkKind {
    /// A line outlined in the colour.
    Outline,
    /// A circle ringed in the colour.
    Ring,
    /// A faded line.
    Faded,
    /// A faint circle with a dashed outline in the colour: locations known
    /// only to their state or country.
    Dashed,
}

/// One investigation mark of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendMark {
    /// Its key.
    pub kind: LegendMarkKind,
    /// What it means.
    pub label: LegendText,
    /// The colour it is drawn in.
    pub color: Rgba,
}

/// One colour swatch of the legend and what it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendColor {
    /// Text beside the swatch: the class name, or "All flows".
    pub label: LegendText,
    /// The weapon class drawn in this colour; `None` for the single flow colour.
    pub class: Option<WeaponClass>,
    /// The swatch colour.
    pub color: Rgba,
}

/// Round sample values for a scale whose largest value is `max`: the
/// maximum itself and up to two "nice" (1-2-5) values below it.
///
/// ```
/// use corridor_core::scene::legend::nice_samples;
/// assert_eq!(nice_samples(137), vec![137, 50, 10]);
/// assert_eq!(nice_samples(3), vec![3, 1]);
/// assert_eq!(nice_samples(1), vec![1]);
/// assert!(nice_samples(0).is_empty());
/// ```
pub fn nice_samples(max: u32) -> Vec<u32> {
    if max == 0 {
        return Vec::new();
    }
    let mut samples = vec![max];
    let mut candidates = Vec::new();
    let mut magnitude = 1u64;
    while magnitude <= u64::from(max) {
        for step in [1, 2, 5] {
            let value = magnitude * step;
            if value < u64::from(max) {
                candidates.push(value as u32);
            }
        }
        magnitude *= 10;
    }
    candidates.sort_unstable();
    // Roughly a third and a fifteenth of the maximum read well side by side.
    for target in [max as f64 / 3.0, max as f64 / 15.0] {
        if let Some(&best) = candidates
            .iter()
            .filter(|&&c| !samples.contains(&c))
            .min_by(|a, b| {
                let da = (f64::from(**a) / target).ln().abs();
                let db = (f64::from(**b) / target).ln().abs();
                da.total_cmp(&db)
            })
            && f64::from(best) < f64::from(*samples.last().unwrap_or(&max)) * 0.8
        {
            samples.push(best);
        }
    }
    samples
}

/// A line of the legend, kept as what it says rather than in words, so the
/// one scene is written in whatever language the screen or export reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LegendText {
    /// The colours are the flows' dominant weapon classes.
    #[default]
    ColourByClass,
    /// All flows share one colour.
    ColourSingle,
    /// The colours are purchaser networks.
    ColourByNetwork,
    /// A weapon class's swatch.
    Class(WeaponClass),
    /// The one colour of every flow.
    AllFlows,
    /// A network by its rank, from 1.
    Network(u32),
    /// Networks beyond those named.
    MoreNetworks(usize),
    /// Flows of no network.
    NoNetwork,
    /// Flows outlined for carrying a trace with any of these indicators.
    Outlined(Vec<Indicator>),
    /// Symbols ringed where another agency holds records.
    Ringed,
    /// Flows faded as stale leads.
    Faded {
        /// Days after which a lead is stale.
        stale_after_days: i32,
        /// The day leads are aged to.
        as_of: Day,
    },
    /// Locations known only to their state or country.
    Dashed,
}

impl LegendText {
    /// The line in `lang`.
    ///
    /// ```
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::investigate::Indicator;
    /// use corridor_core::scene::legend::LegendText;
    /// assert_eq!(LegendText::Network(2).text(Lang::Es), "Red 2");
    /// let outlined = LegendText::Outlined(vec![Indicator::MultipleSale, Indicator::Obliterated]);
    /// assert_eq!(
    ///     outlined.text(Lang::En),
    ///     "Outlined: carries a trace with Multiple sale or Obliterated serial"
    /// );
    /// ```
    pub fn text(&self, lang: Lang) -> String {
        match self {
            LegendText::ColourByClass => t!(lang, "legend-colour-class"),
            LegendText::ColourSingle => t!(lang, "legend-colour-single"),
            LegendText::ColourByNetwork => t!(lang, "legend-colour-network"),
            LegendText::Class(class) => class.label(lang),
            LegendText::AllFlows => t!(lang, "legend-all-flows"),
            LegendText::Network(rank) => t!(lang, "legend-network", rank = *rank),
            LegendText::MoreNetworks(count) => t!(lang, "legend-more-networks", count = *count),
            LegendText::NoNetwork => t!(lang, "legend-no-network"),
            LegendText::Outlined(indicators) => {
                let names = indicators
                    .iter()
                    .map(|i| i.label(lang))
                    .reduce(|a, b| t!(lang, "caption-or", a = a, b = b))
                    .unwrap_or_default();
                t!(lang, "legend-outlined", names = names)
            }
            LegendText::Ringed => t!(lang, "legend-ringed"),
            LegendText::Faded {
                stale_after_days,
                as_of,
            } => t!(
                lang,
                "legend-faded",
                days = *stale_after_days,
                date = calendar::day(lang, *as_of)
            ),
            LegendText::Dashed => t!(lang, "legend-dashed"),
        }
    }
}
