"""`python -m arsip.cli` is the `arsip` command too."""

import sys

from . import main

sys.exit(main())
