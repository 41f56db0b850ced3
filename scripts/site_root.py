"""Write the site's root files next to the two language trees.

Usage: ``python scripts/site_root.py _build/html``

- ``index.html``: sends the reader to ``en/`` or ``ja/`` following ``navigator.languages``,
  with visible links for readers without JavaScript (and for crawlers);
- ``404.html``: GitHub Pages serves it for any missing path, at any depth, so its links are
  absolute (from ``SITE_URL``'s path, else the host's root) and its style is inline;
- ``.nojekyll``: publish ``_static`` and friends as they are;
- ``sitemap.xml``: every page of both languages with ``xhtml:link`` hreflang alternates.

Without ``SITE_URL`` the site has no address: no canonical link, no alternates, no sitemap.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from site_config import LANGUAGES, site_url

SKIP = {"search.html", "genindex.html", "py-modindex.html"}

STYLE = """
  :root { color-scheme: light dark; }
  body { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP",
         "Yu Gothic", Meiryo, sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1.25rem;
         line-height: 1.6; }
  h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
  ul { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
  a { font-size: 1.15rem; }
"""


def index_html(base: str | None) -> str:
    addresses = (
        f"""<link rel="canonical" href="{base}">
<link rel="alternate" hreflang="en" href="{base}en/index.html">
<link rel="alternate" hreflang="ja" href="{base}ja/index.html">
<link rel="alternate" hreflang="x-default" href="{base}">
"""
        if base
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>activations: activation functions and their derivatives / 活性化関数とその導関数</title>
<meta name="description" content="A bilingual reference of neural-network activation functions and their derivatives. ニューラルネットワークの活性化関数とその導関数のリファレンス。">
{addresses}<style>{STYLE}</style>
<script>
(function () {{
  var langs = navigator.languages || [navigator.language || "en"];
  for (var i = 0; i < langs.length; i++) {{
    var code = String(langs[i]).toLowerCase().slice(0, 2);
    if (code === "ja" || code === "en") {{ window.location.replace(code + "/index.html"); return; }}
  }}
  window.location.replace("en/index.html");
}})();
</script>
</head>
<body>
<h1>activations</h1>
<p>Activation functions and their derivatives. <span lang="ja">活性化関数とその導関数。</span></p>
<ul>
  <li><a href="en/index.html" hreflang="en" lang="en">English</a></li>
  <li><a href="ja/index.html" hreflang="ja" lang="ja">日本語</a></li>
</ul>
</body>
</html>
"""


def not_found_html(base: str | None) -> str:
    root = urlsplit(base).path if base else "/"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found / ページが見つかりません</title>
<style>{STYLE}</style>
</head>
<body>
<h1>Page not found</h1>
<p>The page you asked for does not exist (any more).</p>
<h1 lang="ja">ページが見つかりません</h1>
<p lang="ja">お探しのページは存在しないか、移動しました。</p>
<ul>
  <li><a href="{root}en/index.html" hreflang="en" lang="en">Home (English)</a></li>
  <li><a href="{root}ja/index.html" hreflang="ja" lang="ja">ホーム (日本語)</a></li>
</ul>
</body>
</html>
"""


def pages(site: Path, lang: str) -> list[str]:
    root = site / lang
    found = []
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root).as_posix()
        if rel in SKIP or rel.startswith(("_", "genindex")):
            continue
        found.append(rel)
    return found


def sitemap_xml(site: Path, base: str) -> str:
    per_lang = {lang: set(pages(site, lang)) for lang in LANGUAGES}
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for lang in LANGUAGES:
        for rel in sorted(per_lang[lang]):
            lines.append("  <url>")
            lines.append(f"    <loc>{html.escape(base + lang + '/' + rel)}</loc>")
            for alt in LANGUAGES:
                if rel in per_lang[alt]:
                    href = html.escape(base + alt + "/" + rel)
                    lines.append(
                        f'    <xhtml:link rel="alternate" hreflang="{alt}" href="{href}"/>'
                    )
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    site = Path(argv[1] if len(argv) > 1 else "_build/html")
    missing = [lang for lang in LANGUAGES if not (site / lang / "index.html").is_file()]
    if missing:
        print(f"site_root: no index.html for {missing} under {site}", file=sys.stderr)
        return 1
    base = site_url()
    (site / "index.html").write_text(index_html(base), encoding="utf-8")
    (site / "404.html").write_text(not_found_html(base), encoding="utf-8")
    (site / ".nojekyll").write_text("", encoding="utf-8")
    written = ["index.html", "404.html", ".nojekyll"]
    sitemap = site / "sitemap.xml"
    if base:
        sitemap.write_text(sitemap_xml(site, base), encoding="utf-8")
        written.append("sitemap.xml")
    else:
        sitemap.unlink(missing_ok=True)  # left by a build with SITE_URL
    print(f"site_root: wrote {', '.join(written)} in {site}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
