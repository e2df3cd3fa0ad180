//! The random draws the generator makes, all from one seeded ChaCha8 stream
//! so that a seed always gives the same bytes.

use rand::RngExt;
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// The generator's random stream: ChaCha8, which gives the same numbers for a
/// seed on every platform.
pub type GenRng = ChaCha8Rng;

/// Picks an index with probability proportional to its weight, by binary
/// search over cumulative sums (deterministic, unlike anything hash-based).
#[derive(Clone, Debug)]
pub struct Weighted {
    cumulative: Vec<f64>,
}

impl Weighted {
    /// `None` when there is nothing with a positive weight. Negative and NaN
    /// weights count as zero, so such an index is never picked.
    pub fn new(weights: impl IntoIterator<Item = f64>) -> Option<Weighted> {
        let mut total = 0.0;
        let cumulative: Vec<f64> = weights
            .into_iter()
            .map(|w| {
                if w > 0.0 {
                    total += w;
                }
                total
            })
            .collect();
        (total > 0.0).then_some(Weighted { cumulative })
    }

    /// An index drawn with probability proportional to its weight.
    pub fn sample(&self, rng: &mut GenRng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = unit(rng) * total;
        self.cumulative
            .partition_point(|&c| c <= x)
            .min(self.cumulative.len().saturating_sub(1))
    }

    /// Number of weights, zero ones included.
    pub fn len(&self) -> usize {
        self.cumulative.len()
    }

    /// True when there are no weights, which [`Weighted::new`] never returns.
    pub fn is_empty(&self) -> bool {
        self.cumulative.is_empty()
    }

    /// The probability of index `i`.
    pub fn probability(&self, i: usize) -> f64 {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let before = if i == 0 {
            0.0
        } else {
            self.cumulative.get(i - 1).copied().unwrap_or(total)
        };
        (self.cumulative.get(i).copied().unwrap_or(before) - before) / total
    }
}

/// Uniform in `[0, 1)`.
pub fn unit(rng: &mut GenRng) -> f64 {
    rng.random::<f64>()
}

/// True with probability `p` (any `p`; `random_bool` panics outside 0..=1).
pub fn chance(rng: &mut GenRng, p: f64) -> bool {
    unit(rng) < p
}

/// Uniform integer in `low..=high`; `low` when the range is empty.
pub fn between(rng: &mut GenRng, low: u32, high: u32) -> u32 {
    if high <= low {
        low
    } else {
        rng.random_range(low..=high)
    }
}

/// Uniform integer in `low..=high`; `low` when the range is empty.
pub fn between_i32(rng: &mut GenRng, low: i32, high: i32) -> i32 {
    if high <= low {
        low
    } else {
        rng.random_range(low..=high)
    }
}

/// Log-normal with the given median and sigma (of the underlying normal).
pub fn log_normal(rng: &mut GenRng, median: f64, sigma: f64) -> f64 {
    let z: f64 = rng.sample(StandardNormal);
    median * (sigma * z).exp()
}

/// Failures before the first success, with the given mean (0 for a mean of
/// zero or less).
pub fn geometric(rng: &mut GenRng, mean: f64) -> u32 {
    if mean <= 0.0 {
        return 0;
    }
    let p = 1.0 / (1.0 + mean);
    // 1 - u is in (0, 1], so the logarithm is finite.
    let u = 1.0 - unit(rng);
    let k = (u.ln() / (1.0 - p).ln()).floor();
    if k.is_finite() && k < f64::from(u32::MAX) {
        k as u32
    } else {
        u32::MAX
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn weighted_follows_weights_and_skips_zero() {
        let mut rng = GenRng::seed_from_u64(1);
        let table = Weighted::new([1.0, 0.0, 3.0]).expect("positive weights");
        let mut counts = [0u32; 3];
        for _ in 0..40_000 {
            counts[table.sample(&mut rng)] += 1;
        }
        assert_eq!(counts[1], 0);
        assert!(Weighted::new([0.0, -1.0, f64::NAN]).is_none());
        let share = f64::from(counts[2]) / 40_000.0;
        assert!((share - 0.75).abs() < 0.01, "{share}");
        assert!((table.probability(2) - 0.75).abs() < 1e-12);
        assert_eq!(table.probability(1), 0.0);
    }

    #[test]
    fn geometric_and_log_normal_have_their_means_and_medians() {
        let mut rng = GenRng::seed_from_u64(2);
        let n = 40_000;
        let mean = (0..n)
            .map(|_| f64::from(geometric(&mut rng, 2.0)))
            .sum::<f64>()
            / f64::from(n);
        assert!((mean - 2.0).abs() < 0.06, "{mean}");
        let below = (0..n)
            .filter(|_| log_normal(&mut rng, 100.0, 0.8) < 100.0)
            .count();
        let share = below as f64 / f64::from(n);
        assert!((share - 0.5).abs() < 0.01, "{share}");
    }
}
