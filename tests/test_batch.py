"""Large batches: streamed case by case, the parallel path writing exactly what the serial one does."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sys
import tracemalloc

import pytest

from cases.analysis import analyzer
from cases.cli import batch
from cases.cli import main as cli
from cases.files import resources
from cases.model import case_files
from cases.present import plain_text
from cases.rules import assumptions, results

TODAY = dt.date(2026, 11, 28)


def _cases():
    files = sorted(resources.path("examples").glob("[0-9]*.json"))
    return [case_files.load_file(f).cases[0] for f in files] * 3


def test_parallel_output_equals_serial_output(monkeypatch):
    cases = _cases()
    serial = io.BytesIO()
    batch.write_json(serial, cases, assumptions.DEFAULT_SETTINGS, TODAY)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
    parallel = io.BytesIO()
    batch.write_json(parallel, cases, assumptions.DEFAULT_SETTINGS, TODAY)
    assert parallel.getvalue() == serial.getvalue()
    data = json.loads(parallel.getvalue())
    assert [d["outcome"] for d in data[:3]] == ["NOT_IN_FORCE", "PRIVATE_SPACE", "PRIVATE_SPACE"]
    assert len(data) == len(cases)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_analysis_as_bytes_is_its_json_text_encoded(lang):
    """A batch's JSON is built as bytes from the citations' cached bytes: to_json's text."""
    cases = _cases()
    for case in cases[: len(cases) // 3]:
        result = analyzer.analyze(case, assumptions.DEFAULT_SETTINGS, TODAY)
        expected = json.dumps(result.to_json(lang), ensure_ascii=False)
        assert result.json_bytes(lang) == expected.encode("utf-8")
        assert result.json_text(lang) == expected


def test_an_empty_batch_is_an_empty_list():
    out = io.BytesIO()
    batch.write_json(out, [], assumptions.DEFAULT_SETTINGS, TODAY)
    assert json.loads(out.getvalue()) == []


# --- Batch files, streamed ------------------------------------------------------------


class _Sink:
    """Standard output that only counts what is written (so memory counts stay honest)."""

    def __init__(self) -> None:
        self.buffer = self
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def _batch_file(tmp_path, copies: int, name: str = "batch.json"):
    files = sorted(resources.path("examples").glob("[0-9]*.json"))
    cases = [json.loads(f.read_text(encoding="utf-8")) for f in files] * copies
    path = tmp_path / name
    path.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _texts(path) -> list[str]:
    """A batch file's cases as the JSON texts a kept batch hands its workers."""
    return [json.dumps(case, ensure_ascii=False) for case in json.loads(path.read_text("utf-8"))]


def _analyze(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    status = cli.main(["analyze", *argv, "--today", TODAY.isoformat()])
    captured = capsysbinary.readouterr()
    return status, captured.out, captured.err.decode("utf-8")


@pytest.mark.parametrize("kept", [False, True], ids=["read-again", "kept"])
@pytest.mark.parametrize("parallel", [False, True], ids=["serial", "parallel"])
def test_a_batch_prints_what_each_case_gives_alone(
    tmp_path, capsysbinary, monkeypatch, parallel, kept
):
    monkeypatch.setattr(batch, "KEEP_UP_TO", 1000 if kept else 0)
    if parallel:
        monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
        monkeypatch.setattr(batch, "GROUP", 4)  # many groups in flight, in order
    path = _batch_file(tmp_path, 3)
    cases = case_files.load_file(path).cases
    results = [analyzer.analyze(c, assumptions.DEFAULT_SETTINGS, TODAY) for c in cases]
    for lang in ("zh", "en"):
        status, out, _ = _analyze(capsysbinary, str(path), "--lang", lang)
        assert status == 0
        expected = "\n".join(
            plain_text.render(c, r, lang) for c, r in zip(cases, results, strict=True)
        )
        assert out.decode("utf-8") == expected
        status, out, _ = _analyze(capsysbinary, str(path), "--json", "--lang", lang)
        assert status == 0
        assert json.loads(out) == [r.to_json(lang) for r in results]


@pytest.mark.parametrize("kept", [False, True], ids=["read-again", "kept"])
@pytest.mark.parametrize("parallel", [False, True], ids=["serial", "parallel"])
@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["text", "json"])
def test_a_bad_case_at_the_end_of_a_batch_means_nothing_is_written(
    tmp_path, capsysbinary, monkeypatch, parallel, mode, kept
):
    monkeypatch.setattr(batch, "KEEP_UP_TO", 1000 if kept else 0)
    if parallel:
        monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
        monkeypatch.setattr(batch, "GROUP", 4)
    path = _batch_file(tmp_path, 3)
    cases = json.loads(path.read_text(encoding="utf-8"))
    cases[-1]["incident"]["member_count"] = 1
    path.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    status, out, err = _analyze(capsysbinary, str(path), *mode)
    assert status == 2
    assert out == b""
    assert f"第 {len(cases)} 个案件" in err
    assert "incident.member_count" in err


def _count_validations_here(monkeypatch) -> list[int | None]:
    """The positions of the cases this process validates from now on (not its workers')."""
    validated_here: list[int | None] = []
    validate = case_files.validate_case

    def counting(*args, **kwargs):
        validated_here.append(args[2])
        return validate(*args, **kwargs)

    monkeypatch.setattr(case_files, "validate_case", counting)
    return validated_here


def _kept_in_parallel(monkeypatch) -> None:
    monkeypatch.setattr(batch, "KEEP_UP_TO", 1000)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
    monkeypatch.setattr(batch, "GROUP", 4)
    monkeypatch.setattr(batch, "_workers", lambda: 2)


@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["text", "json"])
def test_a_kept_batch_is_checked_by_the_workers_not_before_them(
    tmp_path, capsysbinary, monkeypatch, mode
):
    """The command's own process validates no case: the workers share the check."""
    _kept_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    status, expected_out, _ = _analyze(capsysbinary, str(path), *mode)
    assert status == 0
    validated_here = _count_validations_here(monkeypatch)
    status, out, err = _analyze(capsysbinary, str(path), *mode)
    assert (status, err) == (0, "")
    assert out == expected_out
    assert validated_here == []


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_workers_writing_to_a_file_in_turn_write_what_the_serial_path_writes(
    tmp_path, monkeypatch, as_json
):
    path = _batch_file(tmp_path, 3)
    texts = _texts(path)
    settings = assumptions.DEFAULT_SETTINGS
    serial = io.BytesIO()
    batch.write_texts(serial, str(path), texts, settings, TODAY, "en", as_json)
    _kept_in_parallel(monkeypatch)
    monkeypatch.setattr(batch, "_workers", lambda: 3)
    through_pipes = io.BytesIO()  # no file descriptor: each group is sent to this process
    batch.write_texts(through_pipes, str(path), texts, settings, TODAY, "en", as_json)
    with (tmp_path / "out").open("wb") as out:
        out.write(b"before\n")  # buffered: written first
        batch.write_texts(out, str(path), texts, settings, TODAY, "en", as_json)
    assert through_pipes.getvalue() == serial.getvalue()
    assert (tmp_path / "out").read_bytes() == b"before\n" + serial.getvalue()


