"""Suggestions: proposed annotation rows for one report, and their review.

This package owns the suggestions file (``data/suggestions/<source>.tsv``,
:mod:`kg.suggest.rows`), the rules that propose rows from a report's text
(``kg suggest``) and the review that turns accepted suggestions into claims and
register rows (``kg review``). It may import the foundations, the build's
readers and the lookups' name resolver; nothing below it imports it.
"""
