"""Make the OCR probes: typewritten-era UN letters rendered as page images, degraded, read by Tesseract.

Run:  python benchmarks/make_ocr_letters.py [OUTDIR [NAME ...]]   (OUTDIR: tests/data/genre_probes_ocr)

Needs Pillow, the DejaVu Sans Mono font, ``tesseract`` (with English data) and ``pdftotext``.  Each
document in ``_ocr_letter_texts.py`` is laid out as the UN's typed documents of about 1985-1995 were (masthead
in columns, session and agenda block, centred title, indented paragraphs, footnote, job number and
continuation mark at the foot of a page, running head on the next), drawn character by character with a
little jitter, then degraded with a fixed seed (resolution, blur, speckle, skew, a library stamp) and read
by ``tesseract … pdf``, which writes a PDF with the page images and an OCR text layer; ``pdftotext`` gives
the plain-text twin.  The probes are this OCR's output, not the typed text: their gold is written from it.
"""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from _ocr_letter_texts import DOCUMENTS
from _ocr_letter_texts_round2 import ROUND_2
from _ocr_letter_texts_round3 import ROUND_3
from _ocr_letter_texts_round4 import ROUND_4
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

__all__ = ["main", "render"]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WIDTH, HEIGHT, DPI = 1654, 2339, 200  # A4 at 200 dpi, scaled down later
LEFT, TOP, LINE, SIZE = 160, 150, 38, 28
COLUMNS = 80
OUTDIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "genre_probes_ocr"
BOTTOM = HEIGHT - 260


class Page:
    """One page being typed: a white image and a cursor."""

    def __init__(self, rng: random.Random) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.rng = rng
        self.y = TOP
        self.font = ImageFont.truetype(FONT, SIZE)
        self.advance = self.font.getlength("M")

    def type(self, text: str, x: float, y: float, font: Any = None) -> None:
        """Type ``text`` at (x, y), each character a little off its place and of uneven ink."""
        font = font or self.font
        advance = font.getlength("M")
        for i, char in enumerate(text):
            if char == " ":
                continue
            dx, dy = self.rng.uniform(-1.0, 1.0), self.rng.uniform(-0.7, 0.7)
            ink = self.rng.randint(0, 70)
            self.draw.text((x + i * advance + dx, y + dy), char, font=font, fill=ink)

    def line(self, text: str, indent: int = 0, centre: bool = False) -> None:
        """Type a line at the cursor and move down."""
        x = LEFT + indent * self.advance
        if centre:
            x = LEFT + (COLUMNS - len(text)) / 2 * self.advance
        self.type(text, x, self.y)
        self.y += LINE

    def rule(self, y: float, x0: float = LEFT, x1: float = WIDTH - 140, width: int = 4) -> None:
        """A horizontal rule."""
        self.draw.line((x0, y, x1, y), fill=20, width=width)


def _masthead(page: Page, doc: dict[str, Any]) -> None:
    big = ImageFont.truetype(SANS_BOLD, 40)
    organ_font = ImageFont.truetype(SANS_BOLD, 40)
    first, second = doc.get("masthead_name", ["UNITED", "NATIONS"])
    page.draw.text((LEFT, TOP), first, font=big, fill=10)
    page.draw.text((LEFT, TOP + 48), second, font=big, fill=10)
    page.draw.ellipse((LEFT + 200, TOP - 5, LEFT + 300, TOP + 95), outline=40, width=5)
    page.draw.line((LEFT + 250, TOP - 5, LEFT + 250, TOP + 95), fill=60, width=3)
    organs = doc["masthead_organs"]
    x = LEFT + 330
    if len(organs) == 1:
        page.draw.text((x, TOP + 20), organs[0], font=organ_font, fill=10)
    else:
        small = ImageFont.truetype(SANS_BOLD, 30)
        page.draw.text((x, TOP + 30), organs[0], font=small, fill=10)
        page.draw.text((x + 320, TOP + 30), organs[1], font=small, fill=10)
    right = WIDTH - 140 - 19 * page.advance
    y = TOP
    for text in doc["right_column"]:
        if text:
            page.type(text, right, y)
        y += LINE
    page.rule(max(y, TOP + 130) + 10, width=7)
    page.y = max(y, TOP + 130) + 40
    if doc.get("stamp"):
        _stamp(page, doc["stamp"], right - 350, TOP + 100)


