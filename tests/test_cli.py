"""`python main.py analyze`: readable text, the spec's JSON, exit statuses, no tracebacks."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.cli import common
from cases.cli import main as cli
from cases.files import resources

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = resources.path("examples/07-owners-group-long-insult.json")


def run(*args: str, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
        **{"timeout": 120, **options},  # type: ignore[arg-type]
    )


def test_readable_account_quotes_the_clauses():
    result = run("analyze", str(EXAMPLE), "--today", "2026-11-28")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "结论：很可能未尽群管理责任" in out
    assert "《规定》本身不设罚则" in out  # the summary
    for step in (
        "S1 施行时间",
        "S2 群组性质",
        "S3 违法信息",
        "S4 本人行为",
        "S5 管理身份",
        "S6 注意义务",
        "S7 后果与其他法律",
    ):
        assert step in out
    assert "互联网群组建立者、管理者应当履行群组管理责任" in out.replace("\n", "").replace(" ", "")
    assert "不是法律意见" in out


def test_english_account():
    result = run("analyze", str(EXAMPLE), "--lang", "en")
    assert result.returncode == 0
    assert "Outcome: Likely fell short of the management duty" in result.stdout
    assert "Duty of care" in result.stdout


def test_json_has_the_spec_shape():
    result = run("analyze", str(EXAMPLE), "--json", "--today", "2026-11-28")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["outcome"] == "NOT_EXEMPT"
    assert data["route"] == "late_measure"
    assert data["missing"] == []
    assert data["cautions"] == []
    assert data["basis"] == ["law", "commentary"]
    assert "2019-05" in data["summary"]
    assert "《规定》本身不设罚则" in data["summary"]
    assert [s["id"] for s in data["steps"]] == ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]
    for step in data["steps"]:
        assert set(step) == {"id", "status", "finding", "citations", "assumptions"}
        assert step["status"] in ("passed", "concluded", "unknown", "not_reached")
        for citation in step["citations"]:
            assert set(citation) == {
                "law",
                "version",
                "article",
                "paragraph",
                "level",
                "verified",
                "text",
            }
            assert citation["level"] in (
                "law",
                "official_interpretation",
                "commentary",
                "court_practice",
                "assumption",
            )
    s1 = data["steps"][0]["citations"][0]
    assert s1 == {
        "law": "互联网群组信息服务管理规定",
        "version": "2017",
        "article": "第十五条",
        "paragraph": None,
        "level": "law",
        "verified": "⚠️",
        "text": "本规定自2017年10月8日起施行。",
    }
    assert data["ruleset"]
    assert data["settings"] == {
        "small_family_max": 10,
        "timely_window_hours": 24.0,
        "late_window_hours": 72.0,
    }
    for entry in data["other_laws"]:
        assert entry["text"]
        assert entry["why"]
        assert entry["level"] == "law"
    assert all(set(w) >= {"change", "outcome"} for w in data["what_if"])


def test_batch_gives_a_list_in_order(tmp_path):
    cases = [
        json.loads(resources.path(f"examples/{n}").read_text(encoding="utf-8"))
        for n in ("08-removed-poster.json", "06-member-blamed.json")
    ]
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    result = run("analyze", str(batch), "--json")
    assert result.returncode == 0
    assert [d["outcome"] for d in json.loads(result.stdout)] == ["EXEMPT", "NO_DUTY"]


def test_bad_file_exits_2_with_the_message_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"incident": {}}, {"incident": {"member_count": 1}}]', encoding="utf-8")
    result = run("analyze", str(bad), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "bad.json" in result.stderr
    assert "第 2 个案件" in result.stderr
    assert "incident.member_count" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["analyze"],
        ["analyze", "x.json", "--lang", "fr"],
        ["analyze", str(EXAMPLE), "--timely-window-hours", "-1"],
        ["analyze", str(EXAMPLE), "--small-family-max", "many"],
        ["analyze", "does-not-exist.json"],
    ],
)
def test_bad_command_lines_exit_2(args, capsys):
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err
    assert "Traceback" not in err


def test_settings_change_the_result_and_are_recorded(capsys):
    example = resources.path("examples/09-reported-platform.json")  # reported 11.5 h after knowing
    assert cli.main(["analyze", str(example), "--json", "--timely-window-hours", "6"]) == 0
    data = json.loads(capsys.readouterr().out)
    # 6 h < 11.5 h ≤ 72 h: the grey zone, where only the volunteer's judgement decides
    assert data["outcome"] == "UNDETERMINED"
    assert data["missing"] == ["timely"]
    assert data["settings"]["timely_window_hours"] == 6
    args = ["analyze", str(example), "--json", "--timely-window-hours", "6"]
    assert cli.main([*args, "--late-window-hours", "10"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "NOT_EXEMPT"
    assert data["route"] == "late_measure"
    assert data["settings"]["late_window_hours"] == 10


def test_fast_serialisation_equals_the_json_object():
    from cases.analysis import analyzer
    from cases.model import case_files

    for path in sorted(resources.path("examples").glob("[0-9]*.json")):
        (case,) = case_files.load_file(path).cases
        result = analyzer.analyze(case)
        for lang in ("zh", "en"):
            assert json.loads(result.json_text(lang)) == result.to_json(lang)


def _case_text(date, discovered_at, at, title) -> str:
    """A case file's text; ``json.dumps`` keeps NaN, huge numbers and lone surrogates."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["title"] = title
    incident = data["incident"]
    incident["date"] = date
    incident["discovered_at"] = discovered_at
    incident["actions"] = [{"kind": "warned", "at": at}]
    return json.dumps(data)


