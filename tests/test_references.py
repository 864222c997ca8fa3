import pytest

from briefing_app.domain.references import (
    completion_prefix,
    malformed_references,
    reference_spans,
    referenced_keys,
    render,
)


def test_references_are_filled_with_current_values():
    result = render(
        "De korting van {fig:opschalingskorting} is geschrapt.", {"opschalingskorting": "€ 675 mln"}
    )
    assert result.text == "De korting van € 675 mln is geschrapt."
    assert result.broken == ()


def test_unknown_reference_is_marked_and_reported_never_dropped():
    result = render("Zie {fig:bestaat_niet} en {fig:bestaat_niet}.", {})
    assert "bestaat_niet" in result.text
    assert result.broken == ("bestaat_niet",)


def test_keys_and_completion():
    assert referenced_keys("{fig:a} en {fig:b-c}") == ["a", "b-c"]
    assert completion_prefix("tekst {fig:opsch") == "opsch"
    assert completion_prefix("tekst {fig:") == ""
    assert completion_prefix("tekst {fig:a} verder") is None


@pytest.mark.parametrize(
    ("text", "malformed"),
    [
        ("Goed: {fig:accres_2025} en {fig:gf.2026}.", []),
        (
            "{fig:gemeentefonds-clien Extra zin.ten-6} verder",
            ["{fig:gemeentefonds-clien Extra zin.ten-6}"],
        ),
        ("Leeg {fig:} hier", ["{fig:}"]),
        ("Nooit gesloten {fig:accres", ["{fig:accres"]),
        ("Twee {fig:a b} en {fig:ok} en {fig:c!}", ["{fig:a b}", "{fig:c!}"]),
        ("Regel {fig:open\nvolgende {fig:ok}", ["{fig:open"]),
    ],
)
def test_text_that_opens_like_a_reference_but_is_not_one_is_malformed(text, malformed):
    assert malformed_references(text) == malformed
    assert render(text, {"accres_2025": "x", "gf.2026": "y", "ok": "z"}).broken == ()


def test_spans_say_where_each_reference_stands():
    spans = reference_spans("Het {fig:a} en {fig:b c}.")
    assert [(s.start, s.end, s.well_formed, s.key) for s in spans] == [
        (4, 11, True, "a"),
        (15, 24, False, None),
    ]
