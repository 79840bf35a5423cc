"""Round 3 of the OCR probes' typed texts: written after the round-2 fixes, scored blind."""

from __future__ import annotations

from typing import Any

__all__ = ["ROUND_3"]

_LONG = [
    "The Government of Mongolia has followed with great attention the deliberations of the Conference on "
    "Disarmament on the question of security assurances to non-nuclear-weapon States, and wishes to "
    "contribute to them the views set out below.",
    "Mongolia, which has no nuclear weapons and no foreign troops on its territory, considers that the "
    "States which possess nuclear weapons should undertake, in a legally binding instrument, never to "
    "use or threaten to use such weapons against States which do not possess them.",
    "Such an undertaking would strengthen the regime of non-proliferation, would encourage the creation "
    "of zones free of nuclear weapons and would contribute to confidence among States of every region, "
    "large and small alike.",
    "My Government is ready to take part in any negotiation to that end and to host, in Ulaanbaatar, a "
    "regional meeting of experts on the question in the course of next year, with the assistance of the "
    "Department for Disarmament Affairs.",
    "It also considers that the States of the region should consult one another regularly on the "
    "measures which could reduce tension and build confidence, and that the United Nations could play "
    "a useful part in such consultations.",
]

ROUND_3: list[dict[str, Any]] = [
    {
        "name": "ul-ocr3-a47-290-mongolia-three-items",
        "seed": 3101,
        "harm": {"dpi": 100, "blur": 1.1, "skew": 0.6, "speckle": 2800, "blots": 20},
        "stamp": "AUG 12 1992",
        "masthead_organs": ["General Assembly"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/47/290",
            "10 August 1992",
            "ENGLISH",
            "ORIGINAL: RUSSIAN",
        ],
        "session_left": [
            "Forty-seventh session",
            "Items 60, 62 and 69 of the",
            "preliminary list*",
            "GENERAL AND COMPLETE DISARMAMENT",
        ],
        "title": "Letter dated 6 August 1992 from the Permanent Representative of Mongolia to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            *_LONG,
            *_LONG[:2],
            "I should be grateful if you would have the present letter circulated as an official "
            "document of the General Assembly, under items 60, 62 and 69 of the preliminary list.",
        ],
        "signature": [("(Signed) Jargalsaikhany ENKHSAIKHAN", 36), ("Permanent Representative", 36)],
        "job": "92-35411 2290d (E)",
        "footnote": "* A/47/50.",
        "symbols_head": ["A/47/290"],
    },
    {
        "name": "ul-ocr3-s21500-malta-enclosure",
        "seed": 3202,
        "harm": {"dpi": 130, "blur": 0.8, "skew": -0.4, "speckle": 1200},
        "masthead_organs": ["Security Council"],
        "right_column": ["Distr.", "GENERAL", "", "S/21500", "14 August 1990", "", "ORIGINAL: ENGLISH"],
        "title": "Letter dated 13 August 1990 from the Permanent Representative of Malta to the United "
        "Nations addressed to the President of the Security Council",
        "body": [
            "I have the honour to enclose a statement by the Prime Minister of Malta on the situation in "
            "the Gulf region, delivered on 12 August 1990.",
            "I should be grateful if the present letter and its enclosure could be circulated as a "
            "document of the Security Council.",
        ],
        "signature": [
            ("(Signed) Alexander BORG OLIVIER", 40),
            ("Ambassador", 40),
            ("Permanent Representative", 40),
        ],
        "annexes": [
            {
                "heading": ["Enclosure", "", "Statement by the Prime Minister of Malta"],
                "body": [
                    "Malta condemns the invasion of a sovereign State and its occupation, and calls for "
                    "the immediate and unconditional withdrawal of the forces concerned.",
                    "Malta will apply the measures decided by the Security Council and appeals to all the "
                    "parties to seek a peaceful solution through dialogue.",
                ],
            },
        ],
        "job": "90-19320 1522g (E)",
        "footnote": "",
        "symbols_head": ["S/21500"],
    },
    {
        "name": "ul-ocr3-a45-990-s22400-peru-deputy",
        "seed": 3303,
        "harm": {"dpi": 110, "blur": 1.0, "skew": 1.0, "speckle": 2200, "fade": 0.2},
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/45/990",
            "S/22400",
            "28 March 1991",
            "ENGLISH",
            "ORIGINAL: SPANISH",
        ],
        "session_left": [
            "GENERAL ASSEMBLY",
            "Forty-fifth session",
            "Agenda items 23, 35 and 75",
            "QUESTION OF PALESTINE",
        ],
        "session_right": ["SECURITY COUNCIL", "Forty-sixth year"],
        "title": "Letter dated 26 March 1991 from the Deputy Permanent Representative of Peru to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "Upon instructions from my Government, I have the honour to transmit to you the text of the "
            "communique issued on 25 March 1991 by the Ministry of Foreign Affairs of Peru.",
            "I should be grateful if you would have the present letter and its annex circulated as an "
            "official document of the General Assembly, under agenda items 23, 35 and 75, and of the "
            "Security Council.",
        ],
        "signature": [
            ("(Signed) Fernando GUILLEN", 40),
            ("Ambassador", 40),
            ("Deputy Permanent Representative", 40),
            ("Charge d'affaires a.i.", 40),
        ],
        "annexes": [
            {
                "heading": ["Annex", "", "Communique issued by the Ministry of Foreign Affairs of Peru"],
                "body": [
                    "The Government of Peru expresses its concern at the situation in the occupied "
                    "territories and reiterates its support for a just and lasting settlement on the "
                    "basis of the relevant resolutions of the United Nations.",
                ],
            },
        ],
        "job": "91-10233 1877b (E)",
        "footnote": "",
        "symbols_head": ["A/45/990", "S/22400"],
    },
    {
        "name": "nv-ocr3-a46-80-austria-sg",
        "seed": 3404,
        "harm": {"dpi": 120, "blur": 0.9, "skew": 0.3, "speckle": 1800, "blots": 12},
        "stamp": "MAR 6 1991",
        "masthead_organs": ["General Assembly"],
        "right_column": ["Distr.", "GENERAL", "", "A/46/80", "5 March 1991", "", "ORIGINAL: ENGLISH"],
        "session_left": [
            "Forty-sixth session",
            "Item 97 of the preliminary list*",
            "INTERNATIONAL DRUG CONTROL",
        ],
        "title": "Note verbale dated 1 March 1991 from the Permanent Mission of Austria to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "The Permanent Mission of Austria to the United Nations presents its compliments to the "
            "Secretary-General and has the honour to inform him that Austria will host an international "
            "meeting on the prevention of drug abuse at Vienna from 3 to 7 June 1991.",
            "The Permanent Mission would be grateful if the present note could be circulated as an "
            "official document of the General Assembly, under item 97 of the preliminary list.",
            "The Permanent Mission of Austria avails itself of this opportunity to renew to the "
            "Secretary-General the assurances of its highest consideration.",
        ],
        "signature": [],
        "job": "91-07281 0733a (E)",
        "footnote": "* A/46/50.",
        "symbols_head": ["A/46/80"],
    },
]
