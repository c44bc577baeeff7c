"""Bring the translation catalogue (``kiosk/i18n/*.ts``) up to date with the code; run from the project folder.

1. ``pyside6-lupdate`` (when installed, the ``[ui]`` extra) reads the screens (``ui/*.py``), the reason registry's
   patron texts (``kiosk/reasons.py``) and the returns' words (``kiosk/return_words.py``) into ``kiosk_<lang>.ts``:
   new texts are added unfinished, locations refreshed, texts no longer used marked vanished.
2. Every text the reason registry (and :mod:`kiosk.staff_words`) needs and a catalogue lacks is added unfinished: its patron texts to every
   ``kiosk_<lang>.ts`` (without lupdate), its staff texts to ``staff_<lang>.ts`` of each staff language but English.
3. English patron texts are their own translation: unfinished ones in ``kiosk_en.ts`` are filled with the source.
4. The files are written in one layout (the one ElementTree gives), so diffs show only what changed.

Then translate what is marked ``type="unfinished"`` (and remove the mark); ``pytest tests/core/test_reasons.py``
tells what is still missing. ``--check`` only lists what step 2 would add, and exits 1 if anything.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk import i18n, reasons, staff_words  # noqa: E402 - after the path is set: a script run from the project folder


def needed() -> dict[str, list[str]]:
    """Catalogue → the source texts the reason registry and maintenance's words need in it, in registry order."""
    patron: list[str] = []
    staff: list[str] = []
    for r in [*reasons.CODES.values(), *reasons.FAMILIES.values(), reasons.GENERIC]:
        staff.append(r.staff)
        if r.refusal is not None:
            patron += [r.refusal.title, r.refusal.body]
        patron += [t for t in (r.item, r.verdict) if t is not None]
    staff += staff_words.TEXTS  # maintenance's own words: device names, states, self-test sentences
    return {"kiosk": list(dict.fromkeys(patron)), "staff": list(dict.fromkeys(staff))}


def load(path: Path, lang: str) -> ET.ElementTree:
    if path.exists():
        return ET.parse(path)
    return ET.ElementTree(ET.Element("TS", {"version": "2.1", "language": lang}))


def context_of(tree: ET.ElementTree, name: str) -> ET.Element:
    root = tree.getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def add_missing(tree: ET.ElementTree, context: str, sources: list[str]) -> list[str]:
    ctx = context_of(tree, context)
    have = {m.findtext("source") for m in ctx.iter("message")}
    added = [s for s in sources if s not in have]
    for source in added:
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", {"type": "unfinished"})
    return added


def fill_with_source(tree: ET.ElementTree) -> None:
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished" and len(translation) == 0:
            translation.text = message.findtext("source")
            del translation.attrib["type"]


def write(tree: ET.ElementTree, path: Path) -> None:
    """The catalogue's layout: contexts at the left margin, four spaces a level, plural forms on one line. lupdate
    takes the code's ``#:`` attribute comments for translator comments: those are dropped."""
    root = tree.getroot()
    root.text = "\n"
    for message in root.iter("message"):
        for comment in message.findall("extracomment"):
            message.remove(comment)
    for ctx in root:
        ET.indent(ctx, space="    ")
        ctx.tail = "\n"
        for translation in ctx.iter("translation"):
            if len(translation):
                translation.text = None
                for form in translation:
                    form.tail = None
    buf = io.BytesIO()
    tree.write(buf, encoding="utf-8", xml_declaration=True)
    text = buf.getvalue().decode("utf-8").replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def lupdate() -> bool:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(exe) if exe.exists() else shutil.which("pyside6-lupdate")
    if not found:
        print("pyside6-lupdate not found: the screens' texts are not scanned (install the [ui] extra)")
        return False
    # the screens, and the core's texts marked with QT_TRANSLATE_NOOP that the screens show
    core = ["kiosk/reasons.py", "kiosk/return_words.py"]
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py")) + core
    targets = [str(p.relative_to(ROOT)) for p in i18n.ts_files("kiosk").values()]
    subprocess.run([found, "-silent", "-no-obsolete", *sources, "-ts", *targets], cwd=ROOT, check=True, timeout=300)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only list what the registry needs and the files lack")
    args = parser.parse_args(argv)
    if not args.check:
        lupdate()
    missing = 0
    for catalogue, sources in needed().items():
        context, languages = i18n.CATALOGUES[catalogue]
        for lang in languages:
            if catalogue == "staff" and lang == i18n.SOURCE_LANGUAGE:
                continue
            path = i18n.ts_path(catalogue, lang)
            tree = load(path, lang)
            added = add_missing(tree, context, sources)
            missing += len(added)
            for source in added:
                print(f"{path.name}: {source}")
            if not args.check:
                if lang == i18n.SOURCE_LANGUAGE:
                    fill_with_source(tree)
                write(tree, path)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
