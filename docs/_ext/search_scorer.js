/* The search page's ranking, snippets and highlighting (html_search_scorer, docs/conf.py).
 *
 * Sphinx puts this file into language_data.js, after searchtools.js and before the splitter
 * code, which defines SEARCH_SYNONYMS and SEARCH_WORDS (docs/_ext/search_synonyms.py) before any
 * search runs.
 */
"use strict";

/** The words of the query: Latin words, and Japanese runs without their hiragana (particles,
 * okurigana) unless nothing else is left: ReLUの微分 gives relu and 微分. */
const searchWords = (query) => {
  const words = [];
  for (const run of query.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || []) {
    const pieces = run.match(/[\u3041-\u309f]+|[\u30a0-\u30ff\u3400-\u9fff\u3005]+|[^\u3041-\u30ff\u3400-\u9fff\u3005]+/gu);
    const kept = pieces.filter(
      (piece) => !/^[\u3041-\u309f]/.test(piece) && (piece.length > 1 || /^[\p{N}a-z]/u.test(piece)),
    );
    words.push(...(kept.length ? kept : [run]));
  }
  return words;
};

/** The same class of letter as search_synonyms.script: a name is a word of its own when its
 * neighbours are of another class (微分 is not one inside 連続微分可能). */
const letterClass = (char) => {
  if (char === undefined || !/[\p{L}\p{N}]/u.test(char)) return "other";
  if (/[\u3041-\u309f]/.test(char)) return "hiragana";
  if (/[\u30a0-\u30ff]/.test(char)) return "katakana";
  if (/[\u3400-\u9fff\u3005]/.test(char)) return "kanji";
  return "latin";
};

const containsWord = (text, name) => {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = letterClass(text[at - 1]);
    const after = letterClass(text[at + name.length]);
    if (
      (before === "other" || before !== letterClass(name[0]))
      && (after === "other" || after !== letterClass(name[name.length - 1]))
    )
      return true;
  }
  return false;
};

/** A word and every name that means the same (SEARCH_SYNONYMS). */
const namesOf = (word) => [
  word,
  ...(typeof SEARCH_SYNONYMS === "undefined" ? [] : SEARCH_SYNONYMS)
    .filter((group) => group.includes(word))
    .flat(),
];

const currentQuery = () => new URLSearchParams(window.location.search).get("q") || "";

// A page whose title names what was searched (or a synonym of it) ranks first: Sphinx scores a
// page by its best single term, so a page that only mentions every word would tie with it.
// A title holding the word inside a compound (勾配 in 勾配消失) counts half: it is about the
// word, but less surely than a title naming it; one naming a term the word is searched for
// (SEARCH_WORDS: 勾配 for 導関数) a quarter. Among those, the title with fewer other words
// (relu_derivative before leaky_relu_derivative).
Scorer.titleMatch = 30;
Scorer.score = (result) => {
  const [, title, , , score] = result;
  const words = searchWords(currentQuery());
  if (!words.length) return score;
  const lowerTitle = title.toLowerCase();
  const inTitle = (name) => containsWord(lowerTitle, name);
  const credit = (word) => {
    if (namesOf(word).some(inTitle)) return 1;
    if (lowerTitle.includes(word)) return 0.5;
    return (SEARCH_WORDS[word] || []).some(inTitle) ? 0.25 : 0;
  };
  const named = words.reduce((sum, word) => sum + credit(word), 0);
  if (!named) return score;
  const titleWords = searchWords(lowerTitle.replace(/[._]/g, " ")).length;
  const share = Math.min(named / Math.max(titleWords, 1), 1); // below 1: breaks ties only
  return score + Math.round((Scorer.titleMatch * named) / words.length) + share;
};

// Snippets read as text. An inline formula shows once: as the text the reader sees when it is
// a flat row of symbols (x ≤ 0, ReLU′(0) = 0), else as its LaTeX (the text of a fraction or a
// power would read wrong: 1/(1+e^{-x}) gives "11+e−x"); KaTeX writes MathML, the LaTeX and HTML,
// whose text together would repeat it. Displayed formulas are left out (a \begin{cases} block is
// no sentence), and so are sphinx-gallery's download notes and the parameter explorer's figure
// (its axis labels). A numpydoc parameter reads "x : array_like Input." as on the page.
const SNIPPET_OMITS = [
  ".explorer",
  ".sphx-glr-download-link-note",
  ".sphx-glr-footer",
  ".sphx-glr-signature",
  ".sphx-glr-timing",
].join(", ");
const LAYOUT = "mfrac, msqrt, mroot, msub, msup, msubsup, munder, mover, munderover, mtable";
const PRIMES = /^[′″‴]$/;