def _stamp(page: Page, text: str, x: float, y: float) -> None:
    stamp = Image.new("L", (330, 170), 255)
    draw = ImageDraw.Draw(stamp)
    draw.rounded_rectangle((5, 5, 325, 165), radius=20, outline=90, width=6)
    font = ImageFont.truetype(SANS_BOLD, 34)
    for i, row in enumerate(text.split("\n")):
        draw.text((25, 20 + i * 48), row, font=font, fill=100)
    stamp = stamp.rotate(page.rng.uniform(-14, 14), fillcolor=255, expand=True)
    region = page.image.crop((int(x), int(y), int(x) + stamp.width, int(y) + stamp.height))
    page.image.paste(ImageChops.darker(region, stamp), (int(x), int(y)))


def _session_block(page: Page, doc: dict[str, Any]) -> None:
    left, right = doc.get("session_left", []), doc.get("session_right", [])
    y0 = page.y
    for i, text in enumerate(left):
        page.type(text, LEFT, y0 + i * LINE)
    for i, text in enumerate(right):
        page.type(text, LEFT + 44 * page.advance, y0 + i * LINE)
    page.y = y0 + max(len(left), len(right)) * LINE + LINE


def _footer(page: Page, doc: dict[str, Any], first: bool, last: bool) -> None:
    y = BOTTOM + 30
    if first and doc.get("footnote"):
        page.rule(y - 10, LEFT, LEFT + 300, 2)
        page.type(doc["footnote"], LEFT, y)
    y += LINE + 30
    if first:
        page.type(doc["job"], LEFT, y)
    if not last:
        page.type("/...", WIDTH - 140 - 5 * page.advance, y)


def _running_head(page: Page, doc: dict[str, Any], number: int) -> None:
    x = WIDTH - 140 - 12 * page.advance
    rows = [*doc["symbols_head"], doc.get("head_language", "English"), f"Page {number}"]
    for i, text in enumerate(rows):
        page.type(text, x, TOP + i * LINE)
    page.y = TOP + (len(rows) + 1) * LINE


def _lines(doc: dict[str, Any]) -> list[tuple[str, int, bool]]:
    """The typed lines after the masthead: (text, indent, centred)."""
    out: list[tuple[str, int, bool]] = []
    for text in textwrap.wrap(doc["title"], 62, break_on_hyphens=False):
        out.append((text, 0, True))
    out.append(("", 0, False))
    for block in doc["body"]:
        if isinstance(block, tuple):  # a line kept as it is: (text, indent)
            out.append((block[0], block[1], False))
            continue
        wrapped = textwrap.wrap(" " * 5 + block, COLUMNS, break_on_hyphens=False)
        out.extend((line, 0, False) for line in wrapped)
        out.append(("", 0, False))
    for text, indent in doc["signature"]:
        out.append((text, indent, False))
    for annex in doc.get("annexes", []):
        out.append(("\f", 0, False))
        for text in annex["heading"]:
            out.append((text, 0, True))
        out.append(("", 0, False))
        for block in annex["body"]:
            out.extend(
                (line, 0, False) for line in textwrap.wrap(" " * 5 + block, COLUMNS, break_on_hyphens=False)
            )
            out.append(("", 0, False))
        for text, indent in annex.get("signature", []):
            out.append((text, indent, False))
    return out


def render(doc: dict[str, Any]) -> list[Image.Image]:
    """The typed pages of ``doc``, before degradation."""
    rng = random.Random(doc["seed"])
    pages = [Page(rng)]
    _masthead(pages[0], doc)
    _session_block(pages[0], doc)
    for text, indent, centre in _lines(doc):
        page = pages[-1]
        if text == "\f" or page.y > BOTTOM - LINE:
            pages.append(Page(rng))
            _running_head(pages[-1], doc, len(pages))
            if text == "\f":
                continue
        pages[-1].line(text, indent, centre)
    for number, page in enumerate(pages, 1):
        _footer(page, doc, number == 1, number == len(pages))
    return [page.image for page in pages]


def degrade(image: Image.Image, rng: random.Random, harm: dict[str, float]) -> tuple[Image.Image, int]:
    """A scanned copy of ``image``: lower resolution, blur, speckle, skew; returns it with its dpi."""
    dpi = int(harm.get("dpi", 120))
    draw = ImageDraw.Draw(image)
    for _ in range(int(harm.get("blots", 0))):  # smudges and stray strokes over the masthead and title
        x, y = rng.randrange(LEFT, WIDTH - 200), rng.randrange(TOP + 100, TOP + 700)
        if rng.random() < 0.5:
            draw.ellipse((x, y, x + rng.randint(8, 30), y + rng.randint(6, 20)), fill=rng.randint(30, 120))
        else:
            draw.line(
                (x, y, x + rng.randint(20, 90), y + rng.randint(-4, 4)), fill=rng.randint(20, 90), width=3
            )
    image = image.filter(ImageFilter.GaussianBlur(harm.get("blur", 0.8)))
    image = image.rotate(harm.get("skew", 0.5), resample=Image.Resampling.BILINEAR, fillcolor=255)
    scale = dpi / DPI
    image = image.resize((int(WIDTH * scale), int(HEIGHT * scale)), Image.Resampling.BILINEAR)
    pixels = image.load()
    assert pixels is not None
    for _ in range(int(harm.get("speckle", 800))):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.randint(0, 120)
    fade = harm.get("fade", 0.0)
    if fade:
        image = image.point(lambda v: int(v + (255 - v) * fade))
    return image, dpi


