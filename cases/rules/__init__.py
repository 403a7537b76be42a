"""The legal rules: the engine's steps, their explanations and citations, other-law flags, the adjustable assumptions."""
