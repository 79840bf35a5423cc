"""News agencies as their copy names them, and the name each is published under."""

from __future__ import annotations

import re

__all__ = [
    "AGENCY_PATTERN",
    "OUTLET_WORDS",
    "SELF_NAMED_AGENCY",
    "SOURCE_LABEL",
    "canonical_agency",
    "is_agency",
]

#: The words closing a newspaper's or a broadcaster's name ("Gulf Times", "Dawn News Television"), as a
#: pattern's alternatives (match them case-blind).
OUTLET_WORDS = (
    "news|times|daily|post|herald|tribune|gazette|journal|observer|star|sun|mail|courier|press|radio|television"
    "|tv|online"
)

#: The word that labels a story's source, in the languages of the sites and agencies read ("Source:",
#: "Kaynak:", "Πηγή:", "来源"), as a pattern's alternatives (match them case-blind).
SOURCE_LABEL = (
    "source|sources|fuente|fonte|quelle|источник|джерело|πηγή|kaynak|źródło|zdroj|bron|lähde|المصدر|来源"
    "|출처|izvor|извор|източник|šaltinis|avots|allikas|burimi|heimild|kilde|källa|sumber|chanzo|منبع|ماخذ|מקור"
    "|स्रोत|সূত্র|ที่มา|出典|出处|出處|ប្រភព|წყარო|աղբյուր|дереккөз|manba|mənbə"
)
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
    "interfax-kazakhstan": "Interfax-Kazakhstan",
    "interfax-ukraine": "Interfax-Ukraine",
    "интерфакс-казахстан": "Interfax-Kazakhstan",
    "интерфакс-украина": "Interfax-Ukraine",
    "dha": "DHA",
    "demirören haber ajansı": "DHA",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "dpa": "dpa",
    "dpa-afx": "dpa-AFX",
    "epd": "epd",
    "efe": "EFE",
    "agencia efe": "EFE",
    "europa press": "Europa Press",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "irna": "IRNA",
    "kuna": "KUNA",
    "wam": "WAM",
    "spa": "SPA",
    "bernama": "Bernama",
    "antara": "Antara",
    "antara news": "Antara",
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
    "lapresse": "LaPresse",
    "apcom": "Apcom",
    "askanews": "askanews",
    "italpress": "Italpress",
    "agenzia nova": "Agenzia Nova",
    "sda": "Keystone-SDA",
    "ips": "IPS",
    "inter press service": "IPS",
    "isna": "ISNA",
    "tasnim": "Tasnim",
    "tasnim news agency": "Tasnim",
    "fars news agency": "Fars",
    "mehr news agency": "Mehr",
    "sapa": "SAPA",
    "sps": "SPS",
    "cna": "CNA",
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
    "уніан": "UNIAN",
    "униан": "UNIAN",
    "kcna": "KCNA",
    "vna": "VNA",
    "bss": "BSS",
    "wafa": "WAFA",
    "qna": "QNA",
    "aap": "AAP",
    "australian associated press": "AAP",
    # National agencies of Asia, Africa and the Middle East whose copy circulates in English and French.
    "montsame": "Montsame",
    "abp": "Agence Bénin Presse",
    "agence bénin presse": "Agence Bénin Presse",
    "aps": "APS",
    "aip": "AIP",
    "acp": "ACP",
    "angop": "ANGOP",
    "pana": "PANA",
    "nan": "NAN",
    "ena": "ENA",
    "kna": "Kenya News Agency",
    "suna": "SUNA",
    "sana": "SANA",
    "petra": "Petra",
    "bna": "BNA",
    "ona": "Oman News Agency",
    "oman news agency": "Oman News Agency",
    "pna": "PNA",
    "kpl": "KPL",
    "akipress": "AKIpress",
    "kabar": "Kabar",
    "khovar": "Khovar",
    "uza": "UzA",
    "sta": "STA",
    "tasr": "TASR",
    "mia": "MIA",
    "fena": "FENA",
    "moldpres": "Moldpres",
    "leta": "LETA",
    "bns": "BNS",
    "elta": "ELTA",
    "andina": "Andina",
    "ttxvn": "TTXVN",
    "kenya news agency": "Kenya News Agency",
    "agence de presse sénégalaise": "APS",
    "abi": "ABI",
    # National agencies of more countries, by names that are no common word in any language read
    # (not "tap", "map", "ata", "aim", "arka", "beta", "saba", "lina", "mana", "lana", "aib", "unb").
    "gna": "GNA",
    "ghana news agency": "GNA",
    "amap": "AMAP",
    "acap": "ACAP",
    "bopa": "BOPA",
    "nampa": "NAMPA",
    "sanews": "SAnews",
    "sonna": "SONNA",
    "slena": "SLENA",
    "inforpress": "Inforpress",
    "nna": "NNA",
    "iqna": "IQNA",
    "bakhtar": "Bakhtar",
    "pajhwok": "Pajhwok",
    "interpressnews": "Interpressnews",
    "fonet": "FoNet",
    "kosovapress": "KosovaPress",
    "pacnews": "PACNEWS",
    "the canadian press": "The Canadian Press",
    "canadian press": "The Canadian Press",
    "pa media": "PA Media",
    "press association": "PA Media",
    "agência estado": "Agência Estado",
    "estadão conteúdo": "Agência Estado",
    "avn": "AVN",
    "colprensa": "Colprensa",
    "newsis": "Newsis",
    "bgnes": "BGNES",
    "ihlas": "İHA",
    "ihlas haber ajansı": "İHA",
    "anka haber ajansı": "ANKA",
    # … and as their copy names them in Cyrillic, Greek, Persian and Korean.
    "бта": "BTA",
    "бгнес": "BGNES",
    "танјуг": "Tanjug",
    "укрінформ": "Ukrinform",
    "απε-μπε": "ANA-MPA",
    "απε": "ANA-MPA",
    "ایرنا": "IRNA",
    "ایسنا": "ISNA",
    "تسنیم": "Tasnim",
    "뉴시스": "Newsis",
    "뉴스1": "News1",
    # Chinese, Japanese and Korean agencies as their own copy names them.
    "新华社": "Xinhua",
    "中新社": "China News Service",
    "中国新闻社": "China News Service",
    "中央社": "Central News Agency",
    "中評社": "China Review News Agency",
    "中评社": "China Review News Agency",
    "共同通信": "Kyodo",
    "共同": "Kyodo",
    "時事": "Jiji Press",
    "聯合ニュース": "Yonhap",
    "연합뉴스": "Yonhap",
    # More national and private agencies, by names that are no common word in any language read.
    "ilna": "ILNA",
    "iha": "İHA",
    "anka": "ANKA",
    "kaztag": "KazTAG",
    "infotag": "Infotag",
    "servimedia": "Servimedia",
    "hibya": "Hibya",
    "abna": "ABNA",
    "china news service": "China News Service",
    "rastriya samachar samiti": "RSS",
    "राष्ट्रिय समाचार समिति": "RSS",
    "रासस": "RSS",
    "hindusthan samachar": "Hindusthan Samachar",
    "हिन्दुस्थान समाचार": "Hindusthan Samachar",
    "हिंदुस्थान समाचार": "Hindusthan Samachar",
    # Press-release wires: a company's, a party's or a government's release as the wire delivers it
    # ("Bonn (ots) -", "LONDON, May 3, 2024 /PRNewswire/ --").
    "ots": "news aktuell",
    "news aktuell": "news aktuell",
    "apa-ots": "APA-OTS",
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "business wire": "Business Wire",
    "businesswire": "Business Wire",
    "globe newswire": "GlobeNewswire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
    "marketwired": "Marketwired",
    "apo group": "APO Group",
    # Agencies as their Arabic-language copy signs it.
    "سبوتنيك": "Sputnik",
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
    "العمانية": "Oman News Agency",
    "واص": "SPS",
    "بنا": "BNA",
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
    "кабар": "Kabar",
    "узтаг": "UzTAG",
    "uztag": "UzTAG",
}

