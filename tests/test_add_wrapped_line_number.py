"""`kg add` names the line of the file where a hard-wrapped text breaks a sentence,
counting the blank lines above the text that it trims (a pasted report often opens
with some). The text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.suggest.intake import AddError, read_report

WRAPPED = (
    "Herders' envoys agree on a grazing corridor\n"
    "\n"
    "OSH: Envoys of two valley councils met in Osh on Friday and agreed on a shared\n"
    "grazing corridor for the summer.\n"
)


@pytest.mark.parametrize("blank_lines", [0, 3])
def test_the_line_named_is_the_files_own(tmp_path: Path, blank_lines: int) -> None:
    report = tmp_path / "wrapped.txt"
    report.write_text("\n" * blank_lines + WRAPPED, encoding="utf-8")
    with pytest.raises(AddError) as refused:
        read_report(report)
    line = blank_lines + 3  # "OSH: ... agreed on a shared" in the file
    assert str(refused.value).startswith(f"{report}:{line}: the line breaks inside a sentence")
    assert report.read_text(encoding="utf-8").split("\n")[line - 1].endswith("agreed on a shared")
