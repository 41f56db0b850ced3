"""The catalogue as data a reader can download: JSON (nested, every field) and CSV (one row per
activation, one column per field).

Everything a record states goes out, except its callables (the library's functions and the
mpmath references): formulas as LaTeX, parameters with their defaults, properties, kinks, the
origin, each framework's call, defaults and note, the models that use it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
from collections.abc import Mapping
from typing import Any

#: Record fields that hold code, not facts.
CALLABLES = {"function", "derivative", "reference", "derivative_reference"}


def _plain(value: Any) -> Any:
    """JSON-ready: dataclasses as dicts, tuples as lists, infinities as strings."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "inf", "-inf": JSON has no infinity
    return value


def record_as_dict(record: Any) -> dict[str, Any]:
    out = {
        f.name: _plain(getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name not in CALLABLES
    }
    out["range"]["latex"] = record.range.latex
    return out


def catalog_json(catalog: Mapping[str, Any]) -> str:
    return (
        json.dumps([record_as_dict(r) for r in catalog.values()], ensure_ascii=False, indent=1)
        + "\n"
    )


def _cell(value: Any) -> str:
    """A CSV cell: numbers and text as they are, lists joined by "; "."""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={_cell(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def catalog_rows(catalog: Mapping[str, Any], frameworks: Mapping[str, str]) -> list[dict[str, str]]:
    rows = []
    for record in catalog.values():
        data = record_as_dict(record)
        row = {
            "name": data["name"],
            "title_en": data["title_en"],
            "title_ja": data["title_ja"],
            "family": data["family"],
            "formula": data["formula"],
            "derivative_formula": data["derivative_formula"],
            "parameters": "; ".join(f"{p['name']}={p['default']}" for p in data["params"]),
            "range": data["range"]["latex"],
        }
        for key in (
            "continuity",
            "monotonic",
            "derivative_monotonic",
            "identity_near_origin",
            "zero_centred",
            "saturating",
            "max_abs_derivative",
            "vector",
        ):
            row[key] = _cell(data[key])
        row["kinks"] = "; ".join(f"f'({k['x']}) = {k['derivative']}" for k in data["kinks"])
        for key in ("authors", "title", "year", "url"):
            row[f"origin_{key}"] = _cell(data["origin"][key])
        for key in frameworks:
            spec = data["frameworks"].get(key, {})
            row[f"{key}_call"] = _cell(spec.get("call"))
            row[f"{key}_note"] = _cell(spec.get("note"))
        row["used_in"] = "; ".join(u["model"] for u in data["used_in"])
        row["aliases"] = _cell(data["aliases"])
        rows.append(row)
    return rows


def catalog_csv(catalog: Mapping[str, Any], frameworks: Mapping[str, str]) -> str:
    rows = catalog_rows(catalog, frameworks)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
