//! From one straw purchaser to the network: purchasers linked by a shared
//! case, a shared seizure, a shared address or (a weaker link, off by
//! default) a purchase at the same store on the same day, grouped into
//! connected networks and ranked.

use rustc_hash::FxHashMap;

use super::deconflict::same_person;
use super::firearm_key::FirearmKey;
use super::indicators::{Indicator, indicators_of};
use super::lead_age::{AgeBand, LeadAgeBands, age_days};
use super::normalise::{normalise_address, normalise_name};
use super::purchasers::{PurchaserKey, Purchasers};
use super::recovery_events::RecoveryEvents;
use crate::i18n::Lang;
use crate::model::{Dataset, Day, SiteId, StoreId, StrId};
use crate::msg_id;

/// A way two purchasers are linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The same `case_id`.
    Case,
    /// Guns of both recovered in one event.
    Recovery,
    /// The same address, normalised.
    Address,
    /// A purchase at the same store on the same day (weak; off by default).
    StoreDay,
}

impl LinkKind {
    /// Every kind.
    pub const ALL: [LinkKind; 4] = [
        LinkKind::Case,
        LinkKind::Recovery,
        LinkKind::Address,
        LinkKind::StoreDay,
    ];

    /// Stable id, as the command line and JSON write it.
    pub fn id(self) -> &'static str {
        match self {
            LinkKind::Case => "case",
            LinkKind::Recovery => "recovery",
            LinkKind::Address => "address",
            LinkKind::StoreDay => "store_day",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|k| k.id() == id.trim())
    }

    /// Words for panels.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            LinkKind::Case => msg_id!("link-case"),
            LinkKind::Recovery => msg_id!("link-recovery"),
            LinkKind::Address => msg_id!("link-address"),
            LinkKind::StoreDay => msg_id!("link-store-day"),
        };
        crate::i18n::text(lang, id, &[])
    }
}

/// What networks are made of, and the date their age is counted to.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkOptions {
    /// The kinds of link that join purchasers.
    pub links: Vec<LinkKind>,
    /// The day lead ages are counted to (today, or the project's as-of).
    pub as_of: Day,
    /// The lead-age bands.
    pub bands: LeadAgeBands,
    /// The short time-to-crime threshold of the indicator counts, months.
    pub short_ttc_months: u32,
}

impl NetworkOptions {
    /// Case, recovery and address links (the store-and-day link is off), as
    /// of `as_of`.
    pub fn as_of(as_of: Day) -> Self {
        NetworkOptions {
            links: vec![LinkKind::Case, LinkKind::Recovery, LinkKind::Address],
            as_of,
            bands: LeadAgeBands::default(),
            short_ttc_months: super::indicators::SHORT_TTC_MONTHS,
        }
    }
}

/// Links of one kind inside a network: the shared cases, seizures,
/// addresses or store-days that join two or more of its purchasers.
pub type LinkCounts = [u32; LinkKind::ALL.len()];

/// A connected group of two or more linked purchasers.
#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    /// Its purchasers (numbers in [`Networks::purchasers`]), by label.
    pub purchasers: Vec<u32>,
    /// Its traces (dataset rows), in data order.
    pub traces: Vec<u32>,
    /// The firearms of those traces (more than the rows when some are
    /// counted rows).
    pub firearms: u32,
    /// The stores its purchasers bought at.
    pub stores: Vec<StoreId>,
    /// The sites its guns were recovered at.
    pub sites: Vec<SiteId>,
    /// Its first purchase, or [`Day::NONE`].
    pub first_purchase: Day,
    /// Its latest recovery, or [`Day::NONE`].
    pub last_recovery: Day,
    /// Days from the latest recovery to the as-of date.
    pub age_days: Option<i32>,
    /// Lead-age band.
    pub age_band: AgeBand,
    /// Shared attributes joining its purchasers, by [`LinkKind`] as index.
    pub links: LinkCounts,
    /// Its traces flagged with each indicator, by [`Indicator`] as index.
    pub indicators: [u32; Indicator::ALL.len()],
    /// The rank score (see [`score`]).
    pub score: f64,
}

