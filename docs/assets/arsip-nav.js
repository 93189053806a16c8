/* The batik archive: the current section in the drawer (phones) and the tabs (desktop).
 *
 * Motif, maker and catalogue pages are not in the navigation (a page's size must not grow
 * with the archive), so the theme marks no section on them. This marks the section whose
 * address the page's address starts with ("motif/" for "motif/sekar-jati/"), as the theme
 * marks a section's own page. Works from file:// too (issue 18). Also: the language switch
 * keeps the page's ?filters and #anchor.
 */
(function () {
  "use strict";
  function bare(u) { return u.split(/[?#]/)[0].replace(/index\.html$/, ""); }
  var here = bare(location.href);
  function mark(links, done) {
    var home = links.length ? bare(links[0].href) : null, best = null;
    links.forEach(function (a) {
      var u = bare(a.href);
      if (u === home && u !== here) return;  // the home page is not the section of every page
      if (here.indexOf(u) === 0 && (!best || u.length > bare(best.href).length)) best = a;
    });
    if (best) done(best);
  }
  var drawer = [].slice.call(document.querySelectorAll(".md-nav--primary > .md-nav__list > .md-nav__item > a.md-nav__link"));
  if (drawer.length && !document.querySelector(".md-nav--primary .md-nav__link--active")) {
    mark(drawer, function (a) {
      a.classList.add("md-nav__link--active");
      a.parentNode.classList.add("md-nav__item--active");
      a.setAttribute("aria-current", "location");
    });
  }
  // The language switch keeps what the reader is looking at: the catalogue's filters
  // (?theme=…) and the entry (#batik-tulis); both languages use the same names for them.
  [].slice.call(document.querySelectorAll("a[data-arsip-lang]")).forEach(function (a) {
    var target = a.getAttribute("href").split(/[?#]/)[0];
    function keep() { a.setAttribute("href", target + location.search + location.hash); }
    ["pointerdown", "focus", "mouseenter"].forEach(function (ev) { a.addEventListener(ev, keep); });
    a.addEventListener("click", keep);
    window.addEventListener("hashchange", keep);
    keep();
  });
  var tabs = [].slice.call(document.querySelectorAll(".md-tabs__item > a.md-tabs__link"));
  if (tabs.length && !document.querySelector(".md-tabs__item--active")) {
    mark(tabs, function (a) { a.parentNode.classList.add("md-tabs__item--active"); a.setAttribute("aria-current", "location"); });
  }
})();
