"""The default decoder on real encodings, corrupt tails and binary input."""

from __future__ import annotations

import codecs

import pytest
from ingest_builtins.decoding.detect import decode_bytes

from ingest import Rejected

RUSSIAN = (
    "Постоянное представительство Российской Федерации при Организации Объединённых Наций "
    "свидетельствует своё уважение Генеральному секретарю и имеет честь препроводить "
    "заявление Министерства иностранных дел. "
) * 4
FRENCH = (
    "La Mission permanente de la République présente ses compliments au Secrétaire général "
    "et a l’honneur de lui faire tenir ci-joint une déclaration — « très haute considération ». "
) * 4
SPANISH = (
    "La Misión Permanente saluda atentamente al Secretario General y tiene el honor de "
    "transmitirle la declaración del Ministerio de Relaciones Exteriores, año señalado. "
) * 4
JAPANESE = "国際連合事務総長あての書簡。日本政府は、安全保障理事会の決議を歓迎する。" * 6


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (FRENCH, "cp1252"),
        (SPANISH.replace("—", "-"), "latin-1"),
        (JAPANESE, "shift_jis"),
    ],
)
def test_legacy_encodings_are_detected_and_decoded_exactly(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.method == "detected"
    assert 0 < decoded.confidence <= 1


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_with_bom(bom):
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    decoded = decode_bytes(bom + FRENCH.encode(codec))
    assert decoded.text == FRENCH
    assert decoded.method == "bom"
    assert decoded.encoding == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(codec):
    decoded = decode_bytes(FRENCH.encode(codec))
    assert decoded.text == FRENCH
    assert decoded.encoding == codec


def test_utf8_with_bom_and_crlf_keeps_the_text_and_drops_the_bom():
    data = codecs.BOM_UTF8 + "Première ligne\r\nDeuxième ligne\r\n".encode()
    decoded = decode_bytes(data)
    assert decoded.text == "Première ligne\r\nDeuxième ligne\r\n"
    assert decoded.method == "bom"


def test_plain_utf8_never_reaches_the_detector():
    decoded = decode_bytes(RUSSIAN.encode("utf-8"))
    assert (decoded.encoding, decoded.method, decoded.confidence) == ("utf-8", "utf-8", 1.0)


def test_utf8_file_with_a_cp1252_tail_is_decoded_with_a_warning_giving_offset_and_count():
    head = (FRENCH * 5).encode("utf-8")
    tail = "Fin du fichier ajoutée: café, élève.".encode("cp1252")
    decoded = decode_bytes(head + tail)
    assert decoded.encoding == "utf-8"
    assert decoded.method == "replaced"
    assert decoded.text.startswith(FRENCH)
    assert decoded.text.count("\ufffd") == 4
    (warning,) = decoded.warnings
    first_bad = len(head) + tail.index("é".encode("cp1252"))
    assert f"byte {first_bad:,}" in warning
    assert "4 undecodable" in warning


def test_mostly_undecodable_input_is_refused_with_the_reason():
    data = "tête-à-tête ".encode() + bytes([0xE9, 0x20]) * 200
    with pytest.raises(Rejected, match="mostly undecodable"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 20,
        b"\x00\x01\x02\x03" * 500,
        b"ELF\x00\x00" + bytes(1000),
    ],
)
def test_binary_input_is_refused(data):
    with pytest.raises(Rejected, match="binary input"):
        decode_bytes(data)


def test_a_given_encoding_overrides_detection():
    decoded = decode_bytes(RUSSIAN.encode("koi8-r"), encoding="koi8-r")
    assert decoded.text == RUSSIAN
    assert decoded.method == "given"


def test_the_input_own_replacement_characters_are_not_counted_as_damage():
    decoded = decode_bytes("unknown glyph: \ufffd here".encode())
    assert decoded.method == "utf-8"
    assert decoded.warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        "\u201cCaf\u00e9 talks\u201d resume in Geneva on Monday, he said.\n",
        "Caf\u00e9 \u201cLa Paix\u201d hosts the delegates\u2019 dinner tonight.\n",
        "Gr\u00f6\u00dfe und Ma\u00df: Stra\u00dfe f\u00fcr B\u00fcrger, sagte er.",
    ],
)
def test_a_short_windows_1252_text_is_not_decoded_as_a_dos_code_page(text):
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    (warning,) = decoded.warnings  # an unsure guess is never silent
    assert "encoding uncertain" in warning and "cp1252" in warning


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144, powiedzia\u0142 minister.",
            "cp1250",
        ),
        (
            "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? "
            "\u0412\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e.",
            "koi8-r",
        ),
    ],
)
def test_an_unsure_guess_of_another_script_is_kept_with_a_warning(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.warnings and "candidates" in decoded.warnings[0]


def test_a_web_page_is_read_in_the_encoding_it_declares() -> None:
    body = "<p>Ochrona danych osobowych: świadczenia, zgłoszenia, ąę.</p>" * 20
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
        f"<title>Dane</title></head><body>{body}</body></html>"
    )
    decoded = decode_bytes(page.encode("iso-8859-2"), media_type="text/html")
    assert (decoded.encoding, decoded.method) == ("iso8859-2", "declared")
    assert "świadczenia" in decoded.text
    # The same bytes as plain text have no declaration to follow: the detector decides.
    assert decode_bytes(page.encode("iso-8859-2"), media_type="text/plain").method != "declared"


def test_a_declared_latin_1_is_read_as_windows_1252_as_browsers_do() -> None:
    page = '<meta charset="ISO-8859-1"><p>“Quoted” — and dashed, café.</p>'
    decoded = decode_bytes(page.encode("cp1252"), media_type="text/html")
    assert decoded.encoding == "cp1252"
    assert "“Quoted” — and dashed" in decoded.text
