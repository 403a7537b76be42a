"""A case's title, notes and tags cannot drive the terminal: control characters are shown, not sent."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cases.cli import common
from cases.cli import main as cli
from cases.files import resources
from cases.model import domain
from cases.present import terminal_text

EXAMPLE = resources.path("examples/07-owners-group-long-insult.json")

# Clear the screen, retitle the terminal, go back to the line start, print a fake
# disclaimer; a C1 CSI, a right-to-left override and isolate, DEL, NUL, BEL.
HOSTILE_TITLE = "\x1b[2J\x1b]0;owned\x07\r免责：群主无责\x9b31m\u202eevil\u2066x\u2069\x7f\x00"
HOSTILE_NOTES = "第一行\n\t第二行\x1b[1A\x1b[2K伪造的结论\u200f\x85"
HOSTILE_TAG = "物业\x1b[31m"

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def assert_safe(text: str) -> None:
    found = UNSAFE.findall(text)
    assert not found, f"raw control characters reach the terminal: {found!r}"


def test_every_control_character_is_made_visible():
    assert terminal_text.visible("a\x1bb") == "a\\x1bb"
    assert terminal_text.visible("\x07\x7f\x9b\r\x00") == "\\x07\\x7f\\x9b\\x0d\\x00"
    assert terminal_text.visible("\u202e\u2066\u2069\u200e\u200f\u061c") == (
        "\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c"
    )
    for c in [*map(chr, range(0x20)), "\x7f", *map(chr, range(0x80, 0xA0))]:
        if c not in "\n\t":
            assert_safe(terminal_text.visible(c))
            assert terminal_text.visible(c).startswith("\\x")


def test_ordinary_text_newlines_and_tabs_are_kept():
    text = "业主群长期辱骂案\n\t群主 (owner) — “警告” 😀 é"
    assert terminal_text.visible(text) == text


def test_a_single_line_field_shows_its_newlines_and_tabs_too():
    assert terminal_text.visible("标题\n免责\t!", one_line=True) == "标题\\x0a免责\\x09!"


@pytest.mark.parametrize("value", [HOSTILE_TITLE, HOSTILE_NOTES, {"k\u202e": [HOSTILE_TAG]}])
def test_json_escapes_c1_del_and_bidi_and_stays_valid(value):
    text = terminal_text.json_dumps(value, indent=2)
    assert_safe(text.replace("\n", ""))
    assert json.loads(text) == value
    for word in ("免责", "第二行", "物业"):
        if word in json.dumps(value, ensure_ascii=False):
            assert word in text  # Chinese stays readable, not \uXXXX


@pytest.fixture
def hostile_file(tmp_path) -> Path:
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["title"] = HOSTILE_TITLE
    data["notes"] = HOSTILE_NOTES
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: \u001b in the file
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_analyze_shows_the_title_s_control_characters(capsys, hostile_file, lang):
    status, out, err = run(capsys, "analyze", str(hostile_file), "--lang", lang)
    assert status == 0, err
    assert_safe(out)
    assert "\\x1b[2J\\x1b]0;owned\\x07\\x0d免责：群主无责\\x9b31m\\u202eevil" in out


def test_analyze_json_stays_valid(capsys, hostile_file):
    status, out, _ = run(capsys, "analyze", str(hostile_file), "--json")
    assert status == 0
    assert_safe(out.replace("\n", ""))
    json.loads(out)


@pytest.fixture
def db(tmp_path, capsys, hostile_file) -> str:
    path = str(tmp_path / "store" / "cases.sqlite3")
    status, _, err = run(
        capsys, "cases", "import", str(hostile_file), "--db", path, "--tag", HOSTILE_TAG
    )
    assert status == 0, err
    return path


def test_cases_list_shows_the_title_s_control_characters(capsys, db):
    status, out, _ = run(capsys, "cases", "list", "--db", db)
    assert status == 0
    assert_safe(out)
    header, *rows = out.splitlines()
    assert header == "编号\t日期\t平台\t结论\t标题"
    assert len(rows) == 2  # one case, one count line: no line faked by the title
    assert rows[0].count("\t") == 4
    assert "\\x1b]0;owned\\x07" in rows[0]


def test_cases_show_shows_title_notes_and_tags_control_characters(capsys, db):
    status, out, _ = run(capsys, "cases", "show", "1", "--db", db)
    assert status == 0
    assert_safe(out)
    assert "\\x1b[2J" in out
    assert "第一行\n\t第二行\\x1b[1A\\x1b[2K伪造的结论\\u200f\\x85" in out
    assert "物业\\x1b[31m" in out


@pytest.mark.parametrize("verb", [["list"], ["show", "1"]])
def test_cases_json_output_stays_valid_and_exact(capsys, db, verb):
    status, out, _ = run(capsys, "cases", *verb, "--db", db, "--json")
    assert status == 0
    assert_safe(out.replace("\n", ""))
    data = json.loads(out)
    if verb == ["list"]:
        assert data["rows"][0]["title"] == HOSTILE_TITLE
    else:
        assert domain.case_from_json(data["case"]).notes == HOSTILE_NOTES
        assert data["tags"] == [HOSTILE_TAG]


def test_an_error_about_a_hostile_key_shows_it(capsys, tmp_path):
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["incident"]["\x1b]0;owned\x07\u202e"] = 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for argv in (
        ["analyze", str(path)],
        ["cases", "import", str(path), "--db", str(tmp_path / "s")],
    ):
        status, _, err = run(capsys, *argv)
        assert status == common.EXIT_BAD_INPUT
        assert_safe(err.replace("\n", ""))
        assert "\\x1b]0;owned\\x07\\u202e" in err
