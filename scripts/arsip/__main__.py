"""`python -m arsip` is the `arsip` command."""

import sys

from .cli import main

sys.exit(main())
