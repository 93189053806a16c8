"""Quizzes come from the data, are the same every build, and work offline from file://."""

from __future__ import annotations

import json

from arsip.pages.schools import quiz

from support import MOTIF_IDS, record

MOTIFS = [record(m) for m in MOTIF_IDS]


def test_every_motif_gets_questions_with_one_right_answer():
    for m in MOTIFS:
        for lang in ("id", "en"):
            qs = quiz.questions(m, MOTIFS, lang)
            kinds = [q["kind"] for q in qs]
            assert {"object", "meaning", "theme", "reverse"} <= set(kinds), (m["id"], kinds)
            for q in qs:
                assert 2 <= len(q["options"]) <= quiz.N_OPTIONS
                assert len({o.casefold() for o in q["options"]}) == len(q["options"]), q
                assert 0 <= q["answer"] < len(q["options"])


def test_answers_come_from_the_record():
    m = record("sekar-jati")
    qs = {q["kind"]: q for q in quiz.questions(m, MOTIFS, "id")}
    assert qs["object"]["options"][qs["object"]["answer"]] == m["depicts"][0]["object"]["id"]
    assert qs["reverse"]["options"][qs["reverse"]["answer"]] == "Sekar Jati"
    assert qs["set"]["options"][qs["set"]["answer"]] == "Sembilan motif pertama"
    # wrong options of the object question are objects of other motifs
    others = {o["depicts"][0]["object"]["id"] for o in MOTIFS if o["id"] != "sekar-jati" and o.get("depicts")}
    wrong = [o for i, o in enumerate(qs["object"]["options"]) if i != qs["object"]["answer"]]
    assert wrong and set(wrong) <= others


def test_quiz_is_deterministic_and_a_new_motif_gets_one():
    assert quiz.questions(MOTIFS[3], MOTIFS, "id") == quiz.questions(MOTIFS[3], list(reversed(MOTIFS)), "id")
    new = json.loads(json.dumps(MOTIFS[0]))
    new.update(id="motif-baru", name="Motif Baru", status={"kind": "community"},
               depicts=[{"object": {"id": "perahu", "en": "boat"}}])
    qs = quiz.questions(new, MOTIFS + [new], "id")
    assert qs[0]["options"][qs[0]["answer"]] == "perahu"
    assert "set" not in [q["kind"] for q in qs]  # a community motif belongs to no official set


def test_quiz_page_has_an_answer_key_that_prints_on_its_own_page(site):
    html = (site / "kuis" / "sekar-jati" / "index.html").read_text("utf-8")
    assert 'id="kunci"' in html and "Kunci jawaban" in html
    css = (site / "assets" / "sekolah.css").read_text("utf-8")
    assert ".arsip-quiz__key { break-before: page;" in css
    assert "fetch(" not in (site / "assets" / "sekolah.js").read_text("utf-8")  # works from file://


def test_quiz_works_offline_from_disk(site, browser):
    ctx = browser.new_context()
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    ctx.set_offline(True)
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto((site / "kuis" / "sekar-jati" / "index.html").as_uri())
    q = pg.locator(".arsip-quiz__q").first
    right = int(q.get_attribute("data-answer"))
    wrong = (right + 1) % q.locator("input").count()
    q.locator("input").nth(wrong).check()
    fb = q.locator(".arsip-quiz__feedback")
    assert fb.is_visible() and "Belum tepat" in fb.inner_text()
    q.locator("input").nth(right).check()
    assert fb.inner_text() == "Benar!"
    assert "1 dari" in pg.locator(".arsip-quiz__score").inner_text()
    assert errors == []
    ctx.close()
