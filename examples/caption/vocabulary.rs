//! The words of the captions: the letters of the digits' English names, and the three tokens of
//! cs231n's captioning vocabulary, `<NULL>` (padding), `<START>` and `<END>`.
//!
//! A caption is `<START> s e v e n <END>`, padded with `<NULL>` to the longest name's length.

use ndarray::Array2;

/// The English name of each digit.
pub const NAMES: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// Padding after `<END>`, left out of the loss.
pub const NULL: usize = 0;
/// The first word of every caption, which the model reads to say the first letter.
pub const START: usize = 1;
/// The last word of every caption.
pub const END: usize = 2;
/// The number of tokens before the letters.
const TOKENS: usize = 3;

/// The tokens and the letters of the digits' names, each a word number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocabulary {
    /// The letters of the names, sorted; letter `k` is word `TOKENS + k`.
    letters: Vec<char>,
}

impl Vocabulary {
    /// The vocabulary of the digits' names: `<NULL>`, `<START>`, `<END>` and 15 letters.
    pub fn digits() -> Self {
        let mut letters: Vec<char> = NAMES.iter().flat_map(|name| name.chars()).collect();
        letters.sort_unstable();
        letters.dedup();
        Vocabulary { letters }
    }

    /// The number of words, `V`.
    pub fn len(&self) -> usize {
        TOKENS + self.letters.len()
    }

    /// The word of `letter`, if it is one of the names' letters.
    pub fn word(&self, letter: char) -> Option<usize> {
        self.letters.binary_search(&letter).ok().map(|k| TOKENS + k)
    }

    /// The longest caption, `<START>`, the longest name's letters and `<END>`: 7 words.
    pub fn caption_length(&self) -> usize {
        NAMES.iter().map(|name| name.len()).max().unwrap_or(0) + 2
    }

    /// The caption of `digit`: `<START>`, the letters of its name and `<END>`, unpadded.
    ///
    /// # Panics
    /// If `digit` is not below 10.
    pub fn caption(&self, digit: usize) -> Vec<usize> {
        let letters = NAMES[digit].chars().map(|letter| {
            self.word(letter)
                .expect("every letter of the names is a word")
        });
        std::iter::once(START)
            .chain(letters)
            .chain(std::iter::once(END))
            .collect()
    }

    /// The captions of `digits`, one row each, padded with `<NULL>` to
    /// [`caption_length`](Self::caption_length).
    pub fn captions(&self, digits: &[usize]) -> Array2<usize> {
        let mut captions = Array2::from_elem((digits.len(), self.caption_length()), NULL);
        for (mut row, &digit) in captions.rows_mut().into_iter().zip(digits) {
            for (slot, word) in row.iter_mut().zip(self.caption(digit)) {
                *slot = word;
            }
        }
        captions
    }

    /// The text of a sampled caption: its letters up to the first `<END>` (or all of them), with
    /// `?` for a word that is not a letter (`<NULL>` or `<START>` where a letter should be).
    pub fn spell(&self, words: impl IntoIterator<Item = usize>) -> String {
        words
            .into_iter()
            .take_while(|&word| word != END)
            .map(|word| {
                word.checked_sub(TOKENS)
                    .and_then(|k| self.letters.get(k).copied())
                    .unwrap_or('?')
            })
            .collect()
    }
}
