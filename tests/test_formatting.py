import pytest

from briefing_app.domain.formatting import (
    format_amount,
    format_count,
    format_number,
    format_value,
    parse_number,
    parse_value,
)


@pytest.mark.parametrize(
    ("euros", "text"),
    [
        (675_000_000, "€ 675 mln"),
        (1_000_000_000, "€ 1 mld"),
        (750_000_000, "€ 750 mln"),
        (1_250_000_000, "€ 1,25 mld"),
        (75_000_000, "€ 75 mln"),
        (1000, "€ 1.000"),
        (12.5, "€ 12,50"),
    ],
)
def test_amounts_read_the_dutch_way(euros, text):
    assert format_amount(euros).replace("\xa0", " ") == text


def test_an_amount_never_breaks_across_lines():
    assert format_amount(675_000_000) == "€\xa0675\xa0mln"
    assert " " not in format_amount(1_250_000_000) + format_amount(1000)
    assert parse_value(format_amount(675_000_000), "eur") == 675_000_000  # and reads back


@pytest.mark.parametrize(
    ("value", "text"), [(1000, "1.000"), (1000.5, "1.000,5"), (2.5, "2,5"), (0, "0")]
)
def test_numbers_group_with_points_and_decimals_with_commas(value, text):
    assert format_number(value) == text


def test_percent_and_missing_values():
    assert format_value(2.5, "percent") == "2,5%"
    assert format_value(None, "eur") == "onbekend"


@pytest.mark.parametrize(
    ("text", "value"), [("1.000,5", 1000.5), ("1000", 1000), ("-12", -12), ("2,5", 2.5)]
)
def test_parse_dutch_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "1,000.5", "abc", "1.00", "12a", "1..0"])
def test_parse_refuses_ambiguous_numbers_with_a_reason(text):
    with pytest.raises(ValueError, match=r"\S"):
        parse_number(text)


def test_parse_amounts_with_scale_words():
    assert parse_value("€ 675 mln", "eur") == 675_000_000
    assert parse_value("1 mld", "eur") == 1_000_000_000
    assert parse_value("2,5%", "percent") == 2.5
    with pytest.raises(ValueError):
        parse_value("5%", "eur")


@pytest.mark.parametrize(
    ("count", "nl", "en"),
    [
        (0, "0", "0"),
        (999, "999", "999"),
        (7187, "7.187", "7,187"),
        (20192, "20.192", "20,192"),
        (1_000_000, "1.000.000", "1,000,000"),
    ],
)
def test_counts_group_thousands_the_way_each_language_does(count, nl, en):
    assert format_count(count) == nl
    assert format_count(count, "en") == en
