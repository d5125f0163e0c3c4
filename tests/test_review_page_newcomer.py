"""The review page as a newcomer meets it (Debian's chromium, the shared fixture):
a refused decision is seen wherever the list was scrolled, the suggestions a
highlight showed stay shown after a decision, a claim waiting for its new entity
shows that entity's rows, and the forms offer the ids, predicates and classes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kg.review.decisions import Review
from kg.review.page import ReviewServer
from kg.suggest.rows import suggestions_path, write_suggestions
from tests.conftest import TinyCorpus, suggestion

_row = suggestion


MEDICINES = [
    _row("entity", "medicines", "type", "Commodity", "medicines", 0.6),
    _row("entity", "medicines", "label", "Medicines", "medicines", 0.6),
]
SHIPS_MEDICINES = _row("claim", "aid", "hasCommodity", "medicines", "300 tonnes of medicines")
# enough cards before the claim (by subject, then confidence) that the list scrolls
FILLER = [
    _row("claim", "aid", "hasDescription", f"note {n}", "India sent", 0.95) for n in range(30)
]
ROWS = [*MEDICINES, *FILLER, SHIPS_MEDICINES]


@pytest.fixture
def page(browser: Any, tiny: TinyCorpus) -> Iterator[Any]:
    write_suggestions(suggestions_path(tiny.data, "s1"), ROWS)
    app = ReviewServer(Review(tiny.data, tiny.corpus, "s1"))
    app.start()
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    opened = context.new_page()
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith(app.url) else r.abort()
    )
    opened.goto(app.url)
    opened.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
    yield opened
    context.close()
    app.close()


def _card(sid: str) -> str:
    return f'.card[data-sid="{sid}"]'


def _shown(page: Any) -> list[str]:
    return list(
        page.eval_on_selector_all(".card:not([hidden])", "cs => cs.map(c => c.dataset.sid)")
    )


def test_a_refused_decision_is_seen_where_the_list_was_scrolled(page: Any) -> None:
    card = page.locator(_card(SHIPS_MEDICINES.sid))
    card.scroll_into_view_if_needed()
    assert page.evaluate("document.getElementById('side').scrollTop") > 1000
    card.locator("button.accept").click()  # its entity is not accepted yet: refused
    page.wait_for_selector("#message:not(:empty)")
    box = page.locator("#message").bounding_box()
    assert box is not None and 0 <= box["y"] < 700, box  # inside the window, not above it
    assert "accept its type and label first" in page.inner_text("#message")


def test_the_suggestions_a_highlight_showed_stay_shown_after_a_decision(page: Any) -> None:
    page.locator("mark", has_text="medicines").first.click()
    before = _shown(page)
    assert SHIPS_MEDICINES.sid in before and len(before) < len(ROWS)
    with page.expect_navigation():
        page.click(f"{_card(MEDICINES[0].sid)} button.accept-entity")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    assert sorted(_shown(page)) == sorted(before)
    with page.expect_navigation():
        page.click(f"{_card(SHIPS_MEDICINES.sid)} button.accept")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    assert sorted(_shown(page)) == sorted(before)
    assert page.locator(f"{_card(SHIPS_MEDICINES.sid)}.accepted").count() == 1
    page.click("#show-all")
    assert len(_shown(page)) == len(ROWS)


def test_a_claim_waiting_for_its_entity_shows_the_entitys_rows(page: Any) -> None:
    card = _card(SHIPS_MEDICINES.sid)
    assert "Names the new entity medicines" in page.inner_text(f"{card} .warning")
    page.click(f"{card} button.show-entity")
    assert sorted(_shown(page)) == sorted(r.sid for r in MEDICINES)


def test_the_forms_offer_the_known_names(page: Any) -> None:
    def options(name: str) -> list[str]:
        return list(
            page.eval_on_selector_all(f"datalist#{name} option", "os => os.map(o => o.value)")
        )

    assert {"misri", "dubai", "medicines"} <= set(options("kg-entities"))
    assert "hasConcern" in options("kg-predicates") and "Commodity" in options("kg-classes")
    for field, listed in (("subject", "kg-entities"), ("predicate", "kg-predicates")):
        selector = f'#add-claim input[name="{field}"]'
        assert page.get_attribute(selector, "list") == listed
    assert page.get_attribute('#add-entity input[name="type"]', "list") == "kg-classes"
    type_editor = f'{_card(MEDICINES[0].sid)} input[name="object"]'
    assert page.get_attribute(type_editor, "list") == "kg-classes"


def test_undo_takes_back_a_mis_clicked_accept(page: Any, tiny: TinyCorpus) -> None:
    claims = tiny.data / "claims" / "s1.tsv"
    before = claims.read_text(encoding="utf-8")
    filler = _card(FILLER[0].sid)
    with page.expect_navigation():
        page.click(f"{filler} button.accept")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    assert claims.read_text(encoding="utf-8") != before
    with page.expect_navigation():
        page.click(f"{filler} button.undo")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    assert claims.read_text(encoding="utf-8") == before
    assert page.locator(f"{filler}.suggested button.accept").count() == 1
