

@pytest.mark.parametrize("width", [412, 1366])
def test_home_shows_one_motif_of_the_day_without_layout_shift(browser, server, width):
    ctx = browser.new_context(viewport={"width": width, "height": 800})
    pg = ctx.new_page()
    images = []
    pg.on("request", lambda r: images.append(r.url) if r.resource_type == "image" and "/img/" in r.url else None)
    pg.add_init_script("""window.__shift = 0; new PerformanceObserver(l => { for (const e of l.getEntries())
        if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: 'layout-shift', buffered: true});""")
    pg.goto(server.url, wait_until="networkidle")
    pg.wait_for_timeout(300)
    state = pg.evaluate("""() => {
        const shown = [...document.querySelectorAll('.arsip-daily__slide')].filter(s => s.getBoundingClientRect().height > 0);
        const n = +document.querySelector('meta[name=arsip-daily]').content;
        const day = Math.floor((Date.now() - new Date().getTimezoneOffset() * 60000) / 864e5);
        return {n, k: +document.documentElement.dataset.arsipDaily, want: day % n, shown: shown.map(s => +s.dataset.i),
                img: shown[0] && shown[0].querySelector('img').currentSrc, top: shown[0] && shown[0].getBoundingClientRect().top,
                shift: window.__shift}; }""")
    assert state["n"] == 7 and state["k"] == state["want"] and state["shown"] == [state["want"]]
    assert state["top"] < 120  # the first thing under the header
    assert state["shift"] == 0
    hero_imgs = [u for u in images if u.split("/")[-1].split("-")[0] in state["img"]]
    assert len({u.split("/")[-1].split("-")[0] for u in images if "-1280" in u or "-960" in u}) <= 1
    assert hero_imgs, images
    ctx.close()
