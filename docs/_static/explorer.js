// Parameter explorer (docs/_ext/explorer.py): the slider picks one of the curves that the
// library computed when the site was built, and this swaps the SVG paths. No math here.
"use strict";
document.querySelectorAll("[data-explorer]").forEach((figure) => {
  const data = JSON.parse(figure.querySelector("script[type='application/json']").textContent);
  const input = figure.querySelector("input[type=range]");
  const output = figure.querySelector("output");
  const [f, d] = figure.querySelectorAll(".explorer-plot > g > path");
  const title = figure.querySelector(".explorer-plot > title");
  const show = () => {
    const i = Number(input.value);
    f.setAttribute("d", data.f[i]);
    d.setAttribute("d", data.d[i]);
    output.textContent = data.labels[i];
    title.textContent = `f(x), f\u2032(x): ${data.labels[i]}`;
    input.setAttribute("aria-valuetext", data.labels[i]);
  };
  input.addEventListener("input", show);
  figure.classList.add("explorer-ready");
  // Tick labels, left to right: each goes to the first row where it clears the one before.
  const rail = figure.querySelector(".explorer-ticks");
  const ticks = [...rail.querySelectorAll(".explorer-tick")];
  const stack = () => {
    ticks.forEach((tick) => tick.style.setProperty("--row", 0));
    const ends = [];  // right edge of the last label in each row
    for (const tick of ticks) {
      const boxes = [...tick.children].map((line) => line.getBoundingClientRect());
      const left = Math.min(...boxes.map((box) => box.left));
      let row = ends.findIndex((end) => left >= end + 6);
      if (row < 0) row = ends.length;
      ends[row] = Math.max(...boxes.map((box) => box.right));
      tick.style.setProperty("--row", row);
    }
    rail.style.setProperty("--rows", Math.max(ends.length, 1));
  };
  new ResizeObserver(stack).observe(rail);
});
