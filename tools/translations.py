"""Update the interface translations: lupdate, fill what needs no translator, lrelease.

Usage: ``python tools/translations.py [--merge EN.tsv] [--merge-zh ZH.tsv] [--check]``

The sources are English (``self.tr("&File")``); the catalogues give both languages.

1. ``pyside6-lupdate -no-obsolete`` over every ``desktop/*.py`` into
   ``resources/translations/app_zh_CN.ts`` and ``app_en.ts``.
2. In ``app_zh_CN.ts`` an unfinished string gets its Chinese translation from
   ``--merge-zh`` (tab-separated context, source, translation, as written by the
   person who translated it); else, if its source is Chinese, its source (the zh
   interface shows it as written); else it stays unfinished and is listed.
3. In ``app_en.ts`` likewise from ``--merge``; else, if its source is English, its
   source. A plural (``%n``) string gets the plural forms given after the source in
   the file's row (``%n case``, ``%n cases``), the last repeated for any form left:
   check them.
4. ``lupdate`` again (normalises the files' layout), then ``pyside6-lrelease``.

Exits 1 if any ``type="unfinished"`` entry is left in either file, listing them.
With ``--check`` nothing is written: it only lists unfinished entries.
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
FILES = {"zh": TRANSLATIONS / "app_zh_CN.ts", "en": TRANSLATIONS / "app_en.ts"}
_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def lupdate() -> None:
    """Extract the tr() strings of desktop/ into both .ts files (paths relative to them)."""
    sources = sorted(f"../../desktop/{p.name}" for p in ROOT.glob("desktop/*.py"))
    targets = [p.name for p in FILES.values()]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-silent", *sources, "-ts", *targets],
        cwd=TRANSLATIONS,
        check=True,
    )


def lrelease() -> None:
    """Compile both .ts files to .qm."""
    for ts in FILES.values():
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """The (context, source) of every unfinished entry of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((name, message.findtext("source", "")))
    return found


def _set(message: ET.Element, texts: list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        for form in forms:
            translation.remove(form)
        for number in range(max(1, len(forms))):
            ET.SubElement(translation, "numerusform").text = texts[min(number, len(texts) - 1)]
        translation.text = None
    else:
        translation.text = texts[0]


def fill(ts: Path, language: str, merged: dict[tuple[str, str], list[str]]) -> int:
    """Finish what ``merged`` translates and what needs no translator; the count."""
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            chinese = bool(_CJK.search(source))
            if (name, source) in merged:
                _set(message, merged[name, source])
            elif chinese == (language == "zh"):  # the source is already in this language
                _set(message, [source])
            else:
                continue
            done += 1
    if done:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def read_tsv(path: Path) -> dict[tuple[str, str], list[str]]:
    """Context, source and translation (or plural forms), tab-separated, one string a line."""
    with path.open(encoding="utf-8", newline="") as file:
        rows = csv.reader(file, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(row[0], row[1]): row[2:] for row in rows if len(row) >= 3}


def main(argv: list[str]) -> int:
    """Run the steps above; 1 if anything is left unfinished."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", type=Path, help="TSV of English translations")
    parser.add_argument("--merge-zh", type=Path, help="TSV of Chinese translations")
    parser.add_argument("--check", action="store_true", help="only list unfinished entries")
    args = parser.parse_args(argv)
    if not args.check:
        merged = {
            "en": read_tsv(args.merge) if args.merge else {},
            "zh": read_tsv(args.merge_zh) if args.merge_zh else {},
        }
        lupdate()
        for language, ts in FILES.items():
            print(f"{ts.name}: filled {fill(ts, language, merged[language])}")
        lupdate()
        lrelease()
    left = 0
    for ts in FILES.values():
        for context, source in unfinished(ts):
            print(f"{ts.name}: unfinished [{context}] {source}")
            left += 1
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
