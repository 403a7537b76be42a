"""The window's reasoning panel shows v2's parts: summary, basis, cautions, time limits, civil."""

from __future__ import annotations

from pathlib import Path

from cases.model import labels

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def test_the_panel_shows_the_summary_basis_time_limits_and_civil_question(make_main_window):
    window = make_main_window()
    window.import_case_file(EXAMPLES / "07-owners-group-long-insult.json")
    analysis = window.analysis()
    html = window.panel.render_html()
    assert analysis.summary[0][:20] in html
    assert "依据" in html
    assert "追究时效" in html
    assert analysis.time_limits
    assert "民事责任" in html
    assert analysis.civil.finding[0][:20] in html
    banner = window.findChild(type(window.panel.banner), "outcome")
    assert analysis.label("zh", short=True) in banner.text()


def test_the_panel_shows_a_caution(make_main_window):
    window = make_main_window()
    window.import_case_file(EXAMPLES / "27-reported-but-left-up.json")
    analysis = window.analysis()
    html = window.panel.render_html()
    assert analysis.cautions == ("content_left_up",)
    for caution in analysis.cautions:
        assert labels.CAUTIONS[caution][0] in html
