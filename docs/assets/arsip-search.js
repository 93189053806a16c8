/* The batik archive: the search box in the header.
 *
 * On the web it uses the Pagefind index of this language (pagefind/ at the language root,
 * built by scripts/arsip/outputs/search.py), which downloads only the chunks a query needs. Opened
 * from disk (file://), browsers refuse those downloads, so it loads search/offline-index.js
 * instead and searches it here with the same simple Indonesian affix stripping as the
 * Python side. When a query finds nothing, it retries with the closest known word
 * (search/vocab.json, edit distance 1-2) and says so. No third-party requests.
 */
(function () {
  "use strict";
  var root = document.querySelector("[data-arsip-search]");
  if (!root) return;
  var S = JSON.parse(root.getAttribute("data-strings") || "{}");
  var lang = root.getAttribute("data-lang") || "id";
  var base = new URL((root.getAttribute("data-base") || ".").replace(/\/?$/, "/"), location.href);
  var form = root.querySelector("form");
  var input = root.querySelector(".arsip-search__input");
  var panel = root.querySelector(".arsip-search__panel");
  var list = root.querySelector(".arsip-search__results");
  var status = root.querySelector(".arsip-search__status");
  var openBtn = root.querySelector(".arsip-search__open");
  var closeBtn = root.querySelector(".arsip-search__close");
  var MAX = 8, MORE = 24;  // results shown at first; how many more each "show more" adds
  var engine = null, seq = 0, timer = 0, active = -1, items = [], shown = null, goFirst = false, limit = MAX;
  var moreBtn = null;
  root.classList.add("arsip-search--js");
  // A phone's header box is narrow: a short placeholder instead of a cut one.
  if (S.short && window.matchMedia && window.matchMedia("(max-width: 29.984375em)").matches) input.placeholder = S.short;

  // Icons (Material Design Icons, Apache 2.0, as bundled with the theme) for results without a
  // picture, by the page's `icon` search meta (data-pagefind-meta="icon:lesson" in the templates).
  var ICONS = {
    lesson: "M12 3 1 9l4 2.18v6L12 21l7-3.82v-6l2-1.09V17h2V9zm6.82 6L12 12.72 5.18 9 12 5.28zM17 16l-5 2.72L7 16v-3.73L12 15l5-2.73z",
    glossary: "M5.81 2C4.83 2.09 4 3 4 4v16c0 1.05.95 2 2 2h12c1.05 0 2-.95 2-2V4a2 2 0 0 0-2-2h-6v7L9.5 7.5 7 9V2H5.81M12 13h1a1 1 0 0 1 1 1v4h-1v-2h-1v2h-1v-4a1 1 0 0 1 1-1m0 1v1h1v-1zm3 1h3v1l-2 3h2v1h-3v-1l2-3h-2z",
    quiz: "M11 18h2v-2h-2zm1-16A10 10 0 0 0 2 12a10 10 0 0 0 10 10 10 10 0 0 0 10-10A10 10 0 0 0 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8m0-14a4 4 0 0 0-4 4h2a2 2 0 0 1 2-2 2 2 0 0 1 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4",
    maker: "M12 5a3.5 3.5 0 0 0-3.5 3.5A3.5 3.5 0 0 0 12 12a3.5 3.5 0 0 0 3.5-3.5A3.5 3.5 0 0 0 12 5m0 2a1.5 1.5 0 0 1 1.5 1.5A1.5 1.5 0 0 1 12 10a1.5 1.5 0 0 1-1.5-1.5A1.5 1.5 0 0 1 12 7M12 14c-2.34 0-7 1.17-7 3.5V19h14v-1.5c0-2.33-4.66-3.5-7-3.5m0 2c1.53 0 3.24.5 4.23 1H7.77c.99-.5 2.7-1 4.23-1",
    motif: "M20 2H4c-1.1 0-2 .9-2 2v16a2 2 0 0 0 2 2h16c1.11 0 2-.89 2-2V4a2 2 0 0 0-2-2M4 6l2-2h4.9L4 10.9zm0 7.7L13.7 4h4.9L4 18.6zM20 18l-2 2h-4.9l6.9-6.9zm0-7.7L10.3 20H5.4L20 5.4z",
    timeline: "M5 12c0 1.11-.89 2-2 2a2 2 0 1 1 2-2M4 2v6H2V2zM2 22v-6h2v6zM24 6v12c0 1.11-.89 2-2 2H10a2 2 0 0 1-2-2v-4l-2-2 2-2V6a2 2 0 0 1 2-2h12c1.11 0 2 .89 2 2m-2 0H10v4.83L8.83 12 10 13.17V18h12zM12 9h8v2h-8zm0 4h6v2h-6z",
    page: "M6 2a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm0 2h7v5h5v11H6zm2 8v2h8v-2zm0 4v2h5v-2z"
  };
  function icon(name) {
    var key = ICONS[name] ? name : "page";
    return '<span class="arsip-search__noimg arsip-search__noimg--' + key + '" aria-hidden="true">' +
      '<svg viewBox="0 0 24 24" width="24" height="24" focusable="false"><path d="' + ICONS[key] + '"/></svg></span>';
  }

  function fmt(s, k, v) { return String(s || "").replace("{" + k + "}", v); }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* ---- words: the same rules as scripts/arsip/core/spelling.py ---- */
  var SUFFIXES = ["nya", "kan", "lah", "kah", "an"];
  var PREFIXES = ["meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
                  "ber", "be", "ter", "ke", "di", "se"];
  function fold(s) { return String(s).normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase(); }
  function words(s) { return fold(s).match(/[a-z0-9]+/g) || []; }
  function stem(w) {
    if (w.length <= 4) return w;
    if (lang !== "id") return (/[^s]s$/.test(w) && w.length - 1 >= 4) ? w.slice(0, -1) : w;
    var i;
    for (i = 0; i < SUFFIXES.length; i++) {
      if (w.slice(-SUFFIXES[i].length) === SUFFIXES[i] && w.length - SUFFIXES[i].length >= 4) {
        w = w.slice(0, -SUFFIXES[i].length); break;
      }
    }
    for (i = 0; i < PREFIXES.length; i++) {
      if (w.indexOf(PREFIXES[i]) === 0 && w.length - PREFIXES[i].length >= 4) {
        w = w.slice(PREFIXES[i].length); break;
      }
    }
    return w;
  }

  /* ---- Javanese spelling variants: the same rules as search.canon ---- */
  var SPELLING = [["oe", "u"], ["dj", "j"], ["tj", "c"], ["dh", "d"], ["th", "t"], ["kh", "k"], ["hy", "y"],
                  ["gg", "g"], ["o", "a"]];
  function canon(w) {
    w = fold(w).replace(/^([bcdfgjkmnpstw])e([lr])/, "$1$2");
    SPELLING.forEach(function (r) { w = w.split(r[0]).join(r[1]); });
    return w;
  }

  /* ---- words that mean the same: the same table as spelling.SYNONYMS ---- */
  var SYNONYMS = { pengrajin: "perajin", pengerajin: "perajin" };
  function synonyms(q) { return words(q).map(function (w) { return SYNONYMS[w] || w; }).join(" "); }

  /* ---- does a highlighted word match a query word as a whole word (not only as its start)? ---- */
  var PRE = [""].concat(PREFIXES), SUF = ["", "i"].concat(SUFFIXES);
  function affixed(a, b) {  // a = prefix + b + suffix, with Indonesian affixes
    var at = a.indexOf(b);
    return b.length >= 3 && at >= 0 && PRE.indexOf(a.slice(0, at)) >= 0 && SUF.indexOf(a.slice(at + b.length)) >= 0;
  }
  function whole(m, w) {
    return m === w || stem(m) === stem(w) || canon(m) === canon(w) || affixed(m, w) || affixed(w, m);
  }
  function markWords(html) {
    var out = [];
    (String(html || "").match(/<mark>[^<]*<\/mark>/g) || []).forEach(function (m) {
      out = out.concat(words(m.replace(/<\/?mark>/g, "")));
    });
    return out;
  }
  // How well a result's title matches the query: 2 = it is the query, 1 = it contains it.
  function exactness(title, q) {
    var t = " " + words(title).join(" ") + " ", w = " " + words(q).join(" ") + " ";
    return t === w ? 2 : (t.indexOf(w) >= 0 ? 1 : 0);
  }
  // Hidden search words of a page (spelling variants: data-pagefind-meta="hidden") never show.
  function unhide(excerpt, hidden) {
    if (!hidden) return excerpt;
    var h = {};
    words(hidden).forEach(function (w) { h[w] = 1; });
    return String(excerpt || "").split(/\s+/).filter(function (tok) {
      var ws = words(tok.replace(/<\/?mark>/g, ""));
      return !ws.length || !ws.every(function (w) { return h[w]; });
    }).join(" ");
  }
  // Order the results: exact names and terms first, contributor documentation last; and when
  // a query word is itself a word some result contains, results that matched it only as the
  // start of a longer word ("beli" in "belimbing", "belibis") are left out.
  function arrange(list, q) {
    words(q).forEach(function (w) {
      if (w.length < 4) return;
      function has(it) { return (it.marks || []).some(function (m) { return whole(m, w); }); }
      function onlyStart(it) { return !has(it) && (it.marks || []).some(function (m) { return m.indexOf(w) === 0; }); }
      if (list.some(has)) list = list.filter(function (it) { return !onlyStart(it); });
    });
    return list.map(function (it, i) { return { it: it, i: i, e: exactness(it.title, q) }; })
      .sort(function (a, b) { return (a.it.late ? 1 : 0) - (b.it.late ? 1 : 0) || b.e - a.e || a.i - b.i; })
      .map(function (x) { return x.it; });
  }

  /* ---- typo correction against the vocabulary ---- */
  function distance(a, b, max) {  // Damerau-Levenshtein (optimal string alignment), early exit
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }
  // Words of a query that the engine matched only by a short prefix (Pagefind falls back to
  // that: "tobaco" finds "to"), judged from the highlighted words of the top results.
  function unmatched(q, res) {
    if (res.total === 0) return words(q);
    if (!res.marks) return [];
    return words(q).filter(function (w) {
      if (w.length < 4) return false;
      return !res.marks.some(function (m) { return m.indexOf(w) === 0 || whole(m, w); });
    });
  }
  function correct(q, vocab, only) {
    var known = {}, changed = false;
    vocab.forEach(function (w) { known[w] = 1; });
    var out = words(q).map(function (w) {
      if (w.length < 4 || known[w] || /^[0-9]+$/.test(w) || (only && only.indexOf(w) < 0)) return w;
      var max = w.length <= 5 ? 1 : 2, best = null, bestD = max + 1;
      vocab.forEach(function (v) {
        var d = distance(w, v, max);
        if (d < bestD || (d === bestD && best !== null && v[0] === w[0] && best[0] !== w[0])) { best = v; bestD = d; }
      });
      if (best !== null && bestD <= max) { changed = true; return best; }
      return w;
    });
    return changed ? out.join(" ") : null;
  }

  /* ---- engines ---- */
  function getJSON(path) {
    return fetch(new URL(path, base).href).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }
  // Pagefind's URLs already start with the path of the language root (it derives it from
  // where pagefind.js was loaded), so they resolve against the page's own origin.
  function abs(u) { return new URL(u, location.href).href; }

  function pagefindEngine() {
    return import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
      return Promise.resolve(pf.options({ excerptLength: 22 })).then(function () {
        pf.init();
        return Promise.resolve(pf.filters()).catch(function () { return {}; });
      }).then(function (known) {
        var vocab = null;
        // Issue 18 search: a query word with false friends (spelling.FALSE_FRIENDS: "tulis", whose
        // stem "ditulis" shares) finds only pages marked as using it in its own sense (filter
        // word:<key>, written by the search step); the marked keys are the filter's values.
        var keys = (known && known.word) || {};
        function own(q) {
          var ws = words(q).filter(function (w) { return Object.prototype.hasOwnProperty.call(keys, w); });
          return ws.length ? { word: ws.length === 1 ? ws[0] : { all: ws } } : {};
        }
        return {
          search: function (q, n) {
            var f = own(q), late = { audience: "kontribusi" };
            if (f.word) late.word = f.word;
            // Contributor documentation (data-pagefind-filter="audience:kontribusi") goes last.
            return Promise.all([pf.search(q, { filters: f }), pf.search(q, { filters: late })]).then(function (rr) {
              var late = {};
              rr[1].results.forEach(function (x) { late[x.id] = 1; });
              var ordered = rr[0].results.filter(function (x) { return !late[x.id]; })
                .concat(rr[0].results.filter(function (x) { return late[x.id]; }));
              return Promise.all(ordered.slice(0, n).map(function (x) { return x.data(); })).then(function (ds) {
                var out = [], marks = [];
                ds.forEach(function (d, i) { out = out.concat(fromPagefind(d, q, !!late[ordered[i].id])); });
                ds.slice(0, 3).forEach(function (d) {
                  [d].concat(d.sub_results || []).forEach(function (x) { marks = marks.concat(markWords(x.excerpt)); });
                });
                var before = out.length;
                out = arrange(out, q);
                return { total: ordered.length - (before - out.length), items: out.slice(0, n), marks: marks };
              });
            });
          },
          vocab: function () { return vocab || (vocab = getJSON("search/vocab.json").catch(function () { return []; })); }
        };
      });
    });
  }
  function fromPagefind(d, q, late) {
    var meta = d.meta || {};
    var glossary = meta.kind && /glos/i.test(meta.kind);
    if (glossary && d.sub_results && d.sub_results.length) {
      // The glossary page: show the matching entries themselves (each term is a heading).
      var subs = d.sub_results.filter(function (s) { return s.url.indexOf("#") > 0; });
      var qs = words(q).map(stem);
      subs.sort(function (a, b) { return score(b) - score(a); });
      function score(s) {
        var t = words(s.title).map(stem), n = 0;
        qs.forEach(function (w) { if (t.indexOf(w) >= 0) n += 10; });
        return n + (s.locations ? s.locations.length : 0);
      }
      return subs.slice(0, 2).map(function (s) {
        return { url: abs(s.url), title: s.title, kind: meta.kind, icon: meta.icon || "glossary", excerpt: s.excerpt,
                 marks: markWords(s.excerpt), late: late };
      });
    }
    var ex = unhide(d.excerpt, meta.hidden);
    return [{ url: abs(d.url), title: meta.title || d.url, kind: meta.kind || S.page, icon: meta.icon,
              image: meta.thumb ? new URL(meta.thumb, base).href : null, excerpt: ex,
              marks: markWords([d.excerpt].concat((d.sub_results || []).map(function (x) { return x.excerpt; })).join(" ")),
              late: late }];
  }

  function offlineEngine() {
    return new Promise(function (resolve, reject) {
      if (window.ARSIP_OFFLINE_INDEX) return resolve(window.ARSIP_OFFLINE_INDEX);
      var s = document.createElement("script");
      s.src = new URL("search/offline-index.js", base).href;
      s.onload = function () { window.ARSIP_OFFLINE_INDEX ? resolve(window.ARSIP_OFFLINE_INDEX) : reject(new Error("empty")); };
      s.onerror = reject;
      document.head.appendChild(s);
    }).then(function (ix) {
      var docs = ix.docs.map(function (d) {
        return { d: d, t: d.ts ? d.ts.split(" ") : [], b: d.bs ? d.bs.split(" ") : [] };
      });
      var keys = {};  // issue 18 search: the same rule as the web (a key word only in its own sense)
      (ix.keys || []).forEach(function (k) { keys[k] = 1; });
      function find(arr, w, prefix) {  // position of the stem (stems come most frequent first), or -1
        for (var i = 0; i < arr.length; i++) if (arr[i] === w || (prefix && arr[i].indexOf(w) === 0)) return i;
        return -1;
      }
      return {
        search: function (q, n) {
          var qs = words(q).map(stem);
          var hits = [];
          if (!qs.length) return Promise.resolve({ total: 0, items: [] });
          // The last word also matches the start of longer words (typing), unless some page
          // has the word itself ("beli" must not find "belimbing" when a page says "beli").
          var lw = qs[qs.length - 1];
          var prefixOk = !docs.some(function (x) { return find(x.t, lw, false) >= 0 || find(x.b, lw, false) >= 0; });
          var own = words(q).filter(function (w) { return keys[w]; });
          docs.forEach(function (x) {
            var score = 0;
            if (!own.every(function (w) { return (x.d.w || []).indexOf(w) >= 0; })) return;
            for (var i = 0; i < qs.length; i++) {
              var last = i === qs.length - 1 && qs[i].length >= 3 && (prefixOk || qs[i].length < 4);
              var at;
              if (find(x.t, qs[i], last) >= 0) score += 10;
              else if ((at = find(x.b, qs[i], last)) >= 0) score += 1 + 4 / (4 + at);
              else return;
            }
            hits.push({ s: score, x: x });
          });
          hits.sort(function (a, b) {
            return (a.x.d.a ? 1 : 0) - (b.x.d.a ? 1 : 0) || exactness(b.x.d.t, q) - exactness(a.x.d.t, q) ||
              b.s - a.s || a.x.d.t.localeCompare(b.x.d.t);
          });
          return Promise.resolve({
            total: hits.length,
            items: hits.slice(0, n).map(function (h) {
              var d = h.x.d;
              return { url: new URL(d.u, base).href, title: d.t, kind: d.k || S.page, icon: d.c,
                       image: d.i ? new URL(d.i, base).href : null, excerpt: esc(d.x || "") };
            })
          });
        },
        vocab: function () { return Promise.resolve(ix.vocab || []); },
        offline: true
      };
    });
  }

  function load() {
    if (!engine) {
      engine = location.protocol === "file:" ? offlineEngine() : pagefindEngine().catch(offlineEngine);
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  /* ---- searching and showing ---- */
  function run(q, more) {
    var my = ++seq;
    q = q.trim();
    if (!q) { close(); items = []; shown = null; return; }
    var typed = q;
    limit = more && shown === q ? limit + MORE : MAX;
    q = synonyms(q) || q;  // the same word in the spelling the pages use: no notice
    openPanel();
    status.textContent = S.loading;
    root.setAttribute("aria-busy", "true");
    load().then(function (en) {
      return en.search(q, limit).then(function (res) {
        var weak = unmatched(q, res);
        if (!weak.length) return { res: res, q: q };
        var cq = words(q).map(function (w) { return weak.indexOf(w) >= 0 ? canon(w) : w; }).join(" ");
        if (cq === words(q).join(" ")) return { res: res, q: q, weak: weak };
        return en.search(cq, limit).then(function (r2) {  // another spelling of the same word: no notice
          var weak2 = unmatched(cq, r2);
          return (r2.total > 0 && weak2.length < weak.length) ? { res: r2, q: q, weak: weak2, cq: cq } : { res: res, q: q, weak: weak };
        });
      }).then(function (out) {
        if (!out.weak || !out.weak.length) return out;
        var from = out.cq || q, weak = out.weak;
        return en.vocab().then(function (v) {
          var fixed = correct(from, v, weak);
          if (!fixed) return out;
          return en.search(fixed, limit).then(function (r3) {
            return r3.total > 0 ? { res: r3, q: fixed, instead: true } : out;
          });
        });
      });
    }).then(function (out) {
      if (my !== seq) return;
      render(out, typed);
    }, function () {
      if (my !== seq) return;
      items = []; list.innerHTML = ""; status.textContent = S.error;
    }).then(function () { if (my === seq) root.removeAttribute("aria-busy"); });
  }

  function render(out, typed) {
    var res = out.res;
    items = res.items;
    shown = typed;
    root.setAttribute("data-query", typed);  // which query the list shows (tests wait for it)
    if (goFirst && items.length) { goFirst = false; location.href = items[0].url; return; }
    goFirst = false;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    var msg = res.total === 0 ? fmt(S.none, "q", typed)
      : (res.total === 1 ? S.count1 : fmt(S.count, "n", res.total));
    if (out.instead && res.total > 0) msg = fmt(S.instead, "q", out.q) + " " + msg;
    status.textContent = msg;
    list.innerHTML = items.map(function (it, i) {
      // The link itself is the option (axe: an option must not contain an interactive element).
      return '<li role="none" class="arsip-search__item">' +
        '<a role="option" id="arsip-opt-' + i + '" aria-selected="false" href="' + esc(it.url) + '" tabindex="-1">' +
        (it.image ? '<img src="' + esc(it.image) + '" alt="" width="56" height="42" loading="lazy">'
                  : icon(it.icon)) +
        '<span class="arsip-search__text"><span class="arsip-search__title">' + esc(it.title) + "</span>" +
        '<span class="arsip-search__kind">' + esc(it.kind || "") + "</span>" +
        '<span class="arsip-search__excerpt">' + (it.excerpt || "") + "</span></span></a></li>";
    }).join("");
    // More results than shown: a button under the list adds the next ones (a full results view).
    if (!moreBtn) {
      moreBtn = document.createElement("button");
      moreBtn.type = "button";
      moreBtn.className = "arsip-search__more";
      moreBtn.addEventListener("mousedown", function (e) { e.preventDefault(); });
      moreBtn.addEventListener("click", function () { if (shown) run(shown, true); });
      list.parentNode.insertBefore(moreBtn, list.nextSibling);
    }
    moreBtn.hidden = !(res.total > items.length && items.length);
    moreBtn.textContent = fmt(fmt(S.more, "n", items.length), "total", res.total);
  }

  function setActive(i) {
    var opts = list.querySelectorAll("[role=option]");
    if (!opts.length) return;
    if (active >= 0 && opts[active]) opts[active].setAttribute("aria-selected", "false");
    active = (i + opts.length) % opts.length;
    opts[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", opts[active].id);
    opts[active].scrollIntoView({ block: "nearest" });
  }

  function openPanel() {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }
  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function openOverlay() {
    root.classList.add("arsip-search--open");
    openBtn.setAttribute("aria-expanded", "true");
    input.focus();
    load();
  }
  function closeOverlay() {
    close();
    root.classList.remove("arsip-search--open");
    openBtn.setAttribute("aria-expanded", "false");
  }

  input.addEventListener("focus", function () { load(); if (input.value.trim() && items.length) openPanel(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value;
    timer = setTimeout(function () { run(q); }, 120);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); if (panel.hidden && input.value.trim()) run(input.value); setActive(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive(active - 1); }
    else if (e.key === "Escape") {
      e.preventDefault();
      if (!panel.hidden) close(); else if (input.value) input.value = ""; else { closeOverlay(); openBtn.focus(); }
    }
    else if (e.key === "Enter") {
      e.preventDefault();
      var q = input.value.trim();
      if (!q) return;
      if (active >= 0 && items[active]) { location.href = items[active].url; return; }
      if (shown === q && items.length) { location.href = items[0].url; return; }
      clearTimeout(timer);
      goFirst = true;
      run(q);
    }
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  list.addEventListener("mousedown", function (e) { e.preventDefault(); });  // keep focus in the box
  openBtn.addEventListener("click", openOverlay);
  closeBtn.addEventListener("click", function () { input.value = ""; closeOverlay(); closeBtn.blur(); });
  document.addEventListener("click", function (e) { if (!root.contains(e.target)) close(); });
  document.addEventListener("keydown", function (e) {
    // "/" focuses the search box from anywhere (not while typing elsewhere).
    if (e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      e.preventDefault(); openOverlay();
    }
  });

  // Exposed for tests and for the catalogue ("did you mean" uses the same rules).
  window.arsipSearch = { canon: canon, stem: stem, words: words, correct: correct, distance: distance, run: run };
})();
