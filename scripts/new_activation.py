"""Scaffold the sources of a new activation from ``scripts/new_activation.template``.

Usage: ``make new-activation NAME=my_unit FAMILY=smooth TITLE="My unit"``, which runs this
script and then ``make update-po``.  It writes the pieces a contributor edits by hand: the
function and its derivative (in the family module), the catalogue record, the gallery script;
``make update-po`` then adds the new messages, untranslated, to the Japanese catalogues.  Every
piece holds TODO markers: the site builds (the function returns NaN), and ``make test`` names
what is left: the code, the record's claims and mpmath references, the gallery text, the
Japanese strings.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sections() -> dict[str, str]:
    text = (ROOT / "scripts" / "new_activation.template").read_text()
    parts = re.split(r"^#### (\w+):.*\n", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def insert_into_all(module: Path, name: str) -> str:
    source = module.read_text()
    entries = f'    "{name}",\n    "{name}_derivative",\n'
    new, count = re.subn(r"^__all__ = \[\n", lambda m: m.group(0) + entries, source, flags=re.M)
    if count != 1:
        sys.exit(f"new-activation: cannot find a multi-line __all__ = [ in {module}")
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="snake_case name, e.g. my_unit")
    parser.add_argument("family", help="family key (see activations.FAMILIES)")
    parser.add_argument("--title", help="English display name (default: from the name)")
    args = parser.parse_args()

    from activations import FAMILIES, catalog

    name, family = args.name, args.family
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        sys.exit(f"new-activation: {name!r} is not a snake_case name")
    if name in catalog:
        sys.exit(f"new-activation: {name!r} is already in the catalogue")
    if family not in FAMILIES:
        sys.exit(f"new-activation: unknown family {family!r}; choose from {', '.join(FAMILIES)}")
    values = {"name": name, "family": family, "title": args.title or name.replace("_", " ").title()}
    pieces = {key: Template(body).substitute(values) for key, body in sections().items()}

    module = ROOT / "activations" / f"{family}.py"
    module.write_text(insert_into_all(module, name).rstrip("\n") + "\n\n\n" + pieces["function"])
    records = ROOT / "activations" / "_records" / f"{family}.py"
    text = records.read_text()
    closing = text.rstrip().rfind("]")
    records.write_text(text[:closing] + pieces["record"] + text[closing:])
    gallery = ROOT / "gallery" / f"plot_{name}.py"
    gallery.write_text(pieces["gallery"].lstrip("\n"))
    for path in (module, records, gallery):
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
