//! Medians of time-to-crime, where a counted row stands for many firearms.

/// The middle value (mean of the two middle ones for an even count).
///
/// ```
/// use corridor_core::aggregate::median::median;
/// assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
/// assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
/// assert_eq!(median(&mut []), None);
/// ```
pub fn median(values: &mut [i32]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        f64::from(values[mid])
    } else {
        (f64::from(values[mid - 1]) + f64::from(values[mid])) / 2.0
    })
}

/// The median of values that each stand for `weight` firearms: the
/// [`median`] of the list in which each value is repeated `weight` times,
/// without making that list (a counted row may stand for a million).
///
/// ```
/// use corridor_core::aggregate::median::{median, weighted_median};
/// assert_eq!(weighted_median(&mut [(10, 3), (400, 1)]), Some(10.0));
/// assert_eq!(weighted_median(&mut [(10, 2), (400, 2)]), Some(205.0));
/// assert_eq!(weighted_median(&mut [(7, 0)]), None);
/// // The same as repeating each value.
/// assert_eq!(
///     weighted_median(&mut [(5, 2), (1, 1), (9, 3)]),
///     median(&mut [5, 5, 1, 9, 9, 9]),
/// );
/// ```
pub fn weighted_median(values: &mut [(i32, u32)]) -> Option<f64> {
    let total: u64 = values.iter().map(|&(_, w)| u64::from(w)).sum();
    if total == 0 {
        return None;
    }
    values.sort_unstable_by_key(|&(v, _)| v);
    // The value at position `k` (from 0) of the repeated list.
    let at = |k: u64| {
        let mut seen = 0u64;
        for &(value, weight) in values.iter() {
            seen += u64::from(weight);
            if k < seen {
                return f64::from(value);
            }
        }
        f64::NAN
    };
    let mid = total / 2;
    Some(if total % 2 == 1 {
        at(mid)
    } else {
        (at(mid - 1) + at(mid)) / 2.0
    })
}
