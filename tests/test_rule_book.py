"""docs/rules.md, the rule book, is what the step modules say (tools/rule_book.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("rule_book", ROOT / "tools" / "rule_book.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rule_book_is_current():
    tool = _tool()
    assert tool.main(["--check"]) == 0, "run: python tools/rule_book.py"


def test_the_rule_book_has_every_step_with_its_rule_and_verbatim_clauses():
    tool = _tool()
    book = tool.render()
    for step in ("## S1", "## S2", "## S3", "## S4", "## S5", "## S6"):
        assert step in book
    assert "本规定自2017年10月8日起施行。" in book  # Regulation §15, verbatim
    assert "互联网群组建立者、管理者应当履行群组管理责任" in book  # §9 ¶1
    assert "⚠️" in book  # verification marks
    assert "✅" in book
    assert "*(assumption)*" in book
    assert "commentary" in book


def test_a_changed_rule_makes_the_check_fail(tmp_path, monkeypatch):
    tool = _tool()
    stale = tmp_path / "rules.md"
    stale.write_text(tool.render().replace("本规定自2017年10月8日起施行。", "…"), encoding="utf-8")
    monkeypatch.setattr(tool, "BOOK", stale)
    assert tool.main(["--check"]) == 1
