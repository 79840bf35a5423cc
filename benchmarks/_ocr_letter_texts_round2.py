"""Round 2 of the OCR probes' typed texts: written after the rules were changed for round 1, scored blind."""

from __future__ import annotations

from typing import Any

__all__ = ["ROUND_2"]

ROUND_2: list[dict[str, Any]] = [
    {
        "name": "ul-ocr2-a45-700-s21900-identical-minister",
        "seed": 2101,
        "harm": {"dpi": 115, "blur": 1.0, "skew": 0.4, "speckle": 2000, "blots": 15},
        "stamp": "NOV 5 1990\nUN LIBRARY",
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/45/700",
            "S/21900",
            "2 November 1990",
            "",
            "ENGLISH",
            "ORIGINAL: SPANISH",
        ],
        "session_left": [
            "GENERAL ASSEMBLY",
            "Forty-fifth session",
            "Agenda item 34",
            "THE SITUATION IN CENTRAL AMERICA: THREATS TO",
            "INTERNATIONAL PEACE AND SECURITY AND PEACE",
            "INITIATIVES",
        ],
        "session_right": ["SECURITY COUNCIL", "Forty-fifth year"],
        "title": "Identical letters dated 30 October 1990 from the Minister for Foreign Affairs of Honduras "
        "addressed to the Secretary-General and to the President of the Security Council",
        "body": [
            "I have the honour to inform you that on 26 October 1990 the Presidents of the Central American "
            "countries, meeting at Puntarenas, adopted a declaration on the strengthening of peace and on "
            "the verification of the commitments undertaken under the Esquipulas II agreement.",
            "In that declaration the Presidents requested the United Nations to continue the work of its "
            "Observer Group in Central America and expressed their appreciation to the Secretary-General for "
            "the assistance he has given to the peace process in the region.",
            "The Government of Honduras reaffirms its resolve to fulfil in good faith every commitment "
            "it has undertaken and calls on all the Governments of the region to do likewise, so that the "
            "region may become a region of peace, freedom, democracy and development.",
            "I should be grateful if you would have the present letter circulated as an official document "
            "of the General Assembly, under agenda item 34, and of the Security Council.",
        ],
        "signature": [("(Signed) Mario CARIAS ZAPATA", 40), ("Minister for Foreign Affairs", 40)],
        "job": "90-29514 2211h (E)",
        "footnote": "",
        "symbols_head": ["A/45/700", "S/21900"],
    },
    {
        "name": "ul-ocr2-s23500-burkina-president-list",
        "seed": 2202,
        "harm": {"dpi": 105, "blur": 1.1, "skew": -0.5, "speckle": 2600},
        "masthead_organs": ["Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "S/23500",
            "31 January 1992",
            "ENGLISH",
            "ORIGINAL: FRENCH",
        ],
        "title": "Letter dated 29 January 1992 from the Charge d'affaires a.i. of the Permanent Mission of "
        "Burkina Faso to the United Nations addressed to the President of the Security Council",
        "body": [
            "Upon instructions from my Government, I have the honour to transmit to you the list of the "
            "measures taken by Burkina Faso in application of the resolutions of the Security Council "
            "concerning the embargo, as follows:",
            ("1.   The issue of export licences for the goods concerned has been suspended;", 0),
            ("", 0),
            ("2.   The customs services have received instructions to inspect all cargo;", 0),
            ("", 0),
            ("3.   The national airline has cancelled its flights to the territory concerned;", 0),
            ("", 0),
            ("4.   The assets of the companies concerned have been frozen.", 0),
            ("", 0),
            "My Government will continue to cooperate fully with the Committee established by the Council "
            "and will inform it of any further measure taken at the national level.",
            "I should be grateful if you would have this letter circulated as a document of the Security "
            "Council.",
        ],
        "signature": [
            ("(Signed) Gaetan R. OUEDRAOGO", 36),
            ("Ambassador", 36),
            ("Charge d'affaires a.i.", 36),
        ],
        "job": "92-04122 1744f (E)",
        "footnote": "",
        "symbols_head": ["S/23500"],
    },
    {
        "name": "ul-ocr2-a44-560-pga-two-annexes",
        "seed": 2303,
        "harm": {"dpi": 125, "blur": 0.9, "skew": 0.6, "speckle": 1500, "fade": 0.2},
        "masthead_organs": ["General Assembly"],
        "right_column": ["Distr.", "GENERAL", "", "A/44/560", "3 October 1989", "", "ORIGINAL: ENGLISH"],
        "session_left": [
            "Forty-fourth session",
            "Agenda items 12 and 86",
            "REPORT OF THE ECONOMIC AND SOCIAL COUNCIL",
            "OPERATIONAL ACTIVITIES FOR DEVELOPMENT",
        ],
        "title": "Letter dated 29 September 1989 from the Permanent Representative of Norway to the United "
        "Nations addressed to the President of the General Assembly",
        "body": [
            "On behalf of the Nordic countries, I have the honour to transmit herewith the statement adopted "
            "by the Nordic Ministers for Development Cooperation at their meeting in Bergen on "
            "14 September 1989 (annex I) and the summary of the Nordic project on the reform of the "
            "operational activities of the United Nations system (annex II).",
            "I should be grateful if you would have the present letter and its annexes circulated as an "
            "official document of the General Assembly, under agenda items 12 and 86.",
        ],
        "signature": [("(Signed) Martin HUSLID", 40), ("Permanent Representative", 40)],
        "annexes": [
            {
                "heading": [
                    "ANNEX I",
                    "",
                    "Statement adopted by the Nordic Ministers for",
                    "Development Cooperation",
                ],
                "body": [
                    "The Ministers stressed that the operational activities of the United Nations system "
                    "must respond to the priorities of the recipient countries and be integrated in their "
                    "national development plans.",
                    "They called for a simplification and harmonization of the procedures of the funds and "
                    "programmes, and for a greater use of national capacities in the execution of projects.",
                ],
            },
            {
                "heading": ["ANNEX II", "", "Summary of the Nordic project"],
                "body": [
                    "The project examined the funding, the governance and the field structures of the "
                    "operational activities, and proposes that the role of the resident coordinator be "
                    "strengthened in each country.",
                ],
            },
        ],
        "job": "89-23877 1298g (E)",
        "footnote": "",
        "symbols_head": ["A/44/560"],
    },
    {
        "name": "ul-ocr2-e1991-41-egypt-ecosoc",
        "seed": 2404,
        "harm": {"dpi": 100, "blur": 1.2, "skew": 0.9, "speckle": 3000, "blots": 25},
        "masthead_organs": ["Economic and Social Council"],
        "right_column": ["Distr.", "GENERAL", "", "E/1991/41", "2 May 1991", "", "ORIGINAL: ARABIC"],
        "session_left": ["First regular session of 1991", "Agenda item 9", "HUMAN RIGHTS QUESTIONS"],
        "title": "Letter dated 29 April 1991 from the Deputy Permanent Representative of Egypt to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to refer to the report submitted to the Council on the question of the "
            "rights of migrant workers and to inform you that the Government of Egypt has ratified the "
            "relevant conventions of the International Labour Organisation.",
            "I should be grateful if you would have the present letter circulated as an official document "
            "of the Economic and Social Council, under agenda item 9.",
        ],
        "signature": [("(Signed) Nabil ELARABY", 40), ("Deputy Permanent Representative", 40)],
        "job": "91-14023 0988c (E)",
        "footnote": "",
        "symbols_head": ["E/1991/41"],
    },
    {
        "name": "ul-ocr2-a46-120-s22600-three-pages",
        "seed": 2505,
        "harm": {"dpi": 120, "blur": 0.9, "skew": -0.3, "speckle": 1700},
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/46/120",
            "S/22600",
            "13 May 1991",
            "",
            "ENGLISH",
            "ORIGINAL: RUSSIAN",
        ],
        "session_left": [
            "GENERAL ASSEMBLY",
            "Forty-sixth session",
            "Items 24 and 51 of the",
            "preliminary list*",
            "QUESTION OF PEACE, STABILITY AND",
            "COOPERATION IN SOUTH-EAST ASIA",
        ],
        "session_right": ["SECURITY COUNCIL", "Forty-sixth year"],
        "title": "Letter dated 10 May 1991 from the Permanent Representative of the Union of Soviet "
        "Socialist Republics to the United Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to transmit herewith the text of the joint statement of the Ministers for "
            "Foreign Affairs of the Union of Soviet Socialist Republics and of the Republic of Indonesia, "
            "signed at Moscow on 6 May 1991.",
            "I should be grateful if you would have the present letter and its annex circulated as an "
            "official document of the General Assembly, under items 24 and 51 of the preliminary list, and "
            "of the Security Council.",
        ],
        "signature": [("(Signed) Y. VORONTSOV", 40)],
        "annexes": [
            {
                "heading": ["ANNEX", "", "Joint statement of the Ministers for Foreign Affairs"],
                "body": [
                    "The Ministers held an exchange of views on the situation in the Asia and Pacific "
                    "region and noted with satisfaction the progress achieved in the settlement of the "
                    "conflicts which have for many years hindered the development of the region.",
                    "They expressed the conviction that the process of confidence-building in the region "
                    "would be furthered by the establishment of zones of peace, freedom and neutrality, "
                    "and by the reduction of the military presence of the great Powers.",
                    "The Ministers reaffirmed their support for the efforts of the Secretary-General aimed "
                    "at a comprehensive political settlement in Cambodia and declared their readiness to "
                    "take part in the guarantees of such a settlement.",
                    "The two sides agreed that the development of economic relations between the States of "
                    "the region would serve as a solid basis for lasting peace, and decided to expand their "
                    "bilateral trade and to encourage direct contacts between their enterprises.",
                    "The Ministers agreed to hold regular consultations on questions of international "
                    "security and to continue their dialogue at the next session of the General Assembly.",
                    "They noted the importance of the work of the Conference on Disarmament and of the "
                    "negotiations on the reduction of armed forces, and expressed the hope that the "
                    "principles agreed upon in Europe would in time be applied in Asia as well.",
                ],
            },
        ],
        "job": "91-15622 2230a (E)",
        "footnote": "* A/46/50.",
        "symbols_head": ["A/46/120", "S/22600"],
    },
    {
        "name": "ul-ocr2-e-cn4-1990-70-observer",
        "seed": 2606,
        "harm": {"dpi": 110, "blur": 1.0, "skew": 0.5, "speckle": 2400},
        "stamp": "MAR 1 1990",
        "masthead_organs": ["Economic and Social Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "E/CN.4/1990/70",
            "26 February 1990",
            "",
            "ENGLISH",
            "Original: FRENCH",
        ],
        "session_left": ["COMMISSION ON HUMAN RIGHTS", "Forty-sixth session", "Agenda item 4"],
        "title": "Letter dated 22 February 1990 from the Permanent Observer of Switzerland to the United "
        "Nations Office at Geneva addressed to the Chairman of the Commission on Human Rights",
        "body": [
            "I have the honour to inform you that the Federal Council has decided to make a contribution of "
            "one million Swiss francs to the Voluntary Fund for Victims of Torture for the year 1990.",
            "I should be grateful if this letter could be circulated as an official document of the "
            "Commission on Human Rights, under agenda item 4.",
        ],
        "signature": [("(Signed) Jean-Daniel VIGNY", 36), ("Ambassador", 36), ("Permanent Observer", 36)],
        "job": "GE.90-10612/7745B",
        "footnote": "",
        "symbols_head": ["E/CN.4/1990/70"],
    },
    {
        "name": "nv-ocr2-a44-330-philippines",
        "seed": 2707,
        "harm": {"dpi": 115, "blur": 1.0, "skew": -0.7, "speckle": 2100, "blots": 10},
        "masthead_organs": ["General Assembly"],
        "right_column": ["Distr.", "GENERAL", "", "A/44/330", "20 June 1989", "", "ORIGINAL: ENGLISH"],
        "session_left": [
            "Forty-fourth session",
            "Item 12 of the preliminary list*",
            "REPORT OF THE ECONOMIC AND SOCIAL COUNCIL",
        ],
        "title": "Note verbale dated 16 June 1989 from the Permanent Mission of the Philippines to the "
        "United Nations addressed to the Secretary-General",
        "body": [
            "The Permanent Mission of the Philippines to the United Nations presents its compliments to the "
            "Secretary-General of the United Nations and has the honour to transmit herewith the report of "
            "the Asian regional meeting on the advancement of women, held at Manila from 5 to 9 June 1989.",
            "The Permanent Mission would be grateful if the present note and its annex could be circulated "
            "as an official document of the General Assembly, under item 12 of the preliminary list.",
            "The Permanent Mission of the Philippines avails itself of this opportunity to renew to the "
            "Secretary-General the assurances of its highest consideration.",
        ],
        "signature": [],
        "annexes": [
            {
                "heading": ["ANNEX", "", "Report of the Asian regional meeting on the advancement of women"],
                "body": [
                    "The meeting was attended by representatives of fourteen countries of the region and of "
                    "the regional commission, and examined the implementation of the Nairobi Forward-looking "
                    "Strategies in the fields of employment, health and education.",
                ],
            },
        ],
        "job": "89-15230 0417d (E)",
        "footnote": "* A/44/50.",
        "symbols_head": ["A/44/330"],
    },
    {
        "name": "nv-ocr2-s21700-jordan-council",
        "seed": 2808,
        "harm": {"dpi": 105, "blur": 1.1, "skew": 0.8, "speckle": 2800},
        "stamp": "SEP 4 1990",
        "masthead_organs": ["Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "S/21700",
            "4 September 1990",
            "ENGLISH",
            "ORIGINAL: ARABIC",
        ],
        "title": "Note verbale dated 3 September 1990 from the Permanent Mission of Jordan to the United "
        "Nations addressed to the President of the Security Council",
        "body": [
            "The Permanent Mission of the Hashemite Kingdom of Jordan to the United Nations presents its "
            "compliments to the President of the Security Council and has the honour to inform him that "
            "more than one hundred and fifty thousand persons have crossed into Jordan since 2 August 1990.",
            "The Permanent Mission requests that the present note be circulated as a document of the "
            "Security Council.",
            "The Permanent Mission of the Hashemite Kingdom of Jordan avails itself of this opportunity to "
            "renew to the President of the Security Council the assurances of its highest consideration.",
        ],
        "signature": [],
        "job": "90-21866 1370e (E)",
        "footnote": "",
        "symbols_head": ["S/21700"],
    },
]