def _write_file(out, path, summary=None, as_json=True):
    with case_files.open_case_file(path) as source:
        checked = summary or batch.check_file(source)
        batch.write_file(out, source, checked, assumptions.DEFAULT_SETTINGS, TODAY, "en", as_json)


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize("workers", [2, 3])
def test_workers_reading_a_large_batch_themselves_write_what_the_serial_path_writes(
    tmp_path, monkeypatch, as_json, workers
):
    """Each worker reads the file beside the others and outputs its groups in turn."""
    path = _batch_file(tmp_path, 3)  # a last group of fewer cases than GROUP
    serial = io.BytesIO()
    _write_file(serial, path, as_json=as_json)
    _large_in_parallel(monkeypatch)
    monkeypatch.setattr(batch, "GROUP", 5)
    monkeypatch.setattr(batch, "_workers", lambda: workers)
    through_pipes = io.BytesIO()  # no file descriptor: each group is sent to this process
    _write_file(through_pipes, path, as_json=as_json)
    with (tmp_path / "out").open("wb") as out:
        out.write(b"before\n")
        _write_file(out, path, as_json=as_json)
    assert through_pipes.getvalue() == serial.getvalue()
    assert (tmp_path / "out").read_bytes() == b"before\n" + serial.getvalue()


@pytest.mark.parametrize("to_file", [False, True], ids=["pipes", "file"])
def test_a_large_batch_changed_after_its_check_stops_with_the_message_not_a_hang(
    tmp_path, monkeypatch, to_file
):
    _large_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    with case_files.open_case_file(path) as source:
        summary = batch.check_file(source)
        with path.open("a", encoding="utf-8") as grown:
            grown.write("\n")  # changed (size and time) after the check
        out = (tmp_path / "out").open("wb") if to_file else io.BytesIO()
        with out, pytest.raises(case_files.CaseFileError, match="changed while it was being read"):
            batch.write_file(out, source, summary, assumptions.DEFAULT_SETTINGS, TODAY)


