"""News agencies as their copy names them, and the name each is published under."""

from __future__ import annotations

import re

__all__ = ["AGENCY_PATTERN", "canonical_agency", "is_agency"]

# How agencies sign their copy (dateline brackets, credit lines, attributions), mapped to the
# name used as the record's publisher.  Keys are case-folded.
_AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "azertac": "AZERTAC",
    "azertag": "AZERTAC",
    "trend": "Trend",
    "trend news agency": "Trend",
    "apa": "APA",
    "report": "Report",
    "report.az": "Report",
    "azernews": "Azernews",
    "azer news": "Azernews",
    "turan": "Turan",
    "interfax": "Interfax",
    "interfax-azerbaijan": "Interfax-Azerbaijan",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "dpa": "dpa",
    "efe": "EFE",
    "agencia efe": "EFE",
    "europa press": "Europa Press",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "irna": "IRNA",
    "kuna": "KUNA",
    "wam": "WAM",
    "spa": "SPA",
    "bernama": "Bernama",
    "antara": "Antara",
    "mena": "MENA",
    "ukrinform": "Ukrinform",
    "belta": "BelTA",
    "kazinform": "Kazinform",
    "armenpress": "Armenpress",
    "news.az": "News.Az",
    "day.az": "Day.Az",
    # National agencies of Europe, the Americas and Asia whose copy circulates beyond their country.
    # Short names that are also common words or given names ("map", "tap", "app", "ani") are left out.
    "lusa": "Lusa",
    "agência lusa": "Lusa",
    "anp": "ANP",
    "belga": "Belga",
    "ntb": "NTB",
    "ritzau": "Ritzau",
    "stt": "STT",
    "čtk": "ČTK",
    "ctk": "ČTK",
    "pap": "PAP",
    "mti": "MTI",
    "agerpres": "Agerpres",
    "bta": "BTA",
    "tanjug": "Tanjug",
    "hina": "HINA",
    "ana-mpa": "ANA-MPA",
    "keystone-sda": "Keystone-SDA",
    "keystone-ats": "Keystone-SDA",
    "adnkronos": "Adnkronos",
    "agi": "AGI",
    "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
    "central news agency": "Central News Agency",
    "prensa latina": "Prensa Latina",
    "notimex": "Notimex",
    "télam": "Télam",
    "telam": "Télam",
    "agência brasil": "Agência Brasil",
    "unian": "UNIAN",
    "kcna": "KCNA",
    "vna": "VNA",
    "bss": "BSS",
    "wafa": "WAFA",
    "qna": "QNA",
    "aap": "AAP",
    "australian associated press": "AAP",
    # Chinese, Japanese and Korean agencies as their own copy names them.
    "新华社": "Xinhua",
    "中新社": "China News Service",
    "中国新闻社": "China News Service",
    "中央社": "Central News Agency",
    "共同通信": "Kyodo",
    "共同": "Kyodo",
    "時事": "Jiji Press",
    "연합뉴스": "Yonhap",
    # Agencies as their Arabic-language copy signs it.
    "أ ف ب": "AFP",
    "ا ف ب": "AFP",
    "أ.ف.ب": "AFP",
    "رويترز": "Reuters",
    "د ب أ": "dpa",
    "أ ش أ": "MENA",
    "وام": "WAM",
    "واس": "SPA",
    "كونا": "KUNA",
    "قنا": "QNA",
    "وفا": "WAFA",
    "سانا": "SANA",
    "بترا": "Petra",
    "الأناضول": "Anadolu Agency",
    "شينخوا": "Xinhua",
    "إرنا": "IRNA",
    # The same agencies as their Russian-language copy signs it.
    "тасс": "TASS",
    "итар-тасс": "TASS",
    "риа новости": "RIA Novosti",
    "интерфакс": "Interfax",
    "спутник": "Sputnik",
    "азертадж": "AZERTAC",
    "укринформ": "Ukrinform",
    "белта": "BelTA",
    "казинформ": "Kazinform",
    "арменпресс": "Armenpress",
}

#: A regular-expression group matching every agency spelling in any case, longest first.
AGENCY_PATTERN = (
    "(?i:"
    + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_AGENCIES, key=len, reverse=True))
    + ")"
)


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's own name (any spelling above, any case)."""
    return " ".join(name.split()).casefold().strip(" .:") in _AGENCIES


def canonical_agency(name: str) -> str:
    """The publisher name for an agency spelling; an unknown name is returned as printed."""
    cleaned = " ".join(name.split()).strip(" :")
    return _AGENCIES.get(cleaned.casefold().rstrip("."), cleaned)
