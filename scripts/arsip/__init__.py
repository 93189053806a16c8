"""The batik archive: turns motif YAML records into a bilingual static site.

The pipeline is the folder tree, each stage a sub-package that imports only from the
stages before it: core (paths, words, addresses) <- records (load, validate, check) <-
images (derivatives) <- pages (Markdown) <- outputs (steps on the built site) <- build
(web and offline builds) <- cli (the `arsip` command).
"""

__version__ = "0.1.0"
