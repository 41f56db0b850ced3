/* Sort the site's long tables by any column: each header becomes a button; a first press sorts
   ascending, the next descending. Numbers sort as numbers, formulas by their LaTeX, text in the
   page's language. Without JavaScript the tables keep the order of the catalogue (by family). */
"use strict";
(() => {
  const value = (cell) => {
    const tex = cell.querySelector("annotation");
    const text = (tex ? tex.textContent : cell.innerText).trim();
    const number = Number(text.replace(/[−–]/g, "-"));
    return text !== "" && Number.isFinite(number) ? number : text;
  };
  const compare = (a, b) =>
    typeof a === "number" && typeof b === "number"
      ? a - b
      : String(a).localeCompare(String(b), document.documentElement.lang, { numeric: true });

  const sortable = (table) => {
    const body = table.tBodies[0];
    const header = table.tHead && table.tHead.rows[0];
    if (!body || !header || body.rows.length < 8) return;
    [...header.cells].forEach((th, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.append(...th.childNodes);
      th.append(button);
      const words = button.cloneNode(true);
      words.querySelectorAll(".katex").forEach((m) => m.remove());
      const tex = button.querySelector(".katex annotation");
      if (!words.textContent.trim() && tex) {
        // a header that is only a formula: rendered math hides itself from screen readers
        button.setAttribute("aria-label", tex.textContent.trim());
      }
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        [...header.cells].forEach((cell) => cell.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const rows = [...body.rows].map((row, i) => [value(row.cells[column]), i, row]);
        rows.sort((a, b) => (ascending ? 1 : -1) * compare(a[0], b[0]) || a[1] - b[1]);
        body.append(...rows.map((r) => r[2]));
      });
    });
  };
  const start = () => document.querySelectorAll("article table.docutils").forEach(sortable);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