#: A regular-expression group matching every agency spelling in any case, longest first.
AGENCY_PATTERN = (
    "(?i:"
    + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_AGENCIES, key=len, reverse=True))
    + ")"
)


#: A name that says it is an agency's, in the agencies' languages: "dts Nachrichtenagentur",
#: "Jordan News Agency", "Agencia Venezolana de Noticias", "Agence Ivoirienne de Presse".
SELF_NAMED_AGENCY = (
    r"(?i:(?:[\w.&'’-]+[ ]){0,3}(?:news\s+agency|press\s+agency|nachrichtenagentur|presseagentur"
    r"|haber\s+ajansı|информационное\s+агентство|информационна\s+агенция|інформаційне\s+агентство"
    r"|novinska\s+agencija|tiskovna\s+agencija|agencja\s+prasowa|tisková\s+kancelář|kantor\s+berita)"
    r"|(?:agence|agencia|agenzia|agência|agentia|agenția)\s+(?:[\w.&'’-]+\s+){0,3}"
    r"(?:presse|prensa|noticias|notizie|stampa|notícias|news|de\s+știri|de\s+stiri)\b(?:[ ][\w.&'’-]+){0,3}"
    # … and in Arabic: "وكالة الأنباء السعودية", "الوكالة الوطنية للإعلام", "وكالة المغرب العربي للأنباء".
    r"|(?:ال)?و[كک]ال[ةه](?:\s\S+){0,3}?\s(?:لل|ال)?(?:أنباء|انباء|إعلام|اعلام)(?:\s[\u0600-\u06ff]+){0,2})"
)
_SELF_NAMED = re.compile(SELF_NAMED_AGENCY)
# Persian copy writes its agencies' names with the Persian yeh and kaf, or with the Arabic letters.
_PERSIAN_LETTERS = str.maketrans("يك", "یک")


def _key(name: str) -> str:
    key = " ".join(name.split()).casefold().strip(" .:")
    return key.translate(_PERSIAN_LETTERS) if "ي" in key or "ك" in key else key


_FOLDED = {_key(name): publisher for name, publisher in _AGENCIES.items()}
_LONGEST_NAME = 60


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's own name: any spelling above, any case, or a name saying so."""
    key = _key(name)
    return key in _FOLDED or (len(key) <= _LONGEST_NAME and _SELF_NAMED.fullmatch(key) is not None)


def canonical_agency(name: str) -> str:
    """The publisher name for an agency spelling; an unknown name is returned as printed."""
    cleaned = " ".join(name.split()).strip(" :")
    return _FOLDED.get(_key(cleaned), cleaned)