/** The formula as a reader would type it: its MathML text when flat (a prime is no layout). */
const formulaText = (math) => {
  const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
  const mathml = math.querySelector("math");
  const flat = mathml && [...mathml.querySelectorAll(LAYOUT)].every(
    (box) => box.localName === "msup" && PRIMES.test(box.lastElementChild?.textContent || ""),
  );
  if (!flat) return tex || "";
  mathml.querySelectorAll("annotation").forEach((annotation) => annotation.remove());
  const spaced = (before, leaf) => {
    const text = leaf.textContent;
    if (leaf.localName !== "mo" || /^[()[\]′″‴]$/.test(text)) return before + text;
    if (/^[\u2061-\u2064]$/.test(text)) return before; // invisible: function application, times
    if (/^[,;]$/.test(text)) return `${before}${text} `;
    const unary = /^[−+±∓]$/.test(text) && /(^|[([,=<>≤≥])$/.test(before.trimEnd());
    return unary ? before + text : `${before} ${text} `;
  };
  return [...mathml.querySelectorAll("mi, mn, mo, mtext")]
    .filter((leaf) => !leaf.querySelector("mi, mn, mo, mtext"))
    .reduce(spaced, "")
    .replace(/\s+/g, " ")
    .trim();
};

if (typeof Search !== "undefined" && typeof Search.htmlToText === "function") {
  const htmlToText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const page = new DOMParser().parseFromString(htmlString, "text/html");
    page.querySelectorAll(".katex-display").forEach((math) => math.replaceWith(" "));
    page.querySelectorAll(".katex").forEach((math) => math.replaceWith(formulaText(math)));
    page.querySelectorAll(SNIPPET_OMITS).forEach((element) => element.remove());
    page.querySelectorAll("dt .classifier").forEach((type) => type.before(" : "));
    page.querySelectorAll("dt").forEach((term) => term.append(" "));
    return htmlToText(page.documentElement.outerHTML, anchor).replace(/\s+/g, " ");
  };
}

// Sphinx lets a page match without the query's terms shorter than three letters (its English
// index may lack them), but each Japanese bigram is such a term: ReLUの微分 listed every page
// that says ReLU or 微分. A page must hold every term, exactly or, as Sphinx matches a longer
// term, inside an indexed word when the term is not one itself.
const pagesOf = (word) => {
  const pages = new Set();
  for (const index of [Search._index.terms, Search._index.titleterms]) {
    let keys = [];
    if (Object.hasOwn(index, word)) keys = [word];
    else if (word.length > 2) keys = Object.keys(index).filter((key) => key.includes(word));
    keys.forEach((key) => [index[key]].flat().forEach((page) => pages.add(page)));
  }
  return pages;
};

if (typeof Search !== "undefined" && typeof Search.performTermsSearch === "function") {
  const performTermsSearch = Search.performTermsSearch;
  Search.performTermsSearch = (searchTerms, excludedTerms) => {
    const required = [...searchTerms].map(pagesOf);
    const page = new Map(Search._index.docnames.map((docName, file) => [docName, file]));
    return performTermsSearch(searchTerms, excludedTerms).filter(([docName]) =>
      required.every((pages) => pages.has(page.get(docName))),
    );
  };
}

// A function's API page is found twice: as the object, at its signature's anchor, and as the
// page, whose title is the function's name (Sphinx's duplicate check compares anchors too).
// The better-ranked of the two stays; results come best last, as the display pops them.
const pageOrItsObject = ([docName, title, anchor]) =>
  anchor === "" || anchor === `#${title}` ? JSON.stringify([docName, title]) : null;

if (typeof Search !== "undefined" && typeof Search._performSearch === "function") {
  const performSearch = Search._performSearch;
  Search._performSearch = (...args) => {
    const seen = new Set();
    const once = (result) => {
      const key = pageOrItsObject(result);
      if (key === null) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    return performSearch(...args).reverse().filter(once).reverse();
  };
}

// The page a result opens highlights the words searched and their synonyms, whole: Sphinx
// would store the Japanese bigrams, which highlight シグモイド as シグ and モイ.
const rememberHighlight = (event) => {
  if (!event.target.closest("#search-results a")) return;
  const words = searchWords(currentQuery())
    .flatMap(namesOf)
    .filter((name) => !/\s/.test(name)); // sphinx_highlight.js splits at spaces
  localStorage.setItem("sphinx_highlight_terms", [...new Set(words)].join(" "));
};
document.addEventListener("click", rememberHighlight);
document.addEventListener("auxclick", rememberHighlight);
