//! `corridor networks PATH...`: purchaser networks without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use super::console::Console;
use super::failure::Failure;
use super::filter_flags::date_flag;
use super::filtered_load::load_traces;
use super::import_flags::ImportFlags;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use super::redact_flags::{RedactFlags, redacted_suffix_in};
use corridor_core::briefing::aliases::PurchaserAliases;
use corridor_core::export::inputs::InputFiles;
use corridor_core::export::link_chart_xml::{anx, graphml};
use corridor_core::i18n::{Lang, Phrase, ToPhrase, calendar, system_error, text};
use corridor_core::investigate::link_chart::{LinkChart, link_chart};
use corridor_core::investigate::{
    AgeBand, Indicator, LinkKind, NetworkOptions, Networks, find_networks,
};
use corridor_core::model::{Dataset, Day};
use corridor_core::project::atomic::write_atomic;
use corridor_core::{msg_id, phrase, t};

#[derive(Debug, Args)]
pub struct NetworksArgs {
    /// Files or folders to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// The day lead ages are counted to, YYYY-MM-DD (default: today, UTC).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// The kinds of link that join purchasers, comma-separated: case,
    /// recovery, address, store_day (default: case,recovery,address).
    #[arg(long, value_name = "KINDS", default_value = "case,recovery,address")]
    pub links: String,

    /// Only the N largest networks.
    #[arg(long)]
    pub top: Option<usize>,

    /// Also write the networks as GraphML (Gephi, yEd, Maltego's import):
    /// purchasers and stores, purchases and links.
    #[arg(long, value_name = "FILE")]
    pub graphml: Option<PathBuf>,

    /// Also write them as i2 Analyst's Notebook exchange XML (.anx).
    #[arg(long, value_name = "FILE")]
    pub anx: Option<PathBuf>,

    /// Write only network N (1 = the largest) to --graphml / --anx.
    #[arg(long, value_name = "N")]
    pub network: Option<usize>,

    #[command(flatten)]
    pub redact: RedactFlags,

    #[command(flatten)]
    pub output: OutputFlags,

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,

    #[command(flatten)]
    pub import: ImportFlags,
}

/// Prints the networks. Fails with a usage error (2) for a bad flag, a data
/// error (1) when no trace could be loaded.
pub fn run(
    args: &NetworksArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let options = network_options(args).map_err(Failure::usage)?;
    // Bad import flags are a usage error before anything is read.
    args.import.options().map_err(Failure::usage)?;
    let mut inputs = InputFiles::of_data(&args.paths);
    inputs.add_rules(rules);
    for out in [&args.graphml, &args.anx].into_iter().flatten() {
        inputs.check(out)?;
    }
    let outcome = load_traces(&args.paths, &args.import, rules)?;
    let dataset = &outcome.dataset;
    let networks = find_networks(dataset, &options);
    let redaction = args.redact.redaction();
    let names = Names::new(dataset, &networks, redaction.identifiers);
    let only = match args.network {
        None => None,
        Some(n) if (1..=networks.list.len()).contains(&n) => Some(n - 1),
        Some(n) => {
            return Err(Failure::usage(phrase!(
                "cli-network-out-of-range",
                n = n.to_string(),
                count = networks.list.len().to_string()
            )));
        }
    };
    let chart = link_chart(dataset, &networks, only, redaction);
    let mut written = Vec::new();
    for (path, write) in [
        (
            &args.graphml,
            graphml as fn(&LinkChart) -> std::io::Result<Vec<u8>>,
        ),
        (&args.anx, anx),
    ] {
        let Some(path) = path else {
            continue;
        };
        let bytes = write(&chart)
            .map_err(|e| Failure::io(phrase!("cli-chart-not-written", error = system_error(&e))))?;
        write_atomic(path, &bytes)
            .map_err(|error| Failure::io(error.phrase()).in_file(path.clone()))?;
        let wrote = t!(
            console.lang(),
            "cli-wrote-chart",
            nodes = chart.nodes.len().to_string(),
            edges = chart.edges.len().to_string(),
            path = path.display().to_string()
        );
        console.note(format_args!(
            "{wrote}{}",
            redacted_suffix_in(redaction, console.lang())
        ))?;
        written.push(path.display().to_string());
    }
    let shown = args.top.unwrap_or(usize::MAX).min(networks.list.len());
    let mut json = networks_json(dataset, &networks, &options, &names, shown);
    json["written"] = json!(written);
    let lang = console.lang();
    console.result(&json, |out| {
        write_table(out, dataset, &networks, &options, &names, shown, lang)
    })
}

