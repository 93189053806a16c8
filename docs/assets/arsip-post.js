/* The post maker (kit/buat/, written by pages/postmaker.py): a maker's own photo in a feed,
   square or story frame, moved and zoomed by drag, pinch, wheel, keys, slider or buttons, with
   the motif's name, one-line meaning and short address laid over it inside the format's safe
   box. The JPEG is made here with canvas.toBlob, which writes no EXIF or GPS; nothing leaves
   the device. Everything it needs is in the page's JSON data block (no fetch: works from
   file://). No library, no inline handlers. The boxes of the last full-size picture are left
   in the canvas's data-layout attribute, for tests. */
(function () {
  "use strict";
  var form = document.getElementById("arsip-post");
  var dataEl = document.getElementById("arsip-post-data");
  if (!form || !dataEl || !window.createImageBitmap || !HTMLCanvasElement.prototype.toBlob) return;
  var D = JSON.parse(dataEl.textContent);
  function $(id) { return document.getElementById(id); }
  function say(key, vals) {
    var s = D.words[key] || key;
    Object.keys(vals || {}).forEach(function (k) { s = s.split("{" + k + "}").join(vals[k]); });
    return s;
  }
  var sel = $("arsip-post-motif"), photo = $("arsip-post-photo"), business = $("arsip-post-business"),
      canvas = $("arsip-post-canvas"), zoom = $("arsip-post-zoom"), status = $("arsip-post-status"),
      result = $("arsip-post-result"), resultImg = $("arsip-post-result-img"), shareBtn = $("arsip-post-share"),
      download = $("arsip-post-download"), caption = $("arsip-post-caption"), copyBtn = $("arsip-post-copy"),
      thumb = $("arsip-post-motif-img");
  var motifs = {}, formats = {};
  D.motifs.forEach(function (m) { motifs[m.id] = m; });
  D.formats.forEach(function (f) { formats[f.id] = f; });
  var ZMIN = 1, ZMAX = 4;
  // The photo: full-size bitmap (for the JPEG), a smaller one for the live frame, its size, the
  // zoom and the offset of its centre from the frame's centre, in frame pixels.
  var st = { full: null, work: null, pw: 0, ph: 0, z: 1, dx: 0, dy: 0 };
  var out = { url: null, file: null };
  var SERIF = '"Fraunces", "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif';
  var SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

  function motif() { return motifs[sel.value] || D.motifs[0]; }
  function format() {
    var r = form.querySelector('input[name="format"]:checked');
    return formats[r ? r.value : D.formats[0].id];
  }

  // -- geometry ------------------------------------------------------------------------------
  function placed(f) {
    var s = Math.max(f.w / st.pw, f.h / st.ph) * st.z, w = st.pw * s, h = st.ph * s;
    var mx = (w - f.w) / 2, my = (h - f.h) / 2;
    st.dx = Math.max(-mx, Math.min(mx, st.dx));
    st.dy = Math.max(-my, Math.min(my, st.dy));
    return { x: (f.w - w) / 2 + st.dx, y: (f.h - h) / 2 + st.dy, w: w, h: h };
  }

  // -- text ----------------------------------------------------------------------------------
  function wrap(ctx, text, maxW, maxLines) {
    var words = String(text).split(/\s+/).filter(Boolean), lines = [], cur = "";
    words.forEach(function (w) {
      var t = cur ? cur + " " + w : w;
      if (!cur || ctx.measureText(t).width <= maxW) cur = t; else { lines.push(cur); cur = w; }
    });
    if (cur) lines.push(cur);
    var over = lines.length > maxLines;
    if (over) {
      lines = lines.slice(0, maxLines);
      var last = lines[maxLines - 1];
      while (last.indexOf(" ") > 0 && ctx.measureText(last + "…").width > maxW) last = last.replace(/\s+\S+$/, "");
      lines[maxLines - 1] = last + "…";
    }
    var widest = Math.max.apply(null, lines.map(function (l) { return ctx.measureText(l).width; }).concat([0]));
    return { lines: lines, over: over, width: widest };
  }

  // A text block: the largest size from `size` down to `min` at which it fits `maxLines` lines.
  function fit(ctx, text, font, size, min, maxW, maxLines) {
    var r;
    for (var px = size; px >= min; px -= 2) {
      ctx.font = font(px);
      r = wrap(ctx, text, maxW, maxLines);
      if (!r.over && r.width <= maxW) break;
    }
    r.px = Math.max(px, min);
    r.font = font(r.px);
    return r;
  }

  // Text blocks from the bottom of the safe box up: address, meaning, name, business name.
  function layout(ctx, f) {
    var m = motif(), s = f.safe, maxW = s[2] - s[0], y = s[3], blocks = [];
    var parts = [
      { kind: "address", text: say("kit_story", { url: m.short }), font: function (px) { return px + "px " + SANS; },
        size: f.small, min: 20, lines: 1, lh: 1.25, colour: "#f3d9a4", gap: 0 },
      { kind: "meaning", text: m.meaning, font: function (px) { return px + "px " + SANS; },
        size: f.meaning, min: 28, lines: f.id === "square" ? 2 : 3, lh: 1.3, colour: "#fbf6ec", gap: f.small * 0.8 },
      { kind: "name", text: m.name, font: function (px) { return "600 " + px + "px " + SERIF; },
        size: f.name, min: 44, lines: 2, lh: 1.12, colour: "#ffffff", gap: f.small * 0.6 }
    ];
    var biz = business.value.trim();
    if (biz) parts.push({ kind: "business", text: say("kit_made_by", { makers: biz }).replace(/\.$/, ""),
      font: function (px) { return "600 " + px + "px " + SANS; }, size: f.small, min: 20, lines: 1, lh: 1.25,
      colour: "#f3d9a4", gap: f.small * 0.5 });
    parts.forEach(function (p) {
      var r = fit(ctx, p.text, p.font, p.size, p.min, maxW, p.lines), lh = Math.round(r.px * p.lh);
      y -= p.gap + lh * r.lines.length;
      blocks.push({ kind: p.kind, font: r.font, px: r.px, colour: p.colour, lines: r.lines, lh: lh,
                    x: s[0], y: Math.round(y), w: Math.ceil(Math.min(r.width, maxW)), h: lh * r.lines.length });
    });
    return blocks;
  }

  // -- drawing -------------------------------------------------------------------------------
  function draw(c, bmp) {
    var f = format(), ctx = c.getContext("2d");
    if (c.width !== f.w || c.height !== f.h) { c.width = f.w; c.height = f.h; }
    ctx.fillStyle = "#3b200f";
    ctx.fillRect(0, 0, f.w, f.h);
    if (bmp) {
      var p = placed(f);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = "high";
      ctx.drawImage(bmp, p.x, p.y, p.w, p.h);
    }
    var blocks = layout(ctx, f), top = blocks[blocks.length - 1].y;
    var g = ctx.createLinearGradient(0, Math.max(0, top - 220), 0, top + 60);
    g.addColorStop(0, "rgba(30,16,6,0)");
    g.addColorStop(1, "rgba(30,16,6,0.8)");
    ctx.fillStyle = g;
    ctx.fillRect(0, Math.max(0, top - 220), f.w, f.h);
    ctx.textBaseline = "top";
    ctx.shadowColor = "rgba(0,0,0,0.35)";
    ctx.shadowBlur = 6;
    blocks.forEach(function (b) {
      ctx.font = b.font;
      ctx.fillStyle = b.colour;
      b.lines.forEach(function (line, i) { ctx.fillText(line, b.x, b.y + i * b.lh + (b.lh - b.px) / 2, b.w); });
    });
    ctx.shadowBlur = 0;
    return blocks.map(function (b) { return { kind: b.kind, x: b.x, y: b.y, w: b.w, h: b.h, lines: b.lines.length }; });
  }

  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(canvas, st.work); });
  }

  function changed() {
    if (!result.hidden) { result.hidden = true; status.textContent = say("post_changed"); }
    redraw();
  }

  // -- caption -------------------------------------------------------------------------------
  function captionText() {
    var text = motif().caption, biz = business.value.trim();
    if (!biz) return text;
    var nl = text.indexOf("\n");
    var by = say("kit_made_by", { makers: biz });
    return nl < 0 ? text + "\n" + by : text.slice(0, nl) + "\n" + by + text.slice(nl);
  }
  function showMotif() {
    var m = motif();
    caption.value = captionText();
    if (m.img) { thumb.src = m.img; thumb.hidden = false; } else thumb.hidden = true;
  }

  // -- the photo -----------------------------------------------------------------------------
  function setZoom(z) {
    st.z = Math.max(ZMIN, Math.min(ZMAX, z));
    zoom.value = String(st.z);
    changed();
  }
  function move(dx, dy) { st.dx += dx; st.dy += dy; changed(); }

  photo.addEventListener("change", function () {
    var file = photo.files && photo.files[0];
    if (!file) return;
    // Orientation from EXIF is applied by the decoder ("from-image" is the default).
    createImageBitmap(file, { imageOrientation: "from-image" }).then(function (full) {
      var long = Math.max(full.width, full.height), k = Math.min(1, 2200 / long);
      var small = k < 1 ? createImageBitmap(full, { resizeWidth: Math.round(full.width * k),
        resizeHeight: Math.round(full.height * k), resizeQuality: "high" }) : Promise.resolve(full);
      return small.then(function (work) {
        if (st.work && st.work !== st.full) st.work.close();
        if (st.full) st.full.close();
        st.full = full; st.work = work; st.pw = full.width; st.ph = full.height; st.dx = 0; st.dy = 0;
        canvas.setAttribute("data-photo", full.width + "x" + full.height);
        setZoom(1);
        result.hidden = true;
        status.textContent = say("post_loaded", { w: full.width, h: full.height });
      });
    }).catch(function () { status.textContent = say("post_bad_photo"); });
  });

  // Drag with one pointer, pinch with two; the frame shows at a smaller size than it is.
  var pointers = {}, pinch = 0;
  function scale() { return canvas.width / canvas.getBoundingClientRect().width; }
  function spread() {
    var p = Object.keys(pointers).map(function (k) { return pointers[k]; });
    return p.length < 2 ? 0 : Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
  }
  canvas.addEventListener("pointerdown", function (e) {
    if (!st.work) return;
    try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* a pointer that is gone already */ }
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    pinch = spread();
  });
  canvas.addEventListener("pointermove", function (e) {
    var p = pointers[e.pointerId];
    if (!p) return;
    var n = Object.keys(pointers).length, k = scale();
    if (n === 1) move((e.clientX - p.x) * k, (e.clientY - p.y) * k);
    p.x = e.clientX; p.y = e.clientY;
    if (n === 2) {
      var d = spread();
      if (pinch > 0 && d > 0) setZoom(st.z * d / pinch);
      pinch = d;
    }
  });
  function up(e) { delete pointers[e.pointerId]; pinch = spread(); }
  canvas.addEventListener("pointerup", up);
  canvas.addEventListener("pointercancel", up);
  canvas.addEventListener("wheel", function (e) {
    if (!st.work) return;
    e.preventDefault();
    setZoom(st.z * Math.exp(-e.deltaY * 0.0015));
  }, { passive: false });
  canvas.addEventListener("keydown", function (e) {
    var step = e.shiftKey ? 120 : 24, keys = {
      ArrowLeft: function () { move(-step, 0); }, ArrowRight: function () { move(step, 0); },
      ArrowUp: function () { move(0, -step); }, ArrowDown: function () { move(0, step); },
      "+": function () { setZoom(st.z * 1.2); }, "=": function () { setZoom(st.z * 1.2); },
      "-": function () { setZoom(st.z / 1.2); }, "0": function () { st.dx = st.dy = 0; setZoom(1); }
    };
    if (keys[e.key] && !e.altKey && !e.ctrlKey && !e.metaKey) { e.preventDefault(); keys[e.key](); }
  });
  zoom.addEventListener("input", function () { setZoom(parseFloat(zoom.value)); });
  $("arsip-post-zoom-in").addEventListener("click", function () { setZoom(st.z * 1.2); });
  $("arsip-post-zoom-out").addEventListener("click", function () { setZoom(st.z / 1.2); });
  $("arsip-post-centre").addEventListener("click", function () { st.dx = st.dy = 0; changed(); });
  sel.addEventListener("change", function () { showMotif(); changed(); });
  business.addEventListener("input", function () { caption.value = captionText(); changed(); });
  form.querySelectorAll('input[name="format"]').forEach(function (r) { r.addEventListener("change", changed); });

  // -- the picture ---------------------------------------------------------------------------
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!st.full) { status.textContent = say("post_need_photo"); photo.focus(); return; }
    var f = format(), m = motif(), c = document.createElement("canvas");
    var boxes = draw(c, st.full);
    canvas.setAttribute("data-layout", JSON.stringify({ format: f.id, w: f.w, h: f.h, safe: f.safe, boxes: boxes }));
    c.toBlob(function (blob) {
      if (!blob) { status.textContent = say("post_bad_photo"); return; }
      if (out.url) URL.revokeObjectURL(out.url);
      var name = D.file.replace("{id}", m.id).replace("{suffix}", f.suffix);
      out.url = URL.createObjectURL(blob);
      out.file = window.File ? new File([blob], name, { type: "image/jpeg" }) : null;
      // Shown as a data: URL (the page's CSP allows data: images, not blob:): on a phone a
      // long-press on it saves it to the photos.
      var reader = new FileReader();
      reader.addEventListener("load", function () { resultImg.src = reader.result; });
      reader.readAsDataURL(blob);
      resultImg.alt = say("post_result_alt", { name: m.name });
      download.href = out.url;
      download.setAttribute("download", name);
      shareBtn.hidden = !(out.file && navigator.canShare && navigator.share && navigator.canShare({ files: [out.file] }));
      result.hidden = false;
      status.textContent = say("post_ready", { w: f.w, h: f.h });
      (shareBtn.hidden ? download : shareBtn).focus();
    }, "image/jpeg", 0.9);
  });
  shareBtn.addEventListener("click", function () {
    if (!out.file) return;
    var text = caption.value;
    navigator.share({ files: [out.file], title: motif().name }).catch(function () {});
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {});
  });

  // -- caption to the clipboard, or selected for a long-press copy -------------------------------
  function selectCaption() {
    caption.focus();
    caption.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
    status.textContent = ok ? say("copied_text") : say("post_copy_fallback");
  }
  copyBtn.addEventListener("click", function () {
    if (!navigator.clipboard || !window.isSecureContext) { selectCaption(); return; }
    navigator.clipboard.writeText(caption.value).then(function () {
      status.textContent = say("copied_text");
    }, selectCaption);
  });

  // -- start: the motif from ?motif=<id> (a kit page links here so), the form shown ------------
  var asked = new URLSearchParams(location.search).get("motif");
  if (asked && motifs[asked]) sel.value = asked;
  $("arsip-post-nojs").hidden = true;
  form.hidden = false;
  showMotif();
  draw(canvas, null);
  if (document.fonts && document.fonts.load) {
    document.fonts.load("600 72px Fraunces").then(redraw, function () {});
  }
})();
