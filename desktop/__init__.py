"""The PySide6 desktop application of 群主责任分析 (it only shows what ``cases`` computes)."""
