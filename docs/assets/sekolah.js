/* For schools: kit filters (Belajar), quiz feedback and projector keys.
   Plain script, no fetch and no modules, so every page also works from file:// offline. */
(function () {
  "use strict";

  function strings(el) {
    try { return JSON.parse(el.getAttribute("data-strings") || "{}"); } catch (e) { return {}; }
  }
  function fill(s, vals) {
    return s.replace(/\{(\w+)\}/g, function (_, k) { return k in vals ? vals[k] : ""; });
  }

  /* -- Belajar: filter kits by phase and subject, with counts and a shareable query -- */
  function kits(root) {
    var form = root.querySelector(".arsip-kit-filter");
    var items = Array.prototype.slice.call(root.querySelectorAll(".arsip-kit-item"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var out = form.querySelector(".arsip-kit-count");
    var none = root.querySelector(".arsip-kit-none");
    var S = strings(root);
    function has(item, facet, v) { return !v || item.getAttribute("data-" + facet).split(" ").indexOf(v) >= 0; }
    function matches(item, skip) {
      return selects.every(function (s) { return s === skip || has(item, s.getAttribute("data-facet"), s.value); });
    }
    function update(push) {
      var shown = 0;
      items.forEach(function (it) { var ok = matches(it, null); it.hidden = !ok; if (ok) shown++; });
      selects.forEach(function (s) {  // each option counts the kits it would show with the other filters kept
        Array.prototype.forEach.call(s.options, function (o) {
          if (!o.value) return;
          var n = items.filter(function (it) { return matches(it, s) && has(it, s.getAttribute("data-facet"), o.value); }).length;
          o.textContent = o.getAttribute("data-label") + " (" + n + ")";
          o.setAttribute("data-count", n);
        });
      });
      out.textContent = fill(S.showing || "{n}/{total}", { n: shown, total: items.length });
      out.setAttribute("data-count", shown);
      none.hidden = shown > 0;
      if (push) {
        var q = new URLSearchParams();
        selects.forEach(function (s) { if (s.value) q.set(s.name, s.value); });
        var qs = q.toString();
        try { history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash); } catch (e) { /* file:// in some browsers */ }
      }
    }
    var params = new URLSearchParams(location.search);
    selects.forEach(function (s) {
      var v = params.get(s.name);
      if (v && s.querySelector('option[value="' + v.replace(/[^A-Za-z0-9-]/g, "") + '"]')) s.value = v;
      s.addEventListener("change", function () { update(true); });
    });
    form.hidden = false;
    root.classList.add("is-filtering");
    update(false);
  }

  /* -- Quiz: instant feedback and a score; the first answer counts -- */
  function quiz(root) {
    var S = strings(root);
    var qs = Array.prototype.slice.call(root.querySelectorAll(".arsip-quiz__q"));
    var score = root.querySelector(".arsip-quiz__score");
    var key = root.querySelector(".arsip-quiz__key");
    function mark(q) {  // lock the question on its first answer and show whether it was right
      var picked = q.querySelector("input:checked");
      if (!picked || q.hasAttribute("data-first")) return;
      var answer = +q.getAttribute("data-answer"), ok = +picked.value === answer;
      q.setAttribute("data-first", picked.value);
      q.querySelector("fieldset").disabled = true;  // a second tap changes nothing
      var fb = q.querySelector(".arsip-quiz__feedback");
      var correct = q.querySelectorAll(".arsip-quiz__opt")[answer];
      fb.textContent = ok ? S.right : fill(S.wrong || "", { answer: correct.textContent.replace(/\s+/g, " ").trim() });
      fb.hidden = false;
      fb.className = "arsip-quiz__feedback " + (ok ? "is-right" : "is-wrong");
      var ex = q.querySelector(".arsip-quiz__explain");
      if (ex) ex.hidden = false;
      Array.prototype.forEach.call(q.querySelectorAll(".arsip-quiz__opt"), function (l, i) {
        l.classList.toggle("is-answer", i === answer);
        l.classList.toggle("is-picked-wrong", !ok && l.contains(picked));
      });
    }
    function update(e) {
      var q = e && e.target.closest ? e.target.closest(".arsip-quiz__q") : null;
      if (q) mark(q);
      var answered = 0, right = 0;
      qs.forEach(function (q) {
        if (!q.hasAttribute("data-first")) return;
        answered++;
        if (q.getAttribute("data-first") === q.getAttribute("data-answer")) right++;
      });
      score.hidden = answered === 0;
      score.textContent = fill(S.score || "", { n: right, total: qs.length });
    }
    root.addEventListener("change", update);
    var keyWasOpen = null;  // set while a print button's print is on
    Array.prototype.forEach.call(root.querySelectorAll("[data-print]"), function (b) {
      b.addEventListener("click", function () {
        var k = b.getAttribute("data-print") === "key";
        document.body.classList.toggle("arsip-print-key", k);
        document.body.classList.toggle("arsip-print-quiz", !k);
        keyWasOpen = key.open;
        if (k) key.open = true;  // the key prints even while it is folded away on screen
        window.print();
      });
    });
    window.addEventListener("afterprint", function () {
      if (keyWasOpen === null) return;
      key.open = keyWasOpen;
      keyWasOpen = null;
      document.body.classList.remove("arsip-print-key", "arsip-print-quiz");
    });
  }

  /* -- Projector: one screen at a time, keyboard navigation, Esc goes back -- */
  function deck(root) {
    var slides = Array.prototype.slice.call(root.querySelectorAll(".arsip-slide"));
    var i = 0;
    var m = /^#layar-(\d+)$/.exec(location.hash);
    if (m) i = Math.min(Math.max(+m[1] - 1, 0), slides.length - 1);
    function fit(s) {  // a screen that overflows the window gets smaller type, step by step
      s.style.fontSize = "";
      var size = parseFloat(getComputedStyle(s).fontSize);
      while (s.scrollHeight > s.clientHeight + 1 && size > 12) {
        size *= 0.92;
        s.style.fontSize = size + "px";
      }
    }
    function show(n) {
      i = Math.min(Math.max(n, 0), slides.length - 1);
      slides.forEach(function (s, k) { s.classList.toggle("is-current", k === i); s.hidden = k !== i; });
      fit(slides[i]);
      try { history.replaceState(null, "", "#layar-" + (i + 1)); } catch (e) { /* ignore */ }
    }
    document.documentElement.classList.add("arsip-projecting");
    root.classList.add("is-deck");
    show(i);
    window.addEventListener("resize", function () { fit(slides[i]); });
    Array.prototype.forEach.call(root.querySelectorAll("img"), function (im) {
      im.addEventListener("load", function () { fit(slides[i]); });
    });
    // Full screen (F or the button), where the browser allows it.
    var full = root.querySelector('[data-deck="full"]');
    function toggleFull() {
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen().catch(function () {}); }
    }
    if (full && document.fullscreenEnabled) {
      full.hidden = false;
      full.addEventListener("click", toggleFull);
      document.addEventListener("fullscreenchange", function () {
        full.setAttribute("aria-pressed", document.fullscreenElement ? "true" : "false");
      });
    }
    // The controls fade out after a few seconds without the mouse and come back when it moves.
    var idle = +(root.getAttribute("data-idle") || 2500), timer = 0;
    function wake() {
      root.classList.remove("is-idle");
      clearTimeout(timer);
      timer = setTimeout(function () { root.classList.add("is-idle"); }, idle);
    }
    ["mousemove", "pointerdown", "touchstart"].forEach(function (ev) { document.addEventListener(ev, wake, { passive: true }); });
    wake();
    document.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      var k = e.key;
      if (k === "Tab") wake();
      if ((k === "f" || k === "F") && full && !full.hidden) {
        if (document.activeElement === full) full.blur();  // the key, not the button, so the controls may hide
        toggleFull(); e.preventDefault(); return;
      }
      if (k === "ArrowRight" || k === "ArrowDown" || k === "PageDown" || k === " " || k === "Enter") { show(i + 1); e.preventDefault(); }
      else if (k === "ArrowLeft" || k === "ArrowUp" || k === "PageUp" || k === "Backspace") { show(i - 1); e.preventDefault(); }
      else if (k === "Home") { show(0); e.preventDefault(); }
      else if (k === "End") { show(slides.length - 1); e.preventDefault(); }
      else if (k === "Escape") { location.href = root.getAttribute("data-back"); }
    });
    root.querySelector('[data-deck="prev"]').addEventListener("click", function () { show(i - 1); });
    root.querySelector('[data-deck="next"]').addEventListener("click", function () { show(i + 1); });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-arsip-kits]"), kits);
    Array.prototype.forEach.call(document.querySelectorAll("[data-arsip-quiz]"), quiz);
    Array.prototype.forEach.call(document.querySelectorAll("[data-arsip-deck]"), deck);
    // Print buttons: a listener, not onclick="", which the Content-Security-Policy forbids.
    Array.prototype.forEach.call(document.querySelectorAll("[data-arsip-print]"), function (b) {
      b.addEventListener("click", function () { window.print(); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