/// Every network of a dataset, and the purchasers they are made of.
#[derive(Clone, Debug, Default)]
pub struct Networks {
    /// The purchasers of the data.
    pub purchasers: Purchasers,
    /// The networks, most traces first (then by first purchaser label).
    pub list: Vec<Network>,
    /// The network of each purchaser (index into `list`), or `u32::MAX`.
    pub of_purchaser: Vec<u32>,
    /// Links between purchasers (numbers), by kind: for each shared
    /// attribute, a chain through the purchasers sharing it.
    pub links: Vec<(u32, u32, LinkKind)>,
}

impl Networks {
    /// The network trace `row`'s purchaser belongs to.
    pub fn of_trace(&self, row: usize) -> Option<usize> {
        let purchaser = self.purchasers.of(row)?;
        let network = *self.of_purchaser.get(purchaser as usize)?;
        (network != u32::MAX).then_some(network as usize)
    }

    /// What a filter names the purchasers of network `index` by
    /// (`TraceFilter::purchasers`): each one's id, else name.
    pub fn filter_names(&self, dataset: &Dataset, index: usize) -> Vec<String> {
        let Some(network) = self.list.get(index) else {
            return Vec::new();
        };
        network
            .purchasers
            .iter()
            .map(|&p| match self.purchasers.keys[p as usize] {
                PurchaserKey::Id(id) => dataset.str(id).to_owned(),
                PurchaserKey::Named { name, .. } => dataset.str(name).to_owned(),
            })
            .collect()
    }

    /// How a purchaser is shown: [`Self::label`], or with `aliases` (a
    /// redacted output) the purchaser's stable alias — "Named purchaser N"
    /// for one known only by name.
    pub fn shown_label(
        &self,
        dataset: &Dataset,
        purchaser: u32,
        aliases: Option<&crate::briefing::aliases::PurchaserAliases>,
    ) -> String {
        match (aliases, self.purchasers.keys[purchaser as usize]) {
            (None, _) => self.label(dataset, purchaser),
            (Some(aliases), PurchaserKey::Id(id)) => aliases.alias(id),
            (Some(_), PurchaserKey::Named { .. }) => format!("Named purchaser {}", purchaser + 1),
        }
    }

    /// How a purchaser is named: the id, else the name (with the date of
    /// birth when given).
    pub fn label(&self, dataset: &Dataset, purchaser: u32) -> String {
        purchaser_label(dataset, self.purchasers.keys[purchaser as usize])
    }
}

/// How a purchaser is named: the id, else the name (with the date of birth
/// when given).
pub fn purchaser_label(dataset: &Dataset, key: PurchaserKey) -> String {
    match key {
        PurchaserKey::Id(id) => dataset.str(id).to_owned(),
        PurchaserKey::Named { name, dob } if dob.is_none() => dataset.str(name).to_owned(),
        PurchaserKey::Named { name, dob } => format!("{} ({})", dataset.str(name), dob.iso()),
    }
}

