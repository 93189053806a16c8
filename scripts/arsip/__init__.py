"""Arsip Batik Bojonegoro: turns motif YAML records into a bilingual static site.

The pipeline runs in stages, one module each: records (load + validate) -> images
(derivatives) -> pages (Markdown) -> build (MkDocs, both languages, atomic swap).
"""

__version__ = "0.1.0"
