"""Build-time and page-weight budget of the site, run by ``make bench``.

Works on a scratch copy of the working tree (``activations/``, ``docs/``, ``gallery/``,
``scripts/``, ``pyproject.toml``) so that clean builds never touch the shared tree, and
reports, from one run:

- English-only clean build time (gallery executed) and the bilingual clean build
  (en + ja + root files) as a ratio of it (budget <= 1.35). The machine's speed drifts by
  a quarter within minutes, so the clean builds are repeated (``--repeat``, fresh copies)
  and the ratio is taken from the fastest English and the fastest Japanese build, as
  ``timeit`` reports its best; the ratio of each repetition is listed too;
- a no-op rebuild of both languages as a fraction of the bilingual clean build (<= 15 %);
- the page weight of every activation's pages (gallery page and API pages, both languages),
  weighed as a reader's browser loads them (``benchmarks/weight.py``: headless Chromium, cold
  cache, scrolled to the end) when Playwright and ``/usr/bin/chromium`` are available,
  otherwise as a static upper bound; budget <= 250 KB for each kind of page, reported
  separately with the heaviest pages and what weighs most in them;
- how the clean build grows with the number of gallery scripts (a second clean English
  build with half the per-activation scripts, warnings not fatal).

Usage: ``python -m benchmarks.build [--keep DIR] [--repeat N] [--skip-growth]``
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from benchmarks.weight import BUDGET_KB, activation_pages, weigh

ROOT = Path(os.environ.get("BENCH_SOURCE", Path(__file__).resolve().parent.parent))
COPY = ["activations", "docs", "gallery", "scripts", "pyproject.toml"]
GENERATED = {"auto_examples", "gen_modules", "generated", "__pycache__", "_build"}
SPHINX = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q"]
BUDGET = {"bilingual_ratio": 1.35, "noop_fraction": 0.15, "page_kb": BUDGET_KB}


def copy_tree(dest: Path) -> None:
    def ignore(directory: str, names: list[str]) -> set[str]:
        return {n for n in names if n in GENERATED or n.endswith((".mo", ".pyc"))}

    for name in COPY:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / name)


def run(cmd: list[str], cwd: Path, check: bool = True) -> float:
    start = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as make does
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if check and proc.returncode:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"benchmark: {' '.join(cmd[-6:])} failed ({proc.returncode})")
    return elapsed


def build(work: Path, lang: str, strict: bool = True) -> float:
    opts = SPHINX if strict else [sys.executable, "-m", "sphinx", "--keep-going", "-q"]
    cmd = [
        *opts,
        "-b",
        "html",
        "-D",
        f"language={lang}",
        "docs",
        f"_build/html/{lang}",
        "-d",
        f"_build/doctrees/{lang}",
    ]
    return run(cmd, work, check=strict)


def bilingual(work: Path) -> dict[str, float]:
    t_en = build(work, "en")
    t_ja = build(work, "ja")
    t_root = run([sys.executable, "scripts/site_root.py", "_build/html"], work)
    return {"en": t_en, "ja": t_ja, "root": t_root, "total": t_en + t_ja + t_root}


# --- page weight -------------------------------------------------------------------------


@contextlib.contextmanager
def serve(directory: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def weight_in_browser(site: Path, pages: list[str], dpr: float) -> dict[str, dict] | None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        results = {
            rel: weigh(browser, urljoin(base, rel), device_scale_factor=dpr) for rel in pages
        }
        browser.close()
    return results


def weight_static(site: Path, rel: str) -> dict:
    """Upper bound: the HTML, every CSS/JS/image it references, every font its CSS declares."""
    html_path = site / rel
    text = html_path.read_text(encoding="utf-8")
    seen: dict[str, int] = {rel: len(text.encode())}
    refs = re.findall(r'<(?:link|script|img)\b[^>]*?(?:href|src)="([^"#?]+)', text)
    for ref in refs:
        if urlsplit(ref).scheme or not ref.endswith(
            (".css", ".js", ".png", ".svg", ".jpg", ".webp")
        ):
            continue
        path = (html_path.parent / ref).resolve()
        if path.exists():
            seen[str(path.relative_to(site))] = path.stat().st_size
            if path.suffix == ".css":
                for url in re.findall(r"url\(['\"]?([^'\")?#]+)", path.read_text(errors="replace")):
                    font = (path.parent / url).resolve()
                    if font.exists() and not urlsplit(url).scheme:
                        seen[str(font.relative_to(site))] = font.stat().st_size
    return {"total": sum(seen.values()), "requests": len(seen)}


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it")
    parser.add_argument("--repeat", type=int, default=3, help="clean bilingual builds to run")
    parser.add_argument("--skip-growth", action="store_true", help="skip the half-gallery build")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import activations

    names = list(activations.catalog)
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="activations-bench-"))
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    report: dict[str, object] = {}
    try:
        # 1. clean bilingual builds; the English half is the English-only clean build
        runs = []
        for _ in range(max(args.repeat, 1)):
            shutil.rmtree(scratch)
            scratch.mkdir()
            copy_tree(scratch)
            runs.append(bilingual(scratch))
        clean = {part: min(run[part] for run in runs) for part in ("en", "ja", "root")}
        clean["total"] = clean["en"] + clean["ja"] + clean["root"]
        scripts = sorted((scratch / "gallery").glob("plot_*.py"))
        report["gallery_scripts"] = len(list((scratch / "gallery").rglob("*.py")))
        report["clean_en_s"] = round(clean["en"], 2)
        report["clean_ja_s"] = round(clean["ja"], 2)
        report["clean_bilingual_s"] = round(clean["total"], 2)
        report["bilingual_ratio"] = round(clean["total"] / clean["en"], 3)
        report["bilingual_ratio_each_run"] = [round(r["total"] / r["en"], 3) for r in runs]
        report["clean_en_s_each_run"] = [round(r["en"], 1) for r in runs]
        report["clean_ja_s_each_run"] = [round(r["ja"], 1) for r in runs]

        # 2. no-op rebuild of both languages and the root files
        noop = bilingual(scratch)
        report["noop_s"] = round(noop["total"], 2)
        report["noop_fraction"] = round(noop["total"] / clean["total"], 3)

        # 3. page weight of every activation's pages: gallery and API page, both languages
        site = scratch / "_build" / "html"
        pages = activation_pages(site, names, ["en", "ja"])
        browser = weight_in_browser(site, pages, dpr=1.0)
        kb = {
            rel: round(
                (browser[rel]["total"] if browser else weight_static(site, rel)["total"]) / 1024,
                1,
            )
            for rel in pages
        }
        # the budget is the gallery page's (the activation's own page); API pages are reported
        gallery = [rel for rel in pages if "/auto_examples/" in rel]
        api = [rel for rel in pages if rel not in gallery]
        weights: dict[str, object] = {
            "measured_in": "chromium" if browser else "static upper bound (no browser)",
        }
        for kind, group in (("gallery", gallery), ("api", api)):
            heaviest = sorted(group, key=kb.__getitem__, reverse=True)
            summary: dict[str, object] = {
                "pages": len(group),
                "median_kb": kb[heaviest[len(heaviest) // 2]],
                "max_kb": kb[heaviest[0]],
                "over_budget": sum(kb[rel] > BUDGET_KB for rel in group),
            }
            for rel in heaviest[:2]:
                entry: dict[str, object] = {"kb": kb[rel]}
                if browser:
                    b = browser[rel]
                    entry["requests"] = b["requests"]
                    entry["by_type_kb"] = {
                        k: round(v / 1024, 1) for k, v in sorted(b["by_type"].items())
                    }
                    entry["foreign_requests"] = b["foreign"]
                    entry["largest"] = {
                        k: round(v / 1024, 1) for k, v in list(b["files"].items())[:8]
                    }
                summary[rel] = entry
            browser2 = weight_in_browser(site, heaviest[:1], dpr=2.0)
            if browser2:
                summary["max_kb_dpr2"] = round(browser2[heaviest[0]]["total"] / 1024, 1)
            weights[kind] = summary
        report["page_weight"] = weights
        report["page_kb_max"] = max(kb[rel] for rel in gallery)

        # 4. growth with the number of gallery scripts: clean English build with half of them
        if not args.skip_growth and len(scripts) >= 4:
            half = scratch.parent / (scratch.name + "-half")
            if half.exists():
                shutil.rmtree(half)
            half.mkdir()
            copy_tree(half)
            removed = sorted((half / "gallery").glob("plot_*.py"))[::2]
            for path in removed:  # a title-only stub: the page exists, nothing runs
                title = path.stem.removeprefix("plot_").replace("_", " ")
                path.write_text(f'"""\n{title}\n{"=" * len(title)}\n\nStub.\n"""\n')
            t_half = build(half, "en", strict=False)
            shutil.rmtree(half, ignore_errors=True)
            per_script = (clean["en"] - t_half) / len(removed)
            report["per_activation_scripts"] = len(scripts)
            report["removed_for_half_build"] = len(removed)
            report["clean_en_half_gallery_s"] = round(t_half, 2)
            report["growth_s_per_gallery_script"] = round(per_script, 2)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)

    report["budget"] = {
        "bilingual_ratio<=1.35": report["bilingual_ratio"] <= BUDGET["bilingual_ratio"],  # type: ignore[operator]
        "noop_fraction<=0.15": report["noop_fraction"] <= BUDGET["noop_fraction"],  # type: ignore[operator]
        "page_kb<=250": report["page_kb_max"] <= BUDGET["page_kb"],  # type: ignore[operator]
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    out = ROOT / "_build" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "build.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0 if all(report["budget"].values()) else 1  # type: ignore[union-attr]


if __name__ == "__main__":
    raise SystemExit(main())
