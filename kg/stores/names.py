"""The label index of an Oxigraph store: a lookup by name reads one file, not the register.

A lookup that names an entity by a label ("Vikram Misri") would otherwise read
every name of the register to resolve it (tens of thousands of rows on a
large store). :func:`write_name_index` writes, into the store's current
generation, a sorted table of each name's normalised labels and aliases
(:func:`kg.vocabulary.normalise`) and its IRI; :func:`names_with_form` reads
the IRIs of one form from it. :mod:`kg.lookup.names` uses it only where it
decides the answer (exactly one name with that form).
"""

from __future__ import annotations

from pathlib import Path

NAME_INDEX = "kg-names.tsv"
"""The label index of a store generation: ``normalised form<TAB>IRI`` lines, sorted."""

_INDEXED_NAMES = """
SELECT ?node ?label ?alias WHERE {
  GRAPH kgg:entities {
    ?node skos:prefLabel ?label ; a ?type . OPTIONAL { ?node skos:altLabel ?alias }
  }
  FILTER (STRSTARTS(STR(?type), STR(kg:)))
}
"""
"""The names the lookups resolve (those of :class:`kg.lookup.backend.StoreBackend`)."""


def write_name_index(path: Path) -> None:
    """Write the label index of the Oxigraph store at ``path`` into its current generation.

    One line a distinct (normalised label or alias, IRI) pair, sorted.
    """
    from kg.files import write_file
    from kg.stores.oxigraph import OxigraphStore
    from kg.vocabulary import normalise

    store = OxigraphStore(path)
    try:
        pairs = set()
        for row in store.rows(_INDEXED_NAMES):
            for text in (row["label"], row["alias"]):
                form = normalise(text) if text is not None else ""
                if form and "\t" not in form and "\n" not in form:
                    pairs.add(f"{form}\t{row['node']}\n")
        folder = store.folder
    finally:
        store.close()
    assert folder is not None
    write_file(folder / NAME_INDEX, "".join(sorted(pairs)))


def names_with_form(folder: Path, form: str) -> list[str] | None:
    """The IRIs whose label or alias normalises to ``form``, from the label index in the
    generation ``folder``; None when it has none (a store built before the index)."""
    try:
        text = (folder / NAME_INDEX).read_text(encoding="utf-8")
    except OSError:
        return None
    padded, needle = "\n" + text, f"\n{form}\t"
    found: list[str] = []
    at = padded.find(needle)
    while at >= 0:
        start = at + len(needle)
        end = padded.find("\n", start)
        found.append(padded[start : end if end >= 0 else None])
        at = padded.find(needle, start)
    return found