def _ocr_lines(image_path: Path) -> list[tuple[int, int, int, int, str]]:
    """Tesseract's lines of a page image: (left, top, width, height, text), words spaced as on the page."""
    tsv = subprocess.run(
        ["tesseract", str(image_path), "-", "-l", "eng", "tsv"], check=True, capture_output=True, text=True
    ).stdout
    lines: dict[tuple[str, str, str], list[list[str]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            lines.setdefault((cells[2], cells[3], cells[4]), []).append(cells)
    out = []
    for words in lines.values():
        boxes = [(int(w[6]), int(w[7]), int(w[8]), int(w[9]), w[11].strip()) for w in words]
        pitch = sorted(w / max(len(t), 1) for _, _, w, _, t in boxes)[len(boxes) // 2]
        text = boxes[0][4]
        for (x0, _, w0, _, _), (x1, _, _, _, word) in itertools.pairwise(boxes):
            text += " " * max(1, round((x1 - x0 - w0) / max(pitch, 1))) + word
        left = min(b[0] for b in boxes)
        top = min(b[1] for b in boxes)
        right = max(b[0] + b[2] for b in boxes)
        bottom = max(b[1] + b[3] for b in boxes)
        out.append((left, top, right - left, bottom - top, text))
    return out


def _pdf(pages: list[tuple[bytes, int, int, int, list[tuple[int, int, int, int, str]]]]) -> bytes:
    """A PDF of scanned pages: each JPEG drawn full page, its OCR lines as invisible Courier text over it."""
    objects: list[bytes] = [
        b"",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for jpeg, width, height, dpi, lines in pages:
        scale = 72 / dpi
        pw, ph = width * scale, height * scale
        image = f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
        image += f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n"
        objects.append(image.encode() + jpeg + b"\nendstream")
        image_id = len(objects)
        ops = [f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q", "BT 3 Tr"]
        for left, top, w, h, text in lines:
            size = h * scale
            natural = 0.6 * size * len(text)
            stretch = 100 * w * scale / natural if natural else 100
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(
                f"/F1 {size:.2f} Tf {stretch:.1f} Tz 1 0 0 1 {left * scale:.2f} "
                f"{ph - (top + h * 0.8) * scale:.2f} Tm ({escaped}) Tj"
            )
        ops.append("ET")
        content = "\n".join(ops).encode("cp1252", errors="replace")
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_id = len(objects)
        page = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 3 0 R >> /XObject << /Im0 {image_id} 0 R >> >> >>"
        )
        objects.append(page.encode())
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = (
        f"<< /Type /Pages /Count {len(kids)} /Kids [{' '.join(f'{k} 0 R' for k in kids)}] >>".encode()
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Producer (OCR probe maker) >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def make(doc: dict[str, Any], outdir: Path) -> None:
    """Write ``outdir/NAME.pdf`` (page images and OCR text layer) and ``outdir/NAME.txt`` (pdftotext)."""
    rng = random.Random(doc["seed"] + 1)
    pages = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, image in enumerate(render(doc), 1):
            scanned, dpi = degrade(image, rng, doc.get("harm", {}))
            path = Path(tmp) / f"page{number}.jpg"
            scanned.save(path, quality=35, dpi=(dpi, dpi))
            pages.append((path.read_bytes(), scanned.width, scanned.height, dpi, _ocr_lines(path)))
    base = outdir / doc["name"]
    Path(f"{base}.pdf").write_bytes(_pdf(pages))
    subprocess.run(["pdftotext", f"{base}.pdf", f"{base}.txt"], check=True)


def main(argv: list[str]) -> int:
    """Make every probe (or those named after OUTDIR)."""
    outdir = Path(argv[1]) if len(argv) > 1 else OUTDIR
    names = set(argv[2:])
    for doc in [*DOCUMENTS, *ROUND_2, *ROUND_3, *ROUND_4]:
        if not names or doc["name"] in names:
            make(doc, outdir)
            print(doc["name"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
