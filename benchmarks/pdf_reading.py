"""The PDF reader against poppler's ``pdftotext``: pages per second over the same files, and gold scores.

    python benchmarks/pdf_reading.py [PDF or folder ...] [--repeat 5] [--gold GOLD.json]

Speed: alternates the two contenders ``--repeat`` times over the same PDFs
(the dev corpus's by default, plus PDFs written here so that there are
pages enough to time) and prints the median pages/s of each and their
ratio.  The reader is measured as the pipeline calls it (PDFium's text
layer, line spacing, furniture removal), in this process; ``pdftotext`` is
a process per file, as a batch would run it.  Quality: with ``--gold``,
the dev PDFs and their ``.txt`` siblings (``pdftotext`` output) go through
the whole pipeline and are scored against the gold, side by side.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest import Options, Pipeline, RawInput, Source, to_json

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/shared/corpus/dev/un-letter")
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from gold_checks import check, load_expectations  # noqa: E402
from handmade import text_pdf  # noqa: E402
from ingest_builtins.reading.pdfdecode import decode_pdf  # noqa: E402

_LINE = "The committee considered the report and decided to transmit it to the General Assembly"


def _written(folder: Path, count: int = 20, pages: int = 6) -> list[Path]:
    paths = []
    for number in range(count):
        body = [
            [
                f"A/75/{100 + number}",
                f"Page {page + 1}",
                *(f"{_LINE} ({line})." for line in range(40)),
                "20-12345 (E)",
            ]
            for page in range(pages)
        ]
        path = folder / f"written-{number:02d}.pdf"
        path.write_bytes(text_pdf(body))
        paths.append(path)
    return paths


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def _reader(paths: list[Path]) -> float:
    options = Options({})
    started = time.perf_counter()
    for path in paths:
        decode_pdf(RawInput.from_bytes(Source.from_path(path), path.read_bytes()), options)
    return time.perf_counter() - started


def _pdftotext(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return time.perf_counter() - started


def _scores(gold_path: Path, pdfs: list[Path]) -> None:
    gold = load_expectations(gold_path)
    pipeline = Pipeline(plugins=[], builtins=True, autoload=False)
    print("gold checks passed (PDF read by ingest | its pdftotext .txt sibling):")
    totals = [0, 0, 0, 0]
    for pdf in pdfs:
        sibling = pdf.with_suffix(".txt")
        if pdf.name not in gold or sibling.name not in gold:
            continue
        total, failed = check(to_json(pipeline.process(pdf)), gold[pdf.name])
        sibling_total, sibling_failed = check(to_json(pipeline.process(sibling)), gold[sibling.name])
        totals = [
            a + b
            for a, b in zip(
                totals,
                [total - len(failed), total, sibling_total - len(sibling_failed), sibling_total],
                strict=True,
            )
        ]
        passed, sibling_passed = total - len(failed), sibling_total - len(sibling_failed)
        print(f"  {pdf.name}: {passed}/{total} | {sibling_passed}/{sibling_total}")
    print(f"  all: {totals[0]}/{totals[1]} | {totals[2]}/{totals[3]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gold", type=Path, default=DEV.parent / "gold.json" if DEV.exists() else None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        paths = [
            p for given in args.inputs for p in ([given] if given.is_file() else sorted(given.glob("*.pdf")))
        ]
        if not args.inputs:
            paths = sorted(DEV.glob("*.pdf")) if DEV.exists() else []
            paths += _written(Path(scratch))
        pages = sum(_pages(path) for path in paths)
        print(f"{len(paths)} PDFs, {pages} pages; {args.repeat} alternating runs")
        have_poppler = shutil.which("pdftotext") is not None
        ours, theirs = [], []
        for _ in range(args.repeat):
            ours.append(_reader(paths))
            if have_poppler:
                theirs.append(_pdftotext(paths))
        rate = pages / statistics.median(ours)
        print(f"ingest PDF reader (pypdfium2): {rate:8.1f} pages/s")
        if have_poppler:
            peer = pages / statistics.median(theirs)
            print(f"pdftotext (poppler):           {peer:8.1f} pages/s")
            print(f"ratio ingest / pdftotext:      {rate / peer:8.2f}")
            print("pairs:", " ".join(f"{t / o:.2f}" for o, t in zip(ours, theirs, strict=True)))
        else:
            print("pdftotext is not installed (apt-get install poppler-utils): no peer to compare with")
        if args.gold is not None and args.gold.exists():
            _scores(args.gold, sorted(DEV.glob("*.pdf")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
