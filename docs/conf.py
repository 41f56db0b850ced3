"""Sphinx configuration for the bilingual activation-function reference.

Built twice from the same source tree by ``make html``: ``-D language=en`` into
``_build/html/en`` and ``-D language=ja`` into ``_build/html/ja`` (separate doctree
directories). The gallery executes during the first build; the second reuses it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))
sys.path.insert(0, str(ROOT))

import gallery_support  # noqa: E402  (docs/_ext, needs sys.path above)
import site_config  # noqa: E402

import activations  # noqa: E402

# =============================================================================
# Project
# =============================================================================

project = "activations"
author = "The activations reference authors"
copyright = "2026, The activations reference authors"
release = version = activations.__version__

language = "en"  # overridden with -D language=ja for the Japanese build
root_doc = "index"
exclude_patterns = [
    "_build",
    "_ext",  # the local extensions and their notes (UPSTREAM.md)
    "Thumbs.db",
    ".DS_Store",
    "locales",
    "auto_examples/*.ipynb",
    "auto_examples/**/*.ipynb",
    "**/*.py.md5",
    "**/*.codeobj.json",
    "**/sg_execution_times.rst",
]
templates_path = ["_templates"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "numpydoc",
    "myst_parser",
    "sphinx_gallery.gen_gallery",
    "matplotlib.sphinxext.plot_directive",
    "matplotlib.sphinxext.figmpl_directive",  # the plot directive's 2x images
    "sphinx_copybutton",
    "sphinxcontrib.katex",
    # local extensions (docs/_ext)
    "local_code",  # an edit to docs/_ext rebuilds every page
    "katex_local",
    "katex_fonts",  # KaTeX fonts subset to the characters the pages use
    "lean_static",  # stylesheets without the rules nothing on the site uses; CSS and JS minified
    "site_assets",
    "figures",
    "site_i18n",
    "theme_strings",  # the theme's plain-English labels, translated
    "build_speed",
    "search_index",
    "gallery_support",  # pages with a minigallery follow the examples they show
    "translated_downloads",  # a translated gallery page offers its example in its language
    "thumbnails",  # gallery thumbnails in one shared frame
    "explorer",  # a slider for every numeric parameter, on the activation's gallery page
    "site_links",  # repository, page source, licence in the footer; the install command
    "page_meta",  # meta description and structured data of every page
    "catalog_pages",  # pages generated from activations.catalog, roles quoting its numbers
    "search_synonyms",  # search finds a page by any name of its subject (glossary, catalogue)
    "ja_search",  # Japanese search that finds compound words
]

# =============================================================================
# Warnings: every warning is an error (make html passes -W --keep-going -n)
# =============================================================================

nitpicky = True
# No intersphinx (builds must not touch the network): references into numpy / scipy /
# the standard library render as plain text instead of links.
nitpick_ignore_regex = [
    (r"py:.*", r"(numpy|np|scipy|mpmath|matplotlib)(\..*)?"),
    (r"py:.*", r"(array_like|array-like|scalar|optional|callable|default)"),
    (r"py:class", r"(int|float|bool|str|complex|object|tuple|list|dict|None|Mapping|Callable)"),
    (r"py:class", r"(collections\.abc|typing|types|dataclasses|enum)\..*"),
    (r"py:(mod|func|class|data|obj)", r"(decimal|fractions|math|cmath|functools|warnings)(\..*)?"),
]

# =============================================================================
# Internationalisation (sphinx-intl, one catalogue per document)
# =============================================================================

locale_dirs = ["locales/"]
gettext_compact = False
gettext_uuid = False
gettext_location = False  # no line numbers: moving text does not churn the catalogues
gettext_last_translator = "activations authors"
gettext_language_team = "Japanese"
# 'raw' carries sphinx-gallery's thumbnail titles; 'index' the index entries.
gettext_additional_targets = ["raw", "index"]

# =============================================================================
# HTML output (furo, light and dark)
# =============================================================================

# The canonical address of each page, recomputed in site_i18n for -D language=ja; none
# without SITE_URL.
html_baseurl = f"{site_config.site_url()}{language}/" if site_config.site_url() else ""

html_theme = "furo"
html_title = "activations"
# matplotlib's plot directive copies its stylesheet only when the build has finished, so the
# pages of a clean build link it without the checksum a rebuild adds (see _ext/UPSTREAM.md):
# as a static path it is in place before the first page is written.
html_static_path = ["_static", str(Path(matplotlib.get_data_path()) / "plot_directive")]
html_favicon = "_static/favicon.svg"  # else browsers ask for /favicon.ico, which is not there
html_css_files = ["site.css"]
# copy-text.js: copied text has each formula once, as LaTeX, and a copied table comes as tab-
# separated rows; sort-tables.js: every long table sorts by any column (a header is a button);
# lang-switch.js: the other language opens at the same section (and, searching, the same query).
html_js_files = [
    ("copy-text.js", {"defer": "defer"}),
    ("sort-tables.js", {"defer": "defer"}),
    ("lang-switch.js", {"defer": "defer"}),
]
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
html_permalinks_icon = "#"
html_theme_options = {
    "top_of_page_buttons": ["view"],  # components/view-this-page.html: language switch
    "navigation_with_keys": True,
}
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/language.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/scroll-end.html",
    ]
}
html_search_language = None  # follow `language`
html_search_scorer = str(DOCS / "_ext" / "search_scorer.js")  # title matches first, snippets

# Copy button: skip prompts and outputs
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_exclude = ".linenos, .gp, .go"

# =============================================================================
# Math: KaTeX rendered at build time with node, CSS and fonts vendored (no CDN)
# =============================================================================

katex_prerender = True
katex_css_path = "katex/katex.min.css"  # docs/_static/katex (npm katex, same version as the JS)
katex_options = ""

# =============================================================================
# Social metadata (Open Graph / Twitter), canonical URLs
# =============================================================================

# Open Graph tags need the page's address: written only when SITE_URL gives one.
if site_config.site_url():
    extensions.append("sphinxext.opengraph")
ogp_site_url = html_baseurl
ogp_site_name = "activations"
ogp_use_first_image = True
ogp_enable_meta_description = True
ogp_social_cards = {"enable": False}
ogp_type = "website"
ogp_custom_meta_tags = ('<meta name="twitter:card" content="summary_large_image">',)

# =============================================================================
# numpy: autodoc, autosummary, numpydoc
# =============================================================================

autosummary_generate = True
autosummary_imported_members = True
autodoc_typehints = "none"
autodoc_default_options = {"members": False}
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
numpydoc_attributes_as_param_list = False
# Checks that must hold for every public docstring of the library.
numpydoc_validation_checks = {
    "GL02",  # closing quotes on their own line
    "GL03",  # double line break
    "GL05",  # tabs
    "GL06",  # unknown section
    "GL07",  # sections in the wrong order
    "PR01",  # parameter not documented
    "PR02",  # documented parameter that does not exist
    "PR03",  # wrong parameter order
    "PR10",  # "x: int" instead of "x : int"
    "RT03",  # return without description
    "SS01",  # no summary
    "SS06",  # multi-line summary
}
numpydoc_validation_exclude = {r"\._", r"^activations\._", r"\.__"}

# =============================================================================
# matplotlib + sphinx-gallery
# =============================================================================

sphinx_gallery_conf = {
    "examples_dirs": ["../gallery"],
    "gallery_dirs": ["auto_examples"],
    "filename_pattern": r"\.py$",  # execute every script
    "ignore_pattern": r"__init__\.py",
    "backreferences_dir": "gen_modules/backreferences",
    "doc_module": ("activations",),
    # (reference_url is deprecated in sphinx-gallery 0.22: code links resolve from this build)
    "only_warn_on_example_error": False,
    "abort_on_example_error": False,
    "image_srcset": ["2x"],
    "image_scrapers": ("alt_texts",),  # PNG, SVG and alt text (docs/_ext/alt_texts.py)
    "first_notebook_cell": site_config.licence_header().rstrip("\n"),
    "thumbnail_size": (320, 224),  # shown at 160 x 112 CSS px: sharp at 2x, a fifth lighter
    # per-activation scripts first (top level), then gallery/comparisons, then anything else
    "subsection_order": ["../gallery/comparisons", "*"],
    "within_subsection_order": "gallery_support.CatalogueOrder",
    # warnings raised while an example runs become exceptions (the build then fails)
    "reset_modules": ("matplotlib", "gallery_support.warnings_as_errors"),
    "reset_modules_order": "both",
    # no timings or memory in generated pages: they would churn the translation catalogues
    "min_reported_time": 10**9,
    "write_computation_times": False,
    "show_memory": False,
    "show_signature": False,
    "remove_config_comments": True,
    "download_all_examples": False,  # per-example .py and .ipynb only: no zip, no timestamps
    "matplotlib_animations": False,
    "plot_gallery": "True",
}

# A library change (activations/*.py) invalidates sphinx-gallery's md5 cache.
gallery_support.invalidate_on_library_change(
    library=ROOT / "activations", gallery_out=DOCS / "auto_examples"
)
# Every catalogue entry has its example; a missing script fails the build and is named.
gallery_support.require_examples(ROOT / "gallery")

# The tutorial's figures: matplotlib's plot directive runs each block at build time and shows
# its code above the figures it draws (no download links: the code is on the page).
plot_include_source = True
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 100)]
plot_srcset = ["2x"]
plot_apply_rcparams = False

# =============================================================================
# MyST
# =============================================================================

myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_heading_anchors = 3
