"""The typed text of the OCR probes: invented letters and notes of the kinds the UN circulated, 1985-1995."""

from __future__ import annotations

from typing import Any

__all__ = ["DOCUMENTS"]

_CIRCULATE = (
    "I should be grateful if you would have the present letter{annex} circulated as an official document of "
    "{where}."
)

DOCUMENTS: list[dict[str, Any]] = [
    {
        "name": "ul-ocr-a44-871-s21051-cyprus",
        "seed": 101,
        "harm": {"dpi": 125, "blur": 0.9, "skew": 0.2, "speckle": 1500},
        "stamp": "UN LIBRARY\nJAN 19 1990",
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/44/871",
            "S/21051",
            "16 January 1990",
            "",
            "ORIGINAL: ENGLISH",
        ],
        "session_left": ["GENERAL ASSEMBLY", "Forty-fourth session", "Agenda item 38", "QUESTION OF CYPRUS"],
        "session_right": ["SECURITY COUNCIL", "Forty-fifth year"],
        "title": "Letter dated 12 January 1990 from the Charge d'affaires a.i. of the Permanent Mission "
        "of Cyprus to the United Nations addressed to the Secretary-General",
        "body": [
            "Upon instructions from my Government, I have the honour to bring to your attention "
            "a further series of violations of the air space of the Republic of Cyprus which took place "
            "between 2 and 9 January 1990, as set out in the annex to the present letter.",
            "These violations, which are in clear contravention of the relevant resolutions of the "
            "Security Council, have caused serious concern to the population of the island and to the "
            "Government of the Republic, which has repeatedly drawn attention to their dangerous nature.",
            "My Government once again calls upon all parties concerned to refrain from any action "
            "which might increase tension in the area and to cooperate fully with the efforts of the "
            "Secretary-General under his mission of good offices.",
            _CIRCULATE.format(
                annex=" and its annex",
                where="the General Assembly, under agenda item 38, and of the Security Council",
            ),
        ],
        "signature": [("(Signed) Andreas PHOTIADES", 40), ("Charge d'affaires a.i.", 40)],
        "annexes": [
            {
                "heading": [
                    "ANNEX",
                    "",
                    "List of violations of the air space of the Republic of Cyprus",
                    "from 2 to 9 January 1990",
                ],
                "body": [
                    "On 2 January 1990, two military aircraft entered the Nicosia flight information region "
                    "without prior notice and flew over the southern coast for about twenty minutes.",
                    "On 5 January 1990, one military helicopter flew over the buffer zone near the village "
                    "of Deneia and returned northwards after ten minutes.",
                    "On 9 January 1990, four military aircraft violated the air space of the Republic over "
                    "the Karpass peninsula and the area of Famagusta at low altitude.",
                ],
            }
        ],
        "job": "90-01187 0931e (E)",
        "footnote": "",
        "symbols_head": ["A/44/871", "S/21051"],
    },
    {
        "name": "ul-ocr-s22114-kuwait-president",
        "seed": 202,
        "harm": {"dpi": 110, "blur": 1.0, "skew": -0.3, "speckle": 2500, "blots": 40},
        "masthead_organs": ["Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "S/22114",
            "22 January 1991",
            "ENGLISH",
            "ORIGINAL: ARABIC",
        ],
        "title": "Letter dated 21 January 1991 from the Permanent Representative of Kuwait to the "
        "United Nations addressed to the President of the Security Council",
        "body": [
            "On instructions from my Government, I have the honour to inform you that the occupation "
            "authorities have continued to remove the contents of public libraries, hospitals and "
            "schools in Kuwait and to transport them out of the country during the past two weeks.",
            "The records of the civil registry, the archives of the ministries and the collections of "
            "the national museum have been removed in their entirety, in flagrant violation of the "
            "Fourth Geneva Convention of 1949 and of the resolutions of the Security Council.",
            "During the same period, more than three hundred persons were arrested in the districts of "
            "Jabriya, Rumaithiya and Salwa. Their families have received no information on their place "
            "of detention, and the humanitarian organizations have been refused access to them.",
            "The occupation authorities have also continued to alter the population records of the "
            "country, issuing new identity papers to persons brought in from outside and destroying "
            "the files of Kuwaiti citizens, with the aim of changing the demographic character of "
            "Kuwait.",
            "Many of the buildings of the ministries and of the University of Kuwait have been "
            "stripped of their equipment, and the water and electricity networks of several districts "
            "have been deliberately damaged, to the detriment of the civilian population which "
            "remains in the country.",
            "My Government holds the occupying authorities fully responsible for these acts and "
            "reserves its right to claim compensation for all the losses incurred.",
            "I should be grateful if you would have the text of this letter circulated as a document "
            "of the Security Council.",
        ],
        "signature": [("(Signed) Mohammad A. ABULHASAN", 36), ("Permanent Representative", 36)],
        "job": "91-02240 2201c (E)",
        "footnote": "",
        "symbols_head": ["S/22114"],
    },
    {
        "name": "ul-ocr-a46-312-mexico-annex",
        "seed": 303,
        "harm": {"dpi": 130, "blur": 0.7, "skew": 0.3, "speckle": 900, "fade": 0.25},
        "stamp": "JUL 24 1991\nUN/SA COLLECTION",
        "masthead_organs": ["General Assembly"],
        "right_column": ["Distr.", "GENERAL", "", "A/46/312", "22 July 1991", "ENGLISH", "ORIGINAL: SPANISH"],
        "session_left": [
            "Forty-sixth session",
            "Item 72 of the preliminary list*",
            "GENERAL AND COMPLETE DISARMAMENT",
        ],
        "title": "Letter dated 18 July 1991 from the Permanent Representative of Mexico to the "
        "United Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to transmit to you herewith the text of the declaration adopted by the "
            "Ministers for Foreign Affairs of the States members of the regional consultation "
            "mechanism at their meeting held in Oaxaca on 12 and 13 July 1991.",
            "The declaration reaffirms the commitment of the countries of the region to the complete "
            "prohibition of nuclear weapons and to the strengthening of the regime established by the "
            "Treaty of Tlatelolco.",
            _CIRCULATE.format(
                annex=" and its annex", where="the General Assembly, under item 72 of the preliminary list"
            ),
        ],
        "signature": [("(Signed) Jorge MONTANO", 40), ("Ambassador", 40), ("Permanent Representative", 40)],
        "annexes": [
            {
                "heading": ["ANNEX", "", "Declaration of Oaxaca on the prohibition of nuclear weapons"],
                "body": [
                    "The Ministers for Foreign Affairs, meeting in Oaxaca on 12 and 13 July 1991, recall the "
                    "contribution of the region to the cause of disarmament and to the creation of the first "
                    "zone free of nuclear weapons in a densely populated area.",
                    "They express their conviction that the complete elimination of nuclear weapons remains "
                    "the only guarantee against their use, and urge all nuclear-weapon States to agree on a "
                    "comprehensive ban on nuclear-weapon tests without further delay.",
                    "They agree to meet again in the course of next year to review the progress achieved.",
                ],
            }
        ],
        "job": "91-23304 2487f (E)",
        "footnote": "* A/46/50/Rev.1.",
        "symbols_head": ["A/46/312"],
    },
    {
        "name": "ul-ocr-e1990-87-austria-ecosoc",
        "seed": 404,
        "harm": {"dpi": 115, "blur": 0.9, "skew": 1.1, "speckle": 1800},
        "masthead_organs": ["Economic and Social Council"],
        "right_column": ["Distr.", "GENERAL", "", "E/1990/87", "8 June 1990", "", "ORIGINAL: ENGLISH"],
        "session_left": [
            "Second regular session of 1990",
            "Item 3 of the provisional agenda*",
            "GENERAL DISCUSSION OF INTERNATIONAL",
            "ECONOMIC AND SOCIAL POLICY",
        ],
        "title": "Letter dated 5 June 1990 from the Permanent Representative of Austria to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to inform you that the Government of Austria will host an expert "
            "meeting on the economic consequences of the ageing of populations in Vienna from 10 to "
            "14 September 1990.",
            "The meeting will bring together experts from Governments, the specialized agencies and "
            "the regional commissions, and its conclusions will be made available to the Council at "
            "its next regular session.",
            "I should be grateful if you would have this letter circulated as a document of the "
            "Economic and Social Council, under item 3 of the provisional agenda.",
        ],
        "signature": [
            ("(Signed) Peter HOHENFELLNER", 40),
            ("Ambassador", 40),
            ("Permanent Representative", 40),
        ],
        "job": "90-14562 1120d (E)",
        "footnote": "* E/1990/100.",
        "symbols_head": ["E/1990/87"],
    },
    {
        "name": "ul-ocr-e-cn4-1991-61-srilanka",
        "seed": 505,
        "harm": {"dpi": 105, "blur": 1.1, "skew": -0.4, "speckle": 3000, "blots": 30},
        "stamp": "UNITED NATIONS\nFEB 1991",
        "masthead_organs": ["Economic and Social Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "E/CN.4/1991/61",
            "14 February 1991",
            "",
            "Original: ENGLISH",
        ],
        "session_left": ["COMMISSION ON HUMAN RIGHTS", "Forty-seventh session", "Agenda item 12"],
        "title": "Letter dated 11 February 1991 from the Permanent Representative of Sri Lanka to the "
        "United Nations Office at Geneva addressed to the Chairman of the Commission on Human Rights",
        "body": [
            "I have the honour to refer to the report of the Working Group on Enforced or Involuntary "
            "Disappearances and to convey to you the observations of my Government on the cases it "
            "transmitted during the past year.",
            "My Government has established a presidential commission of inquiry, which has received "
            "more than four hundred complaints and has already clarified the fate of a large number "
            "of the persons concerned. Its findings are being made available to the families.",
            "The commission is empowered to summon witnesses, to enter any place of detention and to "
            "examine any document it considers relevant. It has held public sittings in each of the "
            "provinces concerned, and its interim report was presented to Parliament in January 1991.",
            "In addition, a human rights task force was set up to register all persons held under the "
            "emergency regulations, to inform their families of their whereabouts and to monitor "
            "their welfare. The task force has registered more than seven thousand detainees and has "
            "offices in every district.",
            "The Government of Sri Lanka will continue to cooperate with the Working Group and to "
            "provide it with all the information at its disposal.",
            "I should be grateful if this letter could be circulated as an official document of the "
            "forty-seventh session of the Commission on Human Rights, under agenda item 12.",
        ],
        "signature": [
            ("(Signed) H. M. G. S. PALIHAKKARA", 36),
            ("Ambassador", 36),
            ("Permanent Representative", 36),
        ],
        "job": "GE.91-10388/2965B",
        "footnote": "",
        "symbols_head": ["E/CN.4/1991/61"],
    },
    {
        "name": "ul-ocr-a45-563-s21822-korea-observer",
        "seed": 606,
        "harm": {"dpi": 120, "blur": 0.8, "skew": 0.8, "speckle": 1200},
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/45/563",
            "S/21822",
            "1 October 1990",
            "",
            "ORIGINAL: ENGLISH",
        ],
        "session_left": [
            "GENERAL ASSEMBLY",
            "Forty-fifth session",
            "Agenda items 36 and 57",
            "THE SITUATION IN THE MIDDLE EAST",
            "GENERAL AND COMPLETE DISARMAMENT",
        ],
        "session_right": ["SECURITY COUNCIL", "Forty-fifth year"],
        "title": "Letter dated 28 September 1990 from the Permanent Observer of the Republic of Korea "
        "to the United Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to transmit herewith a statement issued on 27 September 1990 by the "
            "spokesman of the Ministry of Foreign Affairs of the Republic of Korea concerning the "
            "crisis in the Gulf region.",
            _CIRCULATE.format(
                annex=" and its annex",
                where="the General Assembly, under agenda items 36 and 57, and of the Security Council",
            ),
        ],
        "signature": [("(Signed) HYUN Hong-choo", 40), ("Ambassador", 40), ("Permanent Observer", 40)],
        "annexes": [
            {
                "heading": [
                    "ANNEX",
                    "",
                    "Statement issued on 27 September 1990 by the spokesman",
                    "of the Ministry of Foreign Affairs",
                ],
                "body": [
                    "The Government of the Republic of Korea supports fully the resolutions adopted by the "
                    "Security Council since 2 August 1990 and will continue to apply strictly the measures "
                    "they call for.",
                    "The Government has decided to make an additional contribution to the countries most "
                    "affected by the application of those measures, and to provide medical teams to the "
                    "region as a humanitarian gesture.",
                    "The Government expresses the hope that the crisis will be resolved peacefully and "
                    "without delay, in accordance with the Charter of the United Nations.",
                ],
            }
        ],
        "job": "90-25117 2266j (E)",
        "footnote": "",
        "symbols_head": ["A/45/563", "S/21822"],
    },
    {
        "name": "ul-ocr-s20866-chad-deputy",
        "seed": 707,
        "harm": {"dpi": 110, "blur": 1.2, "skew": -1.2, "speckle": 2200, "fade": 0.15},
        "stamp": "SEP 29 1989",
        "masthead_organs": ["Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "S/20866",
            "27 September 1989",
            "ENGLISH",
            "ORIGINAL: FRENCH",
        ],
        "title": "Letter dated 25 September 1989 from the Deputy Permanent Representative of Chad to the "
        "United Nations addressed to the President of the Security Council",
        "body": [
            "On instructions from my Government, I have the honour to transmit to you herewith the "
            "text of a communique issued on 23 September 1989 by the Ministry of Foreign Affairs and "
            "Cooperation of the Republic of Chad.",
            "I should be grateful if you would have the text of this letter and its annex circulated "
            "as a document of the Security Council.",
        ],
        "signature": [
            ("(Signed) Mahamat Ali ADOUM", 36),
            ("Deputy Permanent Representative", 36),
            ("Charge d'affaires a.i.", 36),
        ],
        "annexes": [
            {
                "heading": [
                    "ANNEX",
                    "",
                    "Communique issued on 23 September 1989 by the Ministry",
                    "of Foreign Affairs and Cooperation",
                ],
                "body": [
                    "The Government of the Republic of Chad has learned with concern of new movements of "
                    "troops and equipment in the border area, reported by the inhabitants of several "
                    "villages during the past week.",
                    "Faithful to its commitment to the peaceful settlement of disputes, the Government "
                    "reaffirms its attachment to the framework agreement concluded under the auspices of the "
                    "Organization of African Unity and calls on the other party to respect it.",
                ],
            }
        ],
        "job": "89-23415 1902b (E)",
        "footnote": "",
        "symbols_head": ["S/20866"],
    },
    {
        "name": "ul-ocr-a46-687-s23223-vietnam",
        "seed": 808,
        "harm": {"dpi": 140, "blur": 0.7, "skew": 0.4, "speckle": 700},
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/46/687",
            "S/23223",
            "18 November 1991",
            "ENGLISH",
            "ORIGINAL: FRENCH",
        ],
        "session_left": [
            "GENERAL ASSEMBLY",
            "Forty-sixth session",
            "Agenda item 24",
            "THE SITUATION IN CAMBODIA",
        ],
        "session_right": ["SECURITY COUNCIL", "Forty-sixth year"],
        "title": "Letter dated 14 November 1991 from the Permanent Representative of Viet Nam to the "
        "United Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to inform you that the Government of the Socialist Republic of Viet Nam "
            "welcomes the signing in Paris on 23 October 1991 of the agreements on a comprehensive "
            "political settlement of the Cambodia conflict.",
            "The Government of Viet Nam will respect the provisions of the agreements which concern it "
            "and is ready to cooperate with the United Nations and all the parties concerned in their "
            "implementation, in the interest of peace and stability in South-East Asia.",
            "Viet Nam also hopes that the agreements will open the way to the normalization of its "
            "relations with all the countries of the region, on the basis of respect for independence, "
            "sovereignty and territorial integrity and of non-interference in internal affairs.",
            "The Government of Viet Nam believes that the repatriation of refugees and displaced "
            "persons should proceed in conditions of safety and dignity, with the assistance of the "
            "international community and of the competent agencies of the United Nations system.",
            "The Government of Viet Nam recalls that it completed the withdrawal of all its forces from "
            "Cambodia in September 1989 and that it has since taken part constructively in every stage "
            "of the negotiations, including the meetings held in Jakarta, Tokyo and Pattaya.",
            "It considers that the Supreme National Council, as the unique legitimate body and source of "
            "authority embodying the independence and sovereignty of Cambodia, should be supported by "
            "all States in the discharge of its responsibilities during the transitional period.",
            "My Government is prepared to contribute to the work of the United Nations Transitional "
            "Authority and to the reconstruction of Cambodia, and expresses its readiness to take "
            "part in the international conference to be held for that purpose early next year.",
            "I should be grateful if you would have the text of this letter circulated as an official "
            "document of the General Assembly, under agenda item 24, and of the Security Council.",
        ],
        "signature": [("(Signed) TRINH Xuan Lang", 40), ("Ambassador", 40), ("Permanent Representative", 40)],
        "job": "91-40322 2714a (E)",
        "footnote": "",
        "symbols_head": ["A/46/687", "S/23223"],
    },
    {
        "name": "ul-ocr-a41-678-nepal",
        "seed": 909,
        "harm": {"dpi": 95, "blur": 1.2, "skew": 0.7, "speckle": 3200, "blots": 20},
        "stamp": "OCT 10 1986\nLIBRARY",
        "masthead_organs": ["General Assembly"],
        "right_column": ["Distr.", "GENERAL", "", "A/41/678", "8 October 1986", "", "ORIGINAL: ENGLISH"],
        "session_left": ["Forty-first session", "Agenda item 65", "REGIONAL CONFIDENCE-BUILDING MEASURES"],
        "title": "Letter dated 6 October 1986 from the Permanent Representative of Nepal to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to inform you that the Government of His Majesty the King of Nepal "
            "will host a regional meeting on confidence-building measures in Kathmandu from 2 to "
            "6 February 1987, with the support of the Department for Disarmament Affairs.",
            "The meeting will be open to all the States of the region and to the observers whom they "
            "wish to invite.",
            "I should be grateful if you would have the text of this letter circulated as an official "
            "document of the General Assembly, under agenda item 65.",
        ],
        "signature": [("(Signed) Jai Pratap RANA", 40), ("Permanent Representative", 40)],
        "job": "86-25960 0883k (E)",
        "footnote": "",
        "symbols_head": ["A/41/678"],
    },
    {
        "name": "ul-ocr-a49-215-s1994-762-ukraine",
        "seed": 1010,
        "harm": {"dpi": 110, "blur": 1.0, "skew": -0.6, "speckle": 1400, "blots": 40},
        "masthead_organs": ["General Assembly", "Security Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "A/49/215",
            "S/1994/762",
            "28 June 1994",
            "ENGLISH",
            "ORIGINAL: RUSSIAN",
        ],
        "session_left": [
            "GENERAL ASSEMBLY",
            "Forty-ninth session",
            "Items 66 and 70 of the",
            "preliminary list*",
            "GENERAL AND COMPLETE DISARMAMENT",
            "MAINTENANCE OF INTERNATIONAL SECURITY",
        ],
        "session_right": ["SECURITY COUNCIL", "Forty-ninth year"],
        "title": "Letter dated 24 June 1994 from the Permanent Representative of Ukraine to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "I have the honour to transmit herewith the text of the statement of the Ministry of "
            "Foreign Affairs of Ukraine of 22 June 1994 on the implementation of the trilateral "
            "statement on nuclear weapons.",
            "I should be grateful if you would have the present letter and its annex circulated as an "
            "official document of the General Assembly, under items 66 and 70 of the preliminary list, "
            "and of the Security Council.",
        ],
        "signature": [("(Signed) Viktor BATIOUK", 40), ("Permanent Representative", 40)],
        "annexes": [
            {
                "heading": ["Annex", "", "Statement by the Ministry of Foreign Affairs of Ukraine"],
                "body": [
                    "The Ministry of Foreign Affairs of Ukraine notes that the transfer of nuclear warheads "
                    "for dismantling proceeds according to the agreed schedule and that the first "
                    "deliveries of fuel assemblies in compensation have been received.",
                    "Ukraine expects all the parties to the trilateral statement to honour their "
                    "obligations in full, including the assurances of security given to Ukraine.",
                ],
            }
        ],
        "job": "94-26733 (E) 280694",
        "footnote": "* A/49/50/Rev.1.",
        "symbols_head": ["A/49/215", "S/1994/762"],
    },
    {
        "name": "nv-ocr-a45-412-portugal",
        "seed": 1111,
        "harm": {"dpi": 120, "blur": 0.9, "skew": 0.9, "speckle": 1600},
        "stamp": "AUG 27 1990",
        "masthead_organs": ["General Assembly"],
        "right_column": ["Distr.", "GENERAL", "", "A/45/412", "24 August 1990", "", "ORIGINAL: ENGLISH"],
        "session_left": [
            "Forty-fifth session",
            "Item 101 of the provisional agenda*",
            "ELIMINATION OF RACIAL DISCRIMINATION",
        ],
        "title": "Note verbale dated 20 August 1990 from the Permanent Mission of Portugal to the United "
        "Nations addressed to the Secretary-General",
        "body": [
            "The Permanent Mission of Portugal to the United Nations presents its compliments to the "
            "Secretary-General of the United Nations and has the honour to inform him that Portugal "
            "has deposited its instrument of accession to the Convention concerned on 2 August 1990.",
            "The Permanent Mission of Portugal requests that the present note be circulated as an "
            "official document of the General Assembly, under item 101 of the provisional agenda.",
            "The Permanent Mission of Portugal to the United Nations avails itself of this opportunity "
            "to renew to the Secretary-General the assurances of its highest consideration.",
        ],
        "signature": [],
        "job": "90-20415 1633h (E)",
        "footnote": "* A/45/150.",
        "symbols_head": ["A/45/412"],
    },
    {
        "name": "nv-ocr-e-cn4-1992-71-egypt",
        "seed": 1212,
        "harm": {"dpi": 110, "blur": 1.0, "skew": -0.8, "speckle": 2600, "blots": 25},
        "masthead_organs": ["Economic and Social Council"],
        "right_column": [
            "Distr.",
            "GENERAL",
            "",
            "E/CN.4/1992/71",
            "7 February 1992",
            "",
            "Original: ENGLISH",
        ],
        "session_left": [
            "COMMISSION ON HUMAN RIGHTS",
            "Forty-eighth session",
            "Item 10 of the provisional agenda",
        ],
        "title": "Note verbale dated 3 February 1992 from the Permanent Mission of Egypt to the United "
        "Nations Office at Geneva addressed to the Centre for Human Rights",
        "body": [
            "The Permanent Mission of the Arab Republic of Egypt to the United Nations Office at Geneva "
            "presents its compliments to the Centre for Human Rights and has the honour to transmit "
            "herewith the reply of the Government of Egypt to the questionnaire on the question of "
            "the human rights of persons subjected to any form of detention or imprisonment.",
            "The Permanent Mission requests that the present note and its annex be circulated as an "
            "official document of the Commission on Human Rights at its forty-eighth session, under "
            "item 10 of the provisional agenda.",
            "The Permanent Mission of the Arab Republic of Egypt avails itself of this opportunity to "
            "renew to the Centre for Human Rights the assurances of its highest consideration.",
        ],
        "signature": [],
        "annexes": [
            {
                "heading": ["Annex", "", "Reply of the Government of Egypt"],
                "body": [
                    "The Constitution of the Arab Republic of Egypt guarantees the personal freedom of every "
                    "citizen, and no person may be arrested or detained except by an order of the competent "
                    "judicial authority.",
                    "Every person arrested shall be informed promptly of the reasons for the arrest and "
                    "shall have the right to contact a lawyer and to challenge the order before the courts.",
                ],
            }
        ],
        "job": "GE.92-10544",
        "footnote": "",
        "symbols_head": ["E/CN.4/1992/71"],
    },
]
