"""`python -m tromsvekst_desktop.bench` keeps working: the tool is `tromsvekst_desktop.tools.bench`."""

if __name__ == "__main__":
    from tromsvekst_desktop.tools.bench import main

    raise SystemExit(main())
