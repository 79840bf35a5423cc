"""Round 4 of the OCR probes' typed texts: written after the round-3 fixes, scored blind."""

from __future__ import annotations

from typing import Any

__all__ = ["ROUND_4"]

ROUND_4: list[dict[str, Any]] = [
    {
        "name": "ul-ocr4-a46-415-zimbabwe-communique",
        "seed": 4101,
        "harm": {"dpi": 115, "blur": 0.9, "skew": -0.7, "speckle": 2000, "blots": 10},
        "masthead_organs": ["General Assembly"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/46/415",
            "5 September 1991",
            "",
            "ORIGINAL: ENGLISH",
        ],
        "session_left": [
            "Forty-sixth session",
            "Items 33 and 86 of the",
            "provisional agenda*",
            "POLICIES OF APARTHEID OF THE",
            "GOVERNMENT OF SOUTH AFRICA",
            "",
            "OPERATIONAL ACTIVITIES FOR",
            "DEVELOPMENT",
        ],
        "title": "Letter dated 3 September 1991 from the Permanent Representative of Zimbabwe to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to transmit herewith the text of the final communique of the meeting of "
            "Ministers for Foreign Affairs of the Front-line States, held at Harare on 29 and 30 August "
            "1991.",
            "I should be grateful if you would have the present letter and its annex circulated as an "
            "official document of the General Assembly, under items 33 and 86 of the provisional agenda.",
        ],
        "signature": [("(Signed) Tendai MAKONI", 40), ("Ambassador", 40), ("Permanent Representative", 40)],
        "annexes": [
            {
                "heading": [
                    "ANNEX",
                    "",
                    "Final communique of the meeting of Ministers for Foreign",
                    "Affairs of the Front-line States, Harare, 30 August 1991",
                ],
                "body": [
                    "The Ministers for Foreign Affairs of the Front-line States met at Harare on 29 and 30 "
                    "August 1991 to review the situation in southern Africa and the progress of the "
                    "negotiations towards a democratic and non-racial constitution.",
                    "The Ministers welcomed the steps already taken and called on the international "
                    "community to maintain its pressure until change is profound and irreversible.",
                    "They also reviewed the economic situation of the subregion and appealed to the "
                    "organizations of the United Nations system to increase their assistance to the "
                    "programmes of rehabilitation and development of the Front-line States.",
                ],
            },
        ],
        "job": "91-29877 2114c (E)",
        "footnote": "* A/46/150.",
        "symbols_head": ["A/46/415"],
    },
    {
        "name": "ul-ocr4-s20680-lao-long-title",
        "seed": 4202,
        "harm": {"dpi": 95, "blur": 1.0, "skew": 0.9, "speckle": 1500, "fade": 0.15},
        "stamp": "JUN 23 1989",
        "masthead_organs": ["Security Council"],
        "right_column": ["Distr.", "GENERAL", "", "S/20680", "22 June 1989", "ENGLISH", "ORIGINAL: FRENCH"],
        "title": "Letter dated 20 June 1989 from the Charge d'affaires a.i. of the Permanent Mission of the "
        "Lao People's Democratic Republic to the United Nations addressed to the President of the Security "
        "Council",
        "body": [
            "On instructions from my Government, I have the honour to inform you that on 14 June 1989 "
            "armed groups coming from across the border attacked two villages in the province of Sayaboury, "
            "killing five civilians and destroying a school and a dispensary.",
            "My Government, which remains attached to good-neighbourly relations, calls for an end to such "
            "acts and reaffirms its readiness to settle every question by peaceful means.",
            "I should be grateful if you would have the present letter circulated as a document of the "
            "Security Council.",
        ],
        "signature": [
            ("(Signed) Khamphanh VONGSAVATH", 36),
            ("Charge d'affaires a.i.", 36),
        ],
        "job": "89-15407 0612f (E)",
        "footnote": "",
        "symbols_head": ["S/20680"],
    },
    {
        "name": "nv-ocr4-a43-712-finland-sg",
        "seed": 4303,
        "harm": {"dpi": 105, "blur": 1.2, "skew": -0.3, "speckle": 2600, "blots": 16},
        "masthead_organs": ["General Assembly"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/43/712",
            "14 October 1988",
            "ENGLISH",
            "ORIGINAL: ENGLISH",
        ],
        "session_left": [
            "Forty-third session",
            "Agenda item 12",
            "REPORT OF THE ECONOMIC AND",
            "SOCIAL COUNCIL",
        ],
        "title": "Note verbale dated 11 October 1988 from the Permanent Mission of Finland to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "The Permanent Mission of Finland to the United Nations presents its compliments to the "
            "Secretary-General of the United Nations and has the honour to inform him that the Government "
            "of Finland has decided to contribute the sum of 2 million markkaa to the United Nations "
            "Voluntary Fund for the Decade for Women for the year 1989.",
            "The Permanent Mission has further the honour to request that the present note be circulated "
            "as an official document of the General Assembly, under agenda item 12.",
            "The Permanent Mission of Finland avails itself of this opportunity to renew to the "
            "Secretary-General of the United Nations the assurances of its highest consideration.",
        ],
        "signature": [],
        "job": "88-25564 1809h (E)",
        "footnote": "",
        "symbols_head": ["A/43/712"],
    },
    {
        "name": "ul-ocr4-e1989-66-bangladesh-ecosoc",
        "seed": 4404,
        "harm": {"dpi": 125, "blur": 0.7, "skew": 0.4, "speckle": 1000, "blots": 6},
        "stamp": "MAY 19 1989",
        "masthead_organs": ["Economic and Social Council"],
        "right_column": ["Distr.", "GENERAL", "", "E/1989/66", "17 May 1989", "", "ORIGINAL: ENGLISH"],
        "session_left": [
            "First regular session of 1989",
            "Agenda item 8",
            "SOCIAL DEVELOPMENT",
        ],
        "title": "Letter dated 12 May 1989 from the Permanent Representative of Bangladesh to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to transmit herewith the text of the declaration adopted by the regional "
            "seminar on the role of rural women in development, held at Dhaka from 2 to 5 May 1989.",
            "I should be grateful if you would have the present letter and its annex circulated as an "
            "official document of the Economic and Social Council, under agenda item 8.",
        ],
        "signature": [("(Signed) Rashid KABIR", 38), ("Permanent Representative", 38)],
        "annexes": [
            {
                "heading": ["ANNEX", "", "Dhaka Declaration on Rural Women and Development"],
                "body": [
                    "The participants in the regional seminar recognize that rural women carry a large "
                    "share of the work of food production and of the care of families, and that their "
                    "access to credit, land and training remains limited.",
                    "They call upon Governments to take account of the needs of rural women in national "
                    "plans and upon the United Nations system to support programmes which serve them.",
                ],
            },
        ],
        "job": "89-13208 1440b (E)",
        "footnote": "",
        "symbols_head": ["E/1989/66"],
    },
    {
        "name": "ul-ocr4-a47-508-senegal-french",
        "seed": 4505,
        "harm": {"dpi": 120, "blur": 0.9, "skew": 0.5, "speckle": 1600, "blots": 8},
        "masthead_name": ["NATIONS", "UNIES"],
        "masthead_organs": ["Assemblée générale"],
        "right_column": [
            "Distr.",
            "GENERALE",
            "",
            "A/47/508",
            "9 octobre 1992",
            "FRANCAIS",
            "ORIGINAL : FRANCAIS",
        ],
        "session_left": [
            "Quarante-septième session",
            "Point 97 de l'ordre du jour",
            "ELIMINATION DU RACISME ET DE LA",
            "DISCRIMINATION RACIALE",
        ],
        "title": "Lettre datée du 6 octobre 1992, adressée au Secrétaire général par le Représentant "
        "permanent du Sénégal auprès de l'Organisation des Nations Unies",
        "body": [
            "J'ai l'honneur de vous faire tenir ci-joint le texte de la déclaration adoptée à Dakar le "
            "2 octobre 1992 par le colloque régional sur la lutte contre le racisme et la discrimination "
            "raciale en Afrique de l'Ouest.",
            "Je vous serais obligé de bien vouloir faire distribuer le texte de la présente lettre et de son "
            "annexe comme document officiel de l'Assemblée générale, au titre du point 97 de l'ordre du "
            "jour.",
        ],
        "signature": [
            ("Le Représentant permanent,", 36),
            ("(Signé) Amadou Lamine NDIAYE", 36),
        ],
        "annexes": [
            {
                "heading": ["ANNEXE", "", "Déclaration de Dakar sur la lutte contre le racisme"],
                "body": [
                    "Les participants au colloque régional réaffirment que toute doctrine de supériorité "
                    "fondée sur la différenciation raciale est scientifiquement fausse, moralement "
                    "condamnable et socialement injuste.",
                    "Ils invitent les Etats de la région à adhérer aux instruments internationaux en la "
                    "matière et à renforcer l'enseignement des droits de l'homme dans les écoles.",
                ],
            },
        ],
        "job": "92-45517 2733e (F)",
        "footnote": "",
        "symbols_head": ["A/47/508"],
        "head_language": "Français",
    },
]
