"""The `arsip` command: one module per subcommand, each with `add(sub)` and `run(args)`."""

from __future__ import annotations

import argparse
import logging

from ..core import identity
from . import build, check, from_issue, linkcheck, new, normalise, offline, serve

COMMANDS = (check, build, serve, new, from_issue, offline, normalise, linkcheck)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="arsip", description=identity.get("name"))
    p.add_argument("--root", default=None, help="archive folder (default: current directory)")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)
    for command in COMMANDS:
        command.add(sub)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not args.verbose:
        logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
