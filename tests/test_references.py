from briefing_app.domain.references import completion_prefix, referenced_keys, render


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
