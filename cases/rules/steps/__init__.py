"""The legal steps S1–S8 of shared/spec/analysis.md, one module per step."""
