"""The Qt-free core of 群主责任分析: case model, law data, analysis engine, store and report."""
