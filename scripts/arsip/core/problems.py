"""Problems found in contributed records, worded for people who are not programmers.

Every problem names the file, the line where known, the field, what is wrong and how
to fix it, in Indonesian first and English second.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    field: str
    id: str  # what is wrong and how to fix it, in Indonesian
    en: str  # the same in English
    severity: str = "error"  # "error" stops the build; "warning" does not
    code: str = field(default="", compare=False)

    def format(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        label = "PERINGATAN/WARNING" if self.severity == "warning" else "KESALAHAN/ERROR"
        fld = f" [{self.field}]" if self.field else ""
        return f"{where}:{fld} {label}: {self.id} | EN: {self.en}"

    def as_dict(self) -> dict:
        return asdict(self)

    def github(self) -> str:
        """A GitHub Actions workflow command: shows the problem on the pull request's diff."""
        def data(v: str) -> str:
            return v.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

        def prop(v: str) -> str:
            return data(v).replace(":", "%3A").replace(",", "%2C")

        props = [f"file={prop(self.file)}"]
        if self.line:
            props.append(f"line={self.line}")
        props.append(f"title={prop('arsip check' + (f' [{self.field}]' if self.field else ''))}")
        kind = "warning" if self.severity == "warning" else "error"
        return f"::{kind} {','.join(props)}::{data(self.id + ' | EN: ' + self.en)}"


class ProblemList(list):
    """A list of problems with helpers for counting and output."""

    def add(self, file: str, field: str, id: str, en: str, *, line: int | None = None,
            severity: str = "error", code: str = "") -> None:
        self.append(Problem(file, line, field, id, en, severity, code))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self if p.severity == "warning"]

    def sorted(self) -> list[Problem]:
        return sorted(set(self), key=lambda p: (p.file, p.line or 0, p.field, p.id))

    def to_json(self) -> str:
        return json.dumps([p.as_dict() for p in self.sorted()], ensure_ascii=False, indent=2)


class InvalidArchive(Exception):
    """Raised when records have errors: the build stops and the old site stays."""

    def __init__(self, problems: ProblemList):
        super().__init__(f"{len(problems.errors)} problem(s)")
        self.problems = problems


def internal(where: str, e: BaseException) -> Problem:
    """A crash inside a check, reported to the contributor instead of a traceback."""
    return Problem(
        "(arsip)", None, where,
        f"Pemeriksa berhenti karena kesalahan program ({type(e).__name__}: {str(e)[:120]}). Ini bukan kesalahan "
        "Anda; laporkan ke pengelola arsip bersama berkas yang baru diubah.",
        f"The checker stopped on a program error ({type(e).__name__}: {str(e)[:120]}). This is not your mistake; "
        "report it to the archive's maintainers together with the files you just changed.",
        code="internal")