@pytest.mark.parametrize("to_file", [False, True], ids=["pipes", "file"])
def test_a_large_batch_with_fewer_cases_than_counted_stops_after_the_whole_groups_before(
    tmp_path, monkeypatch, to_file
):
    """A worker whose group never comes says so at its turn: what comes before it is written."""
    _large_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    n = len(json.loads(path.read_text(encoding="utf-8")))
    counted = case_files.Summary(n + 2 * batch.GROUP, is_batch=True, cases=None)
    whole = io.BytesIO()
    _write_file(whole, path)
    sink = io.BytesIO()
    out = (tmp_path / "out").open("wb") if to_file else contextlib.nullcontext(sink)
    with (
        out as stream,
        pytest.raises(case_files.CaseFileError, match="changed while it was being read"),
    ):
        _write_file(stream, path, counted)
    written = (tmp_path / "out").read_bytes() if to_file else sink.getvalue()
    # Every case of the file was written (in whole groups), then the missing ones stopped it.
    assert written.startswith(whole.getvalue().rstrip(b"]\n"))


def test_workers_stop_when_the_output_is_closed(tmp_path, monkeypatch):
    """As with ``| head``: the workers find the pipe closed; the command is told, nothing hangs."""
    _kept_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    texts = _texts(path)
    reading, writing = os.pipe()
    os.close(reading)
    with open(writing, "wb") as out, pytest.raises(BrokenPipeError):
        batch.write_texts(out, str(path), texts, assumptions.DEFAULT_SETTINGS, TODAY)


def test_a_worker_failing_in_its_turn_stops_the_others_and_the_command_says_so(
    tmp_path, monkeypatch
):
    _kept_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    texts = _texts(path)
    analyze = analyzer.analyze
    calls = []

    def failing_later(*args, **kwargs):
        calls.append(1)
        if len(calls) > 6:  # in each worker (forked), in its second group of 4: after its turn
            raise ZeroDivisionError("in the analysis")
        return analyze(*args, **kwargs)

    monkeypatch.setattr(analyzer, "analyze", failing_later)
    with (tmp_path / "out").open("wb") as out, pytest.raises(RuntimeError, match="ZeroDivision"):
        batch.write_texts(out, str(path), texts, assumptions.DEFAULT_SETTINGS, TODAY)


def test_the_first_bad_case_in_the_files_order_is_reported_whichever_worker_finds_it(
    tmp_path, capsysbinary, monkeypatch
):
    _kept_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    cases = json.loads(path.read_text(encoding="utf-8"))
    # Groups of 4 dealt to 2 workers: case 9 is the first worker's (group 2), case 5
    # the second's (group 1).
    cases[9]["incident"]["member_count"] = 1
    cases[5]["incident"]["role"] = "owner"
    path.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    for mode in ([], ["--json"]):
        status, out, err = _analyze(capsysbinary, str(path), *mode)
        assert status == 2
        assert out == b""
        assert "第 6 个案件（[5]）: incident.role" in err
        assert "[9]" not in err


@pytest.mark.parametrize("kept", [False, True], ids=["read-again", "kept"])
def test_a_repeated_key_in_a_batch_is_reported_at_its_case_as_by_one_pass(
    tmp_path, capsysbinary, monkeypatch, kept
):
    """The kept batch is split without looking for repeated keys: the workers find it."""
    _kept_in_parallel(monkeypatch)
    if not kept:
        monkeypatch.setattr(batch, "KEEP_UP_TO", 0)
    path = _batch_file(tmp_path, 3)
    text = path.read_text(encoding="utf-8")
    cases = json.loads(text)
    # Case 9 (the first worker's) repeats its role; case 11 is invalid as well.
    cases[11]["incident"]["member_count"] = 1
    items = [json.dumps(c, ensure_ascii=False) for c in cases]
    items[9] = items[9].replace('"role": ', '"role": "member", "role": ', 1)
    path.write_text("[" + ",\n".join(items) + "]", encoding="utf-8")
    for mode in ([], ["--json"]):
        status, out, err = _analyze(capsysbinary, str(path), *mode)
        assert status == 2
        assert out == b""
        assert "第 10 个案件（[9]）" in err
        assert "role" in err
        assert "[11]" not in err


def _large_in_parallel(monkeypatch) -> None:
    """As for a batch of more than 20,000 cases: checked, then read again."""
    monkeypatch.setattr(batch, "KEEP_UP_TO", 0)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
    monkeypatch.setattr(batch, "GROUP", 2)
    monkeypatch.setattr(batch, "_workers", lambda: 2)


def test_a_large_batch_is_checked_by_worker_processes_not_here(tmp_path, monkeypatch):
    _large_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    validated_here = _count_validations_here(monkeypatch)
    with case_files.open_case_file(path) as source:
        summary = batch.check_file(source)
    n = len(json.loads(path.read_text(encoding="utf-8")))
    assert summary == case_files.Summary(n, is_batch=True, cases=None)
    assert validated_here == []


