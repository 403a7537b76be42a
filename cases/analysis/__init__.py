"""Running the analysis: one case end to end, the what-if list, which questions can matter, large batches."""
