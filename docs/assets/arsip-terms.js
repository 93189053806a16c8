/* The batik archive: glossary popovers.
 *
 * scripts/arsip/outputs/termtips.py marks the first use of each glossary term on a page as
 * <a class="arsip-term" href="…glosarium/#id" title="term: definition">. Here the title
 * becomes a popover that opens on mouse hover, keyboard focus and a first tap (a second
 * tap, or the link inside the popover, opens the glossary). Esc closes it. Without this
 * script the title still shows on hover and the link still leads to the entry.
 */
(function () {
  "use strict";
  var terms = document.querySelectorAll("a.arsip-term[title]");
  if (!terms.length) return;
  var en = (document.documentElement.lang || "id").indexOf("en") === 0;
  var tip = document.createElement("div");
  tip.id = "arsip-tip";
  tip.className = "arsip-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  var current = null, hideTimer = 0, lastPointer = "mouse", armed = false;

  Array.prototype.forEach.call(terms, function (a) {
    a.setAttribute("data-tip", a.getAttribute("title"));
    a.removeAttribute("title");
    a.setAttribute("aria-describedby", "arsip-tip");
    a.addEventListener("mouseenter", function () { if (lastPointer === "mouse") show(a); });
    a.addEventListener("mouseleave", function () { hideSoon(); });
    a.addEventListener("focus", function () { show(a); });
    a.addEventListener("blur", function () { hideSoon(); });
    a.addEventListener("click", function (e) {
      // A first tap explains the term; a second tap on the same term follows the link.
      if (lastPointer === "touch" && !armed) { e.preventDefault(); show(a); }
    });
  });
  document.addEventListener("pointerdown", function (e) {
    lastPointer = e.pointerType === "mouse" ? "mouse" : "touch";
    var t = e.target.closest ? e.target.closest("a.arsip-term") : null;
    armed = !!t && t === current && !tip.hidden;
    if (current && !current.contains(e.target) && !tip.contains(e.target)) hide();
  }, true);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && current) { hide(); } });
  tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  tip.addEventListener("mouseleave", hideSoon);
  window.addEventListener("scroll", function () { if (current) place(current); }, { passive: true });

  function show(a) {
    clearTimeout(hideTimer);
    current = a;
    var text = a.getAttribute("data-tip") || "";
    var i = text.indexOf(": ");
    tip.textContent = "";
    var b = document.createElement("strong");
    b.textContent = i > 0 ? text.slice(0, i) : a.textContent;
    tip.appendChild(b);
    tip.appendChild(document.createTextNode(" " + (i > 0 ? text.slice(i + 2) : text) + " "));
    var more = document.createElement("a");
    more.href = a.href;
    more.textContent = en ? "Read in the glossary" : "Baca di glosarium";
    tip.appendChild(more);
    tip.hidden = false;
    place(a);
  }
  function place(a) {
    var r = a.getBoundingClientRect();
    var w = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = w + "px";
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - w - 8));
    tip.style.left = left + window.scrollX + "px";
    var below = r.bottom + 6 + window.scrollY;
    tip.style.top = below + "px";
    var h = tip.offsetHeight;
    if (r.bottom + 6 + h > window.innerHeight && r.top - 6 - h > 0) tip.style.top = (r.top - 6 - h + window.scrollY) + "px";
  }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 250); }
  function hide() {
    clearTimeout(hideTimer);
    current = null;
    tip.hidden = true;
  }
})();