@pytest.mark.parametrize("broken_at", [6, 11])
def test_a_large_batchs_first_problem_in_order_comes_first_whoever_finds_it(
    tmp_path, capsysbinary, monkeypatch, broken_at
):
    """An invalid case (a worker's find) before bad JSON (this process's) is reported, and after it is not."""
    _large_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)
    cases = json.loads(path.read_text(encoding="utf-8"))
    cases[8]["incident"]["member_count"] = 1
    items = [json.dumps(c, ensure_ascii=False) for c in cases]
    items[broken_at] = items[broken_at].replace('"role": ', '"role" ', 1)
    path.write_text("[" + ",\n".join(items) + "]", encoding="utf-8")
    with (
        case_files.open_case_file(path) as source,
        pytest.raises(case_files.CaseFileError) as expected,
    ):
        source.check()
    for mode in ([], ["--json"]):
        status, out, err = _analyze(capsysbinary, str(path), *mode)
        assert (status, out) == (2, b"")
        assert err.strip() == expected.value.text("zh")
        if broken_at < 8:
            assert "不是有效的 JSON" in err
            assert "[8]" not in err
        else:
            assert "第 9 个案件（[8]）: incident.member_count" in err


def test_a_worker_that_fails_gives_an_internal_error_not_a_traceback(
    tmp_path, capsysbinary, monkeypatch
):
    _kept_in_parallel(monkeypatch)
    path = _batch_file(tmp_path, 3)

    def failing(*args, **kwargs):
        raise ZeroDivisionError("in the analysis")

    monkeypatch.setattr(analyzer, "analyze", failing)
    status, out, err = _analyze(capsysbinary, str(path), "--json")
    assert status == 1
    assert not out.endswith(b"]\n")  # no list that looks complete
    assert "内部错误 / internal error" in err
    assert "ZeroDivisionError: in the analysis" in err
    assert "Traceback" not in err


def test_memory_does_not_grow_with_the_number_of_cases(tmp_path, monkeypatch):
    """A batch is read and written a group at a time: six times the cases, not more memory."""
    monkeypatch.setattr(batch, "KEEP_UP_TO", 0)  # as for a batch of more than 20,000 cases
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10**9)  # in this process, where it is traced
    monkeypatch.setattr(batch, "GROUP", 10)
    monkeypatch.setattr(case_files, "_CHUNK", 1 << 14)
    sink = _Sink()
    monkeypatch.setattr(sys, "stdout", sink)
    small, large = _batch_file(tmp_path, 2, "small.json"), _batch_file(tmp_path, 12, "large.json")
    for mode in ([], ["--json"]):
        cli.main(["analyze", str(small), *mode])  # the law texts and caches loaded first
        peaks = []
        for path in (small, large):
            tracemalloc.start()
            try:
                assert cli.main(["analyze", str(path), *mode]) == 0
                peaks.append(tracemalloc.get_traced_memory()[1])
            finally:
                tracemalloc.stop()
        # Reading all 204 cases first (as before) took 0.6 MB more with --json and
        # 5.6 MB more for the text; streamed, the difference is noise.
        assert peaks[1] - peaks[0] < 300_000, (mode, peaks)
    assert sink.written > 3_000_000


def test_only_a_batch_of_up_to_keep_up_to_cases_is_kept_from_the_first_pass(tmp_path):
    path = _batch_file(tmp_path, 2)
    n = 2 * len(list(resources.path("examples").glob("[0-9]*.json")))
    with case_files.open_case_file(path) as source:
        kept = source.check(keep=n)
        assert kept.count == n
        assert kept.cases == case_files.load_file(path).cases
        assert source.check(keep=n - 1) == case_files.Summary(n, is_batch=True, cases=None)
        assert source.check() == case_files.Summary(n, is_batch=True, cases=None)


def test_an_assumptions_remembered_json_keeps_an_integer_and_a_float_value_apart():
    """24 and 24.0 are equal assumptions' values, but their JSON texts differ."""
    text = ("甲", "A")
    whole = results.Assumption(text, "timely_window_hours", 24)
    decimal = results.Assumption(text, "timely_window_hours", 24.0)
    for lang in ("zh", "en"):
        assert whole.json_text(lang) == json.dumps(whole.to_json(lang), ensure_ascii=False)
        assert decimal.json_text(lang) == json.dumps(decimal.to_json(lang), ensure_ascii=False)
    assert whole.json_text("en").endswith('"value": 24}')
    assert decimal.json_text("en").endswith('"value": 24.0}')
