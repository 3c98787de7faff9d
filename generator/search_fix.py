"""A one-line fix to Material's search worker for Chinese queries.

The worker splits a Han query into words already in the index, but its loop
`for(let o=s+1;o<t.length;o++)` never tries a candidate that reaches the query's last
character: "养老" is searched as "养*", "巩固率" as "巩固*". We ship the installed worker
with `o<=t.length`, so whole words are tried too. The file keeps its name and path, so it
replaces the theme's copy in the built site; if Material changes the code, nothing is patched
and the build says so (tests then fail on the search cases).
"""

from __future__ import annotations

import sys
from pathlib import Path

BUG = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
FIX = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def patched_worker() -> tuple[str, bytes] | None:
    """(path under the site, patched bytes) of Material's search worker, or None."""
    import material

    workers = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
    for path in sorted(workers.glob("search.*.min.js")):
        text = path.read_text(encoding="utf-8")
        if text.count(BUG) == 1:
            return f"assets/javascripts/workers/{path.name}", text.replace(BUG, FIX).encode("utf-8")
    print("warning: Material's search worker changed; Chinese query fix not applied", file=sys.stderr)
    return None
