//! Ascending numbers kept as the gaps between them, each gap in as few
//! bytes as it needs (seven bits a byte, the eighth says "more": LEB128).
//! A page's links (`check::html`) and a word's pages (`render::search`)
//! are mostly close together: about a byte a number instead of four.

/// Adds `gap` to `bytes`.
pub(crate) fn push(bytes: &mut Vec<u8>, gap: u32) {
    let mut gap = gap;
    while gap >= 0x80 {
        bytes.push((gap & 0x7f) as u8 | 0x80);
        gap >>= 7;
    }
    bytes.push(gap as u8);
}

/// Adds ascending `numbers` to `bytes`, each as its gap from the one before
/// (the first from 0).
pub(crate) fn extend(bytes: &mut Vec<u8>, numbers: impl IntoIterator<Item = u32>) {
    let mut last = 0;
    for number in numbers {
        push(bytes, number - last);
        last = number;
    }
}

/// How many bytes `push` takes for `gap`.
pub(crate) fn len(gap: u32) -> usize {
    (32 - gap.max(1).leading_zeros() as usize).div_ceil(7)
}

/// Writes `gap` at the start of `bytes`, which has room for it; returns
/// how many bytes it took.
pub(crate) fn put(bytes: &mut [u8], gap: u32) -> usize {
    let mut gap = gap;
    let mut at = 0;
    while let Some(byte) = bytes.get_mut(at) {
        at += 1;
        if gap < 0x80 {
            *byte = gap as u8;
            break;
        }
        *byte = (gap & 0x7f) as u8 | 0x80;
        gap >>= 7;
    }
    at
}

/// The gaps in `bytes`.
pub(crate) fn gaps(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut bytes = bytes.iter();
    std::iter::from_fn(move || {
        let mut gap = 0u32;
        let mut shift = 0;
        loop {
            let byte = *bytes.next()?;
            gap |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            if byte & 0x80 == 0 {
                return Some(gap);
            }
            shift += 7;
        }
    })
}

/// The numbers whose gaps are in `bytes`.
pub(crate) fn numbers(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    gaps(bytes).scan(0u32, |last, gap| {
        *last = last.wrapping_add(gap);
        Some(*last)
    })
}

/// How many numbers `bytes` holds: one byte of each has its eighth bit clear.
pub(crate) fn count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&byte| byte & 0x80 == 0).count()
}

#[cfg(test)]
mod tests {
    #[test]
    fn gaps_come_back_as_they_went_in_each_in_the_bytes_it_needs() {
        let gaps = [0, 1, 127, 128, 16_383, 16_384, u32::MAX];
        let mut bytes = Vec::new();
        for gap in gaps {
            let before = bytes.len();
            super::push(&mut bytes, gap);
            assert_eq!(bytes.len() - before, super::len(gap), "{gap}");
            let mut room = vec![0; super::len(gap)];
            assert_eq!(super::put(&mut room, gap), room.len());
            assert_eq!(room, bytes[before..]);
        }
        assert_eq!(super::gaps(&bytes).collect::<Vec<u32>>(), gaps);
        assert_eq!(super::count(&bytes), gaps.len());
        assert_eq!(
            super::numbers(&bytes).take(4).collect::<Vec<u32>>(),
            [0, 1, 128, 256]
        );
    }
}
