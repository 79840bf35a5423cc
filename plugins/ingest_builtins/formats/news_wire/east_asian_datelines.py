"""Chinese, Japanese and Korean agencies' datelines, run into the body's first sentence."""

from __future__ import annotations

import re

from ingest_builtins.formats.news_wire.dateline import Dateline

__all__ = ["EAST_ASIAN_STARTS", "east_asian_dateline"]

# Chinese, Japanese and Korean agencies open the body with the agency, place and day run together:
# "新华社宁波12月6日电（记者陈晓明）", "【ワシントン共同】", "(서울=연합뉴스) 홍길동 기자 =" (News1's
# and Newsis's too), and Yonhap's Japanese service "【ソウル聯合ニュース】".
_DATELINE = re.compile(
    r"[ \t]*(?:(?P<agency>新华社|新華社|中新社|中国新闻社|中央社|中評社|中评社)(?:记者|記者)?"
    r"(?P<place>[\u4e00-\u9fff]{1,12}?)"
    r"(?P<when>(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)(?:电|電|讯|訊)/?"
    r"(?:[ \t]*[（(](?:记者|記者|通讯员|通訊員)?[ \t]*(?P<names>[^）)\n]{1,60})[）)])?"
    # … Kyodo names its correspondent after an equals sign: "【リマ十四日共同=名波正晴】".
    r"|【(?P<jplace>[^】\s]{1,12}?)(?P<jagency>共同|時事|聯合ニュース)(?:=(?P<jnames>[^】\s]{2,12}))?】"
    r"|[(（](?P<kplace>[^=)）\s]{1,12})=(?P<kagency>연합뉴스|뉴스1|뉴시스)[)）]"
    r"(?:[ \t]*(?P<knames>[^=\n]{1,40}?)[ \t]*기자[ \t]*=)?)"
    r"[ \t]*"
)
_NAME_SEPARATORS = re.compile(r"[、，,;；\s]+|(?:记者|記者|通讯员|通訊員)")
#: The characters an East Asian dateline opens with.
EAST_ASIAN_STARTS = frozenset("新中【(（")


def east_asian_dateline(text: str, start: int, limit: int) -> Dateline | None:
    """A Chinese, Japanese or Korean agency's dateline, run into the first sentence of the body."""
    match = _DATELINE.match(text, start, limit)
    if match is None:
        return None
    names = match.group("names") or match.group("jnames") or match.group("knames") or ""
    return Dateline(
        match.end(),
        match.group("agency") or match.group("jagency") or match.group("kagency"),
        match.group("place") or match.group("jplace") or match.group("kplace"),
        authors=tuple(dict.fromkeys(name for name in _NAME_SEPARATORS.split(names) if name)),
    )
