"""Large batches: the parallel path writes exactly what the serial path writes, in order."""

from __future__ import annotations

import datetime as dt
import io
import json

from cases import batch, caseio, engine, resources

TODAY = dt.date(2026, 11, 28)


def _cases():
    files = sorted(resources.path("examples").glob("[0-9]*.json"))
    return [caseio.load_file(f).cases[0] for f in files] * 3


def test_parallel_output_equals_serial_output(monkeypatch):
    cases = _cases()
    serial = io.BytesIO()
    batch.write_json(serial, cases, engine.DEFAULT_SETTINGS, TODAY)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 5)
    parallel = io.BytesIO()
    batch.write_json(parallel, cases, engine.DEFAULT_SETTINGS, TODAY)
    assert parallel.getvalue() == serial.getvalue()
    data = json.loads(parallel.getvalue())
    assert [d["outcome"] for d in data[:3]] == ["NOT_IN_FORCE", "PRIVATE_SPACE", "PRIVATE_SPACE"]
    assert len(data) == len(cases)


def test_an_empty_batch_is_an_empty_list():
    out = io.BytesIO()
    batch.write_json(out, [], engine.DEFAULT_SETTINGS, TODAY)
    assert json.loads(out.getvalue()) == []