/// Finds the networks of `dataset`.
pub fn find_networks(dataset: &Dataset, options: &NetworkOptions) -> Networks {
    let purchasers = Purchasers::build(dataset);
    let events = RecoveryEvents::build(dataset);
    let mut sets = DisjointSets::new(purchasers.len());
    // (kind, a purchaser of the attribute): counted per network once joined.
    let mut linking: Vec<(LinkKind, u32)> = Vec::new();
    let mut links: Vec<(u32, u32, LinkKind)> = Vec::new();
    let mut people: Option<People> = None;
    let mut guns: Option<EventGuns> = None;
    for &kind in &options.links {
        let mut pairs = attribute_pairs(dataset, &purchasers, &events, kind);
        pairs.sort_unstable();
        pairs.dedup();
        for group in pairs.chunk_by(|a, b| a.0 == b.0) {
            if group.len() < 2 {
                continue;
            }
            if group.len() <= MAX_GROUP_CHECKED
                && matches!(kind, LinkKind::Address | LinkKind::Recovery)
            {
                // One person written twice (by two agencies, say) is not a
                // network: at their own address, or holding the same gun
                // in one seizure, such records are not linked by it.
                let joined = match kind {
                    LinkKind::Address => {
                        let people = people.get_or_insert_with(|| People::of(dataset, &purchasers));
                        join_unless_same(group, kind, &mut sets, &mut links, |a, b| {
                            people.same(a, b)
                        })
                    }
                    _ => {
                        let guns = guns
                            .get_or_insert_with(|| EventGuns::of(dataset, &purchasers, &events));
                        let event = group[0].0;
                        join_unless_same(group, kind, &mut sets, &mut links, |a, b| {
                            guns.same_gun_only(event, a, b)
                        })
                    }
                };
                if joined {
                    linking.push((kind, group[0].1));
                }
                continue;
            }
            for pair in group.windows(2) {
                sets.join(pair[0].1, pair[1].1);
                links.push((pair[0].1, pair[1].1, kind));
            }
            linking.push((kind, group[0].1));
        }
    }
    // Networks: roots with two or more purchasers.
    let mut size = vec![0u32; purchasers.len()];
    for p in 0..purchasers.len() as u32 {
        size[sets.root(p) as usize] += 1;
    }
    let mut network_of_root: FxHashMap<u32, u32> = FxHashMap::default();
    let mut members: Vec<Vec<u32>> = Vec::new();
    let mut of_purchaser = vec![u32::MAX; purchasers.len()];
    for p in 0..purchasers.len() as u32 {
        let root = sets.root(p);
        if size[root as usize] < 2 {
            continue;
        }
        let n = *network_of_root.entry(root).or_insert_with(|| {
            members.push(Vec::new());
            (members.len() - 1) as u32
        });
        members[n as usize].push(p);
        of_purchaser[p as usize] = n;
    }
    let mut list: Vec<Network> = members
        .into_iter()
        .map(|mut purchasers_of| {
            purchasers_of
                .sort_by_cached_key(|&p| purchaser_label(dataset, purchasers.keys[p as usize]));
            Network {
                purchasers: purchasers_of,
                traces: Vec::new(),
                firearms: 0,
                stores: Vec::new(),
                sites: Vec::new(),
                first_purchase: Day::NONE,
                last_recovery: Day::NONE,
                age_days: None,
                age_band: AgeBand::Unknown,
                links: [0; LinkKind::ALL.len()],
                indicators: [0; Indicator::ALL.len()],
                score: 0.0,
            }
        })
        .collect();
    for (kind, purchaser) in linking {
        let n = of_purchaser[purchaser as usize];
        if n != u32::MAX {
            list[n as usize].links[kind as usize] += 1;
        }
    }
    let traces = &dataset.traces;
    for row in 0..traces.len() {
        let Some(p) = purchasers.of(row) else {
            continue;
        };
        let n = of_purchaser[p as usize];
        if n == u32::MAX {
            continue;
        }
        let network = &mut list[n as usize];
        network.traces.push(row as u32);
        let firearms = traces.count(row);
        network.firearms += firearms;
        network.stores.push(traces.store[row]);
        network.sites.push(traces.site[row]);
        let bought = traces.purchase_date[row];
        if !bought.is_none()
            && (network.first_purchase.is_none() || bought < network.first_purchase)
        {
            network.first_purchase = bought;
        }
        let found = traces.recovery_date[row];
        if !found.is_none() && (network.last_recovery.is_none() || found > network.last_recovery) {
            network.last_recovery = found;
        }
        for indicator in indicators_of(dataset, row, options.short_ttc_months).iter() {
            network.indicators[indicator as usize] += firearms;
        }
    }
    for network in &mut list {
        network.stores.sort_unstable();
        network.stores.dedup();
        network.sites.sort_unstable();
        network.sites.dedup();
        network.age_days = age_days(network.last_recovery, options.as_of);
        network.age_band = options.bands.band(network.last_recovery, options.as_of);
        network.score = score(network);
    }
    // Most traces first, then by the first purchaser's label.
    let first_label = |n: &Network| {
        n.purchasers
            .first()
            .map(|&p| purchaser_label(dataset, purchasers.keys[p as usize]))
            .unwrap_or_default()
    };
    let mut order: Vec<(u32, String, usize)> = list
        .iter()
        .enumerate()
        .map(|(i, n)| (u32::MAX - n.firearms, first_label(n), i))
        .collect();
    order.sort();
    let mut renumber = vec![0u32; list.len()];
    for (new, (_, _, old)) in order.iter().enumerate() {
        renumber[*old] = new as u32;
    }
    for n in of_purchaser.iter_mut().filter(|n| **n != u32::MAX) {
        *n = renumber[*n as usize];
    }
    let mut slots: Vec<Option<Network>> = list.into_iter().map(Some).collect();
    let list = order
        .iter()
        .filter_map(|(_, _, old)| slots[*old].take())
        .collect();
    Networks {
        purchasers,
        list,
        of_purchaser,
        links,
    }
}

