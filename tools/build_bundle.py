"""Build the standalone one-folder bundle on this machine: ``python tools/build_bundle.py``.

The same command on Linux, Windows and macOS (the bundle is for the system it is built
on). It needs the build tool, installed with ``pip install -e ".[bundle]"``, and runs
PyInstaller on the checked-in spec ``packaging/qunzhu-analyzer.spec``. Results:

- ``dist/qunzhu-analyzer/``: the bundle; on macOS also ``dist/群主责任分析.app``;
- ``dist/qunzhu-analyzer-VERSION-SYSTEM-MACHINE.tar.xz`` on Linux (with the menu
  entry, its icon and ``install-desktop-entry.sh`` in the folder), ``.zip`` elsewhere.

It prints the build time and the bundle's size next to the targets (docs/bundle.md);
``build/`` holds PyInstaller's work files and log. Exit status: 0 built, 2 something
the machine lacks (named, with how to install it), 1 the build failed.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "qunzhu-analyzer.spec"
LINUX_FILES = ROOT / "packaging" / "linux"
ICON = ROOT / "packaging" / "icons" / "qunzhu-analyzer.png"
NAME = "qunzhu-analyzer"
MIB = 1024 * 1024
TARGET_UNPACKED_MB = 120
"""The Linux bundle's unpacked size target, in MB (10^6 bytes; ``du -sh`` shows MiB)."""
TARGET_ARCHIVE_MB = 45
"""The Linux ``.tar.xz``'s size target, in MB (10^6 bytes)."""


class BuildError(Exception):
    """Something the build needs is missing or failed; the message says what to do."""

    def __init__(self, message: str, status: int = 2) -> None:
        """Keep the message and the exit status (2: the machine lacks something)."""
        super().__init__(message)
        self.status = status


def version() -> str:
    """The app's version, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def system_tag() -> str:
    """e.g. ``linux-x86_64``, ``windows-amd64``, ``macos-arm64``."""
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    return f"{system}-{platform.machine().lower()}"


def check_tools() -> None:
    """Refuse early, naming the fix, when the machine lacks what the build needs."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(
            "PyInstaller is not installed in this Python. Install the build tool first:\n"
            f'  {sys.executable} -m pip install -e ".[bundle]"'
        ) from None
    if not sys.platform.startswith("linux"):
        return
    if shutil.which("strip") is None or shutil.which("objdump") is None:
        raise BuildError("The Linux build needs binutils (strip): sudo apt-get install binutils")
    sys.path.insert(0, str(ROOT))
    from desktop import qt_runtime

    missing = qt_runtime.missing_packages()
    if missing:
        # The bundle carries these from the build machine, so that a volunteer's
        # computer does not need them; without them here it would lack them too.
        raise BuildError(
            "The bundle carries the X11 libraries Qt's window needs, from this machine; "
            f"install them first:\n  sudo apt-get install {' '.join(missing)}"
        )


def run_pyinstaller(dist: Path, work: Path) -> None:
    """Run PyInstaller on the spec; its log goes to build/pyinstaller.log."""
    work.mkdir(parents=True, exist_ok=True)
    log = work.parent / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        raise BuildError("PyInstaller failed; the end of its log:\n" + "\n".join(tail), status=1)


def tidy(folder: Path) -> None:
    """Remove the links PyInstaller made to libraries the spec left out."""
    for path in folder.rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()


def add_linux_files(folder: Path) -> None:
    """The menu entry, its icon, the script that installs them, and a short read-me."""
    for source in sorted(LINUX_FILES.iterdir()):
        target = folder / source.name
        shutil.copy2(source, target)
    shutil.copy2(ICON, folder / ICON.name)
    (folder / "install-desktop-entry.sh").chmod(0o755)


def size_of(folder: Path) -> int:
    """Bytes in the folder's files (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_archive(folder: Path, dist: Path) -> Path:
    """The bundle as one file to download: ``.tar.xz`` on Linux, ``.zip`` elsewhere."""
    stem = f"{NAME}-{version()}-{system_tag()}"
    if sys.platform == "darwin":
        app = next(dist.glob("*.app"), None)
        archive = dist / f"{stem}.zip"
        archive.unlink(missing_ok=True)
        # ditto keeps the .app's links and signatures, which a plain zip would not.
        source = app if app is not None else folder
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(source), str(archive)], check=True)
        return archive
    if sys.platform == "win32":
        base = dist / stem
        return Path(shutil.make_archive(str(base), "zip", root_dir=dist, base_dir=folder.name))
    archive = dist / f"{stem}.tar.xz"
    partial = archive.with_suffix(".xz.partial")
    xz = shutil.which("xz")
    if xz is None:  # Python's lzma: the same file, on one core
        with tarfile.open(partial, "w:xz") as tar:
            tar.add(folder, arcname=folder.name, filter=_tar_filter)
    else:  # xz on every core
        with partial.open("wb") as out:
            proc = subprocess.Popen([xz, "-T0", "-6", "-c"], stdin=subprocess.PIPE, stdout=out)
            assert proc.stdin is not None
            with tarfile.open(fileobj=proc.stdin, mode="w|") as tar:
                tar.add(folder, arcname=folder.name, filter=_tar_filter)
            proc.stdin.close()
            if proc.wait() != 0:
                raise BuildError("xz failed to compress the bundle", status=1)
    partial.replace(archive)
    return archive


def report(folder: Path, archive: Path | None, seconds: float) -> None:
    """Print the build time and the sizes next to the targets."""
    unpacked = size_of(folder)
    linux = sys.platform.startswith("linux")
    note = "" if linux else " (the targets are the Linux bundle's)"
    print(f"built {folder} in {seconds:.0f} s")
    print(
        f"bundle, unpacked: {unpacked / 1e6:6.1f} MB ({unpacked / MIB:.1f} MiB)"
        f"   target ≤ {TARGET_UNPACKED_MB} MB{note}"
    )
    if archive is not None:
        packed = archive.stat().st_size
        print(f"{archive.name}: {packed / 1e6:6.1f} MB   target ≤ {TARGET_ARCHIVE_MB} MB{note}")


def build(dist: Path, work: Path, archive: bool = True) -> tuple[Path, Path | None]:
    """Build the bundle (and its archive); the folder and the archive."""
    check_tools()
    start = time.perf_counter()
    run_pyinstaller(dist, work)
    folder = dist / NAME
    tidy(folder)
    if sys.platform.startswith("linux"):
        add_linux_files(folder)
    built = time.perf_counter() - start
    made = make_archive(folder, dist) if archive else None
    report(folder, made, built)
    return folder, made


def main(argv: list[str]) -> int:
    """Build; the exit status."""
    parser = argparse.ArgumentParser(prog="python tools/build_bundle.py", description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="work files"
    )
    parser.add_argument("--no-archive", action="store_true", help="the folder only")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve(), args.work.resolve(), archive=not args.no_archive)
    except BuildError as error:
        print(error, file=sys.stderr)
        return error.status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
