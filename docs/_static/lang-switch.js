/* The language switch keeps the reader's place: the section being read (the last one whose
   heading is above the top of the window) and, on the search page, the query. Both languages
   share their section ids (Sphinx keeps the source's ids when it translates a page). */
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("a[hreflang]");
  if (!link) return;
  const url = new URL(link.href);
  url.search = location.search;
  const passed = [...document.querySelectorAll("article section[id]")].filter(
    (section) => section.getBoundingClientRect().top <= 80,
  );
  const section = passed.length ? passed[passed.length - 1].id : location.hash.slice(1);
  url.hash = section;
  link.href = url.href;
});
