"""The review: an analyst's decisions on one report's suggestions, written into the data.

This package owns ``kg review``: the decisions on a source's suggestions and the
claims and register rows they write (:mod:`~kg.review.decisions`), the checks that
spare a newcomer a failed build (:mod:`~kg.review.checks`), what a reviewer may edit
(:mod:`~kg.review.edits`), taking an accepted row back (:mod:`~kg.review.undo`) and
the review page served on 127.0.0.1 (:mod:`~kg.review.page`, its template in
``templates/``). It reads the suggestions file and the register of :mod:`kg.suggest`
(the stage before it), the build's readers and the foundations; only the CLI imports it.
"""
