"""Suggestions: proposed annotation rows for one report.

This package owns the suggestions file (``data/suggestions/<source>.tsv``,
:mod:`kg.suggest.rows`), the rules that propose rows from a report's text
(``kg suggest``) and ``kg add``, which brings a new report into the corpus; the
review of the suggestions is :mod:`kg.review`. It may import the foundations, the build's
readers and the lookups' name resolver; nothing below it imports it.
"""
