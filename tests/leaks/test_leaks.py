"""The leak test: every surface, every edition, against a dataset where every text knows its level.

For each registered surface (`leak_surfaces.SURFACES`) and each edition, the surface's whole
output must hold no marker above the edition, and every marker at or below it that the surface
is meant to show. The property-based variant draws the classification of every item at random
and checks the first half (nothing above the edition) on the quick surfaces.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from leak_dataset import LEVELS, LeakData, build
from leak_surfaces import SURFACES

EDITIONS = ("openbaar", "intern", "vertrouwelijk")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> LeakData:
    return build(tmp_path_factory.mktemp("leaks") / "leaks.db")


@pytest.fixture(scope="module")
def outputs(data, tmp_path_factory):
    """Each surface rendered once per edition (the packs are the slow part)."""
    cache: dict[tuple[str, str], str] = {}

    def get(name: str, edition: str) -> str:
        if (name, edition) not in cache:
            folder = tmp_path_factory.mktemp("surface")
            cache[name, edition] = SURFACES[name].render(data, edition, folder)
        return cache[name, edition]

    return get


def test_every_level_is_in_the_dataset(data):
    assert {m.level for m in data.markers} == set(LEVELS)
    assert len({m.text for m in data.markers}) == len(data.markers)


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("name", sorted(SURFACES))
def test_nothing_above_the_edition(data, outputs, name, edition):
    text = outputs(name, edition)
    leaked = [m for m in data.above(edition) if m.text in text]
    assert not leaked, f"{name} ({edition}) shows: {leaked[:5]}"


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("name", sorted(SURFACES))
def test_everything_at_or_below_the_edition(data, outputs, name, edition):
    surface = SURFACES[name]
    text = outputs(name, edition)
    missing = [m for m in data.at_or_below(edition) if surface.shows(m) and m.text not in text]
    assert not missing, f"{name} ({edition}) lacks: {missing[:5]}"


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.randoms(use_true_random=False))
def test_random_classifications_leak_nothing(tmp_path_factory, random):
    folder = tmp_path_factory.mktemp("random")
    data = build(folder / "leaks.db", choose=lambda _role: random.choice(LEVELS))
    for edition in ("openbaar", "intern"):
        for surface in SURFACES.values():
            if surface.slow and edition == "intern":
                continue  # one pack edition per example keeps the run short
            text = surface.render(data, edition, folder)
            leaked = [m for m in data.above(edition) if m.text in text]
            assert not leaked, f"{surface.name} ({edition}) shows: {leaked[:5]}"
