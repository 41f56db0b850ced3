/* Copying from a page gives clean text: each formula once, as its LaTeX between dollars (the
   page shows KaTeX's rendering and hides its MathML, and a browser would copy both), and table
   cells separated by tabs, one row per line, so that a copied table pastes into a spreadsheet. */
"use strict";
(() => {
  const tex = (root) => {
    root.querySelectorAll(".katex-display, .katex").forEach((math) => {
      const source = math.querySelector("annotation");
      if (!source) return;
      const display = math.classList.contains("katex-display");
      math.replaceWith(display ? `$$${source.textContent}$$` : `$${source.textContent}$`);
    });
    return root;
  };
  const clean = (text) => text.replace(/\s+/g, " ").trim();
  const rows = (fragment) =>
    [...fragment.querySelectorAll("tr")]
      .map((row) => [...row.children].map((cell) => clean(tex(cell).textContent)).join("\t"))
      .join("\n");

  document.addEventListener("copy", (event) => {
    const selection = window.getSelection();
    if (!selection.rangeCount || !event.clipboardData) return;
    const fragment = selection.getRangeAt(0).cloneContents();
    const hasTable = fragment.querySelector("tr");
    if (!hasTable && !fragment.querySelector(".katex annotation")) return; // the browser's copy
    event.clipboardData.setData(
      "text/plain",
      hasTable ? rows(fragment) : tex(fragment).textContent,
    );
    event.preventDefault();
  });
})();