def _run_in_process(args: list[str]) -> tuple[int, str, str]:
    """``cli.main`` with stdout and stderr as a terminal would take them (UTF-8)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with mock.patch.object(sys, "stdout", out), mock.patch.object(sys, "stderr", err):
        status = cli.main(args)
    out.flush()
    err.flush()
    return status, out.buffer.getvalue().decode("utf-8"), err.buffer.getvalue().decode("utf-8")


NEXT_YEAR = dt.date.today().year + 1


@pytest.mark.parametrize(
    ("date", "discovered_at", "at", "title", "field"),
    [
        ("2019-05-01", "0001-01-01T00:00", None, "t", "incident.discovered_at"),
        ("9999-12-31", None, None, "t", "incident.date"),
        ("2019-05-01", None, "9999-12-31T23:59", "t", "incident.actions[0].at"),
        ("1989-12-31", None, None, "t", "incident.date"),
        (f"{NEXT_YEAR + 1}-01-01", None, None, "t", "incident.date"),
        ("2019-05-01\n", None, None, "t", "incident.date"),
        ("2019-05-01", "2019-05-14T09:00\n", None, "t", "incident.discovered_at"),
        ("2019-05-01", None, None, "\ud800", "title"),
    ],
)
def test_bad_dates_and_titles_exit_2_naming_the_field(
    tmp_path, date, discovered_at, at, title, field
):
    path = tmp_path / "case.json"
    path.write_text(_case_text(date, discovered_at, at, title), encoding="utf-8")
    for args in (["analyze", str(path)], ["analyze", str(path), "--json"]):
        status, out, err = _run_in_process(args)
        assert status == common.EXIT_BAD_INPUT, err
        assert out == ""
        assert field in err
        assert "internal error" not in err


_with_surrogate = st.builds(
    "{}{}{}".format, st.text(max_size=4), st.characters(categories=["Cs"]), st.text(max_size=4)
)
_date_like = st.builds(
    "{:04d}{}{}".format,
    st.integers(0, 9999),
    st.sampled_from(["-01-01", "-02-29", "-12-31", "-06-15T12:00", "-12-31T23:59", "-13-01"]),
    st.sampled_from(["", "\n", " ", "Z", "\u2028"]),
)
_values = st.one_of(
    st.none(),
    _date_like,
    st.text(max_size=20),
    _with_surrogate,
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)


_GOOD = {
    "date": "2019-05-01",
    "discovered_at": "2019-05-14T09:00",
    "at": "2019-05-15T10:00",
    "title": "业主群",
}
# Mostly one field bad and the others good, so that the bad value is the one read;
# sometimes every field random.
_one_bad = st.builds(
    lambda name, value: {**_GOOD, name: value}, st.sampled_from(sorted(_GOOD)), _values
)
_all_random = st.fixed_dictionaries({name: _values for name in _GOOD})


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory) -> Path:
    """One folder (and store) for every example: a store per example would cost seconds."""
    return tmp_path_factory.mktemp("any-value")


@settings(max_examples=150, deadline=None)
@given(fields=_one_bad | _one_bad | _all_random, as_json=st.booleans())
def test_any_value_in_a_date_or_the_title_exits_0_or_2_never_with_a_traceback(
    shared_folder, fields, as_json
):
    date, discovered_at, at, title = (fields[n] for n in ("date", "discovered_at", "at", "title"))
    path = shared_folder / "case.json"
    path.write_text(_case_text(date, discovered_at, at, title), encoding="utf-8")
    extra = ["--json"] if as_json else []
    analysed = _run_in_process(["analyze", str(path), *extra])
    db = str(shared_folder / "cases.sqlite3")
    imported = _run_in_process(["cases", "import", str(path), "--db", db, *extra])
    for status, _out, err in (analysed, imported):
        assert status in (common.EXIT_OK, common.EXIT_BAD_INPUT), err
        assert "Traceback" not in err
        assert "internal error" not in err
        assert bool(err) == (status == common.EXIT_BAD_INPUT)
    # Both entry points read the file the same way.
    assert analysed[0] == imported[0]


# --- What is read: regular files only, within a size limit ---------------------------


def _limited(seconds: int = 60) -> dict[str, object]:
    """Run a child with at most 2 GB of memory, so a regression fails instead of eating the machine."""

    if os.name != "posix":
        return {"timeout": seconds}

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return {"preexec_fn": limit, "timeout": seconds}


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_not_read_until_memory_runs_out():
    result = run("analyze", "/dev/zero", "--lang", "en", **_limited())
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "/dev/zero: is not a regular file (it is a character device); "
        "only a regular file can be read as a case file"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_instead_of_waiting_forever(tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    result = run("analyze", str(fifo), **_limited())
    assert result.returncode == 2
    assert "不是普通文件（而是命名管道（FIFO））" in result.stderr


def test_a_folder_is_refused(tmp_path):
    result = run("analyze", str(tmp_path), "--lang", "en")
    assert result.returncode == 2
    assert "is a folder, not a file" in result.stderr


def test_a_file_over_the_limit_is_refused_and_max_size_raises_the_limit(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(200_000_001)  # sparse
    result = run("analyze", str(big), "--lang", "en", **_limited())
    assert result.returncode == 2
    assert "too large (200,000,001 bytes; the limit is 200 MB)" in result.stderr
    assert "--max-size" in result.stderr
    # Raised, the limit lets the file be read: it is then refused for what it holds.
    result = run("analyze", str(big), "--lang", "en", "--max-size", "300", **_limited())
    assert result.returncode == 2
    assert "not valid JSON (line 1, column 1" in result.stderr
    # Lowered, it refuses even an example.
    result = run("analyze", str(EXAMPLE), "--max-size", "0.001", "--lang", "en")
    assert result.returncode == 2
    assert "the limit is 0.001 MB" in result.stderr


@pytest.mark.parametrize("size", ["0", "-5", "lots", "nan", "inf"])
def test_a_max_size_that_is_not_a_size_is_a_usage_error(size, capsys):
    assert cli.main(["analyze", str(EXAMPLE), "--max-size", size]) == 2
    assert "not a size in MB" in capsys.readouterr().err


# --- Repeated keys and empty batches --------------------------------------------------


def test_a_repeated_role_is_refused_not_read_as_the_last_one(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    assert '"role": "creator"' in text
    doubled = tmp_path / "doubled.json"
    doubled.write_text(
        text.replace('"role": "creator"', '"role": "creator", "role": "member"'), "utf-8"
    )
    result = run("analyze", str(doubled), "--json", "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f'{doubled}: incident.role: the key "role" appears')


def test_an_empty_batch_is_refused(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("[]\n", encoding="utf-8")
    for mode in ([], ["--json"]):
        result = run("analyze", str(empty), *mode)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.strip() == f"{empty}: 文件中没有案件（空列表 []）"


def test_the_account_and_the_json_carry_time_limits_and_the_civil_question():
    result = run("analyze", str(EXAMPLE), "--analysis-date", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert "追究时效：" in result.stdout
    assert "民事责任：" in result.stdout
    assert "依据：" in result.stdout
    data = json.loads(
        run("analyze", str(EXAMPLE), "--json", "--analysis-date", "2026-11-28").stdout
    )
    assert {t["kind"] for t in data["time_limits"]} >= {"administrative", "criminal"}
    for limit in data["time_limits"]:
        assert {"kind", "concerns", "law", "article", "period", "from", "until", "status"} <= set(
            limit
        )
    assert data["civil"]["status"] in (
        "direct",
        "possible",
        "unlikely",
        "not_applicable",
        "undetermined",
    )
    assert data["civil"]["finding"]
    for flag in data["other_laws"]:
        assert flag["kind"] in ("administrative", "criminal", "civil")
        assert flag["concerns"] in ("person", "poster")
        assert "compare" in flag
    assert data["analysis_date"] == "2026-11-28"


def test_analyze_loads_neither_the_case_store_nor_the_text_layout_it_does_not_use():
    """``analyze --json`` starts without the store's modules (nor, for JSON, the text's)."""
    example = next(iter(sorted(resources.path("examples").glob("[0-9]*.json"))))
    probe = (
        "import sys; from cases.cli import main; "
        f"status = main.main(['analyze', {str(example)!r}, '--json']); "
        "print(status, sorted(m for m in sys.modules "
        "if m.startswith(('cases.store.database', 'cases.present.plain_text', "
        "'cases.present.outline'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines()[-1] == "0 []"
