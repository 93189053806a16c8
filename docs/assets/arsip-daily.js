/* The batik archive: which motif greets the reader on the home page today.
 *
 * The home page carries a few pre-rendered motif slides of identical size (written by
 * `arsip build`); <meta name="arsip-daily" content="N"> says how many. This small script
 * runs in <head>, before the page is drawn, and only sets <html data-arsip-daily="k">
 * (k = day number modulo N, in the reader's own time zone); the stylesheet then shows slide
 * k. Nothing moves after the first paint (no layout shift), the other slides' pictures are
 * never downloaded (lazy images that are not displayed), and without JavaScript the first
 * slide shows. A file of the site, so the Content-Security-Policy allows it as it is.
 */
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="arsip-daily"]');
  var n = meta ? parseInt(meta.getAttribute("content"), 10) : 0;
  if (!(n > 1)) return;
  var now = new Date();
  var day = Math.floor((now.getTime() - now.getTimezoneOffset() * 60000) / 86400000);
  var k = day % n;
  document.documentElement.setAttribute("data-arsip-daily", String(k));
  /* Today's picture is the page's largest paint: fetch it now, from <head>, instead of
     waiting for the lazy <img> to be laid out. Same srcset and sizes, so the same file. */
  var srcsets = [];
  try { srcsets = JSON.parse(meta.getAttribute("data-srcsets") || "[]"); } catch (e) { srcsets = []; }
  if (srcsets[k] && "imageSrcset" in document.createElement("link")) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "image";
    link.type = "image/avif";
    link.setAttribute("imagesrcset", srcsets[k]);
    link.setAttribute("imagesizes", meta.getAttribute("data-sizes") || "100vw");
    link.setAttribute("fetchpriority", "high");
    document.head.appendChild(link);
  }
})();
