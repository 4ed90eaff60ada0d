"""Readers for the synthetic signing corpus written by `cli synth` (docs/corpus.md)."""
