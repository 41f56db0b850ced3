"""Every activation's gallery page and API pages stay within the weight budget, in both languages.

Weighed as ``make bench`` weighs them (benchmarks/weight.py): Chromium, cold cache, scrolled to
the end.  A reader in light mode fetches no dark-mode figure, and nothing comes from another host.
"""

from __future__ import annotations

from activations import catalog
from benchmarks.weight import BUDGET_KB, activation_pages, weigh

from .conftest import LANGUAGES, SITE


def test_activation_pages_stay_within_the_budget(site_url, browser):
    pages = activation_pages(SITE, list(catalog), LANGUAGES)
    assert len(pages) >= 3 * len(catalog) * len(LANGUAGES), f"only {len(pages)} pages found"
    problems = []
    for rel in pages:
        weight = weigh(browser, f"{site_url}/{rel}", color_scheme="light")
        kb = weight["total"] / 1024
        if kb > BUDGET_KB:
            heaviest = ", ".join(
                f"{p.rsplit('/', 1)[1]} {n / 1024:.0f}"
                for p, n in list(weight["files"].items())[:4]
            )
            problems.append(f"{rel}: {kb:.0f} KB ({heaviest})")
        if dark := [p for p in weight["files"] if p.endswith("-dark.png")]:
            problems.append(f"{rel}: light mode fetched {dark}")
        if weight["foreign"]:
            problems.append(f"{rel}: fetched from another host {weight['foreign']}")
    assert not problems, f"{len(problems)} of {len(pages)} pages:\n" + "\n".join(problems)
