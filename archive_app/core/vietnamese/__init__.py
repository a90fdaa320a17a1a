"""Vietnamese text: one implementation of normalize, fold, tokenize and collation for the whole app."""
from .collation import collation_bytes, collation_key, name_collation_key
from .fold import fold, fold_normalized, fold_syllable, has_marks, lower, spellings_pattern
from .normalize import normalize, place_tone
from .tokenize import SEPARATOR, SYLLABLE, bigrams, folded_tokens, spans, syllables, tokenize

__all__ = [
    "normalize", "fold", "fold_normalized", "fold_syllable", "has_marks", "lower", "spellings_pattern",
    "place_tone", "tokenize", "folded_tokens", "syllables", "spans", "bigrams", "collation_key", "collation_bytes",
    "name_collation_key", "SYLLABLE", "SEPARATOR",
]