/// The rank of a network for investigators:
///
/// `(10 × (purchasers − 1) + traces + 5 × flagged traces + 5 × kinds of link) × freshness`
///
/// where flagged traces carry a multiple sale, a short time-to-crime or an
/// obliterated serial (the largest of the three counts), kinds of link is
/// how many of case, recovery, address and store-day join it, and
/// freshness is 1 for a fresh lead, 0.5 ageing, 0.25 stale or unknown.
/// More buyers, more guns, more red flags, more independent evidence and a
/// recent recovery rank higher.
pub fn score(network: &Network) -> f64 {
    let purchasers = network.purchasers.len().saturating_sub(1) as f64;
    let flagged = [
        Indicator::MultipleSale,
        Indicator::ShortTtc,
        Indicator::Obliterated,
    ]
    .iter()
    .map(|&i| network.indicators[i as usize])
    .max()
    .unwrap_or(0) as f64;
    let kinds = network.links.iter().filter(|&&n| n > 0).count() as f64;
    let freshness = match network.age_band {
        AgeBand::Fresh => 1.0,
        AgeBand::Ageing => 0.5,
        AgeBand::Stale | AgeBand::Unknown => 0.25,
    };
    let raw = 10.0 * purchasers + f64::from(network.firearms) + 5.0 * flagged + 5.0 * kinds;
    (raw * freshness * 10.0).round() / 10.0
}

/// (attribute, purchaser) for every trace that links by `kind`.
fn attribute_pairs(
    dataset: &Dataset,
    purchasers: &Purchasers,
    events: &RecoveryEvents,
    kind: LinkKind,
) -> Vec<(u64, u32)> {
    let traces = &dataset.traces;
    let mut addresses: FxHashMap<StrId, Option<u64>> = FxHashMap::default();
    let mut normalised: FxHashMap<String, u64> = FxHashMap::default();
    (0..traces.len())
        .filter_map(|row| {
            let purchaser = purchasers.of(row)?;
            let attribute = match kind {
                LinkKind::Case => {
                    let case = traces.case_id[row];
                    (case != StrId::EMPTY).then_some(u64::from(case.0))?
                }
                LinkKind::Recovery => u64::from(events.of(row)?),
                LinkKind::Address => {
                    let address = traces.case.purchaser_address.get(row);
                    if address == StrId::EMPTY {
                        return None;
                    }
                    *addresses.entry(address).or_insert_with(|| {
                        let text = normalise_address(dataset.str(address));
                        if text.is_empty() {
                            return None;
                        }
                        let next = normalised.len() as u64;
                        Some(*normalised.entry(text).or_insert(next))
                    })
                }?,
                LinkKind::StoreDay => {
                    let day = traces.purchase_date[row].get()?;
                    (u64::from(traces.store[row].0) << 32) | u64::from(day.0 as u32)
                }
            };
            Some((attribute, purchaser))
        })
        .collect()
}

