"""`python main.py` without its packages installed: one line naming the setup, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETUP = "python3 -m venv .venv && .venv/bin/python -m pip install -e ."
EXAMPLE = ROOT / "resources" / "examples" / "07-owners-group-long-insult.json"


def run_without_site_packages(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``main.py`` under ``python -S``: the standard library only, as before ``pip install``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-S", str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        check=False,
        timeout=60,
    )


def test_the_setup_command_named_is_the_readme_s():
    assert SETUP in (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize(
    "args",
    [(), ("analyze", str(EXAMPLE)), ("cases", "list"), ("--smoke-test",)],
    ids=["window", "analyze", "cases", "smoke"],
)
def test_a_missing_package_gives_one_line_naming_the_setup_command(tmp_path, args):
    result = run_without_site_packages(tmp_path, *args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert SETUP in lines[0]
    assert "缺少" in lines[0]
    assert any(name in lines[0] for name in ("PySide6", "fastjsonschema", "jsonschema"))


def test_the_message_is_english_with_lang_en(tmp_path):
    result = run_without_site_packages(tmp_path, "analyze", str(EXAMPLE), "--lang", "en")
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("missing package")
    assert SETUP in line
    assert "缺少" not in line
