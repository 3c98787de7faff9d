"""Problems found in the data, and how they are shown to editors."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.messages import t


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, located as precisely as the YAML allows."""

    path: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        field = f" {self.field}:" if self.field else ""
        return f"{self.path}:{self.line}:{self.col}:{field} {self.message}"

    def github(self) -> str:
        """The same problem as a GitHub Actions annotation on the pull request's diff."""
        msg = (f"{self.field}: " if self.field else "") + self.message
        msg = msg.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.path},line={self.line},col={self.col}::{msg}"


class UserError(Exception):
    """A mistake a person can fix (data, arguments, a refused build): a message, never a traceback."""

    def report(self) -> str:
        return t("error", what=self)


class UsageError(UserError):
    """A command was given arguments it cannot act on."""


class DataError(UserError):
    """The data has problems; the pipeline stops before writing anything."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = sorted(set(problems))

    def report(self) -> str:
        lines = [str(p) for p in self.problems]
        if os.environ.get("GITHUB_ACTIONS") == "true":
            lines += [p.github() for p in self.problems]
        files = len({p.path for p in self.problems})
        n = len(self.problems)
        lines.append(t("summary", n=n, files=files))
        return "\n".join(lines)


def display_path(path: Path, root: Path) -> str:
    """Path as an editor sees it: relative to the repository when possible."""
    try:
        # the folder is resolved, the name is not: a symbolic link is shown where it is, not where it points
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
