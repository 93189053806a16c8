/* Arsip zoom: tap a motif's main photo to see it large and zoom into the cloth.
 *
 * Markup (made by arsip.images.markup): <a class="arsip-zoom" href="BIG.avif"
 *   data-zoom-avif data-zoom-jpeg data-zoom-width data-zoom-height><picture>...</picture></a>
 * Without JavaScript the link just opens the big photo. With it, a modal <dialog> shows
 * the photo fitted to the screen; pinch, mouse wheel, double-tap/double-click, the + and -
 * buttons or keys zoom; drag or arrow keys pan; Esc or the close button close it.
 * The big photo is requested only when the dialog opens (no tiles, one image). While it
 * loads, the already-loaded page image is shown stretched underneath.
 * Self-contained: no libraries, no requests to other sites.
 */
(function () {
  "use strict";
  var TEXT = {
    id: { zin: "Perbesar", zout: "Perkecil", fit: "Pas layar", close: "Tutup", badge: "Perbesar",
          hint: "Cubit, gulir, ketuk dua kali atau tekan + / − untuk memperbesar. Esc menutup.",
          label: "Foto diperbesar" },
    en: { zin: "Zoom in", zout: "Zoom out", fit: "Fit to screen", close: "Close", badge: "Zoom",
          hint: "Pinch, scroll, double-tap or press + / − to zoom. Esc closes.",
          label: "Enlarged photo" }
  };
  var T = TEXT[(document.documentElement.lang || "id").slice(0, 2)] || TEXT.id;

  var dlg, stage, img, source, trigger = null;
  var W = 0, H = 0, s = 1, x = 0, y = 0, fit = 1, maxS = 4;
  var pointers = new Map(), pinch = null, lastTap = 0, tapStart = null, toggledAt = 0;

  function el(tag, cls, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  function button(act, label, glyph) {
    var b = el("button", "arsip-zoom-btn", { type: "button", "data-act": act, "aria-label": label, title: label });
    b.textContent = glyph;
    return b;
  }

  function build() {
    dlg = el("dialog", "arsip-zoom-dialog", { "aria-label": T.label });
    stage = el("div", "arsip-zoom-stage");
    var pic = el("picture");
    source = el("source", "", { type: "image/avif" });
    img = el("img", "arsip-zoom-img", { alt: "", draggable: "false", decoding: "async" });
    pic.appendChild(source);
    pic.appendChild(img);
    stage.appendChild(pic);
    var bar = el("div", "arsip-zoom-bar", { role: "toolbar", "aria-label": T.label });
    bar.appendChild(button("out", T.zout, "\u2212"));
    bar.appendChild(button("in", T.zin, "+"));
    bar.appendChild(button("fit", T.fit, "\u2922"));
    bar.appendChild(button("close", T.close, "\u00d7"));
    var hint = el("p", "arsip-zoom-hint");
    hint.textContent = T.hint;
    dlg.appendChild(stage);
    dlg.appendChild(bar);
    dlg.appendChild(hint);
    document.body.appendChild(dlg);

    bar.addEventListener("click", function (e) {
      var b = e.target.closest("button");
      if (!b) return;
      var act = b.getAttribute("data-act");
      if (act === "close") dlg.close();
      else if (act === "fit") reset();
      else zoomAt(stage.clientWidth / 2, stage.clientHeight / 2, s * (act === "in" ? 1.6 : 1 / 1.6));
    });
    dlg.addEventListener("close", function () {
      document.documentElement.classList.remove("arsip-zoom-open");
      pointers.clear();
      pinch = null;
      if (trigger) trigger.focus();
    });
    dlg.addEventListener("keydown", onKey);
    stage.addEventListener("wheel", onWheel, { passive: false });
    stage.addEventListener("pointerdown", onDown);
    stage.addEventListener("pointermove", onMove);
    stage.addEventListener("pointerup", onUp);
    stage.addEventListener("pointercancel", onUp);
    stage.addEventListener("dblclick", function (e) {
      if (Date.now() - toggledAt < 500) return;  /* a double tap already handled by onUp */
      var r = stage.getBoundingClientRect();
      toggle(e.clientX - r.left, e.clientY - r.top);
    });
    img.addEventListener("load", function () { dlg.classList.remove("is-loading"); });
    window.addEventListener("resize", function () { if (dlg.open) { var k = s / fit; measure(); apply(fit * k); } });
  }

  function measure() {
    fit = Math.min(stage.clientWidth / W, stage.clientHeight / H);
    maxS = Math.max(fit * 6, 6 / (window.devicePixelRatio || 1));  /* up to ~6 device px per photo px */
  }

  function clamp() {
    var sw = stage.clientWidth, sh = stage.clientHeight, w = W * s, h = H * s;
    x = w <= sw ? (sw - w) / 2 : Math.min(0, Math.max(sw - w, x));
    y = h <= sh ? (sh - h) / 2 : Math.min(0, Math.max(sh - h, y));
  }

  function render() {
    clamp();
    img.style.transform = "translate(" + x + "px," + y + "px) scale(" + s + ")";
    dlg.classList.toggle("is-zoomed", s > fit * 1.01);
  }

  function apply(ns) {
    s = Math.min(maxS, Math.max(fit, ns));
    render();
  }

  function zoomAt(px, py, ns) {
    ns = Math.min(maxS, Math.max(fit, ns));
    x = px - (px - x) * (ns / s);
    y = py - (py - y) * (ns / s);
    s = ns;
    render();
  }

  function reset() {
    s = fit;
    x = y = 0;
    render();
  }

  function toggle(px, py) {
    toggledAt = Date.now();
    if (s > fit * 1.05) reset();
    else zoomAt(px, py, fit * 3);
  }

  function onWheel(e) {
    e.preventDefault();
    var r = stage.getBoundingClientRect();
    var dy = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    zoomAt(e.clientX - r.left, e.clientY - r.top, s * Math.exp(-dy * 0.0025));
  }

  function pos(e) {
    var r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  function pinchState() {
    var p = Array.from(pointers.values());
    return { d: Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1, mx: (p[0].x + p[1].x) / 2,
             my: (p[0].y + p[1].y) / 2, s: s };
  }

  function onDown(e) {
    try { stage.setPointerCapture(e.pointerId); } catch (err) { /* pointer already gone */ }
    pointers.set(e.pointerId, pos(e));
    if (pointers.size === 2) pinch = pinchState();
    if (pointers.size === 1) tapStart = { p: pos(e), t: Date.now() };
    else tapStart = null;
  }

  function onMove(e) {
    if (!pointers.has(e.pointerId)) return;
    var prev = pointers.get(e.pointerId), now = pos(e);
    pointers.set(e.pointerId, now);
    if (pointers.size === 2 && pinch) {
      var cur = pinchState();
      x += cur.mx - pinch.mx;
      y += cur.my - pinch.my;
      zoomAt(cur.mx, cur.my, pinch.s * cur.d / pinch.d);
      pinch.mx = cur.mx;
      pinch.my = cur.my;
    } else if (pointers.size === 1) {
      x += now.x - prev.x;
      y += now.y - prev.y;
      render();
    }
  }

  function onUp(e) {
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    if (tapStart && e.type === "pointerup" && e.pointerType !== "mouse") {
      var p = pos(e);
      if (Math.hypot(p.x - tapStart.p.x, p.y - tapStart.p.y) < 10 && Date.now() - tapStart.t < 300) {
        if (Date.now() - lastTap < 350) { toggle(p.x, p.y); lastTap = 0; }
        else lastTap = Date.now();
      }
    }
    tapStart = null;
  }

  function onKey(e) {
    var cx = stage.clientWidth / 2, cy = stage.clientHeight / 2, step = 60;
    switch (e.key) {
      case "+": case "=": zoomAt(cx, cy, s * 1.6); break;
      case "-": case "_": zoomAt(cx, cy, s / 1.6); break;
      case "0": reset(); break;
      case "ArrowLeft": x += step; render(); break;
      case "ArrowRight": x -= step; render(); break;
      case "ArrowUp": y += step; render(); break;
      case "ArrowDown": y -= step; render(); break;
      default: return;
    }
    e.preventDefault();
  }

  function open(a) {
    if (!dlg) build();
    trigger = a;
    var small = a.querySelector("img");
    W = +a.getAttribute("data-zoom-width");
    H = +a.getAttribute("data-zoom-height");
    img.width = W;
    img.height = H;
    img.alt = small ? small.alt : "";
    img.style.width = W + "px";
    img.style.height = H + "px";
    var shown = small && (small.currentSrc || small.src);
    img.style.backgroundImage = shown ? "url(\"" + shown + "\")" : "";
    dlg.classList.add("is-loading");
    source.srcset = a.getAttribute("data-zoom-avif");
    img.src = a.getAttribute("data-zoom-jpeg");  /* the <source> wins where AVIF is supported */
    document.documentElement.classList.add("arsip-zoom-open");
    dlg.showModal();
    measure();
    reset();
    dlg.querySelector("[data-act=close]").focus();
  }

  function decorate(a) {
    if (a.querySelector(".arsip-zoom-badge")) return;
    var b = el("span", "arsip-zoom-badge", { "aria-hidden": "true" });
    b.textContent = "\u2922 " + T.badge;
    a.appendChild(b);
    a.setAttribute("aria-haspopup", "dialog");
    a.setAttribute("title", T.zin);
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.arsip-zoom");
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (typeof HTMLDialogElement !== "function") return;  /* very old browser: follow the link */
    e.preventDefault();
    open(a);
  });

  function init() { document.querySelectorAll("a.arsip-zoom").forEach(decorate); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
