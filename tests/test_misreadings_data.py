"""常见误解 data: loads, answers in the app's own words, every clause resolves verbatim."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cases.files import resources
from cases.law import library as lawlib
from cases.present import misreadings

EXPLAINER_FILE = "sources/000_e5d910310905c2cf.txt"
RUN = 12


def _squeeze(text: str) -> str:
    # Line breaks and spaces in the explainer file are layout, not text.
    return re.sub(r"\s+", "", text)


def _own_texts(topic: misreadings.Topic):
    yield topic.misreading.zh
    yield topic.misreading.en
    yield topic.verdict.zh
    yield topic.verdict.en
    for paragraph in topic.answer:
        yield paragraph.zh
        yield paragraph.en
    for ref in topic.provisions:
        yield ref.why.zh
        yield ref.why.en


def _shared_runs(text: str, source: str, length: int = RUN) -> list[str]:
    text = _squeeze(text)
    return [
        text[i : i + length]
        for i in range(len(text) - length + 1)
        if text[i : i + length] in source
    ]


def test_three_topics_in_order():
    keys = [t.key for t in misreadings.topics()]
    assert keys == ["private_space", "already_punished", "owner_answers_for_everything"]
    assert misreadings.topic("already_punished").key == "already_punished"
    with pytest.raises(KeyError):
        misreadings.topic("nope")


def test_topics_are_frozen():
    topic = misreadings.topics()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        topic.key = "x"


@pytest.mark.parametrize(
    ("key", "part", "steps"),
    [
        ("private_space", "A", ("S2",)),
        ("already_punished", "B", ("S1", "S7")),
        ("owner_answers_for_everything", "C", ("S6",)),
    ],
)
def test_explainer_part_and_deciding_steps(key, part, steps):
    topic = misreadings.topic(key)
    assert topic.explainer_part == part
    assert topic.steps == steps
    explainer = topic.explainer()
    assert explainer.level is lawlib.Level.COMMENTARY
    assert explainer.article.startswith(part)
    assert topic.step_titles("zh")[0].startswith(steps[0] + " ")
    assert topic.step_titles("en")[0] != topic.step_titles("zh")[0]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "private_space",
            {("group_regulation", "definition"), ("constitution", "freedom_of_correspondence")},
        ),
        (
            "already_punished",
            {
                ("group_regulation", "effective_date"),
                ("legislation_law", "non_retroactivity"),
                ("group_regulation", "penalties_elsewhere"),
                ("group_regulation", "platform_measures"),
            },
        ),
        ("owner_answers_for_everything", {("group_regulation", "owner_duty")}),
    ],
)
def test_deciding_clauses(key, expected):
    assert {(r.law_id, r.provision) for r in misreadings.topic(key).provisions} == expected


def test_every_provision_resolves_to_verbatim_law_text():
    library = lawlib.library()
    for topic in misreadings.topics():
        for ref in topic.provisions:
            citation = ref.cite(dt.date(2026, 6, 1))
            assert citation.level is lawlib.Level.LAW
            law = library.law(ref.law_id)
            version = next(v for v in law.versions if v.version == citation.version)
            number, paragraph = version.provisions[ref.provision]
            assert citation.article == number
            assert citation.text == version.article(number).text(paragraph)
            assert ref.cite().text  # today's version resolves too


def test_expected_article_numbers():
    on = dt.date(2026, 6, 1)
    article = {
        (r.law_id, r.provision): r.cite(on) for t in misreadings.topics() for r in t.provisions
    }
    assert article["group_regulation", "definition"].article == "第二条"
    assert article["constitution", "freedom_of_correspondence"].article == "第四十条"
    assert article["group_regulation", "effective_date"].article == "第十五条"
    assert article["group_regulation", "penalties_elsewhere"].article == "第十四条"
    assert article["group_regulation", "platform_measures"].article == "第十一条"
    assert article["legislation_law", "non_retroactivity"].article == "第一百零四条"
    assert article["group_regulation", "owner_duty"].article == "第九条"
    assert article["group_regulation", "owner_duty"].paragraph == 1
    # The 2015 Legislation Law numbered it differently.
    old = misreadings.topic("already_punished").provisions[1].cite(dt.date(2020, 1, 1))
    assert old.article == "第九十三条"


def test_every_authority_resolves_and_is_not_law():
    for topic in misreadings.topics():
        for key in topic.authorities:
            assert lawlib.library().authority(key).level is not lawlib.Level.LAW


def test_answers_are_bilingual_and_not_empty():
    for topic in misreadings.topics():
        assert topic.answer
        for text in _own_texts(topic):
            assert text.strip()
        for paragraph in topic.answer:
            assert re.search(r"[\u4e00-\u9fff]", paragraph.zh)
            assert not re.search(r"[\u4e00-\u9fff]", paragraph.en)


def test_paraphrase_shares_no_run_of_12_characters_with_the_explainer(shared_file):
    source = _squeeze(shared_file(EXPLAINER_FILE).read_text(encoding="utf-8"))
    assert len(source) > 2000  # the explainer is about 2,900 characters
    for topic in misreadings.topics():
        for text in _own_texts(topic):
            assert _shared_runs(text, source) == [], topic.key


def test_run_check_would_catch_a_copied_sentence():
    # The checker itself, on a sentence of its own: the comparison with the explainer
    # file is the test above, which skips (or fails in CI) when ../shared is absent.
    source = _squeeze("记者注意到，群主的责任主要是注意义务，即用群规管理群组。")
    assert _shared_runs("我们认为：群主的责任主要是注意义务，即用群规管理。", source)


def test_answers_do_not_retype_clause_text():
    clauses = "\n".join(
        ref.cite(dt.date(2026, 6, 1)).text for t in misreadings.topics() for ref in t.provisions
    )
    clauses = _squeeze(clauses)
    for topic in misreadings.topics():
        for text in _own_texts(topic):
            assert _shared_runs(text, clauses) == [], topic.key


def _document():
    return json.loads(resources.read_text("misreadings.json"))


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["topics"][0].pop("key"),
        lambda d: d["topics"][0].__setitem__("explainer_part", "D"),
        lambda d: d["topics"][0].__setitem__("steps", ["S9"]),
        lambda d: d["topics"][0]["answer"][0].__setitem__("en", ""),
        lambda d: d["topics"][0].__setitem__("provisions", []),
        lambda d: d["topics"][1].__setitem__("key", "private_space"),
        lambda d: d["topics"][2]["provisions"][0].pop("law"),
        lambda d: d.pop("topics"),
    ],
)
def test_bad_data_is_refused(breakage):
    document = _document()
    breakage(document)
    with pytest.raises(misreadings.MisreadingsDataError):
        misreadings.parse(document)


def test_loader_imports_no_qt():
    code = "import sys, cases.present.misreadings; cases.present.misreadings.topics(); print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.stdout.strip() == "[]"
