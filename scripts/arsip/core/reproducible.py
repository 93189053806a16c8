"""Reproducible builds: the same commit always gives the same bytes.

The only clock MkDocs reads is the build date (the sitemap's <lastmod> and the gzip
header of sitemap.xml.gz). Both honour SOURCE_DATE_EPOCH
(https://reproducible-builds.org/specs/source-date-epoch/), so the build sets it to a
date that belongs to the content, not to the moment of building:

1. SOURCE_DATE_EPOCH from the environment, if the caller set one;
2. else the time of the latest git commit of the archive checkout;
3. else (a copy without git history) the latest date written in the records
   (`consent.date`, `added`), which is what "last modified" means for the archive;
4. else 2009-01-01, the year of the first nine official motifs.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

FALLBACK = int(datetime(2009, 1, 1, tzinfo=timezone.utc).timestamp())
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _git_epoch(root: Path) -> int | None:
    try:
        top = subprocess.run(["git", "-C", str(root), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, timeout=10)
        if top.returncode != 0 or Path(top.stdout.strip()).resolve() != root.resolve():
            return None  # not the root of a checkout (e.g. a copy inside another repository)
        r = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                           capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    out = r.stdout.strip()
    return int(out) if r.returncode == 0 and out.isdigit() else None


def _record_epoch(col) -> int | None:
    dates = []
    records = list(col.motifs) + list(col.makers.values()) if col is not None else []
    for rec in records:
        for d in ((rec.get("consent") or {}).get("date"), rec.get("added")):
            if isinstance(d, str) and _DATE.match(d):
                dates.append(d)
    if not dates:
        return None
    try:
        return int(datetime.fromisoformat(max(dates)).replace(tzinfo=timezone.utc).timestamp())
    except ValueError:
        return None


def source_date_epoch(root: Path, col=None) -> int:
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env.isdigit():
        return int(env)
    return _git_epoch(root) or _record_epoch(col) or FALLBACK


@contextlib.contextmanager
def fixed_clock(root: Path, col=None):
    """Set SOURCE_DATE_EPOCH for the duration of a build, then restore the environment."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch(root, col))
    try:
        yield int(os.environ["SOURCE_DATE_EPOCH"])
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
