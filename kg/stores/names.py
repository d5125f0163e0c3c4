"""The label index of an Oxigraph store: a lookup by name reads one file, not the register.

A lookup that names an entity by a label ("Vikram Misri") would otherwise read
every name of the register to resolve it (tens of thousands of rows on a
large store). :func:`write_name_index` writes, into the store's current
generation, a sorted table of each name's normalised labels and aliases
(:func:`kg.vocabulary.normalise`) and its IRI; :func:`names_with_form` reads
the IRIs of one form from it. :mod:`kg.lookup.names` uses it only where it
decides the answer (exactly one name with that form). Beside it,
:data:`NAME_INDEX_KEY` says what it was made from: an incremental build whose
register's graph is the same keeps the last generation's index (hard-linked).
"""

from __future__ import annotations

from pathlib import Path

NAME_INDEX = "kg-names.tsv"
"""The label index of a store generation: ``normalised form<TAB>IRI`` lines, sorted."""
NAME_INDEX_KEY = "kg-names.key"
"""Beside it, the key of what it was made from (:func:`write_name_index`)."""

_INDEXED_NAMES = """
SELECT ?node ?label ?alias WHERE {
  GRAPH kgg:entities {
    ?node skos:prefLabel ?label ; a ?type . OPTIONAL { ?node skos:altLabel ?alias }
  }
  FILTER (STRSTARTS(STR(?type), STR(kg:)))
}
"""
"""The names the lookups resolve (those of :class:`kg.lookup.backend.StoreBackend`)."""


def write_name_index(path: Path, key: str = "") -> bool:
    """Write the label index of the Oxigraph store at ``path`` into its current generation.

    One line a distinct (normalised label or alias, IRI) pair, sorted. ``key``
    names what the index is made from (a build passes a digest of the register's
    graph, :attr:`kg.build.store.StoreBuild.names_key`): with the code that
    makes the index it is written beside it, and an index already there under
    the same key (carried over from the last generation by
    :func:`carry_name_index`) is kept as it is. Returns whether it was written.
    """
    from kg.files import write_file
    from kg.stores.generations import store_location
    from kg.stores.oxigraph import OxigraphStore
    from kg.vocabulary import normalise

    full_key = _full_key(key) if key else ""
    if full_key:
        current = store_location(path)
        try:
            kept = (current / NAME_INDEX_KEY).read_text("utf-8")
            if kept == full_key and (current / NAME_INDEX).is_file():
                return False
        except OSError:
            pass
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
    (folder / NAME_INDEX_KEY).unlink(missing_ok=True)  # the index below is not the key's
    write_file(folder / NAME_INDEX, "".join(sorted(pairs)))
    if full_key:
        write_file(folder / NAME_INDEX_KEY, full_key)
    return True


def carry_name_index(previous: Path, folder: Path, key: str) -> bool:
    """Hard-link the label index of the generation ``previous`` (and its key) into the new
    generation ``folder`` if it was made under ``key`` (see :func:`write_name_index`,
    which then keeps it), before ``folder`` is swapped in: a reader never finds an index
    that is not the store's. Returns whether it was."""
    import os

    try:
        if not key or (previous / NAME_INDEX_KEY).read_text("utf-8") != _full_key(key):
            return False
        os.link(previous / NAME_INDEX, folder / NAME_INDEX)
        os.link(previous / NAME_INDEX_KEY, folder / NAME_INDEX_KEY)
    except OSError:
        (folder / NAME_INDEX).unlink(missing_ok=True)
        return False
    return True


def _full_key(key: str) -> str:
    """``key`` with the code that makes the index (its query, the normalisation)."""
    import hashlib

    import kg.vocabulary

    digest = hashlib.sha256(key.encode("utf-8"))
    for code in (Path(__file__), Path(kg.vocabulary.__file__)):
        digest.update(hashlib.sha256(code.read_bytes()).digest())
    return digest.hexdigest()


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
