"""Measure text recognition (OCR): words found / words in the original text, seconds and memory per page.

    python -m tromsvekst_desktop.ocr_bench [--corpus ../shared/corpus] [--dpi 300] [--json FILE]

Renders Norwegian pages (Bokmål and Nynorsk plan prose) as scans (turned, specked,
image only), recognises them in a worker process as indexing does, and compares the words
found with the words written; then recognises the scanned files of the corpus, if given
(no original text there: words recognised, share of known words, seconds).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pymupdf

from tromsvekst_desktop.core.ocr import OcrJob, OcrSettings, RecognisedPage, find_tessdata
from tromsvekst_desktop.core.pdftext import ExtractionPool
from tromsvekst_desktop.core.pdfwrite import write_scanned_pdf

BOKMAL = [
    "Tromsø kommune skal være en grønn og inkluderende kommune der innbyggerne trives. "
    "Klimatilpasning og bærekraftig arealforvaltning er viktige satsingsområder i planperioden. "
    "Vi skal styrke samarbeidet med næringslivet, universitetet og de andre kommunene i regionen, "
    "og sikre trygge oppvekstvilkår for barn og unge. Kollektivtransporten skal bli et reelt "
    "alternativ til bilen, og gang- og sykkelveiene skal henge sammen.",
    "Kommunestyret vedtok kommuneplanens samfunnsdel i møtet 14. juni. Planen gjelder for perioden "
    "2024–2036 og skal rulleres hvert fjerde år. Rådmannen legger fram et handlingsprogram med tiltak, "
    "ansvar og økonomiske rammer. Havnivåstigning og stormflo skal vurderes i all arealplanlegging "
    "langs sjøen, og nye boligområder skal ikke legges i fareområder for skred.",
]
NYNORSK = [
    "Fylkeskommunen skal arbeide for at innbyggjarane i heile fylket får gode tenester. Vi vil "
    "styrkje samarbeidet mellom kommunane og leggje til rette for næringsutvikling som tek vare på "
    "naturen. Kvar kommune skal ha ein oppdatert beredskapsplan, og eigedomsgrensene skal vere kjende "
    "før nye tiltak vert sette i gang.",
    "Regionrådet meiner at samferdsla må betrast, særleg vegane mellom bygdene. Korleis vi brukar "
    "areala våre, har mykje å seie for klimaet. Difor skal planane byggje på kunnskap om korleis "
    "naturen endrar seg, og folk skal få seie si meining tidleg i arbeidet.",
]
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def words_of(text: str) -> Counter[str]:
    return Counter(match.group().lower() for match in _WORD.finditer(text))


def found_share(original: str, recognised: str) -> tuple[int, int]:
    """(words of the original found in the recognised text, each as often as written; words written)."""
    want, got = words_of(original), words_of(recognised)
    return sum(min(n, got[w]) for w, n in want.items()), sum(want.values())


def recognise_all(jobs: list[OcrJob], settings: OcrSettings) -> list[RecognisedPage]:
    results: dict[tuple[str, int], RecognisedPage] = {}
    with ExtractionPool(workers=1, timeout_s=settings.time_limit_s) as pool:
        for job, outcome in pool.run(jobs):
            assert isinstance(job, OcrJob)
            if isinstance(outcome, RecognisedPage):
                results[(job.path, job.page)] = outcome
            else:
                results[(job.path, job.page)] = RecognisedPage(job.page, reason=str(outcome), failed=True)
    return [results[(job.path, job.page)] for job in jobs]


def rendered_pages(folder: Path, settings: OcrSettings, tessdata: str, scan_dpi: int) -> list[dict[str, Any]]:
    rows = []
    for language, texts in (("nb", BOKMAL), ("nn", NYNORSK)):
        for skew, noise in ((0.0, 0.0), (1.5, 0.003), (3.0, 0.006)):
            path = write_scanned_pdf(
                folder / f"{language}-{skew}-{noise}.pdf",
                texts,
                skew_degrees=skew,
                noise=noise,
                dpi=scan_dpi,
                seed=1,
            )
            numbers = range(1, len(texts) + 1)
            jobs = [OcrJob(str(path), page=n, settings=settings, tessdata=tessdata) for n in numbers]
            for text, result in zip(texts, recognise_all(jobs, settings), strict=True):
                found, total = found_share(text, result.text)
                rows.append(
                    {
                        "language": language,
                        "skew": skew,
                        "noise": noise,
                        "found": found,
                        "words": total,
                        "confidence": round(result.confidence, 3),
                        "seconds": round(result.seconds, 2),
                        "peak_rss_mb": round(result.peak_rss_mb),
                        "reason": result.reason,
                    }
                )
    return rows


def corpus_pages(corpus: Path, settings: OcrSettings, tessdata: str) -> list[dict[str, Any]]:
    rows = []
    for path in sorted((corpus / "pdfs").glob("scanned__*.pdf")):
        with pymupdf.open(path) as doc:
            count = doc.page_count
        jobs = [OcrJob(str(path), page=n, settings=settings, tessdata=tessdata) for n in range(1, count + 1)]
        for result in recognise_all(jobs, settings):
            rows.append(
                {
                    "file": path.name,
                    "page": result.page,
                    "words": len(result.words) or len(words_of(result.text)),
                    "confidence": round(result.confidence, 3),
                    "seconds": round(result.seconds, 2),
                    "peak_rss_mb": round(result.peak_rss_mb),
                    "reason": result.reason,
                    "sample": " ".join(result.text.split()[:12]),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tromsvekst_desktop.ocr_bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, help="the shared corpus folder (its pdfs/scanned__*.pdf)")
    parser.add_argument("--dpi", type=int, default=OcrSettings().dpi, help="OCR resolution at most")
    parser.add_argument("--scan-dpi", type=int, default=200, help="resolution of the rendered scans")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    tessdata = find_tessdata()
    if tessdata is None:
        print("no Norwegian language file (nor.traineddata) found", file=sys.stderr)
        return 1
    settings = OcrSettings(dpi=args.dpi)
    with tempfile.TemporaryDirectory() as folder:
        rendered = rendered_pages(Path(folder), settings, str(tessdata), args.scan_dpi)
    print("rendered pages (language, skew °, noise): words found / words written, known words, s, MB")
    for row in rendered:
        print(
            f"  {row['language']} {row['skew']:>3} {row['noise']:<5}  {row['found']:>3}/{row['words']:<3} "
            f"{row['found'] / row['words']:.1%}  known {row['confidence']:.0%}  {row['seconds']:.2f} s  "
            f"{row['peak_rss_mb']} MB {row['reason']}"
        )
    for language in ("nb", "nn"):
        mine = [r for r in rendered if r["language"] == language]
        found, total = sum(r["found"] for r in mine), sum(r["words"] for r in mine)
        print(f"  {language}: {found}/{total} = {found / total:.1%} of the words found")
    rows: dict[str, Any] = {"dpi": args.dpi, "scan_dpi": args.scan_dpi, "rendered": rendered}
    if args.corpus:
        corpus = corpus_pages(args.corpus, settings, str(tessdata))
        rows["corpus"] = corpus
        print("corpus scans (file, page): words recognised, known words, s, MB")
        for row in corpus:
            print(
                f"  {row['file']} p. {row['page']}: {row['words']} words, known {row['confidence']:.0%}, "
                f"{row['seconds']:.2f} s, {row['peak_rss_mb']} MB {row['reason']}  «{row['sample']}»"
            )
    seconds = [r["seconds"] for r in rendered] + [r["seconds"] for r in rows.get("corpus", [])]
    print(f"seconds per page: median {statistics.median(seconds):.2f}, max {max(seconds):.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
