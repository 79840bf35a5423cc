"""Who tells a text: words of the first or second person outside quotations, in the languages read.

A report is told by nobody: whoever says "I" or "we" in it is quoted. An essay, a memoir, a letter, a how-to
or a column is told by its writer, to its reader. Counting the teller's own words, quotations left out,
tells them apart in any language whose pronouns are listed here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["personal_words"]

# What is quoted: another's words, in the quotation marks of the scripts read (Swedish "”…”", Danish
# "»…«", single quotes at words' edges), and a line of dialogue opening with a dash ("— Мы …, — сказал он").
_QUOTED = re.compile(
    r'"[^"\n]{0,600}"|“[^”\n]{0,600}”|”[^”\n]{0,600}”|«[^»\n]{0,600}»|»[^«\n]{0,600}«|„[^“”\n]{0,600}[“”]'
    r"|「[^」\n]{0,600}」|『[^』\n]{0,600}』|‘[^’\n]{0,600}’(?!\w)|(?<!\w)'[^'\n]{0,600}'(?!\w)|^[—–] .*"
)
# The teller speaking of himself or to the reader, in words that mean nothing else: the first person
# (English's, counted in a text that reads "the"; the Romance, Germanic, Slavic, Finnic, Turkic,
# Austronesian, Arabic, Hebrew-script and Indic forms; the CJK and South-East Asian pronouns, written
# without spaces and so read anywhere in a word, Japanese 私 before a particle,
# Chinese 我 not before 国/市/省/驻…, where it names the paper's country, town or mission: 我国) and the
# second person of a how-to or a column ("vous", "você", Japanese's request "…ください"). Words that are
# as often another language's common word are left out: "me" (Albanian "with"), "nos", "já", "eu"
# (Portuguese "in the", "already", French "had"), "mir", "ako" (Croatian "peace", "if"), "noi" (Romanian
# "new"), "ben" (in Arabic names), "yo" (Haitian "they"), "я" (Bulgarian "her"), "איך" (Hebrew "how"),
# German "Sie", French "du"; a hyphen joins no pronoun ("Notre-Dame", "rendez-vous").
_PERSONAL = re.compile(
    r"(?<![\w'’-])(?:biz|mimi|sisi|io"
    r"|(?i:ich|mich|mein|meine|meinen|meinem|wir|unsere?|j['’]|moi|nous|notre|vous|votre"
    r"|nosotros|nosotras|nuestr[oa]s?|usted|ustedes|meu|minha|nós|nosso|nossa|você|vocês"
    r"|ik|mijn|wij|jag|jeg|minä|minun|meidän|bizim|kami|namin|natin|saya|aku|tôi"
    r"|мы|ми|меня|мне|мене|мені|мой|моя|мій|моє|наш|наша|наші|наше|ты|вы|ви|mój|moja|mnie|můj"
    r"|εγώ|εμείς|أنا|نحن|אני|אנחנו|मैं|हम|मेरा|मेरी|আমি|আমরা|நான்|நாங்கள்|මම))(?![\w'’-])"
    r"|私(?=[はがのもをにた])|[僕俺]|わたし|我(?![国國市省区區县縣军軍院校方司厅廳局部驻駐台社镇鎮乡鄉村])"
    r"|ください|下さい|ดิฉัน|ฉัน|ผม|ຂ້ອຍ|ຂ້າພະເຈົ້າ|ខ្ញុំ|ကျွန်တော်|ကျွန်မ"
    r"|나는|저는|내가|제가"
)
# English's first and second person: "I", "my", "we", "our", "you", never in a name ("Our Lady of …", the
# film "I Saw the Sea") nor after one ("World War I").
_ENGLISH_PERSONAL = re.compile(r"(?<![\w'’-])(?:I|my|we|us|our|you|your|We|My|Our|You|Your)(?![\w'’-])")
_NAME_AFTER = re.compile(r" [A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_ENGLISH = re.compile(r"(?<!\w)(?:the|and)(?!\w)")
# Yiddish, told from Hebrew by the double letters and the pointed alef Hebrew prose does not print, and its
# "I", "we", "me" (which are Hebrew's "how" and a name).
_YIDDISH = re.compile("[\u05f0-\u05f2]|\u05d0[\u05b7\u05b8]")
_YIDDISH_PERSONAL = re.compile(r"(?<!\w)(?:איך|מיר|מיך)(?!\w)")


def personal_words(lines: Sequence[str]) -> int:
    """How many words of the first or second person the lines hold outside quotations."""
    told = [_QUOTED.sub(" ", line) for line in lines]
    count = sum(len(_PERSONAL.findall(line)) for line in told)
    if any(_ENGLISH.search(line) for line in told):
        count += sum(_english_personal(line) for line in told)
    if any(_YIDDISH.search(line) for line in told):
        count += sum(len(_YIDDISH_PERSONAL.findall(line)) for line in told)
    return count


def _english_personal(line: str) -> int:
    """English's first- and second-person words in ``line``, none in or after a name."""
    count = 0
    for match in _ENGLISH_PERSONAL.finditer(line):
        if _NAME_AFTER.match(line, match.end()):
            continue  # "Our Lady of Lourdes", "I Saw the Sea"
        if match.group() == "I" and _NAME_BEFORE.search(line, 0, match.start()):
            continue  # "World War I", "Elizabeth I"
        count += 1
    return count
