"""Small libraries for tests: PDFs written with PyMuPDF plus catalogue and goal YAML."""

from __future__ import annotations

import sys
from pathlib import Path

from tromsvekst_desktop.tools.pdfwrite import write_text_pdf as write_pdf


def cli_argv(index_dir: Path | None, *args: str) -> list[str]:
    """The command line of ``tromsvekst [--index-dir INDEX_DIR] ARGS`` run from this checkout."""
    prefix = ["--index-dir", str(index_dir)] if index_dir is not None else []
    return [sys.executable, "-m", "tromsvekst_desktop.cli", *prefix, *args]


CATALOG = """\
documents:
  - id: planen
    title: Planen for Testregionen
    owner: Tromsø kommune
    kind: samfunnsplan
    period: 2020–2032
    file: planen.pdf
  - id: avtalen
    title: Avtalen om vekst
    owner: Troms fylkeskommune
    kind: avtale
    period: 2025–2028
    file: avtalen.pdf
"""

GOALS = """\
plan:
  id: testplan
  title: Testplanen
  document: planen
  levels: [Innsatsområde, Delmål, Strategi]
  source: testdata
goals:
  - id: t.io1
    number: "1"
    title: Klimatilpasning og beredskap
    text: Innsatsområdet handler om klimatilpasningen i hele regionen.
    page: 2
    children:
      - id: t.d1
        number: "1.1"
        title: Regionen skal ha trygge lokalsamfunn
        page: 2
        children:
          - id: t.s1
            title: Samarbeid om flomvern og skredsikring
            page: 3
  - id: t.io2
    number: "2"
    title: Bolig og byutvikling
    page: 3
    links:
      - document: avtalen
        page: 1
"""

PLAN_PAGES = [
    "Planen for Testregionen\nInnledning om Tromsø by og is på fjorden.",
    "Klimatilpasning og beredskap\nKlimatilpasningen må styrkes. Strategiene beskriver hvordan "
    "kommunene skal arbeide med klimatilpasning i hele Tromsøregionen.",
    "Bolig og byutvikling\nSamarbeid om flomvern og skredsikring. Boligbygging i sentrum og "
    "bærekraftig byutvikling med gode møteplasser.",
]
AGREEMENT_PAGES = [
    "Avtalen om vekst\nStrategier for næringsutvikling, kollektivtransport og bolig i regionen.",
    "Evaluering\nMidtveisevaluering i 2026 og sluttevaluering i 2028.",
]


def make_library(root: Path) -> Path:
    """A library folder with two catalogued PDFs, one goal file and a catalogue."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "catalog.yaml").write_text(CATALOG, encoding="utf-8")
    (root / "goals.yaml").write_text(GOALS, encoding="utf-8")
    write_pdf(
        root / "planen.pdf",
        PLAN_PAGES,
        title="Planen",
        toc=[(1, "Innledning", 1), (1, "Klimatilpasning og beredskap", 2), (1, "Bolig og byutvikling", 3)],
    )
    write_pdf(root / "avtalen.pdf", AGREEMENT_PAGES, title="Avtalen")
    return root
