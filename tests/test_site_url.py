"""With ``SITE_URL`` set (the Pages workflow), every page states its address.

``make test`` builds the site without ``SITE_URL`` (tests/test_site.py then checks that no page
states an address), so this builds the trimmed tree of tests/test_build_failures.py as HTML
with one, and checks the root files that ``scripts/site_root.py`` writes from it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from .test_build_failures import ROOT, build, make_tree

sys.path.insert(0, str(ROOT / "scripts"))
import site_root

BASE = "https://example.org/activations-reference/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = make_tree(tmp_path_factory.mktemp("site-url") / "src")
    status, output = build(tree, builder="html", env={"SITE_URL": BASE})
    assert status == 0, output[-3000:]
    return tree / "_build" / "html" / "en"


def head(page: Path) -> str:
    return page.read_text(encoding="utf-8").split("</head>", 1)[0]


@pytest.mark.parametrize("rel", ["index.html", "auto_examples/plot_relu.html"])
def test_canonical_alternates_and_open_graph(site: Path, rel: str) -> None:
    text = head(site / rel)
    assert re.search(rf'<link rel="canonical" href="{re.escape(BASE)}en/{rel}" ?/?>', text)
    for lang in ("en", "ja"):
        assert f'hreflang="{lang}" href="{BASE}{lang}/{rel}"' in text
    assert f'hreflang="x-default" href="{BASE}en/{rel}"' in text
    assert f'<meta property="og:url" content="{BASE}en/{rel}" />' in text
    # the page's own first paragraph (page_meta), not sphinxext-opengraph's first text
    description = re.search(r'<meta name="description" content="([^"]+)"', text)
    assert description and f'<meta property="og:description" content="{description[1]}"' in text


def test_a_gallery_page_previews_its_own_figure(site: Path) -> None:
    image = re.search(
        r'<meta property="og:image" content="([^"]+)"',
        head(site / "auto_examples" / "plot_relu.html"),
    )
    assert image and image.group(1).startswith(f"{BASE}en/_images/sphx_glr_plot_relu_")


def test_root_files_state_the_address(tmp_path: Path) -> None:
    for lang in ("en", "ja"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "index.html").write_text("<html></html>")
    assert f'<link rel="canonical" href="{BASE}">' in site_root.index_html(BASE)
    assert "canonical" not in site_root.index_html(None)
    sitemap = site_root.sitemap_xml(tmp_path, BASE)
    assert f"<loc>{BASE}ja/index.html</loc>" in sitemap
    assert 'hreflang="en"' in sitemap
    assert 'href="/activations-reference/en/index.html"' in site_root.not_found_html(BASE)