fn network_options(args: &NetworksArgs) -> Result<NetworkOptions, Phrase> {
    let as_of = match &args.as_of {
        None => Day::today(),
        Some(text) => date_flag("--as-of", Some(text))?
            .ok_or_else(|| phrase!("cli-flag-no-date", flag = "--as-of"))?,
    };
    let mut options = NetworkOptions::as_of(as_of);
    options.links = args
        .links
        .split(',')
        .filter(|id| !id.trim().is_empty())
        .map(|id| {
            LinkKind::from_id(id).ok_or_else(|| {
                phrase!(
                    "cli-links-unknown",
                    id = id,
                    ids = LinkKind::ALL.map(LinkKind::id).join(", ")
                )
            })
        })
        .collect::<Result<_, _>>()?;
    options.links.sort();
    options.links.dedup();
    Ok(options)
}

/// Purchasers as printed: their ids, or under `--redact` their aliases.
struct Names {
    labels: Vec<String>,
}

impl Names {
    fn new(dataset: &Dataset, networks: &Networks, redact: bool) -> Self {
        let aliases = redact.then(|| PurchaserAliases::build(dataset));
        let labels = (0..networks.purchasers.len() as u32)
            .map(|p| networks.shown_label(dataset, p, aliases.as_ref()))
            .collect();
        Names { labels }
    }

    fn of(&self, purchaser: u32) -> &str {
        self.labels
            .get(purchaser as usize)
            .map_or("", String::as_str)
    }
}

fn networks_json(
    dataset: &Dataset,
    networks: &Networks,
    options: &NetworkOptions,
    names: &Names,
    shown: usize,
) -> Value {
    let list: Vec<Value> = networks.list[..shown]
        .iter()
        .map(|network| {
            let mut purchasers: Vec<&str> =
                network.purchasers.iter().map(|&p| names.of(p)).collect();
            purchasers.sort_unstable();
            let links: Map<String, Value> = LinkKind::ALL
                .into_iter()
                .map(|k| (k.id().to_owned(), json!(network.links[k as usize])))
                .collect();
            let indicators: Map<String, Value> = Indicator::ALL
                .into_iter()
                .map(|i| (i.id().to_owned(), json!(network.indicators[i as usize])))
                .collect();
            let day = |d: Day| d.get().map(Day::iso);
            json!({
                "purchasers": purchasers,
                "traces": network.firearms,
                "stores": network.stores.len(),
                "recovery_sites": network.sites.len(),
                "first_purchase": day(network.first_purchase),
                "last_recovery": day(network.last_recovery),
                "age_days": network.age_days,
                "age_band": network.age_band.id(),
                "links": links,
                "indicators": indicators,
                "score": network.score,
            })
        })
        .collect();
    let in_networks = networks
        .of_purchaser
        .iter()
        .filter(|&&n| n != u32::MAX)
        .count();
    json!({
        "as_of": options.as_of.iso(),
        "links": options.links.iter().map(|k| k.id()).collect::<Vec<_>>(),
        "purchasers": networks.purchasers.len(),
        "purchasers_in_networks": in_networks,
        "network_count": networks.list.len(),
        "networks": list,
        "traces_loaded": dataset.traces.firearms(),
    })
}

