"""Where things live in an archive checkout.

`arsip` always works on the archive in the current directory, so a fork or a copy
works the same as the original repository.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # scripts/arsip
SCHEMA_DIR = PACKAGE_DIR / "schemas"  # public path: every record names it for editor autocompletion


@dataclass(frozen=True)
class Archive:
    """Paths of one archive checkout."""

    root: Path

    @classmethod
    def here(cls, root: Path | str | None = None) -> "Archive":
        return cls(Path(root or Path.cwd()).resolve())

    @property
    def motifs(self) -> Path:
        return self.root / "motifs"

    @property
    def makers(self) -> Path:
        return self.root / "data" / "makers"

    @property
    def glossary(self) -> Path:
        return self.root / "data" / "glossary.yml"

    @property
    def lessons(self) -> Path:
        return self.root / "data" / "lessons"

    @property
    def sources(self) -> Path:
        """The source registry: every source of every record, once (data/sources.yml)."""
        return self.root / "data" / "sources.yml"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def build_dir(self) -> Path:
        """Git-ignored scratch folder: generated docs and the site being built."""
        return self.root / ".build"

    @property
    def cache(self) -> Path:
        """Git-ignored cache that survives builds (image derivatives)."""
        return self.root / ".cache"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def generated_docs(self, lang: str) -> Path:
        return self.build_dir / "docs" / lang

    @property
    def serve_site(self) -> Path:
        """Where `arsip serve` builds: its pages carry 127.0.0.1 addresses, so never site/."""
        return self.build_dir / "serve"

    def default_site_url(self) -> str:
        """The published address: ARSIP_SITE_URL, else `site_url` of mkdocs.yml."""
        env = os.environ.get("ARSIP_SITE_URL")
        if env:
            return env
        cfg = self.root / "mkdocs.yml"
        for line in cfg.read_text("utf-8").splitlines() if cfg.is_file() else []:
            if line.startswith("site_url:"):
                return line.split(":", 1)[1].strip().strip("'\"") or "http://localhost:8000/"
        return "http://localhost:8000/"

    def rel(self, path: Path) -> str:
        """Path relative to the archive root, with forward slashes, for messages."""
        # Without following links first: a link that leaves the archive is named by where it is.
        try:
            return Path(os.path.abspath(path)).relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
