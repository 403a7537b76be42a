"""Build the bundle and check it from the bundle alone: ``python tools/smoke_bundle.py``.

Runs ``tools/build_bundle.py`` (unless ``--archive`` names one already built), unpacks
the ``.tar.xz`` into a temporary folder as a volunteer would, and runs that copy with
no Python on ``PATH``, no ``PYTHONPATH``, and a home, settings and data folder of its
own, offscreen. It checks that the bundle:

- analyses every example to the outcome, route and missing facts in
  ``resources/examples/expected.json``;
- exports a case summary PDF with the Chinese font embedded;
- refuses a bad case file with a message naming it, exit status 2, no traceback;
- opens the real window on a case file and shows the expected outcome in its banner,
  with the bundled font (``--smoke-test``; a bad case file there exits 2 too);
- keeps its data in the per-user folders, writing nothing inside the bundle;
- installs its menu entry, whose command starts the window;
- stays within the size targets.

Linux only (the platform CI runs on). Prints one line per check and closes with
"N passed, N failed"; exit status 0 only if every check passed.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
sys.path.insert(0, str(ROOT / "tools"))

import build_bundle  # noqa: E402  (tools/ is not a package)

NAME = build_bundle.NAME
FONT = "WenQuanYi Micro Hei"
TIMEOUT_S = 120


class CheckError(Exception):
    """A check saw something other than what it expected."""


class Bundle:
    """An unpacked bundle, run as a volunteer would run it."""

    def __init__(self, folder: Path, home: Path) -> None:
        """Run ``folder``'s program with ``home`` as the user's home folder."""
        self.folder = folder
        self.program = folder / NAME
        self.home = home
        self.env = {
            "PATH": "/usr/bin:/bin",  # no venv, no pyenv: the bundle must bring Python
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        (home / "runtime").mkdir(parents=True, mode=0o700)

    def run(self, *args: str, program: Path | None = None) -> subprocess.CompletedProcess[str]:
        """Run the bundle's program (or another); the finished process."""
        return subprocess.run(
            [str(program or self.program), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            cwd=self.home,
            timeout=TIMEOUT_S,
            check=False,
        )

    def accept_notice(self) -> None:
        """Settings as after a volunteer accepted the first-run notice."""
        conf = self.home / ".config" / NAME / f"{NAME}.conf"
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("[notice]\naccepted=true\n", encoding="utf-8")


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckError(message)


def _ran(done: subprocess.CompletedProcess[str], status: int = 0) -> None:
    _expect(
        done.returncode == status,
        f"exit status {done.returncode}, expected {status}\n{done.stdout[-2000:]}{done.stderr[-2000:]}",
    )
    _expect("Traceback" not in done.stderr, f"a traceback reached the user:\n{done.stderr}")


def _expected() -> dict[str, dict[str, object]]:
    return json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


def check_analyze(bundle: Bundle) -> str:
    """Every example analysed from the bundle to its expected.json result."""
    expected = _expected()
    for name, want in sorted(expected.items()):
        done = bundle.run("analyze", str(EXAMPLES / name), "--json")
        _ran(done)
        got = json.loads(done.stdout)
        # The same projection of the JSON as tests/test_examples.py makes.
        seen = {key: got[key] for key in ("outcome", "route", "missing", "cautions")}
        seen["civil"] = got["civil"]["status"]
        seen["time_limits"] = [[t["kind"], t["status"]] for t in got["time_limits"]]
        _expect(seen == want, f"{name}: {seen}, expected {want}")
    return f"{len(expected)} examples analysed as expected.json says"


def check_pdf(bundle: Bundle) -> str:
    """A case summary PDF exported from the bundle, with the Chinese font embedded."""
    pdf = bundle.home / "case.pdf"
    _ran(
        bundle.run("analyze", str(EXAMPLES / "07-owners-group-long-insult.json"), "--pdf", str(pdf))
    )
    _expect(pdf.read_bytes()[:5] == b"%PDF-", f"{pdf} is not a PDF")
    fonts = _embedded_fonts(pdf)
    _expect(
        any("WenQuanYi" in font.replace(" ", "") for font in fonts),
        f"the Chinese font is not embedded; embedded: {sorted(fonts)}",
    )
    return f"PDF exported with {FONT} embedded"


def _embedded_fonts(pdf: Path) -> set[str]:
    """The names of the fonts embedded in a PDF (pdffonts if installed, else pypdf)."""
    pdffonts = shutil.which("pdffonts")
    if pdffonts is not None:
        lines = subprocess.run(
            [pdffonts, str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        # name type [encoding] emb sub uni object ID: "emb" is the 5th field from the end.
        return {line.split()[0] for line in lines if line.split()[-5] == "yes"}
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2")
                ):
                    names.add(str(descendant.get_object()["/BaseFont"]).lstrip("/"))
    return names


def check_bad_file(bundle: Bundle) -> str:
    """``analyze`` on a broken case file: a message naming it, exit 2."""
    bad = bundle.home / "bad-case.json"
    bad.write_text('{"format": "group-owner-case", "version": 1, "incident": [', encoding="utf-8")
    done = bundle.run("analyze", str(bad))
    _ran(done, status=2)
    _expect("bad-case.json" in done.stderr, f"the message does not name the file: {done.stderr}")
    return "a bad case file is refused with a message naming it (exit 2)"


def _window(bundle: Bundle, *args: str, program: Path | None = None) -> dict[str, str]:
    done = bundle.run("--smoke-test", *args, program=program)
    _ran(done)
    lines = done.stdout.splitlines()
    _expect(lines[:1] == ["painted"], f"the window was not painted first: {lines}")
    seen = dict(line.partition(": ")[::2] for line in lines if ": " in line)
    _expect("outcome" in seen, f"no outcome shown: {lines}")
    return seen


def check_window(bundle: Bundle) -> str:
    """The window opens a case file and shows its outcome, in the bundled font."""
    bundle.accept_notice()
    name = "07-owners-group-long-insult.json"
    want = _expected()[name]["outcome"]
    shot = bundle.home / "window.png"
    db = bundle.home / "window.sqlite3"
    seen = _window(bundle, "--db", str(db), "--screenshot", str(shot), str(EXAMPLES / name))
    # The banner's words are the app's own label, graded 很可能 / 可能 (analysis v2).
    from cases.model import labels

    words = [labels.outcome_label(want, tentative, "zh", short=True) for tentative in (False, True)]
    _expect(
        seen["outcome"].startswith(f"{want} ") and any(w in seen["outcome"] for w in words),
        f"banner: {seen['outcome']!r}, expected {want} and one of {words}",
    )
    _expect(FONT in seen.get("fonts", ""), f"the bundled font is not in use: {seen.get('fonts')}")
    _expect(seen.get("qt") == "取消", f"Qt's Chinese catalogue is not loaded: {seen.get('qt')!r}")
    _expect(shot.read_bytes()[:4] == b"\x89PNG", "no screenshot of the window")
    english = _window(
        bundle, "--db", str(db), "--lang", "en", str(EXAMPLES / "02-one-to-one-insult.json")
    )
    _expect(
        english["outcome"].startswith("PRIVATE_SPACE Private space"),
        f"English banner: {english['outcome']!r}",
    )
    return (
        f"the window showed {want} ({seen['outcome'].partition(' ')[2]}) in {FONT},"
        " Qt's own words in Chinese,"
        " and in English PRIVATE_SPACE"
    )


def check_window_bad_file(bundle: Bundle) -> str:
    """The window given a broken case file: its message, exit 2."""
    bundle.accept_notice()
    bad = bundle.home / "bad-window-case.json"
    bad.write_text("[1, 2", encoding="utf-8")
    done = bundle.run("--smoke-test", "--db", str(bundle.home / "bad.sqlite3"), str(bad))
    _ran(done, status=2)
    _expect("bad-window-case.json" in done.stderr, f"no message naming the file: {done.stderr}")
    return "the window refuses a bad case file with its message (exit 2)"


def check_data_folders(bundle: Bundle, before: dict[str, tuple[int, int]]) -> str:
    """The default store lands in the per-user data folder; the bundle is unchanged."""
    bundle.accept_notice()
    _window(bundle, str(EXAMPLES / "08-removed-poster.json"))
    store = bundle.home / ".local" / "share" / NAME / "cases.sqlite3"
    _expect(store.is_file(), f"no case store at {store}")
    after = _listing(bundle.folder)
    changed = sorted(set(before.items()) ^ set(after.items()))
    _expect(not changed, f"the bundle's folder changed: {changed[:10]}")
    return f"cases saved in {store.relative_to(bundle.home)}; nothing written in the bundle"


def check_menu_entry(bundle: Bundle) -> str:
    """install-desktop-entry.sh writes a menu entry whose command starts the window."""
    script = bundle.folder / "install-desktop-entry.sh"
    done = subprocess.run(
        [str(script)], capture_output=True, text=True, env=bundle.env, check=False
    )
    _ran(done)
    data = bundle.home / ".local" / "share"
    entry = data / "applications" / f"{NAME}.desktop"
    keys = dict(
        line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    _expect(Path(keys["Icon"]).is_file(), f"the entry's icon is missing: {keys['Icon']}")
    validate = shutil.which("desktop-file-validate")
    if validate is not None:
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        _expect(checked.returncode == 0, f"desktop-file-validate: {checked.stdout}{checked.stderr}")
    command = shlex.split(keys["Exec"].replace("\\\\", "\\"))
    _expect(command[-1] == "%f", f"Exec does not take a file: {keys['Exec']}")
    program = Path(command[0])
    _expect(program == bundle.program, f"Exec points at {program}, not {bundle.program}")
    bundle.accept_notice()
    _window(bundle, "--db", str(bundle.home / "menu.sqlite3"), program=program)
    return f"menu entry {entry.relative_to(bundle.home)} starts the window"


def check_sizes(folder: Path, archive: Path) -> str:
    """The unpacked bundle and its archive within their size targets."""
    unpacked = build_bundle.size_of(folder) / 1e6
    packed = archive.stat().st_size / 1e6
    _expect(
        unpacked <= build_bundle.TARGET_UNPACKED_MB,
        f"unpacked {unpacked:.1f} MB > {build_bundle.TARGET_UNPACKED_MB} MB",
    )
    _expect(
        packed <= build_bundle.TARGET_ARCHIVE_MB,
        f"archive {packed:.1f} MB > {build_bundle.TARGET_ARCHIVE_MB} MB",
    )
    return f"{unpacked:.1f} MB unpacked, {packed:.1f} MB packed, within the targets"


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def unpack(archive: Path, into: Path) -> Path:
    """Unpack as ``tar -xJf`` would; the bundle's folder."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    return into / NAME


def main(argv: list[str]) -> int:
    """Build (unless given an archive), unpack, check; 0 if every check passed."""
    parser = argparse.ArgumentParser(prog="python tools/smoke_bundle.py", description=__doc__)
    parser.add_argument("--archive", type=Path, help="check this .tar.xz instead of building")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("the bundle smoke test runs on Linux only", file=sys.stderr)
        return 2
    start = time.perf_counter()
    archive = args.archive
    if archive is None:
        try:
            _folder, archive = build_bundle.build(ROOT / "dist", ROOT / "build" / "pyinstaller")
        except build_bundle.BuildError as error:
            print(error, file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
        assert archive is not None
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="bundle-smoke-") as tmp:
        folder = unpack(archive, Path(tmp) / "unpacked")
        bundle = Bundle(folder, Path(tmp) / "home")
        before = _listing(folder)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("analyze", lambda: check_analyze(bundle)),
            ("pdf", lambda: check_pdf(bundle)),
            ("bad file", lambda: check_bad_file(bundle)),
            ("window", lambda: check_window(bundle)),
            ("window, bad file", lambda: check_window_bad_file(bundle)),
            ("data folders", lambda: check_data_folders(bundle, before)),
            ("menu entry", lambda: check_menu_entry(bundle)),
            ("sizes", lambda: check_sizes(folder, archive)),
        ]
        for name, check in checks:
            try:
                said = check()
            except (CheckError, OSError, KeyError, ValueError, subprocess.SubprocessError) as error:
                failed += 1
                print(f"FAIL {name}: {error}", flush=True)
            else:
                passed += 1
                print(f"ok   {name}: {said}", flush=True)
    print(f"bundle smoke test: {time.perf_counter() - start:.0f} s")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
