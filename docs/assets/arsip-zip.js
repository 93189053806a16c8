/* The "every file (ZIP)" button of a kit page (pages/templates/kit.md.j2): the ZIP is put
   together on the reader's device from the kit files the page already links, so the site
   does not store every kit twice. STORE method (JPEG and PDF do not compress further), CRC-32,
   a fixed date of 1980-01-01 so the same files always give the same bytes (pages/kit.py
   computes its size the same way). Without JavaScript the button stays hidden and every file
   keeps its own download button. */
(function () {
  var btn = document.querySelector("[data-arsip-zip]");
  if (!btn || !window.fetch || !window.Blob || !window.URL || !URL.createObjectURL ||
      !window.TextEncoder || !window.DataView) return;
  var label = btn.textContent, busy = false;
  var CRC = new Uint32Array(256);
  for (var n = 0; n < 256; n++) {
    var c = n;
    for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    CRC[n] = c >>> 0;
  }
  function crc32(bytes) {
    var c = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; i++) c = CRC[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }
  var DOS_TIME = 0, DOS_DATE = (0 << 9) | (1 << 5) | 1;  // 1980-01-01 00:00
  function header(size, sig) { var v = new DataView(new ArrayBuffer(size)); v.setUint32(0, sig, true); return v; }
  function common(v, at, e) {  // version needed … name length, shared by both headers
    v.setUint16(at, 20, true); v.setUint16(at + 2, 0x0800, true);  // UTF-8 names
    v.setUint16(at + 4, 0, true); v.setUint16(at + 6, DOS_TIME, true); v.setUint16(at + 8, DOS_DATE, true);
    v.setUint32(at + 10, e.crc, true); v.setUint32(at + 14, e.data.length, true);
    v.setUint32(at + 18, e.data.length, true); v.setUint16(at + 22, e.name.length, true);
  }
  function zip(entries) {
    var parts = [], central = [], offset = 0, size = 0;
    entries.forEach(function (e) {
      var local = header(30, 0x04034B50);
      common(local, 4, e);
      var cen = header(46, 0x02014B50);
      cen.setUint16(4, 20, true);
      common(cen, 6, e);
      cen.setUint32(42, offset, true);
      parts.push(local, e.name, e.data);
      central.push(cen, e.name);
      offset += 30 + e.name.length + e.data.length;
      size += 46 + e.name.length;
    });
    var end = header(22, 0x06054B50);
    end.setUint16(8, entries.length, true); end.setUint16(10, entries.length, true);
    end.setUint32(12, size, true); end.setUint32(16, offset, true);
    return new Blob(parts.concat(central, [end]), { type: "application/zip" });
  }
  var folder = btn.getAttribute("data-arsip-zip"), utf8 = new TextEncoder();
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-arsip-zip-name]"));
  btn.hidden = false;
  btn.addEventListener("click", function () {
    if (busy) return;
    busy = true;
    btn.disabled = true;
    btn.textContent = btn.getAttribute("data-arsip-making") || label;
    Promise.all(links.map(function (a) {
      return fetch(a.href).then(function (r) {
        if (!r.ok) throw new Error(a.href + ": " + r.status);
        return r.arrayBuffer();
      }).then(function (buf) {
        var data = new Uint8Array(buf);
        return { name: utf8.encode(folder + "/" + a.getAttribute("data-arsip-zip-name")), data: data, crc: crc32(data) };
      });
    })).then(function (entries) {
      var url = URL.createObjectURL(zip(entries));
      var save = document.createElement("a");
      save.href = url;
      save.download = folder + ".zip";
      save.hidden = true;
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      btn.textContent = label;
    }).catch(function () {
      btn.textContent = btn.getAttribute("data-arsip-failed") || label;
    }).then(function () { busy = false; btn.disabled = false; });
  });
})();
