//! `corridor networks PATH...`: purchaser networks without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use super::console::Console;
use super::failure::Failure;
use super::filtered_load::load_traces;
use super::import_flags::ImportFlags;
use super::output_flags::OutputFlags;
use super::redact_flags::{RedactFlags, redacted_suffix};
use corridor_core::briefing::aliases::PurchaserAliases;
use corridor_core::export::inputs::InputFiles;
use corridor_core::export::link_chart_xml::{anx, graphml};
use corridor_core::format::thousands;
use corridor_core::import::values::{DateOrder, parse_date};
use corridor_core::investigate::link_chart::{LinkChart, link_chart};
use corridor_core::investigate::{Indicator, LinkKind, NetworkOptions, Networks, find_networks};
use corridor_core::model::{Dataset, Day};
use corridor_core::project::atomic::write_atomic;

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
            return Err(Failure::usage(format!(
                "--network {n}: there are {} networks",
                networks.list.len()
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
        let bytes =
            write(&chart).map_err(|e| Failure::io(format!("cannot write the chart: {e}")))?;
        write_atomic(path, &bytes)
            .map_err(|error| Failure::io(error.to_string()).in_file(path.clone()))?;
        console.note(format_args!(
            "Wrote {} nodes and {} edges to {}{}",
            chart.nodes.len(),
            chart.edges.len(),
            path.display(),
            redacted_suffix(redaction)
        ))?;
        written.push(path.display().to_string());
    }
    let shown = args.top.unwrap_or(usize::MAX).min(networks.list.len());
    let mut json = networks_json(dataset, &networks, &options, &names, shown);
    json["written"] = json!(written);
    console.result(&json, |out| {
        write_table(out, dataset, &networks, &options, &names, shown)
    })
}

fn network_options(args: &NetworksArgs) -> Result<NetworkOptions, String> {
    let as_of = match &args.as_of {
        None => Day::today(),
        Some(text) => parse_date(text, DateOrder::MonthFirst)
            .map_err(|reason| format!("--as-of: {reason}"))?
            .ok_or_else(|| "--as-of: no date given".to_owned())?,
    };
    let mut options = NetworkOptions::as_of(as_of);
    options.links = args
        .links
        .split(',')
        .filter(|id| !id.trim().is_empty())
        .map(|id| {
            LinkKind::from_id(id).ok_or_else(|| {
                format!(
                    "--links {id}: not a kind of link; use {}",
                    LinkKind::ALL.map(LinkKind::id).join(", ")
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

fn write_table(
    out: &mut dyn Write,
    dataset: &Dataset,
    networks: &Networks,
    options: &NetworkOptions,
    names: &Names,
    shown: usize,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{} networks of {} purchasers ({} purchasers in all, {} traces), links: {}, as of {}",
        thousands(networks.list.len() as u64),
        thousands(
            networks
                .of_purchaser
                .iter()
                .filter(|&&n| n != u32::MAX)
                .count() as u64
        ),
        thousands(networks.purchasers.len() as u64),
        thousands(dataset.traces.firearms()),
        options
            .links
            .iter()
            .map(|k| k.id())
            .collect::<Vec<_>>()
            .join(","),
        options.as_of.iso()
    )?;
    writeln!(
        out,
        "{:>4} {:>7} {:>6} {:>6} {:>6}  {:<10} {:<10} {:>6} {:<7}  purchasers",
        "#", "score", "buyers", "traces", "stores", "first buy", "last rec.", "age", "band"
    )?;
    for (i, network) in networks.list[..shown].iter().enumerate() {
        let mut purchasers: Vec<&str> = network.purchasers.iter().map(|&p| names.of(p)).collect();
        purchasers.sort_unstable();
        let more = purchasers.len().saturating_sub(6);
        purchasers.truncate(6);
        writeln!(
            out,
            "{:>4} {:>7.1} {:>6} {:>6} {:>6}  {:<10} {:<10} {:>6} {:<7}  {}{}",
            i + 1,
            network.score,
            network.purchasers.len(),
            network.traces.len(),
            network.stores.len(),
            network.first_purchase.iso(),
            network.last_recovery.iso(),
            network
                .age_days
                .map_or_else(|| "-".to_owned(), |d| format!("{d} d")),
            network.age_band.id(),
            purchasers.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        )?;
    }
    Ok(())
}
