/* The batik archive: catalogue filters.
 *
 * The static catalogue pages show the motifs a page at a time and work without
 * JavaScript. This script reads motif/facets.json (written by scripts/arsip/pages/catalogue.py:
 * one short row per motif and a table of facet values) and adds a filter panel: AND across
 * groups, OR within a group, with counts, kept in the address (?theme=flora&technique=tulis)
 * so a filtered view can be shared. Opened from disk it reads motif/facets.js instead.
 */
(function () {
  "use strict";
  var box = document.querySelector(".arsip-catalogue[data-facets]");
  if (!box) return;
  var S = JSON.parse(box.getAttribute("data-strings") || "{}");
  var panel = box.querySelector(".arsip-facets");
  var grid = box.querySelector("#katalog");
  var count = box.querySelector(".arsip-count");
  var pager = box.querySelector(".arsip-pages");
  var dataURL = new URL(box.getAttribute("data-facets"), location.href);
  var PAGE = 48;
  var data, sel = {}, q = "", shownLimit = PAGE, results = null;

  // {s} is the English plural ending: "" for one, "s" otherwise (as t() in core/i18n.py).
  function fmt(s, o) {
    return String(s).replace(/\{(\w+)\}/g, function (_, k) { return k === "s" && !("s" in o) ? (o.n === 1 ? "" : "s") : o[k]; });
  }
  function fold(s) { return String(s).normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase(); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function load() {
    if (location.protocol === "file:") {
      return new Promise(function (resolve, reject) {
        var src = box.getAttribute("data-facets-js");
        if (!src) return reject(new Error("no offline data"));
        var s = el("script", { src: new URL(src, location.href).href });
        s.onload = function () { resolve(window.ARSIP_FACETS); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return fetch(dataURL.href).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  function readURL() {
    var p = new URLSearchParams(location.search);
    sel = {};
    data.facets.forEach(function (f, fi) {
      var keys = p.getAll(f.key).reduce(function (a, v) { return a.concat(v.split(",")); }, []);
      var idx = {};
      keys.forEach(function (k) {
        var i = f.values.findIndex(function (v) { return v[0] === k || fold(v[1]) === fold(k); });
        if (i >= 0) idx[i] = true;
      });
      if (Object.keys(idx).length) sel[fi] = idx;
    });
    q = (p.get("q") || "").trim();
  }
  function writeURL() {
    var p = new URLSearchParams();
    data.facets.forEach(function (f, fi) {
      if (!sel[fi]) return;
      Object.keys(sel[fi]).map(Number).sort(function (a, b) { return a - b; })
        .forEach(function (i) { p.append(f.key, f.values[i][0]); });
    });
    if (q) p.set("q", q);
    var s = p.toString();
    history.replaceState(null, "", location.pathname + (s ? "?" + s : "") + location.hash);
  }
  function active() { return q !== "" || Object.keys(sel).length > 0; }

  function textOK(item) {
    if (!q) return true;
    var needle = fold(q);
    return [item.n].concat(item.a || []).some(function (s) { return fold(s).indexOf(needle) >= 0; });
  }
  function passes(item, skip) {
    for (var fi in sel) {
      if (Number(fi) === skip) continue;
      var vals = item.f[fi], ok = false;
      for (var j = 0; j < vals.length; j++) if (sel[fi][vals[j]]) { ok = true; break; }
      if (!ok) return false;
    }
    return true;
  }

  function buildPanel() {
    panel.textContent = "";
    var toggle = el("button", { type: "button", class: "arsip-facets__toggle", "aria-expanded": "false",
                                "aria-controls": "arsip-facets-body" }, S.filter);
    var body = el("div", { id: "arsip-facets-body", class: "arsip-facets__body" });
    body.hidden = true;
    body.appendChild(el("p", { class: "arsip-facets__hint" }, S.filter_hint));
    data.facets.forEach(function (f, fi) {
      if (!f.values.length) return;
      var d = el("fieldset", { class: "arsip-facet", "data-facet": f.key });
      d.appendChild(el("legend", {}, f.label));
      var ul = el("ul", { class: "arsip-facet__values" });
      f.values.forEach(function (v, vi) {
        var li = el("li");
        var id = "f-" + f.key + "-" + vi;
        var cb = el("input", { type: "checkbox", id: id, name: f.key, value: v[0], "data-fi": fi, "data-vi": vi });
        cb.checked = !!(sel[fi] && sel[fi][vi]);
        var lab = el("label", { for: id });
        lab.appendChild(el("span", { class: "arsip-facet__label" }, v[1]));
        lab.appendChild(el("span", { class: "arsip-facet__count" }, ""));
        li.appendChild(cb); li.appendChild(lab);
        ul.appendChild(li);
      });
      d.appendChild(ul);
      body.appendChild(d);
    });
    var bar = el("div", { class: "arsip-facets__actions" });
    var clear = el("button", { type: "button", class: "arsip-facets__clear" }, S.clear);
    var copy = el("button", { type: "button", class: "arsip-facets__copy" }, S.copy_link);
    bar.appendChild(clear); bar.appendChild(copy);
    body.appendChild(bar);
    var chips = el("p", { class: "arsip-facets__chips" });
    panel.appendChild(toggle); panel.appendChild(chips); panel.appendChild(body);
    panel.hidden = false;

    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      body.hidden = !open;
    });
    // Wide screens show the groups at once; on a phone the chips above the results say what is chosen.
    if (window.matchMedia("(min-width: 60em)").matches) toggle.click();
    body.addEventListener("change", function (e) {
      var cb = e.target;
      if (!cb.matches("input[type=checkbox]")) return;
      var fi = Number(cb.getAttribute("data-fi")), vi = Number(cb.getAttribute("data-vi"));
      if (cb.checked) { (sel[fi] = sel[fi] || {})[vi] = true; }
      else if (sel[fi]) { delete sel[fi][vi]; if (!Object.keys(sel[fi]).length) delete sel[fi]; }
      shownLimit = PAGE;
      writeURL(); apply();
    });
    clear.addEventListener("click", function () { sel = {}; q = ""; shownLimit = PAGE; syncBoxes(); writeURL(); apply(); });
    copy.addEventListener("click", function () {
      var done = function () { copy.textContent = S.copied; setTimeout(function () { copy.textContent = S.copy_link; }, 2000); };
      if (navigator.clipboard) navigator.clipboard.writeText(location.href).then(done, function () {});
    });
    chips.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-fi]");
      if (!b) return;
      var fi = b.getAttribute("data-fi");
      if (fi === "q") q = "";
      else { delete sel[fi][b.getAttribute("data-vi")]; if (!Object.keys(sel[fi]).length) delete sel[fi]; }
      shownLimit = PAGE;
      syncBoxes(); writeURL(); apply();
    });
  }
  function syncBoxes() {
    panel.querySelectorAll("input[type=checkbox]").forEach(function (cb) {
      var fi = cb.getAttribute("data-fi"), vi = cb.getAttribute("data-vi");
      cb.checked = !!(sel[fi] && sel[fi][vi]);
    });
  }

  function apply() {
    var items = data.items;
    results = items.filter(function (it) { return textOK(it) && passes(it, -1); });
    // Counts: for each group, the motifs that would match if that value were added (OR within the group).
    data.facets.forEach(function (f, fi) {
      var n = new Array(f.values.length).fill(0);
      items.forEach(function (it) {
        if (!textOK(it) || !passes(it, fi)) return;
        it.f[fi].forEach(function (vi) { n[vi]++; });
      });
      panel.querySelectorAll('input[data-fi="' + fi + '"]').forEach(function (cb) {
        var vi = Number(cb.getAttribute("data-vi"));
        cb.parentNode.querySelector(".arsip-facet__count").textContent = n[vi];
        cb.disabled = n[vi] === 0 && !cb.checked;
        cb.parentNode.classList.toggle("arsip-facet--empty", cb.disabled);
      });
    });
    var chips = panel.querySelector(".arsip-facets__chips");
    chips.textContent = "";
    var nsel = Object.keys(sel).reduce(function (n, fi) { return n + Object.keys(sel[fi]).length; }, 0) + (q ? 1 : 0);
    panel.querySelector(".arsip-facets__toggle").textContent = S.filter + (nsel ? " (" + nsel + ")" : "");
    if (q) chips.appendChild(chip(S.name_has + ": " + q, "q", ""));
    Object.keys(sel).forEach(function (fi) {
      Object.keys(sel[fi]).forEach(function (vi) {
        var f = data.facets[fi];
        chips.appendChild(chip(f.label + ": " + f.values[vi][1], fi, vi));
      });
    });
    if (!active()) {
      grid.hidden = false;
      if (pager) pager.hidden = false;
      var old = box.querySelector(".arsip-grid--filtered");
      if (old) old.remove();
      var more0 = box.querySelector(".arsip-more");
      if (more0) more0.remove();
      count.textContent = fmt(S.shown, { n: items.length });
      return;
    }
    grid.hidden = true;
    if (pager) pager.hidden = true;
    renderResults();
  }
  function chip(label, fi, vi) {
    var b = el("button", { type: "button", class: "arsip-chip arsip-chip--on", "data-fi": fi, "data-vi": vi,
                           "aria-label": S.clear + ": " + label }, label + " ×");
    return b;
  }
  function card(it) {
    var li = el("li", { class: "arsip-card", "data-id": it.id });
    var a = el("a", { href: new URL(it.u, dataURL).href });
    if (it.i) {
      var pic = el("picture");
      var img = el("img", { src: new URL(it.i, dataURL).href, width: it.w, height: it.h, alt: it.alt || "",
                            loading: "lazy", decoding: "async", style: it.c ? "background-color:" + it.c : null });
      pic.appendChild(img); a.appendChild(pic);
    }
    // name, the meaning in one line and the status, as on the static cards (_macros.j2 card)
    var body = el("span", { class: "arsip-card__body" });
    body.appendChild(el("span", { class: "arsip-card__name" }, it.n));
    if (it.l) body.appendChild(el("span", { class: "arsip-card__line" }, it.l));
    if (it.s) body.appendChild(el("span", { class: "arsip-card__status arsip-card__status--" + (it.k || "") }, it.s));
    a.appendChild(body);
    li.appendChild(a);
    return li;
  }
  function renderResults() {
    var old = box.querySelector(".arsip-grid--filtered");
    var ul = el("ul", { class: "arsip-grid arsip-grid--filtered", "aria-live": "polite" });
    results.slice(0, shownLimit).forEach(function (it) { ul.appendChild(card(it)); });
    if (old) old.replaceWith(ul); else grid.parentNode.insertBefore(ul, grid.nextSibling);
    count.textContent = results.length === 0 ? S.none
      : (results.length > shownLimit ? fmt(S.shown_of, { n: shownLimit, total: results.length }) : fmt(S.shown, { n: results.length }));
    var more = box.querySelector(".arsip-more");
    if (more) more.remove();
    if (results.length > shownLimit) {
      more = el("button", { type: "button", class: "md-button arsip-more" }, S.more);
      more.addEventListener("click", function () { shownLimit += PAGE; renderResults(); });
      ul.parentNode.insertBefore(more, ul.nextSibling);
    }
  }

  load().then(function (d) {
    data = d;
    readURL();
    buildPanel();
    apply();
    box.setAttribute("data-ready", "1");
  }).catch(function () { /* the static catalogue stays as it is */ });
})();
