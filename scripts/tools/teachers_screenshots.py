"""Screenshots of the teachers' pages of issue 18: a lesson kit with its editable modul ajar
(DOCX) link, the Belajar page, and the first page of a kit's .docx.

Usage: python scripts/tools/teachers_screenshots.py SITE_DIR OUT_DIR

The .docx is shown through mammoth (docx -> HTML, not a project dependency: put it on
PYTHONPATH, e.g. `pip install --target /tmp/mammoth mammoth`) on an A4-wide page with
Word's "Table Grid" borders: an approximation of how a word processor lays it out, enough to
see what a teacher gets. Without mammoth that picture is skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.screenshots import browser_on, chromium, shrink  # noqa: E402

WIDTHS = {360: dict(viewport={"width": 360, "height": 760}, device_scale_factor=1.5, is_mobile=True, has_touch=True),
          1366: dict(viewport={"width": 1366, "height": 768}, device_scale_factor=1)}
PAGES = [("lesson-docx", "belajar/sekar-jati-fase-ab/", False), ("belajar", "belajar/", True),
         ("lesson-docx-en", "en/learn/sekar-jati-fase-ab/", False), ("lesson-cp", "belajar/sekar-jati-fase-ab/#capaian", False)]
DOCX_CSS = """body{font-family:Calibri,Carlito,'DejaVu Sans',sans-serif;font-size:11pt;width:170mm;margin:20mm;
background:#fff} table{border-collapse:collapse;margin:6pt 0} td,th{border:0.5pt solid #000;padding:2pt 5pt;
vertical-align:top} h1{font-size:26pt;color:#17365d;font-weight:normal;border-bottom:1pt solid #4f81bd}
h2{font-size:14pt;color:#365f91} h3{font-size:13pt;color:#4f81bd} p{margin:0 0 6pt}"""


def docx_page(site: Path, out: Path) -> None:
    try:
        import mammoth  # noqa: PLC0415
    except ImportError:
        print("mammoth not found: no picture of the .docx")
        return
    with open(site / "unduh" / "modul-ajar-sekar-jati-fase-ab.docx", "rb") as f:
        html = mammoth.convert_to_html(f, style_map="p[style-name='Title'] => h1:fresh").value
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi: the first page
        page.set_content(f"<!doctype html><meta charset=utf-8><style>{DOCX_CSS}</style>{html}")
        page.screenshot(path=str(out))
        rubric = out.with_name(out.name.replace("first-page", "rubric"))
        page.locator("table", has_text="Kriteria").screenshot(path=str(rubric))
    for p in (out, rubric):
        shrink(p)
        print(p)


def main(argv: list[str]) -> int:
    site, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with browser_on(site) as (browser, base):
        for width, opts in WIDTHS.items():
            ctx = browser.new_context(**opts)
            for name, path, full in PAGES:
                page = ctx.new_page()
                page.goto(base + path, wait_until="networkidle")
                page.wait_for_timeout(500)
                target = out / f"teachers-{name}-{width}.png"
                page.screenshot(path=str(target), full_page=full)
                shrink(target)
                print(target)
                page.close()
            ctx.close()
    docx_page(site, out / "teachers-docx-first-page.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
