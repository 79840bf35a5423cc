"""Files the reader tests write themselves: PDFs by hand (well formed or hostile), archives, e-mails."""

from __future__ import annotations

import io
import zipfile


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF file of ``objects`` (numbered from 1), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R " % (len(objects) + 1, root) + trailer_extra + b">>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def text_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A PDF whose pages hold these lines of Helvetica text, top to bottom, 14 points apart (a blank: 28)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for lines in pages:
        commands = [b"BT /F1 11 Tf 14 TL 72 760 Td"]
        for line in lines:
            commands.append(b"(%s) Tj T*" % _escape(line).encode("latin-1"))
        commands.append(b"ET")
        stream = b"\n".join(commands)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % content
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    extra = b""
    if info:
        entries = b" ".join(b"/%s (%s)" % (k.encode(), _escape(v).encode("latin-1")) for k, v in info.items())
        objects.append(b"<< " + entries + b" >>")
        extra = b"/Info %d 0 R " % len(objects)
    return pdf_bytes(objects, trailer_extra=extra)


def blank_pdf() -> bytes:
    """A one-page PDF with nothing on its page: no text layer, as a scan without OCR has none."""
    return text_pdf([[]])


def encrypted_pdf() -> bytes:
    """A PDF with a standard security handler whose empty user password does not open it."""
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> >>"
    body = text_pdf([["Secret text"]])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        encrypt,
    ]
    assert body  # the ordinary writer works; this one adds the /Encrypt entry
    return pdf_bytes(objects, trailer_extra=b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (b"01" * 16, b"01" * 16))


def looping_pdf() -> bytes:
    """A PDF whose page tree holds itself as its own kid."""
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
        ]
    )


def nested_zip(depth: int, name: str = "inner.txt", text: str = "Deep inside.\n") -> bytes:
    """A zip holding a zip holding … ``depth`` levels, the last holding one text file."""
    data = text.encode()
    member = name
    for level in range(depth):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(member, data)
        data, member = buffer.getvalue(), f"level-{depth - level}.zip"
    return data


def scanned_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages are pictures of text, as a scan is, without a text layer (pypdfium2 and PIL)."""
    import pypdfium2 as pdfium

    printed = pdfium.PdfDocument(text_pdf(pages))
    scan = pdfium.PdfDocument.new()
    for index in range(len(printed)):
        picture = printed[index].render(scale=200 / 72).to_pil().convert("L")
        page = scan.new_page(612, 792)
        image = pdfium.PdfImage.new(scan)
        image.set_bitmap(pdfium.PdfBitmap.from_pil(picture))
        image.set_matrix(pdfium.PdfMatrix().scale(612, 792))
        page.insert_obj(image)
        page.gen_content()
    buffer = io.BytesIO()
    scan.save(buffer)
    return buffer.getvalue()
