"""The review page in Debian's chromium (playwright, no download), and its HTTP guards.

The page is served by :class:`kg.review.page.ReviewServer` in a thread on
a tiny corpus; every request that does not go to it is aborted.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from typing import Any

import pytest

from kg.review.decisions import Review
from kg.review.page import ReviewServer, segments
from kg.suggest.rows import new_suggestion, read_suggestions, suggestions_path, write_suggestions
from tests.conftest import TinyCorpus
from tests.test_review import ALL, MEDICINES, SHIPS_MEDICINES, WRONG_PLACE, _claims, _status

HOSTILE = new_suggestion(
    "claim",
    "meeting",
    "hasDescription",
    '<img src=x onerror="window.pwned=1">',
    source="s1",
    evidence="Vikram Misri met",
    confidence=0.5,
    note="</script><script>window.pwned=2</script>",
    reason="<b onmouseover=alert(1)>bold</b>",
)


@pytest.fixture
def server(tiny: TinyCorpus) -> Iterator[ReviewServer]:
    write_suggestions(suggestions_path(tiny.data, "s1"), [*ALL, HOSTILE])
    app = ReviewServer(Review(tiny.data, tiny.corpus, "s1"))
    app.start()
    yield app
    app.close()


@pytest.fixture
def page(browser: Any, server: ReviewServer) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []

    def route(route: Any) -> None:
        if route.request.url.startswith(server.url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: errors.append(str(e)))

    def dialog(found: Any) -> None:
        dialogs.append(found.message)
        found.dismiss()

    opened.on("dialog", dialog)
    opened.goto(server.url)
    opened.wait_for_selector("body[data-ready=true]", state="attached", timeout=15_000)
    yield opened
    # a refused decision is a 400, which chromium logs; the page shows its message
    refused = "the server responded with a status of 400"
    assert [e for e in errors if refused not in e] == [] and dialogs == []
    context.close()


def _click_and_reload(page: Any, selector: str) -> None:
    with page.expect_navigation():
        page.click(selector)
    page.wait_for_selector("body[data-ready=true]", state="attached")


def _card(sid: str) -> str:
    return f'.card[data-sid="{sid}"]'


def test_clicking_a_span_shows_its_suggestions(page: Any) -> None:
    mark = page.locator("mark", has_text="medicines").first
    mark.click()
    shown = page.eval_on_selector_all(".card:not([hidden])", "cs => cs.map(c => c.dataset.sid)")
    assert SHIPS_MEDICINES.sid in shown and WRONG_PLACE.sid not in shown
    assert "selected" in (mark.get_attribute("class") or "")
    page.click("#show-all")
    assert page.locator(".card[hidden]").count() == 0


def test_accept_and_reject_buttons_write_the_files(page: Any, tiny: TinyCorpus) -> None:
    for row in MEDICINES:
        _click_and_reload(page, f"{_card(row.sid)} button.accept")
    _click_and_reload(page, f"{_card(SHIPS_MEDICINES.sid)} button.accept")
    _click_and_reload(page, f"{_card(WRONG_PLACE.sid)} button.reject")
    assert ("aid", "hasCommodity", "medicines", "300 tonnes of medicines") in _claims(tiny)
    status = _status(tiny)
    assert status[WRONG_PLACE.sid] == "rejected" and status[SHIPS_MEDICINES.sid] == "accepted"
    assert page.locator(f"{_card(WRONG_PLACE.sid)}.rejected").count() == 1
    assert "4 accepted, 1 rejected" in page.inner_text("#counts")
    tiny.build()


def test_an_edit_is_checked_and_then_accepted(page: Any, tiny: TinyCorpus) -> None:
    card = _card(WRONG_PLACE.sid)
    page.click(f"{card} button.edit")
    page.fill(f'{card} input[name="evidence"]', "India  sent")
    page.click(f"{card} button.save")
    page.wait_for_selector("#message:not(:empty)")
    assert "does not occur verbatim" in page.inner_text("#message")
    assert _status(tiny)[WRONG_PLACE.sid] == "suggested"
    page.fill(f'{card} input[name="object"]', "dubai")
    page.fill(f'{card} input[name="evidence"]', "in Dubai")
    with page.expect_navigation():
        page.click(f"{card} button.save")
    assert ("meeting", "hasPlace", "dubai", "in Dubai") in _claims(tiny)


def test_the_form_adds_a_missed_claim(page: Any, tiny: TinyCorpus) -> None:
    values = {
        "subject": "aid",
        "predicate": "hasInitiator",
        "object": "india",
        "evidence": "India sent",
        "note": "missed",
    }
    for name, value in values.items():
        page.fill(f'#add-claim input[name="{name}"]', value)
    with page.expect_navigation():
        page.click("#add-claim button[type=submit]")
    assert ("aid", "hasInitiator", "india", "India sent") in _claims(tiny)
    added = [r for r in read_suggestions(suggestions_path(tiny.data, "s1")) if r.note == "missed"]
    assert [r.status for r in added] == ["accepted"]


def test_hostile_text_from_the_data_stays_text(page: Any) -> None:
    card = page.locator(_card(HOSTILE.sid))
    assert '<img src=x onerror="window.pwned=1">' in card.inner_text()
    assert "</script><script>window.pwned=2</script>" in card.inner_text()
    assert card.locator("img, script, b").count() == 0
    card.hover()
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_every_text_stretch_is_shown_once() -> None:
    text = "India sent 300 tonnes of medicines."
    rows = [
        new_suggestion("claim", "a", "p", "o", source="s", evidence=e, confidence=1)
        for e in ("India sent", "sent 300 tonnes", "medicines")
    ]
    parts = segments(text, rows)
    assert "".join(part.text for part in parts) == text
    assert [part.text for part in parts if len(part.sids) == 2] == ["sent"]


def _request(
    server: ReviewServer, method: str, body: bytes = b"", **headers: str
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    sent = {"Host": f"127.0.0.1:{server.port}", **headers}
    path = "/" if method == "GET" else "/api/decide"
    connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    answer = response.status, dict(response.getheaders()), response.read()
    connection.close()
    return answer


def test_a_decision_needs_the_token_the_origin_and_the_host(
    server: ReviewServer, tiny: TinyCorpus
) -> None:
    body = json.dumps({"action": "reject", "sid": WRONG_PLACE.sid}).encode()
    good = {"Content-Type": "application/json", "X-KG-Token": server.token}
    assert _request(server, "POST", body, **{**good, "X-KG-Token": "guess"})[0] == 403
    assert _request(server, "POST", body, **{k: v for k, v in good.items() if k != "X-KG-Token"})[
        0
    ] == (403)
    assert _request(server, "POST", body, **good, Origin="http://evil.example")[0] == 403
    assert _request(server, "POST", body, **{**good, "Host": "evil.example"})[0] == 403
    assert _request(server, "POST", body, **{**good, "Content-Type": "text/plain"})[0] == 415
    assert _request(server, "POST", b"[1]", **good)[0] == 400
    assert _status(tiny)[WRONG_PLACE.sid] == "suggested"
    status, _headers, answer = _request(server, "POST", body, **good, Origin=server.url[:-1])
    assert status == 200 and json.loads(answer)["status"] == "rejected"
    assert _status(tiny)[WRONG_PLACE.sid] == "rejected"


def test_the_page_has_a_strict_policy(server: ReviewServer) -> None:
    status, headers, page = _request(server, "GET")
    assert status == 200
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert server.token.encode() in page
    assert b"<img src=x" not in page and b"&lt;img src=x" in page


def test_one_click_accepts_a_whole_new_entity(page: Any, tiny: TinyCorpus) -> None:
    _click_and_reload(page, f"{_card(MEDICINES[0].sid)} button.accept-entity")
    status = _status(tiny)
    assert all(status[row.sid] == "accepted" for row in MEDICINES)
    text = (tiny.data / "entities" / "added-s1.tsv").read_text(encoding="utf-8")
    assert text.count("medicines\tCommodity\tMedicines\tmedicines") == 1
