"""`kg viz` refuses a view over its node limit before it projects anything (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildResult
from kg.cli import cli
from kg.stores.oxigraph import OxigraphStore
from kg.viz import ViewOptions, ViewTooLargeError, load_context, select
from kg.viz import views as views_module
from kg.viz.views import refuse_too_large, view_of


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    """The seed corpus in an Oxigraph store, as `kg build --store` makes it."""
    path = tmp_path_factory.mktemp("limits") / "store"
    built = CliRunner().invoke(cli, ["build", "--store", f"oxigraph:{path}"])
    assert built.exit_code == 0, built.output
    return OxigraphStore(Path(path))


CASES = [ViewOptions(), ViewOptions(actors=True)]


@pytest.mark.parametrize("options", CASES, ids=lambda o: f"actors={o.actors},types={o.types}")
def test_the_count_before_the_projection_is_the_views_count(
    seed: BuildResult, store: OxigraphStore, options: ViewOptions
) -> None:
    count = select(load_context(seed.dataset), options).graph.number_of_nodes()
    refuse_too_large(store, ViewOptions(**{**vars(options), "max_nodes": count}))
    limit = ViewOptions(**{**vars(options), "max_nodes": count - 1})
    with pytest.raises(ViewTooLargeError) as early:
        refuse_too_large(store, limit)
    with pytest.raises(ViewTooLargeError) as late:
        select(load_context(seed.dataset), limit)
    assert str(early.value) == str(late.value)
    assert f"the view has {count} nodes" in str(early.value)


def test_a_view_over_the_limit_is_refused_without_projecting_the_store(
    store: OxigraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def projected(*args: object, **kwargs: object) -> None:
        raise AssertionError("the store was projected before the limit was checked")

    monkeypatch.setattr(views_module, "load_context", projected)
    with pytest.raises(ViewTooLargeError, match="more than the limit of 10"):
        view_of(store, ViewOptions(max_nodes=10))
    with pytest.raises(ViewTooLargeError, match="more than the limit of 10"):
        view_of(store, ViewOptions(actors=True, max_nodes=10))


def test_a_class_filter_is_counted_once_selected(store: OxigraphStore) -> None:
    # --types drops the isolates it makes: the register's count is only a bound
    refuse_too_large(store, ViewOptions(types=("Person",), max_nodes=3))
