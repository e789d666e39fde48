"""`python -m tromsvekst_desktop` and the `tromsvekst-desktop` command: start the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # Qt is imported only here so that the CLI and the core never load it.
    from tromsvekst_desktop.gui.app import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
