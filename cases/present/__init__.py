"""Presentation: turning an analysis into words for readers (text, PDF, typesetting, redaction, misreadings)."""
