"""`python -m tromsvekst_desktop.faults` keeps working: the tool is `tromsvekst_desktop.tools.faults`."""

if __name__ == "__main__":
    from tromsvekst_desktop.tools.faults import main

    raise SystemExit(main())
