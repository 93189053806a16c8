/* The access date of "cite this motif": today's date on the reader's device (the page
   itself is the same for every reader; without JavaScript the [tanggal] placeholder stays). */
(function () {
  var lang = (document.documentElement.lang || "id").slice(0, 2) === "en" ? "en-GB" : "id-ID";
  var today;
  try {
    today = new Date().toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
  } catch (e) { return; }
  document.querySelectorAll("[data-arsip-today]").forEach(function (el) { el.textContent = today; });
})();
/* "Copy" buttons for citation texts. The text itself is selectable without JavaScript;
   the button only appears where the Clipboard API exists. */
(function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-arsip-copy]").forEach(function (btn) {
    var target = document.getElementById(btn.getAttribute("data-arsip-copy"));
    if (!target) return;
    var label = btn.textContent;
    btn.hidden = false;
    btn.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        btn.textContent = btn.getAttribute("data-arsip-copied") || label;
        setTimeout(function () { btn.textContent = label; }, 2000);
      });
    });
  });
})();
/* The phone's own share sheet on motif and maker pages (pages/templates/share_row.md.j2): the
   button appears only where the Web Share API exists; the WhatsApp link and the card download
   work everywhere. */
(function () {
  if (typeof navigator.share !== "function") return;
  document.querySelectorAll("[data-arsip-share]").forEach(function (btn) {
    btn.hidden = false;
    btn.addEventListener("click", function () {
      navigator.share({ title: btn.getAttribute("data-title"), url: btn.getAttribute("data-url") })
        .catch(function () {});  // the reader closed the sheet
    });
  });
})();
