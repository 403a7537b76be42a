"""The hidden ``main.py --smoke-test``: the real window, started and watched, its outcome printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"


def _accepted_profile(tmp_path: Path) -> Path:
    """A settings folder (XDG_CONFIG_HOME) in which the first-run notice was accepted."""
    config = tmp_path / "config"
    (config / "qunzhu-analyzer").mkdir(parents=True)
    (config / "qunzhu-analyzer" / "qunzhu-analyzer.conf").write_text("[notice]\naccepted=true\n")
    return config


def _smoke(tmp_path: Path, *args: str, config: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(config or _accepted_profile(tmp_path))
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--smoke-test",
            "--db",
            str(tmp_path / "c.db"),
            *args,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_smoke_test_opens_the_case_in_the_window_and_prints_its_outcome(tmp_path):
    name = "07-owners-group-long-insult.json"
    expected = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))[name]
    shot = tmp_path / "window.png"
    done = _smoke(tmp_path, "--screenshot", str(shot), str(EXAMPLES / name))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:1] == ["painted"]
    assert {"framed", "complete"} <= set(lines)
    outcome = next(line for line in lines if line.startswith("outcome: "))
    assert outcome == f"outcome: {expected['outcome']} 很可能未尽责 措施不及时"
    fonts = next(line for line in lines if line.startswith("fonts: "))
    assert "WenQuanYi Micro Hei" in fonts
    assert "qt: 取消" in lines  # Qt's own Chinese catalogue is loaded
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_smoke_test_speaks_the_language_asked_for(tmp_path):
    name = "02-one-to-one-insult.json"
    done = _smoke(tmp_path, "--lang", "en", str(EXAMPLES / name))
    assert done.returncode == 0, done.stderr
    assert "outcome: PRIVATE_SPACE Private space one-to-one chat" in done.stdout.splitlines()
    assert "qt: Cancel" in done.stdout.splitlines()


def test_smoke_test_of_a_bad_case_file_prints_its_message_and_exits_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": 1}), encoding="utf-8")
    done = _smoke(tmp_path, str(bad))
    assert done.returncode == 2
    assert "bad.json" in done.stderr
    assert "format" in done.stderr
    assert "Traceback" not in done.stderr
    assert not any(line.startswith("outcome:") for line in done.stdout.splitlines())


def test_smoke_test_says_when_the_first_run_notice_was_never_accepted(tmp_path):
    done = _smoke(tmp_path, config=tmp_path / "fresh-profile")
    assert done.returncode == 1
    assert "first-run notice has not been accepted" in done.stderr
    assert "never showed an outcome" in done.stderr