/// Addresses and seizures shared by more purchasers than this link them
/// all without asking who is the same person (a pairwise check would be
/// quadratic; such an address is a placeholder or a business, not a home).
const MAX_GROUP_CHECKED: usize = 64;

/// Joins each purchaser of `group` (attribute, purchaser) to another of it
/// that is not `same` as them, if any; returns whether any was joined.
fn join_unless_same(
    group: &[(u64, u32)],
    kind: LinkKind,
    sets: &mut DisjointSets,
    links: &mut Vec<(u32, u32, LinkKind)>,
    same: impl Fn(u32, u32) -> bool,
) -> bool {
    let mut joins: Vec<(u32, u32)> = group
        .iter()
        .enumerate()
        .filter_map(|(i, one)| {
            let (_, other) = group
                .iter()
                .enumerate()
                .find(|(j, other)| *j != i && !same(one.1, other.1))?;
            Some((one.1.min(other.1), one.1.max(other.1)))
        })
        .collect();
    joins.sort_unstable();
    joins.dedup();
    for &(a, b) in &joins {
        sets.join(a, b);
        links.push((a, b, kind));
    }
    !joins.is_empty()
}

/// The guns each purchaser had in each seizure: two records of one
/// firearm (the same serial and make, as deconfliction compares them) in a
/// seizure are one gun, whose purchasers are one person.
struct EventGuns {
    /// Per (event, purchaser): the one gun they had there, or `None` for
    /// several.
    only: FxHashMap<(u64, u32), Option<FirearmKey>>,
}

impl EventGuns {
    fn of(dataset: &Dataset, purchasers: &Purchasers, events: &RecoveryEvents) -> EventGuns {
        let mut keys = super::firearm_key::FirearmKeys::new(dataset);
        let mut only: FxHashMap<(u64, u32), Option<FirearmKey>> = FxHashMap::default();
        for row in 0..dataset.traces.len() {
            let (Some(purchaser), Some(event)) = (purchasers.of(row), events.of(row)) else {
                continue;
            };
            let gun = keys.key(row);
            only.entry((u64::from(event), purchaser))
                .and_modify(|had| {
                    if *had != Some(gun) {
                        *had = None;
                    }
                })
                .or_insert(Some(gun));
        }
        EventGuns { only }
    }

    /// Whether `a` and `b` each had exactly one gun in the seizure, the
    /// same one.
    fn same_gun_only(&self, event: u64, a: u32, b: u32) -> bool {
        match (self.only.get(&(event, a)), self.only.get(&(event, b))) {
            (Some(Some(x)), Some(Some(y))) => x == y,
            _ => false,
        }
    }
}

/// Each purchaser's normalised name and date of birth, from their first
/// trace, to tell one person written twice from two people.
struct People {
    names: Vec<String>,
    dobs: Vec<Day>,
}

impl People {
    fn of(dataset: &Dataset, purchasers: &Purchasers) -> People {
        let mut names = vec![String::new(); purchasers.len()];
        let mut dobs = vec![Day::NONE; purchasers.len()];
        let mut seen = vec![false; purchasers.len()];
        let case = &dataset.traces.case;
        for (row, &p) in purchasers.of_trace.iter().enumerate() {
            if p == super::purchasers::NO_PURCHASER || seen[p as usize] {
                continue;
            }
            seen[p as usize] = true;
            names[p as usize] = normalise_name(dataset.str(case.purchaser_name.get(row)));
            dobs[p as usize] = case.purchaser_dob.get(row);
        }
        People { names, dobs }
    }

    fn same(&self, a: u32, b: u32) -> bool {
        let (a, b) = (a as usize, b as usize);
        same_person(&self.names[a], self.dobs[a], &self.names[b], self.dobs[b])
    }
}

/// Union-find over purchaser numbers, with path halving.
struct DisjointSets {
    parent: Vec<u32>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        DisjointSets {
            parent: (0..n as u32).collect(),
        }
    }

    fn root(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    fn join(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            // The smaller number becomes the root: deterministic.
            let (low, high) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[high as usize] = low;
        }
    }
}
