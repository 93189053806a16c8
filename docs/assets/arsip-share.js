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
