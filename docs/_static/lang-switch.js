/* The language switch keeps the reader's place: the section being read (the one the address
   names while it is in view, else the last one whose heading is above the top of the window)
   and, on the search page, the query. Both languages
   share their section ids (Sphinx keeps the source's ids when it translates a page). */
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("a[hreflang]");
  if (!link) return;
  const url = new URL(link.href);
  url.search = location.search;
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const box = target && target.getBoundingClientRect();
  const passed = [...document.querySelectorAll("article section[id]")].filter(
    (section) => section.getBoundingClientRect().top <= 80,
  );
  if (box && box.top < window.innerHeight && box.bottom > 0) url.hash = target.id; // still in view
  else url.hash = passed.length ? passed[passed.length - 1].id : "";
  link.href = url.href;
});