/// The lead-age band in `lang` (`fresh`, `ageing`, `stale`: the ids, in
/// English).
fn band_label(band: AgeBand, lang: Lang) -> String {
    let id = match band {
        AgeBand::Fresh => msg_id!("tables-age-fresh"),
        AgeBand::Ageing => msg_id!("tables-age-ageing"),
        AgeBand::Stale => msg_id!("tables-age-stale"),
        AgeBand::Unknown => msg_id!("tables-age-unknown"),
    };
    text(lang, id, &[])
}

fn write_table(
    out: &mut dyn Write,
    dataset: &Dataset,
    networks: &Networks,
    options: &NetworkOptions,
    names: &Names,
    shown: usize,
    lang: Lang,
) -> std::io::Result<()> {
    let heading = t!(
        lang,
        "cli-networks-heading",
        networks = networks.list.len(),
        members = networks
            .of_purchaser
            .iter()
            .filter(|&&n| n != u32::MAX)
            .count(),
        purchasers = networks.purchasers.len(),
        traces = dataset.traces.firearms(),
        links = options
            .links
            .iter()
            .map(|k| k.id())
            .collect::<Vec<_>>()
            .join(","),
        date = calendar::day(lang, options.as_of)
    );
    writeln!(out, "{heading}")?;
    // The English widths; a column widens for a longer word in `lang`.
    let header = [
        t!(lang, "cli-networks-score"),
        t!(lang, "cli-networks-buyers"),
        t!(lang, "cli-networks-traces"),
        t!(lang, "cli-networks-stores"),
        t!(lang, "cli-networks-first-buy"),
        t!(lang, "cli-networks-last-recovery"),
        t!(lang, "cli-networks-age"),
        t!(lang, "cli-networks-band"),
    ];
    let bands = [
        AgeBand::Fresh,
        AgeBand::Ageing,
        AgeBand::Stale,
        AgeBand::Unknown,
    ]
    .map(|band| band_label(band, lang).chars().count());
    let mut widths = [7, 6, 6, 6, 10, 10, 6, 7];
    for (width, word) in widths.iter_mut().zip(&header) {
        *width = (*width).max(word.chars().count());
    }
    widths[7] = widths[7].max(bands.into_iter().max().unwrap_or(0));
    let [score, buyers, traces, stores, first, last, age, band] = widths;
    let [
        h_score,
        h_buyers,
        h_traces,
        h_stores,
        h_first,
        h_last,
        h_age,
        h_band,
    ] = &header;
    writeln!(
        out,
        "{:>4} {h_score:>score$} {h_buyers:>buyers$} {h_traces:>traces$} {h_stores:>stores$}  \
         {h_first:<first$} {h_last:<last$} {h_age:>age$} {h_band:<band$}  {}",
        "#",
        t!(lang, "cli-networks-purchasers")
    )?;
    for (i, network) in networks.list[..shown].iter().enumerate() {
        let mut purchasers: Vec<&str> = network.purchasers.iter().map(|&p| names.of(p)).collect();
        purchasers.sort_unstable();
        let more = purchasers.len().saturating_sub(6);
        purchasers.truncate(6);
        writeln!(
            out,
            "{:>4} {:>score$.1} {:>buyers$} {:>traces$} {:>stores$}  {:<first$} {:<last$} {:>age$} {:<band$}  {}{}",
            i + 1,
            network.score,
            network.purchasers.len(),
            network.traces.len(),
            network.stores.len(),
            calendar::day(lang, network.first_purchase),
            calendar::day(lang, network.last_recovery),
            network
                .age_days
                .map_or_else(|| "-".to_owned(), |d| format!("{d} d")),
            band_label(network.age_band, lang),
            purchasers.join(", "),
            if more > 0 {
                format!(
                    " {}",
                    t!(lang, "cli-networks-more", count = more.to_string())
                )
            } else {
                String::new()
            }
        )?;
    }
    Ok(())
}
