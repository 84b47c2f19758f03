"""Counts of people in news sentences: "at least 23 killed", "dozens dead", "douze personnes tuées".

``parse_quantities`` finds number expressions (digits, number words in en/fr/es/pt/ar, vague
quantifiers) with their qualifiers; ``extract_counts`` ties them to what was counted
(fatalities, injured, abducted, displaced) by the nearest cue word. The conventions (documented
in docs/events.md): "dozens" = 24, "a score of" = 20, "scores" = 40, "hundreds" = 200, "thousands" = 2000,
"several"/"a few" = 3; "at least / more than N" gives best = low = N; "up to / nearly N" gives
best = high = N; "between A and B" gives low A, high B, best A.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from nlp.sides import other_side_one, side_after, side_before
from store import Count

__all__ = ["CountMentions", "Quantity", "dead_sides", "extract_counts", "later_victim", "parse_number", "parse_quantities"]

_UNITS = {
    # en
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
    # fr
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "nonante": 90,
    # es
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    # pt
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres_pt": 3, "quatro": 4, "seis_pt": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze_pt": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze_pt": 14,
    "quinze_pt": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
    "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    "sessenta": 60, "setenta_pt": 70, "oitenta": 80, "noventa_pt": 90,
    # ar (single words; digits are handled separately)
    "واحد": 1, "اثنان": 2, "اثنين": 2,
    # the dual names two people in one word: "قُتل طفلان" (two children were killed), "مقتل شخصين" (session 15b)
    "شخصان": 2, "شخصين": 2, "طفلان": 2, "طفلين": 2, "جنديان": 2, "جنديين": 2, "شرطيان": 2,
    "رجلان": 2, "رجلين": 2, "شابان": 2, "شابين": 2, "عنصران": 2, "عنصرين": 2, "مسلحان": 2, "مواطنان": 2,
    # not "-ين" nisba forms, plurals too ("أربعة فلسطينيين")
    "امرأتان": 2, "امرأتين": 2, "فلسطينيان": 2,
    "اثنا": 2, "اثني": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5,
    "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40,
    "أربعين": 40, "خمسون": 50, "خمسين": 50, "مئة": 100, "مائة": 100,
}
_UNITS.update({  # Russian and Ukrainian (folded: "й" -> "и", "ї" -> "і")
    "один": 1, "одна": 1, "одного": 1, "два": 2, "две": 2, "двое": 2, "двух": 2, "дві": 2, "двоє": 2, "три": 3,
    "трое": 3, "трех": 3, "троє": 3, "трьох": 3, "четыре": 4, "четверо": 4, "чотири": 4, "пять": 5, "пятеро": 5,
    "п'ять": 5, "п'ятеро": 5, "шесть": 6, "шестеро": 6, "шість": 6, "семь": 7, "семеро": 7, "сім": 7, "восемь": 8,
    "вісім": 8, "девять": 9, "дев'ять": 9, "десять": 10, "одиннадцать": 11, "одинадцять": 11, "двенадцать": 12,
    "дванадцять": 12, "пятнадцать": 15, "п'ятнадцять": 15, "двадцать": 20, "двадцять": 20, "тридцать": 30,
    "тридцять": 30, "сорок": 40, "пятьдесят": 50, "п'ятдесят": 50, "сто": 100,
    # genitive and dative forms after a preposition or a verb of taking ("унёс жизни семи человек", "до пяти")
    "четырех": 4, "чотирьох": 4, "пяти": 5, "п'яти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "дев'яти": 9,
    "десяти": 10, "двадцати": 20, "тридцати": 30,
    # ... and the teens and tens of both: "зросла до двадцяти одного" (rose to 21), "до пятнадцати" (session 17)
    "одиннадцати": 11, "одинадцяти": 11, "двенадцати": 12, "дванадцяти": 12, "пятнадцати": 15, "п'ятнадцяти": 15,
    "двадцяти": 20, "тридцяти": 30, "сорока": 40, "пятидесяти": 50, "п'ятдесяти": 50,
    # the genitive-accusative of counted people ("розстріляли двох цивільних", "убили пятерых"): Ukrainian "двох",
    # "п'ятьох", Russian collective "двоих", "пятерых" (session 16)
    "двох": 2, "п'ятьох": 5, "шістьох": 6, "сімох": 7, "вісьмох": 8, "дев'ятьох": 9, "десятьох": 10,
    "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7,
    # ... to ten ("убили восьмерых мирных жителей"), and the nominative ("погибли восьмеро") (session 16b)
    "восьмерых": 8, "девятерых": 9, "десятерых": 10, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
    "дев'ятеро": 9,
})
_UNITS.update({  # Turkish (folded: ş -> s, ö -> o; dotless ı stays); "bir" (also "a"), "on" (English "on"), "üç" and
    # "beş" (folded "uc", "bes") only before a Turkish noun for people (``_TR_GATED``)
    "bir": 1, "on": 10, "uc": 3, "bes": 5,
    "iki": 2, "dort": 4, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50,
})
_UNITS.update({  # Swahili and Hausa (the number follows the noun: "watu kumi"); "saba" (also a name) only after a
    # noun for people ("watu saba", ``_sw_noun_before``); not "goma" (Goma)
    "saba": 7, "mmoja": 1, "wawili": 2, "watatu": 3, "wanne": 4, "watano": 5, "sita": 6, "wanane": 8, "tisa": 9,
    "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "nane": 8,
    "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50,
    "biyu": 2, "uku": 3, "hudu": 4, "biyar": 5, "shida": 6, "bakwai": 7, "takwas": 8, "ashirin": 20,
    "talatin": 30, "hamsin": 50,
})
_UNITS.update({  # Hindi (session 15; "एक" is also "a": one only before a multiplier, see _read_words) and Indonesian
    "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
    "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19,
    "बीस": 20, "इक्कीस": 21, "बाईस": 22, "तेईस": 23, "चौबीस": 24, "पच्चीस": 25, "तीस": 30, "पैंतीस": 35, "चालीस": 40,
    "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
})
_UNITS.update({  # German (folded: "fünf" -> "funf"); not "ein"/"eine" (the article of every noun)
    "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwolf": 12, "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40, "funfzig": 50,
})
_UNITS.update({  # Kinyarwanda (after the noun: "abantu batanu"); not "bane" (English)
    "babiri": 2, "batatu": 3, "batanu": 5, "batandatu": 6, "barindwi": 7, "umunani": 8, "icyenda": 9,
    "icumi": 10,
})
# Italian, Dutch and Polish (session 11; folded: "ventitré" -> "ventitre", "tweeëntwintig" -> "tweeentwintig",
# "pięć" -> "piec", "ośmiu" -> "osmiu"). Not Dutch "een" (the article), nor Polish "jeden" (German "every"), "sto" (Italian
# "I am"); Italian "due", "sei" and "otto" are English "due", Portuguese "sei" (I know) and the name Otto, so they count
# only before a plural (``_AMBIGUOUS_UNITS``). Italian and Dutch write 21-99 as one word: generated below.
_IT_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80,
            "novanta": 90}
_IT_UNITS = {"uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
            "negentig": 90}
_NL_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_UNITS.update({
    # it
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "dieci": 10, "undici": 11,
    "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, **_IT_TENS,
    **{(tens[:-1] if unit in (1, 8) else tens) + word: value + unit  # "ventuno", "ventotto", "trentadue"
       for tens, value in _IT_TENS.items() for word, unit in _IT_UNITS.items()},
    # nl
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, **_NL_TENS,
    **{word + "en" + tens: unit + value  # "eenentwintig", "tweeentwintig" (tweeëntwintig), "vijfenveertig"
       for tens, value in _NL_TENS.items() for word, unit in _NL_UNITS.items()},
    # pl: the cardinal, the form for male persons and the genitive ("trzech", "pięciu"), the collective ("pięcioro")
    "dwa": 2, "dwie": 2, "dwoch": 2, "dwaj": 2, "dwoje": 2, "dwoma": 2, "trzy": 3, "trzech": 3, "trzej": 3, "troje": 3,
    "trzema": 3, "cztery": 4, "czterech": 4, "czterej": 4, "czworo": 4, "czterema": 4, "piec": 5, "pieciu": 5,
    "piecioro": 5, "szesc": 6, "szesciu": 6, "szescioro": 6, "siedem": 7, "siedmiu": 7, "siedmioro": 7, "osiem": 8,
    "osmiu": 8, "osmioro": 8, "dziewiec": 9, "dziewieciu": 9, "dziewiecioro": 9, "dziesiec": 10, "dziesieciu": 10,
    "dziesiecioro": 10, "jedenascie": 11, "jedenastu": 11, "dwanascie": 12, "dwunastu": 12, "trzynascie": 13,
    "trzynastu": 13, "czternascie": 14, "czternastu": 14, "pietnascie": 15, "pietnastu": 15, "szesnascie": 16,
    "szesnastu": 16, "siedemnascie": 17, "siedemnastu": 17, "osiemnascie": 18, "osiemnastu": 18, "dziewietnascie": 19,
    "dziewietnastu": 19, "dwadziescia": 20, "dwudziestu": 20, "trzydziesci": 30, "trzydziestu": 30,
    "czterdziesci": 40, "czterdziestu": 40, "piecdziesiat": 50, "piecdziesieciu": 50, "szescdziesiat": 60,
    "szescdziesieciu": 60, "siedemdziesiat": 70, "siedemdziesieciu": 70, "osiemdziesiat": 80, "osiemdziesieciu": 80,
    "dziewiecdziesiat": 90, "dziewiecdziesieciu": 90,
})
_UNITS = {k.split("_")[0]: v for k, v in _UNITS.items()}
_AMBIGUOUS_UNITS = {"due", "sei", "otto"}
# French "onze" (eleven) is Dutch "our": eleven only before a plural in -s or -x, a multiplier or "d'entre"
_NL_AFTER_ONZE = {"burgers", "inwoners", "bewoners", "strijders", "leiders", "jongens", "meisjes", "ouders", "collega's",
                  "vrienden", "zonen", "dochters", "helden", "veteranen", "boeren", "vissers", "kiezers", "leraars"}
# Italian plurals that end in -e ("due persone", "sei donne"); others end in -i ("due soldati", "sei dei feriti")
_IT_PLURALS_E = {"persone", "donne", "vittime", "guardie", "reclute", "famiglie", "bambine", "ragazze", "giornaliste",
                 "attiviste", "suore", "delle", "madri", "sorelle", "turiste", "agenti"}
_MULTIPLIERS = {"dozen": 12, "hundred": 100, "cent": 100, "cents": 100, "cien": 100, "ciento": 100, "cem": 100, "cento": 100,
                "thousand": 1000, "mille": 1000, "mil": 1000, "million": 1_000_000, "millions": 1_000_000,
                "millones": 1_000_000, "millon": 1_000_000, "milhoes": 1_000_000, "milhao": 1_000_000,
                "hundert": 100, "tausend": 1000, "mila": 1000, "milione": 1_000_000, "milioni": 1_000_000,
                "honderd": 100, "duizend": 1000, "miljoen": 1_000_000, "tysiac": 1000, "tysiace": 1000,
                "tysiecy": 1000, "milion": 1_000_000, "miliony": 1_000_000, "milionow": 1_000_000,
                # Hindi "दो सौ", "तीन हजार"; Indonesian "dua puluh" (20), "tiga ratus", "lima ribu"; Hausa "dubu"
                "सौ": 100, "हजार": 1000, "हज़ार": 1000, "लाख": 100_000, "puluh": 10, "ratus": 100, "ribu": 1000,
                "juta": 1_000_000, "dubu": 1000}
_HUNDREDS = {"doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500,
             "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900,
             "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500,
             **{word + "cento": 100 * unit for word, unit in _IT_UNITS.items() if unit > 1},  # "duecento"
             **{word + "mila": 1000 * unit for word, unit in _IT_UNITS.items() if unit > 1},  # "tremila"
             "diecimila": 10_000, "ventimila": 20_000,
             **{word + "honderd": 100 * unit for word, unit in _NL_UNITS.items() if unit > 1},  # "driehonderd"
             **{word + "duizend": 1000 * unit for word, unit in _NL_UNITS.items() if unit > 1},  # "tweeduizend"
             "tienduizend": 10_000, "dwiescie": 200, "trzysta": 300, "czterysta": 400, "piecset": 500,
             "szescset": 600, "siedemset": 700, "osiemset": 800, "dziewiecset": 900, "dwustu": 200, "trzystu": 300,
             "czterystu": 400, "pieciuset": 500}
# Hausa joins tens and units with "da" ("ashirin da biyar", 25) and teens with "sha" ("goma sha biyu", 12), Swahili
# with "na" ("kumi na wawili", 12; "ishirini na tano", 25)
_JOINERS = {"and", "y", "e", "et", "-", "da", "sha", "na"}
# Vague quantities: value, and whether it is a lower bound.
_VAGUE = {
    "dozens": 24, "scores": 40, "score": 20, "hundreds": 200, "thousands": 2000, "several": 3, "few": 3, "dozen": 12,
    "dizaines": 24, "centaines": 200, "milliers": 2000, "plusieurs": 3, "dizaine": 10, "centaine": 100,
    "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine_": 100,
    "veintena": 20, "treintena": 30, "vintena": 20, "dezena": 10, "decenas": 24, "cientos": 200, "centenares": 200, "miles": 2000, "varios": 3, "varias": 3,
    "docena": 12, "dezenas": 24, "centenas": 200, "milhares": 2000, "varios_pt": 3, "duzia": 12,
    "عشرات": 24, "مئات": 200, "آلاف": 2000, "الاف": 2000,
    "десятки": 24, "десятков": 24, "десятків": 24, "сотни": 200, "сотен": 200, "сотні": 200, "сотень": 200,
    "тысячи": 2000, "тысяч": 2000, "тисячі": 2000, "тисяч": 2000, "несколько": 3, "кілька": 3,
    "dutzende": 24, "hunderte": 200, "tausende": 2000, "mehrere": 3, "dutzend": 12,
    "decine": 24, "centinaia": 200, "migliaia": 2000, "decina": 10, "dozzina": 12, "ventina": 20, "trentina": 30,
    "quarantina": 40, "cinquantina": 50, "centinaio": 100, "diversi": 3, "parecchi": 3,
    "tientallen": 24, "honderden": 200, "duizenden": 2000, "tienduizenden": 20_000, "honderdduizenden": 200_000,
    "enkele": 3, "meerdere": 3, "verscheidene": 3, "tiental": 10, "dozijn": 12,
    "dziesiatki": 24, "dziesiatek": 24, "setki": 200, "setek": 200, "tysiace": 2000, "tysiecy": 2000, "kilka": 3,
    "kilku": 3, "kilkoro": 3, "kilkanascie": 12, "kilkunastu": 12, "kilkadziesiat": 24, "kilkudziesieciu": 24,
    "kilkaset": 200, "kilkuset": 200,
    # Hindi and Indonesian (session 15)
    "दर्जनों": 24, "सैकड़ों": 200, "सैकडों": 200, "हजारों": 2000, "हज़ारों": 2000, "कई": 3,
    "puluhan": 24, "ratusan": 200, "ribuan": 2000, "belasan": 12, "beberapa": 3,
}
_VAGUE = {k.split("_")[0]: v for k, v in _VAGUE.items()}
_LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than", "no less than",
          "au moins", "plus de", "al menos", "por lo menos", "mas de", "pelo menos", "mais de", "ao menos",
          "على الأقل", "أكثر من", "اكثر من", "mindestens", "mehr als", "uber", "wenigstens", "almeno", "piu di",
          "oltre", "non meno di", "minstens", "ten minste", "tenminste", "zeker", "meer dan", "ruim", "minimaal",
          "co najmniej", "ponad", "przeszło", "nie mniej niz", "कम से कम", "sedikitnya", "setidaknya",
          "sekurangnya", "paling sedikit", "lebih dari")
_UPPER = ("up to", "nearly", "almost", "as many as", "fewer than", "less than", "jusqu'a", "pres de", "presque",
          "hasta", "casi", "cerca de", "ate", "quase", "نحو", "حوالي", "قرابة", "bis zu", "fast", "knapp", "fino a",
          "quasi", "bijna", "tot wel", "maximaal", "prawie", "niemal", "blisko", "nawet", "hampir")

_AR_MARKS = re.compile("[\u0640\u064B-\u0652\u0670]")  # tatweel and harakat (vowel marks)
# Devanagari vowel signs, virama and nukta are no \w to Python's re but belong to the word ("पांच", "लोगों")
_DEVANAGARI_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
# (letters, then runs of marks and letters: no alternation per character, so Latin text pays one failed test a word)
_LETTERS = r"[^\W\d_]+(?:[" + _DEVANAGARI_MARKS + r"]+[^\W\d_]*)*"
_DIGIT = "[0-9\u0660-\u0669\u0966-\u096f]"  # ASCII, Arabic-Indic and Devanagari digits
# a word may hold apostrophes between letters: Ukrainian "дев'ять", "п’ять" (nine, five)
_WORD_RE = re.compile(_DIGIT + r"[0-9\u0660-\u0669\u0966-\u096f,.\s]*" + _DIGIT + "|" + _DIGIT
                      + "|" + _LETTERS + r"(?:['’ʼ]" + _LETTERS + r")*|-", re.UNICODE)
_NON_PEOPLE = {
    "homes", "houses", "home", "house", "buildings", "shops", "km", "kilometres", "kilometers", "miles", "metres",
    "meters", "years", "year", "days", "day", "hours", "hour", "minutes", "minute", "weeks", "week", "months",
    "month", "percent", "per",  # singular after a hyphen: "a 30-minute firefight", "a 12-week siege"
    "am", "pm", "vehicles", "cars", "rounds", "shells", "villages", "tons", "tonnes", "dollars", "million",
    "onibus", "ônibus", "autocarros", "veículos", "lojas", "camioes", "camiões",
    "mandados", "mandatos", "warrants",  # "executaram 12 mandados de busca" (carried out warrants) (session 17b)
    # dwellings: "dos personas fallecidas y varias viviendas quemadas" (2) (session 17b)
    "viviendas", "hogares", "chozas", "moradias", "residencias", "habitations", "huttes", "cases",
    "maisons", "ans", "jours", "heures", "casas", "anos", "años", "dias", "días", "horas", "kilos", "year-old",
    "rockets", "missiles", "drones", "bullets", "acres", "hectares", "sq", "%", "gb", "mb",
    "groups", "factions", "sides", "incidents", "attacks", "blasts", "explosions", "bombs", "places", "districts",
    "strikes", "airstrikes", "raids", "operations", "clashes", "shots",
    # counts of incidents in other languages: "20 attaques cette année", "20 ataques", "20 Anschläge", "20 атак"
    "attaques", "attentats", "ataques", "atentados", "attacchi", "attentati", "angriffe", "angriffen", "anschlage",
    "anschlagen", "aanvallen",
    "aanslagen", "atakow", "zamachow", "incidentes", "incidenti", "explosiones", "explosoes", "esplosioni",
    "bombardements", "bombardeos", "bombardeios", "bombardamenti", "fois", "veces", "vezes", "volte", "атак",
    "нападении", "ударов", "обстрелов", "взрывов", "раз",
    "provinces", "states", "towns", "cities", "occasions", "times", "separate", "different", "back", "consecutive",
    # it, nl, pl: years, ages ("23enne", "23-jarige", "23-letni"), time, homes, villages, money
    "anni", "enne", "giorni", "ore", "minuti", "mesi", "settimane", "case", "abitazioni", "villaggi", "chilometri",
    "euro", "dollari", "jaar", "jarige", "jarig", "dagen", "uur", "minuten", "maanden", "weken", "huizen", "woningen",
    "dorpen", "kilometer", "procent", "lat", "letni", "letnia", "letniego", "letnie", "letnich", "latek", "latka",
    "dni", "godzin", "minut", "miesiecy", "tygodni", "domow", "budynkow", "wiosek", "kilometrow", "zlotych",
    # animals and things counted in raids and thefts are no people ("stole thousands of cattle", "killed 200 goats",
    # "5,000 head of cattle", "des centaines de têtes de bétail", "300 cabezas de ganado", "मवेशी") (session 15)
    "cattle", "cows", "cow", "goats", "sheep", "camels", "livestock", "animals", "donkeys", "horses", "pigs", "oxen",
    "bulls", "calves", "chickens", "poultry", "birds", "dogs", "head", "herds", "heads", "rams", "mules", "buffaloes",
    "buffalo", "elephants", "rhinos", "betail", "vaches", "boeufs", "chevres", "moutons", "chameaux", "anes",
    "tetes", "ganado", "vacas", "reses", "cabezas", "cabras", "ovejas", "caballos", "gado", "bois", "cabecas",
    "ovelhas", "cavalos", "rinder", "kuhe", "ziegen", "schafe", "kamele", "vieh", "bovini", "capre", "pecore", "mucche",
    "koeien", "geiten", "schapen", "vee", "krow", "kóz", "owiec", "bydła", "скота", "коров", "голов", "овец",
    "الماشية", "رأس", "أبقار", "ابقار", "أغنام", "اغنام", "ماعز", "ng'ombe", "mbuzi", "kondoo", "mifugo",
    "shanu", "awaki", "tumaki", "dabbobi", "मवेशी", "मवेशियों", "गाय", "गायों", "बकरी", "बकरियां", "बकरियों", "भेड़",
    "भेड़ों", "पशु", "पशुओं", "ternak", "sapi", "kambing", "domba", "kerbau", "ekor",
    # weapons and vehicles taken ("seized 40 rifles", "burned 12 motorcycles")
    "guns", "weapons", "firearms", "pistols", "motorcycles", "motorbikes", "trucks", "buses", "boats",
    "phones", "bags", "sacks", "kg", "kilograms", "litres", "liters", "barrels",
    # houses and vehicles burned in riots ("des dizaines de véhicules", "десятки домов и машин") (session 15b)
    "vehicules", "voitures", "vehiculos", "coches", "veiculos", "carros", "autos", "fahrzeuge", "hauser", "домов",
    "домів", "машин", "автомобилей", "автомобілів", "зданий", "будинків", "квартир", "barracos", "casebres",
    # ... in Indonesian and Hindi: "membakar belasan rumah" (a dozen houses), "कई वाहन जला दिए गए" (session 16)
    "rumah", "bangunan", "kendaraan", "mobil", "motor", "kios", "toko", "desa",
}
# Swahili and Hausa put the number after the noun: "ng'ombe 300" (300 cattle), "shanu 200"
_ANIMAL_BEFORE = {"ng'ombe", "mbuzi", "kondoo", "mifugo", "ngamia", "punda", "shanu", "awaki", "tumaki", "dabbobi",
                  "rakuma", "jakuna", "ekor"}

# plural nouns for people that end a phrase: "two civilians houses" still counts the civilians
_PEOPLE_NOUNS = {"people", "persons", "civilians", "soldiers", "men", "women", "children", "personnes", "personas",
                 "persone", "civili", "soldati", "mensen", "burgers", "soldaten", "osob", "ludzi", "cywilow", "zołnierzy",
                 "pessoas",
                 # Indonesian puts the modifier after the noun: "empat pekerja bangunan" (construction workers), "pekerja
                 # rumah tangga" (domestic workers) count people, whatever thing word follows (session 16)
                 "orang", "warga", "pekerja", "prajurit", "anggota", "polisi", "tentara", "personel", "korban", "anak",
                 "petani", "penambang", "siswa", "mahasiswa", "wanita", "pria", "buruh", "guru", "sopir", "pedagang"}


@dataclass(frozen=True)
class Quantity:
    """One number expression: its value(s) and character offsets in the sentence."""

    best: int
    low: int | None
    high: int | None
    start: int
    end: int
    vague: bool = False


@dataclass(frozen=True)
class CountMentions:
    fatalities: Count
    injured: Count
    abducted: Count
    displaced: Count


def _fold(word: str) -> str:
    """Lower case without Latin accents (Arabic left as is)."""
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    if word.isascii() or any("\u0600" <= ch <= "\u06ff" for ch in word):
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩०१२३४५६७८९", "01234567890123456789")


def _devanagari_keys(table: dict[str, int]) -> dict[str, int]:
    """Hindi keys folded like the tokens they are compared with ("पंद्रह" -> "पंदरह": no virama)."""
    return {(_fold(k) if any("\u0900" <= ch <= "\u097f" for ch in k) else k): v for k, v in table.items()}


_UNITS = _devanagari_keys(_UNITS)
_MULTIPLIERS = _devanagari_keys(_MULTIPLIERS)
_VAGUE = _devanagari_keys(_VAGUE)
# "कम से कम" (at least): folded like the text before a number
_LOWER = tuple(_fold(p) for p in _LOWER)
_NON_PEOPLE |= {_fold(w) for w in ("वाहन", "वाहनों", "गाड़ियां", "गाड़ियों", "गाड़ियाँ", "घर", "घरों", "मकान", "मकानों",
                                  "दुकानें", "दुकानों")}  # "कई वाहन जला दिए गए" (many vehicles were burned)


def parse_number(token: str) -> int | None:
    """An integer from digits ("1,200", "1.200", "١٢"), or None."""
    token = token.translate(_ARABIC_DIGITS).strip()
    if not token or not token[0].isdigit():
        return None
    compact = re.sub(r"\s", "", token)
    if re.fullmatch(r"\d{1,3}([,.]\d{3})+", compact):
        return int(re.sub(r"[,.]", "", compact))
    if re.fullmatch(r"\d+", compact):
        return int(compact)
    head = re.match(r"\d+", compact)
    return int(head.group()) if head else None


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _read_words(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """Parse a run of number words from token i; returns (value, index after the run)."""
    total, current, j, seen, last = 0, 0, i, False, 0
    while j < len(tokens):
        w = _fold(tokens[j][0])
        if j == i and len(w) > 3 and w[0] == "و" and w not in _UNITS and w[1:] in _UNITS:
            w = w[1:]  # Arabic "and" written onto the number: "وأربعة" (and four)
        if w in _AMBIGUOUS_UNITS and not _italian_plural_next(tokens, j):
            break  # English "due to", Portuguese "não sei", Otto von Bismarck
        if j == i and w in {"un", "une", "una", "uno", "um", "uma"} and j + 1 < len(tokens) \
                and _fold(tokens[j + 1][0]) in _VAGUE:
            break  # the article of a round number: "une trentaine" (30), "una veintena", "uma dezena"
        if j == i and _acronym(tokens, j):
            break  # "the UN migration agency", "UNA" in lower-case text: no French or Spanish "one"
        if w in _TR_GATED and not _turkish_noun_next(tokens, j):
            break  # "üç kişi öldü", "beş terörist" count; English "on", "a bir"; "bir araca" (a vehicle)
        if w == "saba" and (j != i or not tokens[j][0].islower() or not _sw_noun_before(tokens, j)):
            break  # "Watu saba waliuawa" (seven people); not Saba, the name
        if w == "onze" and _dutch_onze(tokens, j):
            break  # Dutch "onze soldaten", "onze samenleving": our
        if w == "seize" and not _french_plural_next(tokens, j):
            break  # English "to seize control", "seize the town": no sixteen
        if w in _ID_NUMBERS and tokens[j][0][:1].isupper() and not _indonesian_noun_next(tokens, j):
            break  # Lima, Peru, "Aimol Satu village": capitalized, a number only before an Indonesian noun
        if w == "एक" and not (j + 1 < len(tokens) and _fold(tokens[j + 1][0]) in _MULTIPLIERS):
            break  # Hindi "एक" is also "a": one only in "एक सौ", "एक हजार" (one victim: _ONE_VICTIM_HI_ID)
        if w == "belas" and seen and 0 < last < 10:
            current, last = current + 10, 10  # Indonesian "dua belas" (12), "lima belas" (15)
            seen, j = True, j + 1
            continue
        if w == "goma" and j + 2 < len(tokens) and _fold(tokens[j + 1][0]) == "sha":
            current, last, seen, j = current + 10, 10, True, j + 1  # Hausa "goma sha biyu" (12); not Goma, the city
            continue
        if w == "एक":
            current, last, seen, j = current + 1, 1, True, j + 1
            continue
        if w in {"vingt", "vingts"} and last == 4 and _fold(tokens[j - 1][0]) == "-":
            current, last = current + 76, 80  # "quatre-vingts": four twenties
        elif w in _UNITS and not (w in {"a", "an", "un", "une", "uno", "una", "um", "uma", "no"} and seen
                                  and _fold(tokens[j - 1][0]) not in _JOINERS):  # "vingt et un", "veinte y uno"
            if w in {"a", "an", "no"} and not (j + 1 < len(tokens) and _fold(tokens[j + 1][0]) in _MULTIPLIERS):
                break
            current += _UNITS[w]
            last = _UNITS[w]
        elif w in _HUNDREDS:
            current += _HUNDREDS[w]
            last = _HUNDREDS[w]
        elif w in _MULTIPLIERS and (seen or w in {"cent", "cien", "cem", "mil", "mille", "सौ"}):
            current = max(current, 1) * _MULTIPLIERS[w]
            last = _MULTIPLIERS[w]
            if _MULTIPLIERS[w] >= 1000:
                total, current = total + current, 0
        elif w in _JOINERS and seen and j + 1 < len(tokens) and (
                _compound_joiner(last, _fold(tokens[j + 1][0])) if w not in {"sha", "na"}
                else last in _TENS | {10} and _UNITS.get(_fold(tokens[j + 1][0]), 99) < 10):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    return (total + current, j) if seen else None


def _compound_joiner(last: int, nxt: str) -> bool:
    """"and"/"y"/"et"/"-" inside one number ("twenty-five", "treinta y cinco", "vingt et un", "one hundred and
    five"), not between two ("between thirty and forty", "entre trente et quarante": a range, not 70)."""
    if nxt in _MULTIPLIERS or (nxt in {"vingt", "vingts"} and last == 4):
        return True
    if nxt not in _UNITS:
        return False
    value = _UNITS[nxt]
    # French "soixante-douze" (72), "quatre-vingt-dix" (90), "soixante et onze" (71)
    # "dix-huit" (18) capitalized at a sentence start, where it is read word by word (session 15b)
    return last >= 100 or (last in _TENS and value < 10) or (last in {60, 80} and 10 <= value < 20) \
        or (last == 10 and 7 <= value <= 9 and nxt in {"sept", "huit", "neuf"})


_TENS = {20, 30, 40, 50, 60, 70, 80, 90}


def _italian_plural_next(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """"due soldati", "sei persone", "otto dei feriti": the Italian number before a plural noun or "dei"."""
    if j + 1 >= len(tokens):
        return False
    nxt = _fold(tokens[j + 1][0])
    return len(nxt) >= 3 and nxt.isalpha() and (nxt.endswith("i") or nxt in _IT_PLURALS_E)


_ID_NUMBERS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
               "seratus", "seribu"}
_ID_NOUNS = {"orang", "warga", "prajurit", "anggota", "polisi", "tentara", "personel", "korban", "mahasiswa", "siswa",
             "anak", "wanita", "perempuan", "pria", "petani", "pekerja", "penambang", "rumah", "di", "tewas", "belas", "puluh",
             "ratus", "ribu", "juta",
             # more nouns for people that a sentence opens with: "Sembilan pendulang emas tewas" (nine gold panners),
             # "Enam nelayan hilang" (session 16b)
             "pendulang", "nelayan", "pedagang", "buruh", "guru", "sopir", "pengemudi", "penumpang", "santri", "pelajar",
             "remaja", "bocah", "balita", "pemuda", "penduduk", "karyawan", "petugas", "pendaki", "jemaah", "militan",
             "teroris", "pemberontak", "milisi", "demonstran", "pengunjuk", "aparat", "pengungsi", "tukang", "ojek",
             "lansia", "ibu", "bayi"}


def _indonesian_noun_next(tokens: list[tuple[str, int, int]], j: int) -> bool:
    return j + 1 < len(tokens) and _fold(tokens[j + 1][0]) in _ID_NOUNS


# Turkish number words that are other words too, read only before a noun for people: "üç kişi öldü" (three people
# died), "beş terörist", "bir asker şehit oldu" (session 16)
_TR_GATED = {"bir", "on", "uc", "bes"}
# (stems that begin no English word: not "militan" or "pkk", which "strikes on militant/PKK positions" would make ten)
_TR_PEOPLE = ("kisi", "asker", "sivil", "polis", "terorist", "cocuk", "kadın", "vatandas", "isci", "ogrenci", "koylu",
              "yolcu", "gazeteci", "korucu", "subay", "astsubay", "mehmetcik", "genc")
_TR_PEOPLE_WORDS = {"er", "militan", "militanı", "olu", "yaralı"}  # a headline's "üç ölü" (three dead) (session 17)
_TR_NUMBER_WORDS = {"bir", "iki", "uc", "dort", "bes", "altı", "yedi", "sekiz", "dokuz"}


def _acronym(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """An upper-case word between words that are not: an acronym ("the UN agency"), not a headline's "DEUX MORTS"."""
    word = tokens[j][0]
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    return not any(0 <= k < len(tokens) and tokens[k][0].isupper() and len(tokens[k][0]) > 1 for k in (j - 1, j + 1))


def _turkish_noun_next(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """The noun for people after the number, past the rest of a compound number ("on bir kişi": eleven) and one
    adjective of origin or allegiance in -lı/-li/-lu/-lü ("beş PKK'lı terörist", "bir Filistinli genç") (session 16b)."""
    k = j + 1
    while k < len(tokens) and _fold(tokens[k][0]) in _TR_NUMBER_WORDS:
        k += 1
    if k < len(tokens) and k + 1 < len(tokens) and _fold(tokens[k][0]).endswith(("lı", "li", "lu")) \
            and tokens[k][0][:1].isupper():
        k += 1
    if k >= len(tokens):
        return False
    nxt = _fold(tokens[k][0])
    return nxt in _TR_PEOPLE_WORDS or nxt.startswith(_TR_PEOPLE)


def _sw_noun_before(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """A Swahili plural noun for people right before the number: "watu saba", "wanajeshi saba", "askari saba"."""
    if j == 0:
        return False
    before = _fold(tokens[j - 1][0])
    return (before.startswith("wa") and len(before) > 3) or before in {"askari", "polisi", "raia", "miili", "maiti"}


def _french_plural_next(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """"seize morts", "seize d'entre eux", "seize mille": the French number before a plural, a multiplier or "de"."""
    if j + 1 >= len(tokens):
        return False
    nxt = _fold(tokens[j + 1][0])
    return nxt in _MULTIPLIERS or nxt in {"de", "d'entre"} or nxt.startswith("d'") or nxt.endswith(("s", "x"))


def _dutch_onze(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """"onze" read as the Dutch "our": the next word is no French plural, multiplier or "d'entre"."""
    if j + 1 >= len(tokens) or not tokens[j + 1][0][:1].isalpha():
        return False
    nxt = _fold(tokens[j + 1][0])
    if nxt in _MULTIPLIERS or nxt in {"de", "d'entre"} or nxt.startswith("d'"):
        return False
    return nxt in _NL_AFTER_ONZE or not nxt.endswith(("s", "x"))


def _qualifier(text: str, start: int) -> str | None:
    before = _fold(text[max(0, start - 24):start]).strip()
    for phrase in _LOWER:
        if before.endswith(phrase):
            return "low"
    for phrase in _UPPER:
        if before.endswith(phrase):
            return "high"
    return None


def parse_quantities(text: str) -> list[Quantity]:
    """Every number expression in ``text`` that could count people (years, times, units left out)."""
    tokens = _tokens(text)
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        value, nxt, vague = None, i + 1, False
        digit = parse_number(word)
        if digit is not None:
            value = digit
            if nxt < len(tokens) and _fold(tokens[nxt][0]) in _MULTIPLIERS:
                decimal = re.fullmatch(r"(\d+)[.,](\d{1,2})", word.strip())  # "1.5 million"
                base = float(f"{decimal.group(1)}.{decimal.group(2)}") if decimal else value
                value = int(base * _MULTIPLIERS[_fold(tokens[nxt][0])])
                nxt += 1
        elif _fold(word) in {"no", "nobody", "none"} and (
                _fold(word) != "no" or nxt < len(tokens) and _fold(tokens[nxt][0]) == "one"):
            value, nxt = 0, nxt + (_fold(word) == "no")
        elif _fold(word) in _VAGUE:
            value, vague = _VAGUE[_fold(word)], True
            if _fold(word) == "dozen" and i > 0 and _fold(tokens[i - 1][0]) in {"half"}:
                value = 6
            before = " ".join(_fold(t[0]) for t in tokens[max(0, i - 2):i])
            previous = _fold(tokens[i - 1][0]) if i > 0 else ""
            if value >= 1000 and before in {"tens of", "dizaines de", "decenas de", "dezenas de", "decine di"}:
                value, start = value * 10, tokens[i - 2][1]
            elif value >= 1000 and before in {"hundreds of", "centaines de", "cientos de", "centenas de",
                                              "centinaia di"}:
                value, start = value * 100, tokens[i - 2][1]
            elif word.lower() in {"puluhan", "ratusan"} and nxt < len(tokens) and _fold(tokens[nxt][0]) == "ribu":
                value, nxt = (20_000 if value == 24 else 200_000), nxt + 1  # "puluhan ribu": tens of thousands
            elif value >= 1000 and previous in {"dziesiatki", "dziesiatek", "kilkadziesiat", "kilkudziesieciu"}:
                value, start = value * 10, tokens[i - 1][1]  # Polish "dziesiątki tysięcy": tens of thousands
            elif value >= 1000 and previous in {"setki", "setek", "kilkaset", "kilkuset"}:
                value, start = value * 100, tokens[i - 1][1]
        elif _listed_article(tokens, i, out) or _first_of_a_list_id(tokens, i):
            value = 1  # "six militants and a volunteer were killed": 7
        else:
            parsed = _read_words(tokens, i)
            if parsed:
                value, nxt = parsed
                if _fold(word) not in _UNITS and _fold(word)[:1] == "و":
                    start += 1  # "وأربعة": the number starts after the "and", which joins it to a list
        if value is None:
            i += 1
            continue
        end = tokens[nxt - 1][2]
        following = _fold(tokens[nxt][0]) if nxt < len(tokens) else ""
        if following in {"of", "de", "d'", "des", "di", "van"} and nxt + 1 < len(tokens):  # "dozens of homes": what is counted
            following = _fold(tokens[nxt + 1][0])
        elif nxt + 1 < len(tokens) and following not in _PEOPLE_NOUNS and _fold(tokens[nxt + 1][0]) in _NON_PEOPLE \
                and not any(rx.match(following) for rx in _CUE_RE.values()):
            # "the four principal cities", "three police vehicles"; not past a verb of harm: "otras dos fallecieron
            # horas después" (two died hours later), "two died hours later" (session 17)
            following = _fold(tokens[nxt + 1][0])
        is_time = re.match(r"[:h]\d", text[end:end + 2]) is not None
        if _ranges_over_units(tokens, nxt, text, start):
            i = nxt
            continue
        if not is_time and _looks_like_people(value, word, following, text, start) \
                and not _names_a_thing(text, start, end, digit is not None):
            out.append(_qualified(text, value, start, end, vague))
        i = nxt
    return _merge_ranges(text, out)


def _ranges_over_units(tokens: list[tuple[str, int, int]], nxt: int, text: str, start: int) -> bool:
    """The low end of a range whose high end counts a unit ("aged between 17 and 22 years", "de entre
    17 y 22 años"): an age or a span, no people."""
    if nxt + 2 >= len(tokens) or not re.fullmatch(r"\d+", tokens[nxt + 1][0]):
        return False
    joiner, unit = _fold(tokens[nxt][0]), _fold(tokens[nxt + 2][0])
    return (joiner in _RANGE_AND and unit in _NON_PEOPLE
            and _BETWEEN.search(_fold(text[max(0, start - 12):start])) is not None)


def _listed_article(tokens: list[tuple[str, int, int]], i: int, out: list[Quantity]) -> bool:
    """"a"/"an" right after "and" that follows a count ("six militants and a volunteer"): one more
    person in the list. Alone ("a police officer was killed") it is left to the one-victim rule, and
    "a dozen" to the multipliers."""
    # Indonesian "seorang" (one person) the same: "menewaskan lima militan dan seorang tentara" (6) (session 16b)
    if (_fold(tokens[i][0]), _fold(tokens[i - 1][0]) if i else "") not in {("a", "and"), ("an", "and"),
                                                                            ("seorang", "dan")} or i < 2 or not out:
        return False
    if i + 1 < len(tokens) and _fold(tokens[i + 1][0]) in _MULTIPLIERS | _VAGUE.keys():
        return False
    return 0 <= tokens[i - 1][1] - out[-1].end <= 40


def _first_of_a_list_id(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Indonesian "seorang" (one person) first in a list of counts: "menewaskan seorang prajurit dan tiga anggota
    kelompok bersenjata" (4) (session 17b)."""
    if _fold(tokens[i][0]) != "seorang":
        return False
    return any(_fold(tokens[j][0]) == "dan" and (_fold(tokens[j + 1][0]) in _ID_NUMBERS
                                                 or parse_number(tokens[j + 1][0]) is not None)
               for j in range(i + 2, min(i + 5, len(tokens) - 1)))


_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janvier",
    "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro",
    "novembro", "dezembro", "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
    "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
    "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
    "листопада", "грудня",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari",
    "februari", "maart", "mei", "augustus", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
    "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia",
}
_MONTH_BEFORE = re.compile(r"([^\W\d_]+)\.?\s*(?:de\s+)?$", re.UNICODE)


def _is_date(word: str, following: str, text: str, start: int) -> bool:
    """A day of the month: "on July 17", "March 27", "le 3 mars", "el 5 de mayo", "July16"."""
    if parse_number(word) is None or len(word.strip()) > 2:
        return False
    before = _MONTH_BEFORE.search(text[max(0, start - 14):start])
    return following in _MONTHS - {"may"} or following == "de" and _fold(text[start:start + 20]).split()[2:3] and \
        _fold(text[start:start + 20]).split()[2] in _MONTHS or bool(before and _fold(before.group(1)) in _MONTHS)


# a thing word that only modifies the people noun after it: "two home guards", "three house helps"
# a noun for things that names what people do: "two home guards", "three house helps"; with an adjective before it
# too, and the men who raid or keep herds: "11 armed cattle rustlers", "five cattle herders" (session 17)
_PEOPLE_COMPOUND = re.compile(r"\s*\S+\s+(?:guards?|helps?|teachers?|constables?|ministers?|secretar\w*|workers?|"
                              r"owners?|officers?)\b|\s*(?:[^\W\d_]+\s+)?\S+\s+(?:rustlers?|herders?|herdsmen|thieves|"
                              r"raiders?|keepers?|traders?|breeders?)\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"(?:\baged|\b[âa]g[ée]e?s? de|\bde edad(?:es)? de|\bcon edades de|\bcom idades de|"
                          r"\bim alter von|в возрасте|у віці)\s+(?:between\s+|entre\s+|zwischen\s+|"
                          r"(?:\d{1,3}\s*(?:,|and|et|y|e|und|и|і|та)\s*)+)?$", re.IGNORECASE)  # "aged 6, 8 and 11"
_AGE_PAIR_AFTER = re.compile(r"\s+(?:et|y|e|and|und|и|і|та)\s+\d{1,3}\s+(?:ans|años|anos|years|jahren?|лет|років|"
                             r"anni|jaar|lat)\b", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'-]+)\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ'-]+),\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
# an Arabic ordinal is an age: "فتى في السادسة عشرة" (a boy in his sixteenth year), "في الثامنة"
_AR_ORDINAL_BEFORE = re.compile(r"(?:^|\s)(?:في\s+)?ال\w+ة\s+$")
_AR_IN_THE = re.compile(r"(?:^|\s)في\s+$")


_AGED_AFTER = ("yasında", "yasındaki", "yaslarında", "yaslarındaki", _fold("वर्षीय"), _fold("वर्ष के"))


def _looks_like_people(value: int, word: str, following: str, text: str, start: int) -> bool:
    if (following in _NON_PEOPLE or following.startswith("year")) \
            and not _PEOPLE_COMPOUND.match(text, start + len(word)) \
            and not (following in {"am", "pm"} and parse_number(word) is None):  # "um PM" (a military policeman)
        return False
    if following.startswith(_AGED_AFTER):
        return False  # an age: "17 yaşındaki bir Filistinli genç" (a 17-year-old), "17 वर्षीय युवक" (session 16b)
    if _AGED_BEFORE.search(text[max(0, start - 24):start]) or _AGE_PAIR_AFTER.match(text, start + len(word)):
        return False  # ages: "âgés de 17 et 19 ans", "dos jornaleros de 34 y 41 años", "aged 17 and 19"
    if _NAME_COMMA_BEFORE.search(text[max(0, start - 30):start]) and _COMMA_AFTER.match(text, start + len(word)) \
            and value < 110:
        return False  # an age after a name: "community leader Ana Lucía Herrera, 52, outside her home"
    if word in ("عشرة", "عشر") and _AR_ORDINAL_BEFORE.search(text[max(0, start - 20):start]):
        return False
    if word.startswith("ال") and _AR_IN_THE.search(text[max(0, start - 6):start]):
        return False
    previous = _WORD_RE.findall(text[max(0, start - 16):start])
    if previous and _fold(previous[-1]) in _ANIMAL_BEFORE:
        return False  # "waliiba ng'ombe 300", "sun sace shanu 200"
    if _is_date(word, following, text, start):
        return False
    if parse_number(word) is not None and 1900 <= value <= 2100 and "," not in word:
        return False  # a year
    if start > 0 and text[start - 1] in ":/$€£#":
        return False
    if start > 1 and text[start - 1] == "(" and text[start + len(word):start + len(word) + 1] == ")" and \
            text[:start - 1].rstrip()[-1:].isalpha():
        return False  # an age after a name: "Jeevan Singh Munda (38), was shot dead"
    glued = text[max(0, start - 2):start - 1] if text[start - 1:start] == "-" else text[start - 1:start]
    if glued.isascii() and glued.isalpha():
        return False  # part of a name: "M23 rebels", "AK-47", "G20" (not Arabic "و12": "and 12")
    after = text[start + len(word):start + len(word) + 1]
    if word.isdigit() and after.isascii() and after.isupper():
        return False  # ... and a capital after it: "the 3R armed group", "5G masts" (session 16b)
    return value > 0 or _fold(word) in {"no", "zero", "nobody", "none"}


# an ordinal is no count: "the 20th attack this year", "la 3e attaque", "el 20º ataque", "20-я бригада"; nor is an
# age written as one adjective: "10-летний ребёнок", "45-річний водій", "45-jährige", "45-jarige", "45-letni", "45enne"
_ORDINAL = re.compile(r"(?:st|nd|rd|th|er|ere|re|e|eme|ieme|è|ème|ième|ère|ᵉ|ᵉʳ|\.?º|\.?ª|°)(?![^\W\d_])"
                      r"|-(?:й|я|го|му|м|ю|е|х|ой|ей|ий|ая|ое|ые|ых|ого|th|eme|ème)(?![^\W\d_])"
                      r"|\s?-?\s?(?:летн|річн|рiчн|лiтн|jährig|jahrig|jarig|letni|letnia|letnie|enne(?![^\W\d_]))")
# a number that names a unit, a road, a text or a flight is no count: "Brigade 444", "Route 60", "Resolution 2334",
# "Flight 370", "la Brigada 444", "le vol 370", "рейс 370", "اللواء 444"; and before a unit noun: "444 Brigade",
# "three battalions" (not "three brigade commanders": people)
_UNIT_NOUNS = (r"brigades?|brigadas?|brigate|brigata|battalions?|bataillons?|batallon(?:es)?|batalh(?:ao|oes)|"
               r"battaglion[ei]|regiments?|regimientos?|regimentos?|reggimento|divisions?|division(?:es)?|divisao|"
               r"divisione|squadrons?|escadrons?|escuadron(?:es)?|esquadr(?:ao|oes)|squadrone|corps|platoons?|units?|"
               r"бригад\w*|батальон\w*|полк\w*|дивизи\w*|дивізі\w*|الكتيبة|الفوج|الفرقة")
_IDENTIFIER_NOUNS = (r"routes?|rutas?|highway|motorway|freeway|interstate|autoroute|autopista|autovia|autostrada|"
                     r"carretera|rodovia|autobahn|bundesstrasse|resolutions?|resolucion|resolucao|risoluzione|"
                     r"flights?|vol|vuelo|voo|volo|flug|articles?|articulo|artigo|articolo|artikel|section|paragraph|"
                     r"chapter|law|ley|lei|legge|decree|decret|decreto|line|linea|ligne|linha|gate|checkpoint|km|"
                     r"kilometre|kilometer|kilometro|quilometro|mile|sector|zone|block|ward|precinct|phase|level|"
                     r"platform|terminal|building|room|cell|comuna|no\.|nr\.|n°|nº|№|"
                     r"трасс\w*|шоссе|резолюци\w*|реис\w*|стать\w*|الطريق|القرار|الرحلة|المادة|اللواء")
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(" + _UNIT_NOUNS + "|" + _IDENTIFIER_NOUNS + r")\s*(?:no\.?\s*|number\s+|"
                          r"nr\.?\s*|n[°º]\s*|№\s*|#\s*)?$")
_PEOPLE_NEXT = re.compile(r"\s+(?:were|was|are|have|had|people|persons|others|dead|killed|died|wounded|injured|"
                          r"soldiers|civilians|militants|fighters|policemen|men|women|children|personnes|personas|"
                          r"pessoas|persone|menschen|morts|muertos|mortos|morti|tote|человек|people)\b")
# "24 Assam Rifles", "21 Rashtriya Rifles" name a battalion ("two Assam Rifles personnel" are people)
# ... and a weapon's model: "one AK 56 rifle was seized", "an AK-47 rifle", "M16 rifles" (session 16b)
_UNIT_AFTER = re.compile(r"\s+(?:rifle|assault rifle|carbine|pistol|rifles|carbines|pistols)(?![^\W\d_])"
                         r"|\s+(?:(?:[\w-]+\s+)?rifles(?![^\W\d_])(?!\s+(?:personnel|jawans?|troopers?|soldiers|officers|"
                         r"men|riflemen)\b)|(?:" + _UNIT_NOUNS + r")(?![^\W\d_])(?!\s+(?:fighters|soldiers|members|troops|men|"
                         r"personnel|officers|commanders?|militants|servicemen|combatientes|soldados|soldats|soldati|"
                         r"militaires|combattants|бойц\w*|военн\w*)\b))")


def _names_a_thing(text: str, start: int, end: int, is_digit: bool) -> bool:
    """An ordinal ("the 20th attack") or a number that names a unit, a road, a resolution or a flight, not people."""
    if _UNIT_AFTER.match(_fold(text[end:end + 48])):
        return True
    if not is_digit:
        return False
    if _ORDINAL.match(text, end):
        return True
    window = text[max(0, start - 24):start]
    before = _NAME_BEFORE.search(_fold(window))
    if before is None:
        return False
    # "on the highway 20 people were killed": a lower-case noun, then people, counts them (folding keeps the length of
    # these nouns, so the window's own letters tell the case)
    noun = window[before.start(1):before.end(1)]
    return not (noun.islower() and _PEOPLE_NEXT.match(_fold(text[end:end + 24])))


# Hindi states "more than" after the number: "50 से अधिक लोग", "50 से ज्यादा"
_MORE_AFTER = re.compile(r"\s*से\s+(?:अधिक|" + _fold("ज्यादा") + r")")


def _qualified(text: str, value: int, start: int, end: int, vague: bool) -> Quantity:
    qual = _qualifier(text, start) or ("low" if _MORE_AFTER.match(_fold(text[end:end + 16])) else None)
    if qual == "low":
        return Quantity(value, value, None, start, end, vague)
    if qual == "high":
        return Quantity(value, None, value, start, end, vague)
    if vague:
        return Quantity(value, value, None, start, end, True)
    return Quantity(value, value, value, start, end)


# "between 10 and 15" (entre, tra, fra, zwischen, tussen, między, между, між, بين), "from 10 to 15" (de, da, von,
# van, od, от, від, من ... to, a, à, bis, tot, do, до, إلى): a range, whose lower bound is the count, as ACLED codes it
_BETWEEN = re.compile(r"(?:between|entre|tra|fra|zwischen|tussen(?: de)?|miedzy|między|между|між|ما بين|بين)\s+$")
_FROM = re.compile(r"(?:from|de|da|von|van|od|от|від|من)\s+$")
_RANGE_TO = {"to", "-", "or", "a", "ou", "o", "bis", "tot", "إلى", "الى", "–"}
_RANGE_TO_AFTER_FROM = {"do", "до"}  # Polish "od 30 do 40", Russian "от 30 до 40" ("до 40" alone is "up to 40")
_RANGE_AND = {"and", "et", "y", "e", "و", "und", "en", "i", "и", "і", "та"}


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"between 10 and 15", "10 to 15", "10-15" become one quantity with low and high."""
    merged: list[Quantity] = []
    for q in quantities:
        prev = merged[-1] if merged else None
        gap = _fold(text[prev.end:q.start]).strip() if prev else ""
        before = _fold(text[max(0, prev.start - 12):prev.start]) if prev else ""
        between = prev is not None and _BETWEEN.search(before) is not None
        after_from = prev is not None and _FROM.search(before) is not None
        if prev and (gap in _RANGE_TO or gap in _RANGE_AND and between or gap in _RANGE_TO_AFTER_FROM and after_from) \
                and prev.best < q.best:
            merged[-1] = Quantity(prev.best, prev.best, q.best, prev.start, q.end, prev.vague or q.vague)
        else:
            merged.append(q)
    return merged


# Cue words for what a number counts, matched on folded text as word prefixes.
_CUES: dict[str, tuple[str, ...]] = {
    "fatalities": (
        "kill", "dead", "died", "death", "martyred", "martyrdom", "die in ", "die as ", "die after ", "die when ", "die of ", "die from ",
        "die,", "to die", "dying", "bodies", "body of", "lives", "slain", "slaughter",
        "massacr", "murder", "executed", "executing", "execution", "behead", "decapit", "lynched", "fatalit", "casualt", "perished", "shot dead",
        "gunned down", "gunning down", "ont peri", "a peri", "trouve la mort", "trouvent la mort",
        "tue$", "tues$", "tuee$", "tuees$", "tuent$", "tuant", "mort", "morts", "deces", "assassin", "massacre", "execute", "victimes", "cadavres",
        "muert", "asesin", "mato", "mataron", "matan", "fallec", "murieron", "ejecut", "cadaver",
        "mort", "morre", "matou", "mataram", "matando", "assassinad", "obito", "vitimas fatais",
        # executions in Portuguese and Italian, like "executed" and "ejecutaron": "Homens encapuzados executaram seis
        # jovens", "giustiziati tre ostaggi" (session 17b)
        "executaram", "executou", "executad", "executando", "giustiziat", "giustiziand",
        "قتل", "قتيل", "قتلى", "مقتل", "مصرع", "أعدم", "اعدم", "abatid", "abateram", "abatieron", "شهيد", "شهداء", "استشهاد", "استشهد", "جثث", "جثة", "جثتي", "جثتين", "جثتا", "وفاة", "حتفهم",
        "погиб", "гибел", "загибел", "убит", "убил", "убив", "загин", "вбит", "вбил", "вбив", "жертв", "загибл", "расстрел",
        "розстріл", "ликвидирова", "ліквідова", "olduruldu", "oldurdu", "hayatını kaybet", "sehit", "can verdi",
        "olu$", "унес жизни", "унесли жизни", "забрал жизни", "забрали жизни",
        "забрав життя", "забрали життя",
        "waliuawa", "aliuawa", "alifariki", "amefariki", "alikufa", "walikufa", "wamekufa", "wameuawa", "ameuawa", "kuuawa", "waliuliwa", "waliwaua", "kuwaua", "wakiwaua",
        "yaliwaua", "yamewaua", "liliwaua", "limewaua", "uliua", "uliwaua", "umeua", "umewaua", "liliua", "yaliua",
        "kiliua", "kiliwaua", "imeua", "imewaua", "waliua", "wameua", "aliua", "ameua",
        "aliwaua", "wamewaua", "walifariki", "wamefariki", "vifo",
        "an kashe", "sun kashe", "suka kashe", "sun mutu", "suka mutu", "kashe$",
        "getotet", "tote$", "toten$", "ums leben", "starben", "gestorben", "ermordet", "erschossen", "hingerichtet",
        "todesopfer", "leichen", "in den tod", "totete", "toteten",
        "ተገደሉ", "ተገድለዋል", "ገደሉ", "ገድለዋል", "ሞቱ", "ሞተዋል", "ህይወታቸው", "ሕይወታቸው", "bishwe", "barishwe", "bapfuye",
        "bahitanywe", "yishwe",
        "uccis", "uccid", "vittime", "perso la vita", "persero la vita", "morirono", "decedut", "senza vita",
        "gedood", "doden", "dode$", "omgekomen", "om het leven", "doodgeschoten", "doodgestoken", "vermoord", "overleden",
        "gesneuveld", "dodelijke slachtoffers", "lichamen", "geexecuteerd", "omgebracht", "afgeslacht", "doodde",
        "dodental", "het leven gelaten", "lieten het leven", "liet het leven", "zgin", "zabit", "zabici", "zabił", "zabili", "zabij", "zamordowa", "zastrzel", "ofiar smiertelnych",
        "nie zyj", "polegl", "poległ", "zmarl", "zmarł", "ciał", "smierc", "zlinczowa", "linciat", "gelyncht",
        # Hindi (virama kept, nukta-less: see _cue_positions) and Indonesian; Hausa "kashe" above
        "मौत", "मारे", "मारा", "मारी", "मार डाल", "मार गिरा", "हत्या", "शहीद", "ढेर", "मृत", "जान गंवा", "जान गँवा",
        "शव", "लाश", "tewas", "menewaskan", "terbunuh", "dibunuh", "membunuh", "korban jiwa", "korban tewas", "gugur",
        "meninggal", "memenggal", "dipenggal", "jenazah", "mayat", "ditembak mati", "menembak mati", "tembak mati", "dibantai", "membantai",
        "walikufa", "la perte de", "the loss of", "la perdida de", "a perda de",  # "la perte de cinq soldats"
        # Swahili with the object marker of one person ("lilimuua dereva mmoja": it killed one driver); Turkish "öldü"
        # (died) is also "oldu" (became, happened): only right after a noun for people ("üç kişi öldü"); Arabic "توفي"
        # (died: "وتوفي أحدهم لاحقا") (session 16)
        "alimuua", "walimuua", "wamemuua", "amemuua", "lilimuua", "limemuua", "yalimuua", "yamemuua", "kilimuua",
        "kimemuua", "ulimuua", "umemuua", "kumuua", "akimuua", "wakimuua",
        "kisi oldu$", "asker oldu$", "sivil oldu$", "cocuk oldu$", "kisi daha oldu$", "yolcu oldu$", "isci oldu$",
        "polis oldu$", "ogrenci oldu$", "koylu oldu$", "vatandas oldu$", "توفي$", "توفيت$",
        # fatally wounded is dead, and the cue starts before the injury word ("zwei Polizisten wurden tödlich verletzt")
        "todlich verletzt", "todlich verwundet", "todlich getroffen", "mortally wounded", "fatally wounded",
        "fatally injured", "mortellement bless", "herido de muerte", "heridos de muerte", "mortalmente ferid",
        # present tenses of headlines and more verbs of killing (session 16b): "يقتل أربعة أشخاص" (kills four people),
        # "يودي بحياة ستة أشخاص" (claims the lives of six), "إعدام سبعة مدنيين" (the execution of seven), Swahili
        # "limeua watu 19" (it has killed, no object marker), "छह लोगों की जान चली गई" (six lost their lives), "मरने
        # वालों की संख्या" (the number of those who died), "застрелили" (shot dead), "matam seis pessoas", "mata 11
        # crianças", "ont abattu sept personnes", Central American "fueron ultimadas" (were killed)
        "يقتل", "تقتل", "يقتلون", "بحياة", "إعدام", "اعدام", "limeua", "yameua", "kimeua", "zimeua", "jimeua",
        "जान चली", "जानें चली", "जान चल", "जान गई", "जानें गईं", "मरने वाल", "мертв", "застрел",
        "matam$", "mata$", "abattu", "abattant", "abattent", "ultimad", "ultimaron",
        # fallen in combat (not "tombés dans une embuscade": fell into an ambush): "trois soldats sont tombés au cours
        # des combats", "cayeron en combate", "tombaram em combate", "caduti in combattimento"
        "tombe au combat", "tombes au combat", "tombe au cours des combats", "tombes au cours des combats",
        "tombes au champ d'honneur", "tombe au champ d'honneur", "tombes sous les balles", "cayeron en combate",
        "cayo en combate", "caidos en combate", "tombaram em combate", "tombou em combate", "caduti in combattimento",
        # died of their wounds: "deux manifestants ont succombé à leurs blessures", "three succumbed to their injuries"
        "succomb", "succumb",
        # bodies found, and died in the singular of a later victim (session 17): "Outros dois corpos foram
        # encontrados", "dos cuerpos", "deux corps ont été retrouvés", "тіла двох", "помер ще один чоловік", "दो ने ...
        # दम तोड़ दिया" (two succumbed; virama and nukta folded)
        "corpos", "cuerpos", "corps ont ete", "corps sans vie", "corps retrouv", "тела", "тіла", "помер", "умер$",
        "умерл", "скончал", "दम तोड",
        # lives taken or lost: "a coûté la vie à onze soldats", "costó la vida a seis", "custou a vida de três",
        # "ont perdu la vie", "perdieron la vida", "perderam a vida"; Swahili "kuua maafisa watano" (to kill)
        "coute la vie", "coutant la vie", "couter la vie", "perdu la vie", "perdent la vie", "costo la vida",
        "costado la vida", "cobro la vida", "cobrado la vida", "perdieron la vida", "perdio la vida", "custou a vida",
        "costou a vida", "perderam a vida", "perdeu a vida", "kuua$",
    ),
    "injured": ("injur", "wound", "hurt", "hospitali", "ferend", "yaralandı", "yaralı", "bless", "herid", "hirio", "hirieron", "hiriendo", "lesionad", "ferid",
                "feriu", "feriram", "ferindo", "جرح", "جريح",
                "جرحى", "مصاب", "إصاب", "اصاب", "أصيب", "اصيب", "ранен", "ранены", "поранен", "пострадав",
                "постражда", "walijeruhiwa", "wamejeruhiwa", "majeruhi", "kujeruhiwa", "jikkata", "raunata",
                "verletzt", "verwundet", "ቆሰሉ", "ቆስለዋል", "bakomeretse", "ferit", "gewond", "verwond", "ranny$",
                "ranni$", "rannych", "rannymi", "ranna$", "ranne$", "ranion", "ranił", "postrzel", "poszkodowan",
                "घायल", "जख्मी", "ज\u093cख्मी", "luka$", "luka-luka", "terluka", "melukai", "cedera",
                # people in care: "22 people were being treated for gunshot wounds" (the wounded, not the dead)
                "treated for", "being treated", "receiving treatment",
                # present tenses and infinitives (session 16b): "ويصيب 16 آخرين" (and wounds 16 others), "na
                # kujeruhi zaidi ya 40" (and to injure more than 40)
                "يصيب", "تصيب", "يصيبون", "kujeruhi", "kuwajeruhi", "limejeruhi", "limewajeruhi", "yamejeruhi",
                # Swahili while-clauses and the singular (session 17): "huku wengine wawili wakijeruhiwa vibaya"
                # (while two others were badly hurt), "alijeruhiwa"
                "wakijeruhi", "alijeruhi", "amejeruhi", "akijeruhi"),
    "abducted": ("kidnap", "abduct", "hostage", "taken captive", "enlev", "otage", "kidnapp", "rapt",
                 "secuestr", "plagi", "sequestr", "raptad", "خطف", "اختطاف", "مخطوف", "رهائن", "رهين", "похищ",
                 "викрад", "заложник", "заручник", "walitekwa", "wametekwa", "sace$", "garkuwa", "entfuhrt",
                 "geisel", "verschleppt", "ታገቱ", "ታግተዋል", "bashimuswe", "rapit", "rapiment", "ostagg", "ontvoer",
                 "gegijzeld", "gijzel", "porwa", "uprowadz", "zakładni", "अपहरण", "अगवा", "बंधक", "diculik",
                 "menculik", "disandera", "sandera"),
    # people missing are no count of ours, but the number must not go to the dead ("dozens were still missing")
    # combatants put out of action: "18 assailants were neutralised", "beş terörist etkisiz hale getirildi",
    # "знищено 14 окупантів", "fielen zwölf Soldaten" (fell): the dead only when the number counts fighters of a side
    # (``nlp.sides``), not "neutralised three IEDs", "знищено 5 танків", "fielen Schüsse" (session 16)
    "neutralized": ("neutralis", "neutraliz", "etkisiz hale getir", "знищено", "знищили", "знищен",
                    "уничтожен", "уничтожили", "fielen", "gefallen", "fiel$"),
    "missing": ("missing", "unaccounted", "disparu", "desaparecid", "مفقود", "المفقودين", "dispersi$", "vermist",
                "zagini", "लापता", "hilang"),
    # people arrested are no count of ours either, but the number must not go to the dead ("police arrested 40 people";
    # "detained 25 people and killed three": 3). Verb forms only: "killed 5 detainees" counts the dead
    "arrested": ("arrested", "arresting", "arrests$", "arrest$", "detained", "detaining", "rounded up", "nabbed",
                 "apprehended", "took into custody", "taken into custody", "picked up", "interpell", "arrete$",
                 "arretes$", "arretee$", "arretees$", "detenid", "detuv", "arrestad", "arrestat", "capturad",
                 "capturaron", "detidos", "detidas", "prenderam", "festgenommen", "festnahm", "verhaftet",
                 "gearresteerd", "aangehouden", "opgepakt", "zatrzyma", "aresztowa", "задержа", "арестова", "затрима",
                 "заарештова", "gozaltına", "tutuklan", "walikamatwa", "wamekamatwa", "kukamatwa", "an kama", "sun kama",
                 "اعتقال", "اعتقل", "القبض", "توقيف", "गिरफ्तार", "गिरफ\u093c्तार", "हिरासत", "दबोच", "ditangkap",
                 "menangkap", "diamankan", "mengamankan", "ditahan", "dibekuk", "diringkus"),
    "displaced": ("desalojad", "desabrigad",  # pt "milhares de desalojados" (session 16)
                  "displac", "fled", "flee", "fleeing", "refugee", "uproot", "forced from", "driven from",
                  "from their homes", "crossed into", "crossed the border", "franchi la frontiere", "cruzaron",
                  "виіхали", "выехали", "покинули", "залишили", "перебрались",
                  "homeless", "deplac", "fui", "fuyant", "refugi", "desplaz", "huy", "deslocad", "fugi",
                  "نزوح", "نازح", "فر ", "فروا", "لاجئ", "تهجير", "مهجر", "беженц", "біженц", "переселен",
                  "vertrieben", "geflohen", "fluchteten", "fluchtling", "ተፈናቀሉ", "ተፈናቅለዋል", "ተፈናቃይ", "bahunze",
                  "sfollat", "fuggit", "profugh", "in fuga", "ontheemd", "gevlucht", "ontvlucht", "vluchteling",
                  "op de vlucht", "verdreven", "uciek", "uchodzc", "przesiedl", "wysiedl", "ucieczk",
                  "विस्थापित", "बेघर", "शरणार्थी", "पलायन", "mengungsi", "pengungsi", "terusir",
                  # session 16b: made to leave, evacuated because of shelling, fled (sw, es, pt, tr, ru, uk)
                  "zimekimbia", "wamekimbia", "walikimbia", "kimbia makazi", "abandonar sus", "abandonar suas",
                  "евакуюва", "эвакуирова", "вывезен", "вивезен", "fogem", "goc etti", "goc etmek"),
}
# a trailing "$" means the word ends there: "tue$" is French "tué", not "Tuesday"; a cue starts a word in Devanagari
# too, where a vowel sign before it is no letter to ``\w``: "छापेमारी" (a raid) holds no "मारी" (killed) (session 16b)
_CUE_RE = {cat: re.compile(r"(?<![^\W\d_])(?<![\u0900-\u097f])(?:و|ف|ب|ل)?(" + "|".join(
    re.escape(c[:-1]) + r"(?!\w)" if c.endswith("$") else re.escape(c) for c in cues) + r")", re.UNICODE)
           for cat, cues in _CUES.items()}
_MAX_GAP = 60  # characters between a number and its cue word
# "Two constables, identified as Muhammad Asif and Mubashir, were shot dead": a longer gap is fine
# when it is an apposition between commas right before the verb
_APPOSITION = re.compile(r",[^,]*,\s*(?:were|was|have been|had been|has been|ont ete|fueron|foram)\s+(?:\w+\s+)?$")


def _cue_positions(text: str) -> list[tuple[int, int, str]]:
    if text.isascii():  # the common case: same result as the per-character fold, 50x faster
        folded = text.lower()
    else:
        folded = "".join(_fold(ch) if len(_fold(ch)) == 1 else ch for ch in text)
    found = [(m.start(), _word_end(folded, m.end()), cat) for cat, rx in _CUE_RE.items()
             for m in rx.finditer(folded)]
    # "three detained militants": an adjective names who died, it counts no arrest; "Mato Grosso" is no "mató"
    return sorted(c for c in found if (c[2] != "arrested" or not _HELD_PEOPLE.match(folded, c[1]))
                  and not folded.startswith("mato grosso", c[0])
                  and not (c[2] == "fatalities" and _NO_DEATH_BEFORE.search(folded, max(0, c[0] - 30), c[0]))
                  and not (folded.startswith("mata", c[0]) and (_NO_KILLS_BEFORE.search(folded, 0, c[0])
                                                                or _NO_KILLS_AFTER.match(folded, c[0]))))


# a threat of death is no death: "colonos armados las amenazaran de muerte", "recibió amenazas de muerte", "menacés
# de mort", "ameaçados de morte", "minacciati di morte", "угрожали смертью"; the death word counts no one (session 17b)
# ... nor is a harm done without victims: "sans faire de victimes", "sin dejar víctimas", "sem causar vítimas",
# "without causing casualties"
_NO_DEATH_BEFORE = re.compile(r"(?:\b(?:amenaz\w*|menac\w*|ameac\w*|minacc\w*|threat\w*)\s+(?:\w+\s+)?(?:de|di|of|with)\s+"
                              r"|(?<!\S)(?:угрож\w*|угроз\w*|погрож\w*|погроз\w*)\s+"
                              r"|\b(?:sans|sin|sem|senza|without)\s+(?:faire|dejar|causar|provocar|deixar|causer|causing|"
                              r"fare|any)?\s*(?:de\s+|d'|aucune?\s+|ningun\w*\s+|nenhum\w*\s+|any\s+)?)$")


# "mata" kills in Spanish and Portuguese, but is the eye of Indonesian "gas air mata" (tear gas), "mata-mata" (a spy),
# "mata uang" (a currency) and the forest of Portuguese "na mata" (session 16b)
_NO_KILLS_BEFORE = re.compile(r"\b(?:air|gas|na|da|pela|em|uma)\s+$")
_NO_KILLS_AFTER = re.compile(r"mata[-\s](?:mata|uang|pelajaran|angin)\b")


_HELD_PEOPLE = re.compile(r"\s+(?:militants|men|women|persons|people|suspects|youths|protesters|students|leaders|activists|"
                          r"terrorists|rebels|fighters|cadres|members|workers|prisoners|individuals|soldiers|migrants|"
                          r"journalists|detainees|inmates)\b")


def _word_end(text: str, i: int) -> int:
    """Cues are word prefixes ("kill"): the gap to a number starts after the whole word."""
    while i < len(text) and (text[i].isalpha() or text[i] == "-" or "\u0900" <= text[i] <= "\u097f"):
        i += 1
    return i


_BY = re.compile(r"\b(?:by|par|por|pelos?|pelas?|da|dai|dagli|dalle|door|przez)\s+(?:at least\s+|some\s+|about\s+)?$",
                 re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\b(?:and|while|et|y|e)\s+(?:another|other|at least|some|about)?\s*$", re.IGNORECASE)
# Swahili, Indonesian and Turkish "and" too: "limeua watu 19 na kujeruhi 40" (killed 19 and injured 40) (session 16b)
_CLAUSE_BREAK = re.compile(r"\b(?:and|while|but|et|mais|y|pero|e|mas|ma|maar|na|dan|serta|ve)\s+$")
_OTHERS = re.compile(r"\s+(?:others?|more(?: people| persons)?|autres|otros|otras|outros|outras|altri|altre|anderen|"
                     r"innych|inne|inni)\b")


def _and_clitic(text: str, start: int, category: str) -> bool:
    """The cue word carries Arabic "and" ("مقتل متظاهرين اثنين وإصابة 30": "and the wounding of 30"): a new clause,
    like "and injured" (not the first letter of the word itself, "وفاة")."""
    return text[start:start + 1] == "و" and _CUE_RE[category].match(text[start + 1:start + 40]) is not None


def _distance(q: Quantity, cue: tuple[int, int, str], text: str) -> float | None:
    start, end, _ = cue
    if end <= q.start:
        gap = text[end:q.start]
        penalty = 0.0
    elif start >= q.end:
        gap = text[q.end:start]
        penalty = -0.5  # "17 killed", "dozens were killed": the number usually comes first
    else:
        return None
    too_far = len(gap) > _MAX_GAP and not (start >= q.end and len(gap) <= 2 * _MAX_GAP and _APPOSITION.search(gap))
    if too_far or any(sep in gap for sep in (";", ".", ":", "\n", "।")):
        return None
    if start >= q.end and (_CLAUSE_BREAK.search(gap) or _and_clitic(text, start, cue[2])):
        penalty += 2.0  # "killed at least 32 persons and injured 125 others": 32 goes with "killed"
    if start >= q.end and _OTHERS.match(gap):
        penalty = -2.0  # "one was killed and three others were injured": "three others" goes with what follows
    if end <= q.start:
        if _BY.search(gap):
            return None  # "were shot dead by three militants": the number counts the perpetrators
        if _OTHERS.match(text, q.end) or _NEW_CLAUSE.search(gap):
            penalty = 3.5  # "was killed and 19 others were injured", "shot dead and another two were hurt"
        elif gap.strip() == ",":
            # a verb-final language's next clause: "dokuz kişi öldü, 20'den fazla kişi yaralandı" (nine died, more
            # than 20 were hurt): 20 goes with the cue after it, if any (session 16b)
            penalty = 2.0
    return len(gap.split()) + penalty


# "a soldier was killed", "killing a policeman", "un soldat a été tué": one person, no number word.
_ONE_VICTIM = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:was|has been)\s+(?:\w+\s+)?"
    r"(?:killed|shot dead|murdered|beheaded|lynched|executed|stabbed to death|beaten to death|shot and killed)"
    r"|\b(?:killed|killing|murdered|shot dead|shooting dead|beheaded)\s+(?:a|an|another)\s+(?!number|total|group|family|couple)"
    # "Binod Roy was killed", "a Frontier Corps Subedar, Mujeeb, ... was shot dead": "was" is one person
    r"|\b(?:was|has been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|murdered|beheaded|lynched|executed"
    r"|stabbed to death|beaten to death|hacked to death|shot and killed|gunned down|assassinated)\b"
    r"|\bsuccumbed to (?:his|her) (?:injuries|wounds)|\bleaving (?:him|her) dead\b|\b(?:dead )?body of a\b"
    # "... clashed with police, leaving a policeman dead", "beat him to death", "A woman was raped and killed"
    r"|\bleaving (?:a|an|one) (?:[\w-]+ ){0,2}?dead\b"
    r"|\b(?:beat|beating|stoned|stoning|hacked|hacking|stabbed|stabbing|burned|burnt|burning) (?:him|her) to death\b"
    # "A crowd beat a man to death", "stabbed a teenager to death" (session 17b)
    r"|\b(?:beat|beating|stoned|stoning|hacked|hacking|stabbed|stabbing|burned|burnt|burning|lynched) (?:a|an) "
    r"(?:[\w-]+ ){1,3}?to death\b"
    r"|\b(?:a|an|one) (?:[\w-]+ ){0,2}?(?:was|has been) raped and (?:killed|murdered)\b"
    r"|\bassassination of\b|\b(?:fue|resulto)\s+(?:asesinad|muert)|\bfoi\s+(?:morto|morta|assassinad)"
    r"|\b(?:un|une)\s+(?:[\w-]+\s+){0,2}?a\s+ete\s+(?:tue|tuee|abattu|abattue|assassine|assassinee)\b"
    r"|\b(?:un|una)\s+(?:[\w-]+\s+){0,2}?(?:fue\s+asesinad|murio)"
    # one who died of wounds, in French and Portuguese: "Un étudiant de 19 ans a succombé à ses blessures", "um jovem
    # de 17 anos morreu no hospital"; Arabic "اغتال"/"اغتيال" (assassinated, the assassination of: one target, like
    # English "assassination of") (session 17)
    r"|\b(?:un|une)\s+(?:[\w-]+\s+){0,4}?(?:a\s+succombe|est\s+decedee?)\b|\b(?:um|uma)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:morreu|faleceu)\b|(?<!\S)(?:اغتال|اغتيال|واغتيال|باغتيال)(?!\S)"
    # Russian and Ukrainian: "погиб мужчина", "загинув чоловік", "убита женщина" (a verb in the singular, a person)
    r"|(?<!\w)(?:погиб|погибла|убит|убита|загинув|загинула|вбито|убили)\s+(?:[\w-]+\s+){0,2}?(?:мужчина|женщина|человек|"
    r"ребенок|ребёнок|мирный житель|чоловік|чоловіка|жінка|людина|дитина|мирний житель|"
    # folded ("й" -> "и"): "загинув 45-річний водій", "погиб военный"
    r"водитель|водіи|военныи|військовии|полицеискии|поліцеискии|пенсионер|пенсіонер|подросток|підліток|"
    r"священник|священик)(?!\w)"
    # ... and the noun first: "водій загинув на місці", "водитель погиб" (session 17b)
    r"|(?<!\w)(?:мужчина|женщина|ребенок|чоловік|жінка|дитина|водитель|водіи|пенсионер|пенсіонер|подросток|підліток)"
    r"\s+(?:[\w-]+\s+)?(?:погиб|погибла|загинув|загинула|скончался|скончалась|помер|померла)(?!\w)"
    r"|(?<!\w)(?:ein|eine)\s+(?:[\w-]+\s+){0,2}?(?:wurde|ist)\s+(?:\w+\s+)?(?:getötet|getotet|erschossen|ermordet)"
    # "ein Gendarm wurde durch einen Schuss tödlich verletzt" (fatally wounded: dead) (session 16)
    r"|(?<!\w)(?:ein|eine)\s+(?:[\w-]+\s+){0,2}?(?:wurde|ist)\s+(?:\w+\s+){0,6}?(?:todlich|tödlich)\s+(?:verletzt|verwundet|getroffen)"
    # Italian, Dutch, Polish: "è stato ucciso", "is doodgeschoten", "kwam om het leven", "został zastrzelony", "zginął"
    r"|\b(?:e stato|e stata|e rimasto|e rimasta)\s+(?:\w+\s+)?(?:ucciso|uccisa|freddato|freddata|assassinato|"
    r"assassinata|giustiziato|giustiziata|decapitato|decapitata|linciato|linciata)\b|\b(?:e morto|e morta)\b"
    r"|\b(?:is|werd)\s+(?:\w+\s+)?(?:doodgeschoten|gedood|vermoord|doodgestoken|geexecuteerd|onthoofd|gelyncht|"
    r"omgebracht)\b|\bkwam\s+(?:\w+\s+){0,3}?om het leven\b|\bis\s+(?:\w+\s+){0,2}?om het leven gekomen\b"
    r"|(?<!\w)(?:zostal|został|zostala|została)\s+(?:\w+\s+)?(?:zabity|zabita|zastrzelony|zastrzelona|zamordowany|"
    r"zamordowana|zlinczowany|zlinczowana)(?!\w)"
    # "zginął" is one dead, "nikt nie zginął" none (no one died) (session 17)
    r"|(?<!\w)(?<!nie )(?:zginał|zgineła|zmarł|zmarła|poległ)(?!\w)"
    r"|\b(?:ucciso|uccidendo|ha ucciso|hanno ucciso|freddato|hanno freddato)\s+(?:un|una)\s+(?!gruppo|numero|totale)"
    r"|\b(?:heeft|hebben)\s+een\s+(?:\w+\s+){0,2}?(?:doodgeschoten|gedood|vermoord|doodgestoken)\b"
    # one of the wounded died: "30 were hurt and one of them later died", "l'un d'eux est décédé", "uno de ellos murió",
    # "um deles morreu", "وتوفي أحدهم لاحقا"; and the bomber alone: "the suicide bomber also died" (session 16)
    r"|\bone of (?:them|the (?:injured|wounded|victims))\s+(?:\w+\s+)?(?:died|succumbed)\b"
    r"|\bl'un d'(?:eux|entre eux)\s+(?:\w+\s+)?(?:est (?:decede|mort)|a succombe)|\buno de ellos\s+(?:\w+\s+)?"
    r"(?:murio|fallecio)\b|\bum deles\s+(?:\w+\s+)?(?:morreu|faleceu)\b"
    r"|(?<!\S)و?(?:توفي|توفيت)\s+(?:أحدهم|احدهم|إحداهن|احداهن|أحد المصابين|احد المصابين)"
    r"|\bthe (?:suicide )?(?:bomber|attacker|assailant|gunman) (?:also )?died\b"
    # one person who died, no number (session 16b): "A 32-year-old shopkeeper died on the way to hospital", "Un étudiant
    # de 19 ans a succombé à ses blessures", "una mujer de 40 años falleció", "bir Filistinli genç hayatını kaybetti"
    r"|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:died|succumbed|perished)\b"
    r"|\b(?:un|une)\s+(?:[\w'-]+\s+){0,4}?(?:a succombe|est mort|est morte|est decede|est decedee)\b"
    r"|\b(?:un|una)\s+(?:[\w-]+\s+){0,4}?(?:murio|fallecio|perdio la vida)\b"
    r"|\b(?:um|uma)\s+(?:[\w-]+\s+){0,4}?(?:morreu|faleceu|foi morto|foi morta)\b"
    r"|\bbir\s+(?:\S+\s+){0,3}?(?:hayatını kaybetti|yasamını yitirdi|olduruldu|sehit oldu|sehit dustu)"
    # Turkish "bir" and a noun in the accusative, then "killed": "Ezidi bir çiftçiyi kurşunlayarak öldürdü" (session 17b)
    r"|\bbir\s+(?!grup)(?:\S+\s+)?\S+(?:i|ı|u)\s+(?:\S+\s+)?(?:oldurdu|katletti)\b"
    # Arabic "shot him dead": "فأردوه قتيلا", "أرداه قتيلا", "أردتها قتيلة" (session 17b)
    r"|(?<!\S)[وف]?(?:أردوه|أرداه|أردته|أردوها|أرداها|أردتها|اردوه|ارداه|اردته|اردوها|ارداها)\s+(?:قتيلا|قتيلة)(?!\w)"
    # Arabic: a singular noun for a person right after the verb or noun of killing: "استشهد شاب فلسطيني" (a young
    # Palestinian was martyred), "تسفر عن مقتل متظاهر" (the killing of a protester); not the dual or plural ("مقتل
    # شخصين", "مقتل متظاهرين")
    r"|(?<!\S)[وف]?(?:استشهد|استشهاد|قتل|مقتل|مصرع|توفي|وفاة|إعدام|اعدام|اغتيال)\s+(?:ال)?(?:شاب|رجل|طفل|طفلة|امرأة|"
    r"سيدة|فتى|فتاة|جندي|شرطي|متظاهر|مواطن|مدني|ضابط|مسلح|صحفي|صحافي|مزارع|عامل|طالب|ناشط|مسن|شخص|سائق|فلسطيني|"
    r"عسكري|عنصر|راع|مهاجر|لاجئ|معتقل|أسير|اسير|مستوطن|قيادي|طبيب|ممرض|مسعف)(?!\w)"
    # Russian and Ukrainian: a verb of killing with one person in the accusative singular ("застрелили лидера общины",
    # "убили женщину", "вбили активіста"), not a plural ("убили мирных жителей": -ых, -ей)
    r"|(?<!\w)(?:застрелили|убили|вбили|застрелил|убил|вбив|расстреляли|розстріляли|зарезали|зарізали)\s+"
    r"(?:[\w-]+(?:ого|его|ую|юю|ього)\s+){0,2}?(?!около|более|менее|понад|близько)[\w-]{3,}(?:а|я|у|ю)(?!\w)")
# Hindi and Indonesian: "एक जवान शहीद हो गया", "एक व्यापारी की गोली मारकर हत्या", "seorang polisi tewas", "menewaskan
# seorang warga" (folded: no virama)
_ONE_VICTIM_HI_ID = re.compile(re.sub("[\u0900-\u097f]+", lambda m: _fold(m.group()),
    # "एक युवक की गोली लगने से मौत हो गई" (a youth died of a bullet wound) (session 17)
    r"(?<!\S)एक\s+(?:\S+\s+){0,3}?(?:की\s+(?:गोली\s+मारकर\s+|चाकू\s+मारकर\s+|पीट-पीटकर\s+|गोली\s+लगने\s+से\s+)?"
    r"(?:मौत|हत्या)|शहीद|"
    r"मारा\s+गया|मारी\s+गई|मारी\s+गयी)"
    r"|\bseorang\s+(?:\S+\s+){0,3}?(?:tewas|meninggal|terbunuh|dibunuh|ditembak mati|gugur)\b"
    r"|\b(?:menewaskan|membunuh|menembak mati)\s+seorang\b"
    # the perpetrator, a singular with no number ("pelaku tewas": the bomber died; not "para/kedua pelaku") (session 16)
    r"|(?<!para )(?<!kedua )(?<!ketiga )\bpelaku\s+(?:\S+\s+){0,3}?(?:tewas|meninggal)\b"))


def _one_victim_hi_id(text: str) -> bool:
    """One victim in Hindi or Indonesian (tried only on texts that hold "एक", "seorang" or "pelaku")."""
    low = text.lower()
    return ("एक" in text or "seorang" in low or "pelaku" in low) and _ONE_VICTIM_HI_ID.search(_fold(text)) is not None


# one person named by a role with no article or number: "shot dead local cleric Maulana Abdul Shah", "killed the
# village headman", "resulted in the death of agent Brian Terry", "shot dead JAS tehsil President, Maulana ..."
_ROLE = (r"(?:cleric|imam|priest|pastor|headman|chief|mayor|leader|official|councillor|councilor|journalist|teacher|"
         r"doctor|trader|businessman|politician|legislator|lawmaker|candidate|governor|minister|senator|chairman|"
         r"president|secretary|commander|agent|guard|driver|contractor|activist|lawyer|judge|policeman|constable|"
         r"officer|soldier|student|farmer|villager|elder|chieftain|spokesman|editor|engineer|employee|worker|"
         r"caretaker|shopkeeper|merchant|nun|monk|pilgrim|tribesman|herder|headmaster)")
_ONE_ROLE = re.compile(r"\b(?:killed|shot dead|gunned down|murdered|assassinated|beheaded|lynched|shooting dead|"
                       r"killing|the death of|the killing of|the murder of|the assassination of)\s+"
                       r"(?:the\s+|a\s+|an\s+|his\s+|their\s+)?(?:[\w'-]+\s+){0,5}?" + _ROLE + r"\b(?![\w-]|\s+and\b)")
_KIN = "son|daughter|wife|husband|brother|sister|father|mother|cousin|nephew|niece|child"
_TWO_VICTIMS = re.compile(
    r"\bkill(?:ed|ing) a couple\b|\bleaving both(?: of them)? dead\b"
    # "Both people inside the vehicle were killed", "both of them died", "ambos murieron", "ambos foram mortos", "tous
    # les deux ont été tués" (session 16b)
    r"|\bboth\s+(?:[\w-]+\s+){0,4}?(?:(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|murdered)|died)\b"
    r"|\b(?:ambos|ambas)\s+(?:[\w-]+\s+){0,4}?(?:murieron|fallecieron|fueron asesinad[oa]s|morreram|faleceram|"
    r"foram mort[oa]s|foram assassinad[oa]s)\b"
    r"|\btou(?:s|tes) (?:les )?deux\s+(?:[\w'-]+\s+){0,3}?(?:ont ete tue|sont mort|sont decede)"
    # Indonesian, two singulars: "menewaskan pelaku dan seorang anggota polisi" (the bomber and a policeman),
    # "menewaskan seorang warga dan seorang polisi"
    r"|\b(?:menewaskan|membunuh|menembak mati)\s+(?:pelaku|seorang\s+\S+)\s+(?:\S+\s+)?dan\s+seorang\b"
    # one person and a relative or companion: "killed a villager and his cousin", "a woman and her son were shot dead"
    r"|\b(?:killed|killing|shot dead|murdered|hacked to death|killing of|death of|deaths of) (?:a |an |one |the )?"
    r"(?:[\w-]+ ){0,2}?(?:[a-z]+ (?:named|identified as) [\w ]{3,30}?|[a-z]+) and (?:his|her) "
    rf"(?:{_KIN}|colleague|friend|companion|bodyguard|driver)\b(?!s)"
    r"|\b(?:a|an|one) (?:[\w-]+ ){0,2}?(?:man|woman|villager|farmer|trader|teacher|driver|worker|resident|girl|boy|"
    r"child|mother|father|grandmother|grandfather) and (?:his|her) (?:[\w-]+ )?"
    rf"(?:{_KIN}|grandmother|grandfather|grandson|granddaughter|grandchild) (?:were|have been|had been) (?:\w+ )?"
    r"(?:killed|shot dead|murdered|hacked to death)\b")


# a toll that rose far from its cue: "the death toll from Friday's suicide attack on the mosque in Peshawar rose to 45"
_TOLL_NOW = re.compile(r"\b(?:death\s+)?toll\b[^.;:]{0,100}?\b(?:rose|risen|climbed|jumped|increased|reached|stands|"
                       r"stood|grew|has\s+gone\s+up)\s+(?:to|at)\s+"
                       # the same in other languages (session 17): "Le bilan a été porté à trente-cinq", "stieg die
                       # Zahl der Toten auf neun", "el saldo de muertos subió a 14", "o número de mortos subiu para 9",
                       # "Кількість загиблих ... зросла до двадцяти одного", "число погибших возросло до 12"
                       r"|\bbilan\b[^.;:]{0,80}?\b(?:porté|passé|alourdi|grimpé|monté)\s+à\s+"
                       r"|\bZahl\s+der\s+(?:Toten|Todesopfer|Opfer)\b[^.;:]{0,80}?\bauf\s+"
                       r"|\b(?:saldo|balance|cifra|número)\s+(?:de\s+(?:muertos|fallecidos|víctimas|mortos|vítimas)\s+)?"
                       r"[^.;:]{0,80}?\b(?:subió|aumentó|ascendió|asciende|se elevó|subiu|aumentou|chegou)\s+(?:a|para)\s+"
                       r"|(?<!\w)(?:кількість|число|количество)\s+(?:загиблих|погибших|жертв)[^.;:]{0,80}?"
                       r"(?:зросла|зросло|сягнула|возросло|выросло|возросла|достигло|увеличилось)\s+до\s+", re.IGNORECASE)


def _toll_now(text: str) -> Count | None:
    found = _TOLL_NOW.search(text)
    if found is None:
        return None
    quantities = parse_quantities(text[found.end():found.end() + 40])
    if not quantities or quantities[0].start > 12:  # "rose to at least 45", not a number further on
        return None
    q = quantities[0]
    if re.match(r"\s*(?:people\s+)?(?:injured|wounded|hurt)\b", text[found.end() + q.end:], re.IGNORECASE):
        return None  # "the toll rose to 45 injured"
    return Count(best=q.best, low=q.low if q.low is not None else q.best, high=q.high)


# one victim named with an article, then a counted group: "killed a village chief and his two sons", "killed a
# 3-year-old child and two adults", "a tué un chef de village et ses deux fils", "mataron a un líder y sus dos hijos";
# with "the" and a singular noun too ("killing the driver and four officers", "killed the village chief and his two
# sons", "a tué le maire et ses deux fils", "mataron al alcalde y a sus dos hijos"), and the suicide bomber himself
# ("killing himself and four others": 5) (session 16)
_ONE_AND_MORE = re.compile(
    r"\b(?:(?:killed|killing|shot dead|shooting dead|murdered|gunned down|hacked to death|tue|tuant|a tue|ont tue|mato|"
    # the noun too: "condemned the killing of a missionary and two colleagues" (3) (session 17)
    r"mataron|asesinaron|matou|mataram|killing of|murder of|assassination of|el asesinato de|o assassinato de)\s+"
    r"|l'assassinat d'(?=une?\s))(?:(?:himself|herself)\s+|(?:a\s+)?(?:a|an|one|un|une|uno|una|um|uma|the|le|"
    r"la|l'|el|al|o)\s*(?!same\b|next\b|following\b|previous\b|other\b)(?:[\w-]+\s+){0,2}?[\w-]*[^\Ws]\s+)"
    r"(?:and|as well as|et|y|e)\s+(?:a\s+)?(?:his|her|their|ses|sus|seus|suas|leurs)?\s*(?P<n>[\w-]+)\s+(?:[\w-]+\s+)?"
    r"(?:sons|daughters|children|adults|relatives|brothers|sisters|companions|colleagues|bodyguards|guards|people|"
    r"others|women|men|friends|soldiers|civilians|policemen|officers|villagers|farmers|students|passengers|workers|"
    r"fils|filles|enfants|adultes|proches|freres|soldats|civils|policiers|hijos|hijas|ninos|adultos|familiares|soldados|"
    r"civiles|policias|civis|escoltas|guardaespaldas|acompanantes|companeros|escortes|gardes|segurancas|"
    r"hermanos|filhos|filhas|criancas|parentes|irmaos)\b")


# a later victim by ordinal is the new toll: "killed four people; a fifth victim died later in hospital" (5), "murió en
# el hospital una séptima víctima" (7), "une cinquième victime a succombé", "ein fünftes Opfer starb" (session 16)
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8,
    "neuvieme": 9, "dixieme": 10, "segunda": 2, "tercera": 3, "tercer": 3, "cuarta": 4, "cuarto": 4, "quinta": 5,
    "quinto": 5, "sexta": 6, "sexto": 6, "septima": 7, "septimo": 7, "octava": 8, "octavo": 8, "novena": 9,
    "noveno": 9, "decima": 10, "decimo": 10, "terceira": 3, "terceiro": 3, "quarta": 4, "quarto": 4, "setima": 7,
    "setimo": 7, "oitava": 8, "oitavo": 8, "nona": 9, "nono": 9, "seconda": 2, "terza": 3, "sesta": 6, "settima": 7,
    "ottava": 8, "zweites": 2, "drittes": 3, "viertes": 4, "funftes": 5, "sechstes": 6, "siebtes": 7, "achtes": 8,
    # German masculine and feminine, the ordinal standing alone: "ein dritter erlag seinen Verletzungen" (session 17)
    "zweiter": 2, "dritter": 3, "vierter": 4, "funfter": 5, "sechster": 6, "siebter": 7, "achter": 8,
    "zweite": 2, "dritte": 3, "vierte": 4, "funfte": 5, "sechste": 6, "siebte": 7, "achte": 8,
}
# the victim named after the ordinal, or a body found ("pulled a second body from the rubble", "un cuarto militar
# murió", "um quinto corpo foi encontrado"), or none at all: "Un cinquième, grièvement blessé, a succombé", "ein
# dritter erlag seinen Verletzungen" (session 17)
_NTH = r"(?:a|an|une|un|una|uno|um|uma|ein|eine)\s+(?P<{}>" + "|".join(_ORDINALS) + r")(?:\s+(?:[\w-]+\s+)?" \
    r"(?:victims?|person|man|woman|child|soldier|policeman|officer|civilian|body|victime|personne|soldat|policier|" \
    r"militaire|civil|corps|victima|persona|militar|soldado|policia|agente|cuerpo|cadaver|vitima|pessoa|policial|" \
    r"corpo|vittima|opfer|soldat|polizist|leiche|muerto|morto|fallecido|mort)\b|\s*,|(?=\s+" + "{}" + r"))"
_DIED_NTH = (r"(?:died|succumbed|was (?:also )?killed|was found dead|perished|est (?:decede|decedee|morte?)|a succombe|"
             r"murio|fallecio|morreu|faleceu|e mort[oa]|starb|ist gestorben|erlag|"
             # a body found: "a second body was found", "on a retrouvé un troisième corps", "se halló un segundo cuerpo"
             r"was (?:found|recovered|pulled)|were (?:found|recovered)|a ete (?:retrouve|decouvert)|fue (?:hallado|"
             r"encontrado|localizado)|foi (?:encontrado|localizado)|wurde (?:gefunden|geborgen))")
_FOUND_NTH = r"(?:pulled|recovered|found|retrouve|decouvert|hallaron|encontraron|encontraram|bargen|geborgen)"
_NTH_VICTIM = re.compile(r"\b" + _NTH.format("nth", _DIED_NTH) + r"[^.;]{0,40}?\b" + _DIED_NTH + r"\b|\b"
                         + "(?:" + _DIED_NTH + "|" + _FOUND_NTH + r")\s+(?:[\w-]+\s+){0,5}?"
                         + _NTH.format("nth2", _DIED_NTH))


def later_victim(text: str) -> int | None:
    """The toll a later victim named by ordinal makes ("a fifth victim died in hospital": 5), or None."""
    found = _NTH_VICTIM.search(_fold(text))
    return _ORDINALS[found.group("nth") or found.group("nth2")] if found else None


# two victims, each with an article: "killed a priest and a security guard", "a tué un policier et un civil"
_ONE_AND_ONE = re.compile(
    r"\b(?:killed|killing|shot dead|shooting dead|murdered|gunned down|hacked to death|tue|tuant|a tue|ont tue|mato|"
    r"mataron|asesinaron|matou|mataram)\s+(?:a\s+)?(?:a|an|un|une|uno|una|um|uma)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:and|et|y|e)\s+(?:a\s+)?(?:a|an|un|une|una|um|uma)\s+(?!number\b|total\b|group\b|nombre\b)[\w-]+")


def _one_more(text: str, counts: CountMentions) -> CountMentions:
    """The counted group plus the one victim named before it (see ``_ONE_AND_MORE``); two victims named one by one."""
    best = counts.fatalities.best
    if best in (None, 1) and _ONE_AND_ONE.search(_fold(text)):
        return CountMentions(Count(best=2, low=2, high=2), counts.injured, counts.abducted, counts.displaced)
    found = _ONE_AND_MORE.search(_fold(text)) if best else None
    if found is None:
        return counts
    group = parse_quantities(found.group("n"))
    if not group or group[0].best != best:
        return counts
    f = counts.fatalities
    return CountMentions(Count(best=best + 1, low=None if f.low is None else f.low + 1,
                               high=None if f.high is None else f.high + 1),
                         counts.injured, counts.abducted, counts.displaced)


# one more victim who died later, in a clause after the counted dead: "seven gunmen were killed and a bystander hit
# by a stray bullet later died in hospital" (8), "et un passant a succombé plus tard", "y un transeúnte murió horas
# después", "e um policial morreu horas depois", "und ein Passant erlag später seinen Verletzungen" (session 17)
_ONE_DIED_LATER = re.compile(
    r"\b(?:and|while|et|y|e|und)\s+(?:that\s+|que\s+|dass\s+)?(?:a|an|one|un|une|uno|una|um|uma|ein|eine)\s+"
    r"(?:[\w-]+,?\s+){0,8}?(?:later died|died later|later succumbed|succumbed|a succombe|est decede|est mort|"
    r"(?:murio|fallecio|morreu|faleceu|starb)\s+(?:[\w-]+\s+){0,2}?(?:mas tarde|despues|depois|mais tarde|spater)|"
    r"sucumbio|sucumbiu|erlag)\b")


def _one_died_later(text: str, counts: CountMentions) -> CountMentions:
    f = counts.fatalities
    found = _ONE_DIED_LATER.search(_fold(text)) if f.best else None
    if found is None or not any(q.end <= found.start() and q.best == f.best for q in parse_quantities(text)):
        return counts  # the one who died later comes after the counted dead
    return CountMentions(Count(best=f.best + 1, low=None if f.low is None else f.low + 1,  # type: ignore[operator]
                               high=None if f.high is None else f.high + 1),
                         counts.injured, counts.abducted, counts.displaced)


def extract_counts(text: str) -> CountMentions:
    """Fatalities, injured, abducted and displaced counts stated in ``text`` (empty Count when not)."""
    text = _AR_MARKS.sub("", text)
    counts = _one_died_later(text, _one_more(text, _extract(text)))
    if (nth := later_victim(text)) is not None and (counts.fatalities.best or 0) < nth:
        counts = CountMentions(Count(best=nth, low=nth, high=nth), counts.injured, counts.abducted, counts.displaced)
    if counts.fatalities.best is not None and _AND_DRIVER_HI.search(text):
        # "आठ जवानों और वाहन चालक की मौत": eight jawans and the driver, nine dead (session 15b)
        one_more = Count(best=counts.fatalities.best + 1, low=(counts.fatalities.low or 0) + 1 if counts.fatalities.low
                         else None, high=counts.fatalities.high + 1 if counts.fatalities.high else None)
        counts = CountMentions(one_more, counts.injured, counts.abducted, counts.displaced)
    if counts.fatalities.best is not None and counts.fatalities.best < 1000:
        counts = _one_of_another_side(text, counts)
        counts = _bombers_too(text, counts)
    if counts.fatalities.best is None and (toll := _toll_now(text)) is not None:
        return CountMentions(toll, counts.injured, counts.abducted, counts.displaced)
    if counts.fatalities.best is None and _TWO_VICTIMS.search(_fold(text)):
        return CountMentions(Count(best=2, low=2, high=2), counts.injured, counts.abducted, counts.displaced)
    if counts.fatalities.best is None and (_ONE_VICTIM.search(_fold(text)) or _ONE_ROLE.search(_fold(text))
                                           or _one_victim_hi_id(text)):
        return CountMentions(Count(best=1, low=1, high=1), counts.injured, counts.abducted, counts.displaced)
    return counts


def dead_sides(text: str) -> set[str]:
    """The sides (``nlp.sides``) of the numbers that make ``text``'s toll: "killing 21 assailants" -> {"armed"}; empty
    when the toll counts people of no side ("nine people") or there is none."""
    best = extract_counts(text).fatalities.best
    found = {_side(text, q) for q in parse_quantities(text) if best is not None and q.best == best}
    return set() if None in found else found  # type: ignore[return-value]


def _one_of_another_side(text: str, counts: CountMentions) -> CountMentions:
    """A counted toll of one side and one more dead of another side: "12 नक्सली मारे गए, जबकि ... एक जवान शहीद हो गया"
    (13), "killed 20 militants; a soldier was also killed" (21)."""
    folded = _fold(text)
    sides = {s for q in parse_quantities(text) if (s := _side(text, q))}
    if len(sides) != 1 or not other_side_one(folded, sides):
        return counts
    f = counts.fatalities
    return CountMentions(Count(best=f.best + 1, low=None if f.low is None else f.low + 1,  # type: ignore[operator]
                               high=None if f.high is None else f.high + 1),
                         counts.injured, counts.abducted, counts.displaced)


# the bombers who die with their victims count too: "tuant quatre civils en plus d'eux-mêmes" (4 and the two bombers),
# "killing six people as well as himself" (7), "matando a tres personas además de sí mismo" (session 17b)
_SELF_TOO = re.compile(
    r"\b(?:(?:as well as|besides|in addition to|along with|and)\s+(?P<one>himself|herself)|"
    r"(?:as well as|besides|in addition to|along with|and)\s+themselves|"
    r"(?:en plus|en sus|outre|ainsi)\s+(?:de\s+|d'|qu')?(?:(?P<one_fr>lui|elle)-meme|eux-memes|elles-memes)|"
    r"et\s+(?:(?P<one_fr2>lui|elle)-meme|eux-memes|elles-memes)|"
    r"(?:ademas de|aparte de|y a|junto a)\s+(?:si mism(?:os|as)|ellos mismos|ellas mismas|(?P<one_es>si mism[oa]|el mismo|"
    r"ella misma))|"
    r"(?:alem de|e a)\s+(?:si (?:mesmos|proprios|mesmas|proprias)|eles (?:mesmos|proprios)|(?P<one_pt>si (?:mesmo|proprio|"
    r"mesma|propria)))|"
    # ... or first: "killing himself and six worshippers", "se tuant ainsi que sept autres personnes", "the bomber and
    # 17 worshippers died", "Der Attentäter und 17 Gläubige kamen ums Leben"
    r"(?P<one_first>(?:killing|killed)\s+(?:himself|herself)\s+(?:and|as well as|along with)|se tuant\s+(?:ainsi que|avec|"
    r"et)|matandose\s+(?:junto a|y a|ademas de|con)|matando-se\s+(?:e a|junto com|com)|(?:the|der|die|le|la|l'|el|o|a)\s*"
    r"(?:suicide\s+)?(?:bomber|attacker|selbstmordattentater|attentater|attentaterin|kamikaze|attentatore|atacante suicida|"
    r"terrorista suicida|homem-bomba|bombista suicida)\s+(?:and|und|et|y|e)(?=\s+\d|\s+[^\W\d_]+\s+[^\W\d_]+)))(?![^\W\d_])")
_BOMBERS = re.compile(r"\s+(?:suicide\s+)?(?:bombers?|kamikazes?|attentatori|(?:terroristas|atacantes)\s+suicidas|"
                      r"suicidas|homens-bomba|bombistas)(?![^\W\d_])")


def _bombers_too(text: str, counts: CountMentions) -> CountMentions:
    """The toll plus the bombers said to have died with their victims: one for "himself", the counted bombers for
    "themselves" ("Deux kamikazes ... en plus d'eux-mêmes"); unchanged when the bombers are not counted."""
    folded = _fold(text)
    if (match := _SELF_TOO.search(folded)) is None:
        return counts
    if _ONE_AND_MORE.search(folded):
        return counts  # "killing himself and four others": counted there
    if any(match.group(g) for g in ("one", "one_fr", "one_fr2", "one_es", "one_pt", "one_first")):
        bombers = 1
    else:
        bombers = next((q.best for q in parse_quantities(text) if _BOMBERS.match(folded, q.end)), 0)
    f = counts.fatalities
    return CountMentions(Count(best=f.best + bombers, low=None if f.low is None else f.low + bombers,  # type: ignore[operator]
                               high=None if f.high is None else f.high + bombers),
                         counts.injured, counts.abducted, counts.displaced)


# a counted group and one more person named by role, in Hindi ("आठ जवानों और वाहन चालक की मौत हो गई"); the group in
# the direct case too, as before "की मौत" with "एक" ("आठ जवान और एक वाहन चालक की मौत": 9) (session 16b)
_AND_DRIVER_HI = re.compile(r"(?<!\S)(?:जवानों|सैनिकों|पुलिसकर्मियों|सुरक्षाकर्मियों|लोगों|नागरिकों|ग्रामीणों|जवान|सैनिक|"
                            r"पुलिसकर्मी|सुरक्षाकर्मी|लोग|ग्रामीण)\s+(?:और|व)\s+"
                            r"(?:एक\s+)?(?:\S+\s+)?(?:चालक|ड्राइवर|नागरिक|ग्रामीण)\s+(?:(?:की|का)\s+(?:मौत|हत्या)|शहीद)")


# right after a number, words that say who the people are ("18 displaced people", "200 refugees"), not how many
# were displaced, when the number is also what a verb right before or after counts ("killed 18 displaced
# people", "200 refugees were shot dead")
_WHO_DISPLACED = re.compile(r"\s*(?:internally\s+)?(?:displaced\s+(?:people|persons|civilians|families|villagers|"
                            r"men|women|children|residents)|refugees?|idps?|d[ée]plac[ée]e?s|r[ée]fugi[ée]e?s|desplazad[oa]s|"
                            r"refugiad[oa]s|deslocad[oa]s|profughi|rifugiati|sfollati|vluchtelingen|"
                            r"ontheemden|asielzoekers|uchodźc\w*|uchodzc\w*|przesiedleńc\w*)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"(?:\s+(?:at least|some|about|more than|nearly|up to))?\s+$")
_PASSIVE_AFTER = re.compile(r"(?:\s*,[^,]{1,40},)?\s+(?:were|was|have been|had been|are|got|ont [ée]t[ée]|sont|fueron|han sido|foram)\s+"
                            r"(?:\w+\s+)?$")
# Dutch puts the verb last, right after them: "hebben twintig vluchtelingen doodgeschoten"
_VERB_FINAL_WHO = re.compile(r"\s*(?:vluchtelingen|ontheemden|asielzoekers)$", re.IGNORECASE)


# ... and hostages or captives ("executed seven hostages", "killed 3 kidnapped aid workers")
_WHO_ABDUCTED = re.compile(r"\s*(?:hostages?|captives?|abductees|(?:kidnapped|abducted)\s+\w+|otages|rehenes|"
                           r"refens)\b", re.IGNORECASE)
_WHO = {"displaced": _WHO_DISPLACED, "abducted": _WHO_ABDUCTED}


def _victims_named_by(q: Quantity, cues: list[tuple[int, int, str]], text: str, named: str) -> str | None:
    """The category of the verb that counts the displaced people, refugees or hostages (``named``) after ``q``,
    or None."""
    who = _WHO[named].match(text, q.end)
    if who is None:
        return None
    for start, end, category in cues:
        if category == named:
            continue
        if end <= q.start and _VERB_BEFORE.fullmatch(text, end, q.start):
            return category
        if start >= who.end() and (_PASSIVE_AFTER.fullmatch(text, who.end(), start) or (
                _VERB_FINAL_WHO.fullmatch(who.group()) and not text[who.end():start].strip())):
            return category
    return None


# a toll over years that follows an incident's count ("killed 23 people on Monday, the latest in a wave of attacks
# that have killed thousands in recent years"): the background number counts no incident
_BACKGROUND = re.compile(r"[^.;,]{0,40}?\b(?:in recent years|over the (?:past |last )?(?:\w+ )?(?:years|decades?)|"
                         r"in the (?:past|last) (?:\w+ )?(?:years|decades?)|since the (?:conflict|war|insurgency) "
                         r"(?:began|started|erupted)|ces dernieres annees|en los ultimos anos|"
                         r"nos ultimos anos|last year|so far this year|since (?:january|february|march|april|may|"
                         r"june|july|august|september|october|november|december|(?:19|20)\d\d))\b", re.IGNORECASE)


# ... or a running total of many incidents after it ("killed 40 people in March, bringing the toll since 2023 to
# 1,200"; not "two more bodies were found, bringing the death toll to 41": the same incident's toll)
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|brings|raising|raises|taking|takes|pushing|pushes) the (?:overall |total )?"
                            # "bringing the number of community leaders killed in the department this year to 19"
                            r"(?:death )?(?:toll|number of (?:dead|deaths|(?:[\w-]+ ){1,3}?(?:killed|murdered|slain)))"
                            r"[^.;]{0,30}?\b(?:since|this year|so far this year|in \d{4})"
                            r"[^.;]{0,20}? to (?:at least |more than |over "
                            r"|some |about )?$", re.IGNORECASE)
# the number put first: "bringing to 98 the number of social leaders killed this year" (a count of many incidents,
# whatever the period) (session 15b)
_NUMBER_FIRST = re.compile(r"\b(?:bringing|brings|raising|raises|taking|takes|pushing|pushes|elevando|elevan|portant) "
                           r"(?:to |a |au )?(?:at least |more than |some |about )?$", re.IGNORECASE)
# ... and what follows such a number: "the number of leaders killed this year", "el número de líderes asesinados"
_RUNNING_AFTER = re.compile(r"\s+(?:the|el|la|o|le) (?:total |overall )?(?:number|numero|nombre|cifra|total) (?:of|de|des|"
                            r"dos|das) ", re.IGNORECASE)


def _number_first_total(q: Quantity, text: str) -> bool:
    return bool(_NUMBER_FIRST.search(_fold(text[max(0, q.start - 40):q.start])) and _RUNNING_AFTER.match(text, q.end))


# the toll given before the new one is no second toll: "has risen to 26, up from 18 counted on Sunday", "from an
# earlier figure of 18", "contre 18 précédemment", "frente a los 18 anteriores" (session 16b)
_EARLIER_BEFORE = re.compile(r"\b(?:up|down|revised(?: up| down)?)\s+from\s+(?:an?\s+|the\s+)?(?:earlier|previous|"
                             r"initial|first)?\s*(?:(?:toll|figure|count|tally)\s+of\s+)?(?:at least\s+)?$"
                             r"|\bfrom\s+(?:an?|the)\s+(?:earlier|previous|initial)\s+(?:toll|figure|count|tally)\s+of\s+$")
_EARLIER_AROUND = re.compile(r"\b(?:contre|frente a(?: los| las)?|contra(?: los| las| os| as)?)\s+$")
_EARLIER_AFTER = re.compile(r"\s+(?:(?:morts?|victimes|muert[oa]s|mortos|victimas|vitimas)\s+)?(?:precedemment|"
                            r"auparavant|la veille|anteriores|previos|anteriormente|antes)\b")


def _earlier_toll(q: Quantity, text: str) -> bool:
    before = _fold(text[max(0, q.start - 50):q.start])
    return bool(_EARLIER_BEFORE.search(before) or (_EARLIER_AROUND.search(before)
                                                   and _EARLIER_AFTER.match(_fold(text[q.end:q.end + 40]))))


def _background(q: Quantity, text: str) -> bool:
    before = _fold(text[max(0, q.start - 80):q.start])
    return bool(_BACKGROUND.match(_fold(text[q.end:q.end + 120])) or _RUNNING_TOTAL.search(before))


# a death that set off what the sentence reports is no toll of it: "riots after the death of a man shot by police",
# "distúrbios após a morte de um homem", "émeutes après la mort d'un adolescent", "disturbios tras la muerte de un joven"
# ("following the killing of five guards" names the killing itself: it keeps its toll; so do several deaths)
_AFTER_DEATH = re.compile(r"\b(?:after|following|over|sparked by|triggered by|apos|depois d[ao]|tras|despues de|apres|"
                          r"suite a|a la suite de)\s+(?:the\s+|a\s+|la\s+|le\s+|el\s+|o\s+)?(?:death|deaths|"
                          r"morte|mortes|muerte|muertes|mort)\s+(?:of|de|do|da|del|du|d')\s*$")


_NOT_COUNTED = {"missing", "arrested", "neutralized"}  # cue categories that only keep their numbers from the dead


_FAMILIES = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:families|familles|familias|familie|familien|famiglie|gezinnen|"
                       r"rodzin|семеи|семей|сімеи|сімей|keluarga|familia|عائلات|عائلة|اسر|أسر)(?![^\W\d_])")


# a number of the wounded is counted by what befell them (session 17): "Two of the wounded died overnight" (two dead),
# "deux des blessés ont succombé", "dos de los heridos murieron", "dois dos feridos", "zwei der Verletzten starben",
# "двое из раненых умерли", "घायलों में से दो ने बाद में दम तोड़ दिया", "توفي اثنان من الجرحى"
_OF_HURT_AFTER = re.compile(r"\s+(?:(?:of|among) (?:the|those) (?:wounded|injured)|des blesses|parmi les blesses|"
                            r"de (?:los|las) heridos|d[oa]s feridos|der verletzten|(?:из|з|із|серед) (?:раненых|"
                            r"поранених)|من (?:الجرحى|المصابين))(?!\w)")
_OF_HURT_BEFORE = re.compile(r"(?:घायलों|जखमियों) में से\s*$")


def _of_the_hurt(text: str, q: Quantity) -> bool:
    return bool(_OF_HURT_AFTER.match(_fold(text[q.end:q.end + 30]))
                or _OF_HURT_BEFORE.search(_fold(text[max(0, q.start - 20):q.start])))


def _extract(text: str) -> CountMentions:
    quantities = parse_quantities(text)
    # one person's death that set things off (several deaths are more often the event: "following the death of six
    # inmates at the prison, ...")
    quantities = [q for q in quantities
                  if q.best != 1 or not _AFTER_DEATH.search(_fold(text[max(0, q.start - 50):q.start]))]
    if len(quantities) > 1:  # one number is the sentence's own; the non-event rules judge a lone toll
        quantities = [q for q in quantities if not _background(q, text)] or quantities
    # "bringing to 45 the number of defenders killed this year" counts no one of this incident, even alone
    quantities = [q for q in quantities if not _number_first_total(q, text) and not _earlier_toll(q, text)
                  and not _article_of_a_thing(text, q)]  # "sur un marché, se tuant ainsi que quatre autres": 4 others
    cues = _cue_positions(text)
    self_too = _SELF_TOO.search(_fold(text)) is not None
    assigned: list[str | None] = []
    for q in quantities:
        scored = [(d, cue[2]) for cue in cues if (d := _distance(q, cue, text)) is not None]
        if _of_the_hurt(text, q):
            scored = [x for x in scored if x[1] != "injured"]  # "Two of the wounded died": their fate counts them
        category = min(scored)[1] if scored else None
        if category == "neutralized" and min(scored)[0] > 3:
            category = None  # "neutralisé 30 terroristes et déplore la perte de cinq soldats": 5 is not neutralised
        if _ACTING.match(text, q.end) or _ACTING_HI.match(text, q.end):
            category = None  # "Four gunmen shot dead the policeman", "सैकड़ों पंडितों ने": the number counts who did it
        elif self_too and _BOMBERS.match(_fold(text[q.end:q.end + 40])):
            category = None  # "Une kamikaze ..., se tuant ainsi que sept autres": the bomber is added once, below
        if category == "neutralized":
            category = "fatalities" if _side(text, q) in {"armed", "state"} else None
        elif category == "fatalities" and _FAMILIES.match(_fold(text[q.end:q.end + 24])):
            category = None  # "más de 300 familias confinadas": families count households, not the dead
        if category in _WHO:
            category = _victims_named_by(q, cues, text, category) or category
        assigned.append(category)
    found: dict[str, list[Quantity]] = {cat: [] for cat in _CUES}
    for chain in _chains(text, quantities, cues):
        categories = {assigned[i] for i in chain} - {None}
        if len(categories) == 1:  # "two soldiers and three civilians were killed": 5
            found[categories.pop()].append(_sum([quantities[i] for i in chain]))
            continue
        for i in chain:
            if assigned[i] is not None:
                found[assigned[i]].append(quantities[i])
    _add_split_tolls(text, quantities, assigned, found)
    _add_other_sides(text, found)
    _add_others(text, found)
    return CountMentions(**{cat: _combine(qs) for cat, qs in found.items() if cat not in _NOT_COUNTED})


# one toll split between the sides, the second part with no cue of its own: "20 morts parmi les soldats et 11 chez les
# rebelles", "12 dead among the troops and 7 among the militants", "15 muertos entre los soldados y 6 entre los rebeldes"
# ("dans les rangs rebelles", "in the ranks of the army", "en las filas del ejército": the side's ranks) (session 16)
_RANKS = r"dans les rangs|in the ranks of|in the ranks|en las filas|en filas|nas fileiras|tra le fila|in den reihen"
_SPLIT_TOLL = re.compile(r"(?:dead|killed|morts|tues|muertos|mortos|morti|погибших|загиблих)\s+(?:among|on the side of|"
                         r"parmi|chez|du cote d\w*|entre|dont|среди|серед|tra|fra|" + _RANKS + r")\s+[^,;.:]{1,40}?\s+"
                         r"(?:and|et|y|e|и|і|та)\s+$")
_SPLIT_SIDE = re.compile(r"\s+(?:others?\s+|autres\s+|otros\s+|outros\s+)?(?:among|on the side of|parmi|chez|du cote|"
                         r"entre|среди|серед|tra|fra|on the|" + _RANKS + r")\b")


def _add_split_tolls(text: str, quantities: list[Quantity], assigned: list[str | None],
                     found: dict[str, list[Quantity]]) -> None:
    """The second part of a toll split between the sides joins the first."""
    for i in range(1, len(quantities)):
        a, b = quantities[i - 1], quantities[i]
        if assigned[i - 1] != "fatalities" or assigned[i] not in (None, "fatalities") or a not in found["fatalities"]:
            continue
        if _SPLIT_TOLL.search(_fold(text[a.end:b.start])) and _SPLIT_SIDE.match(_fold(text[b.end:b.end + 24])):
            found["fatalities"][found["fatalities"].index(a)] = _sum([a, b])
            if b in found["fatalities"]:
                found["fatalities"].remove(b)


def _side(text: str, q: Quantity) -> str | None:
    before = _fold(text[max(0, q.start - 30):q.start])
    return side_after(_fold(text[q.end:q.end + 48]), 0) or side_before(before, len(before))


# each side reports its own dead: "Погибли четверо армянских военных; Баку сообщил о гибели одного своего солдата"
# (4 + 1; folded, своїх reads своіх), "Kyiv said it lost two of its own soldiers", "l'armée a perdu trois de ses propres soldats": a count marked
# as the reporter's own is another side's, even when both are soldiers (session 17b)
_OWN = re.compile(r"\s+(?:(?:of\s+)?(?:its|their|his)\s+own|(?:de\s+)?(?:ses|leurs)\s+propres|(?:de\s+)?sus\s+propios|"
                  r"(?:de\s+)?seus\s+proprios|(?:dei\s+)?(?:suoi|propri)|своего|своих|своеи|свого|своіх|своєі|"
                  r"собственных|власних)(?![^\W\d_])")


def _own_losses(text: str, dead: list[Quantity]) -> bool:
    """A later count of the dead said to be the reporter's own."""
    return any(_OWN.match(_fold(text[q.end:q.end + 30])) for q in dead[1:])


def _add_other_sides(text: str, found: dict[str, list[Quantity]]) -> None:
    """Tolls of different sides counted in different clauses add up: "12 Naxals were killed, while one jawan was
    martyred", "погибли 16 силовиков и 28 боевиков" (``nlp.sides``); not a part of a whole ("12 people, including 5
    soldiers") nor a number of people, persons, or anyone of no side."""
    dead = sorted(found["fatalities"], key=lambda q: q.start)
    if len(dead) < 2 or len(dead) > 3:
        return
    sides = [_side(text, q) for q in dead]
    if None in sides or len(set(sides)) < len(sides) and not _own_losses(text, dead):
        return
    if any(_SUBSET.search(_fold(text[a.end:b.start])) or _COUNTER_CLAIM.search(_fold(text[a.end:b.start]))
           for a, b in itertools.pairwise(dead)):
        return
    found["fatalities"] = [_sum(dead)]


# more dead counted as "others" after a first toll: "killed seven herders; the bodies of two others were found the
# next day" (9), "وعُثر على جثتي اثنين آخرين" (ar), "les corps de deux autres", "los cuerpos de otros dos" (session 16)
_OTHERS_AFTER = re.compile(r"\s+(?:others?|more|autres|otros|otras|outros|outras|altri|altre|anderen|weitere|innych|"
                           r"آخرين|آخرون|اخرين|اخرون|آخران)(?![^\W\d_])")
_RUNNING = re.compile(r"\b(?:bringing|raising|taking|pushing|portant|elevando)\b|\b(?:toll|bilan|saldo|balance)\b"
                      r"|\bzahl der (?:toten|todesopfer)\b")  # "stieg die Zahl der Toten auf neun" (session 17)
_OTHERS_BEFORE = re.compile(r"(?:\b(?:otros|otras|outros|outras|altri|altre|weitere)|(?<!\S)(?:ещё|еще|іще|ще))\s+$")


def _add_others(text: str, found: dict[str, list[Quantity]]) -> None:
    """A toll of "N others" after another toll of the same sentence adds to it, unless it is a part ("12 people,
    including 5 soldiers and 2 others") or the sentence gives a new total ("the toll rose to 12 after two more died")."""
    dead = sorted(found["fatalities"], key=lambda q: q.start)
    if len(dead) != 2 or _TOLL_NOW.search(text) or _RUNNING.search(_fold(text)):
        return
    first, other = dead
    said_other = _OTHERS_AFTER.match(text, other.end) or _OTHERS_BEFORE.search(_fold(text[:other.start]))
    fate = _OTHERS_FATE.match(_fold(text[other.end:other.end + 120])) if said_other else None
    if fate is not None and fate.group("alive"):
        # "two persons were killed and 18 others, including a policeman, injured", "captured four others alive"
        found["fatalities"] = [first]
        return
    if said_other and not _SUBSET.search(_fold(text[first.end:other.start])):
        found["fatalities"] = [_sum(dead)]


# what the others suffered: the first harm word after them ("two persons were killed and 18 others, including a
# policeman, injured": no death; "... and two others died later": dead) (real SATP reports)
_OTHERS_FATE = re.compile(r"[^.;:]*?\b(?:(?P<dead>killed|died|dead|bodies|body|perished|succumbed|slain|tues|morts|"
                          r"muertos|murieron|mortos|morreram|погибл|убит|قتل|مقتل|جثث|جثتي)|(?P<alive>injur|wound|hurt|"
                          r"sustain|captur|alive|arrest|detain|missing|rescu|abduct|kidnap|blesse|herid|ferid|ferit|"
                          r"verletzt|ранен|поранен|جرح|اصيب|أصيب))")


# each side claims the other's dead: "Troops killed 20 militants, while rebels said they killed 15 soldiers" (two
# claims that may not both be true; the larger stands)
_COUNTER_CLAIM = re.compile(r"\b(?:said|say|says|claimed|claim|claims|insisted)\s+(?:that\s+)?(?:they|it)\s+(?:had\s+)?"
                            r"(?:killed|shot|downed|eliminated)\b")


# a number of attackers who then act: "Four gunmen shot dead the policeman", "three armed men stormed the house"
_NOT_AUX = r"(?:(?!(?:were|was|are|is|had|have|has|been|being|and|or|who|that|which|et|y|e)\b)[^\W\d_]+\s+)?"
_ACTING = re.compile(r"\s+" + _NOT_AUX + r"(?:gunmen|militants|attackers|assailants|men|rebels|terrorists|insurgents|"
                     r"bandits|fighters|jihadists|cadres|maoists|hommes|hombres|homens|uomini|miliziani|jihadisti|"
                     r"terroristi|banditi|ribelli|aggressori|mannen|militanten|strijders|terroristen|jihadisten|rebellen|"
                     r"daders|napastni\w*|bojowni\w*|terroryś\w*|terroryst\w*|bandy\w*|mężczy\w*|sprawc\w*)\s+"
                     # how they came: "Two gunmen on a motorcycle shot dead ..." (session 15b)
                     r"(?:(?:on|in|riding) (?:a |an |two )?(?:motorcycles?|motorbikes?|motorcycle|car|pickup|vehicle|"
                     r"boat)s?\s+)?"
                     + _NOT_AUX +
                     r"(?:shot|killed|opened|attacked|stormed|abducted|kidnapped|raided|ambushed|torched|hurled|fired|"
                     r"gunned|hacked|beheaded|stabbed|tuent|ont|mataron|asesinaron|mataram|"
                     r"zastrzeli\w*|zabil\w*|zabił\w*|porwa\w*|zaatakowa\w*|otworzy\w*|uprowadzi\w*|"
                     # Italian and Dutch perfects of a harm ("tre uomini hanno perso la vita" died: no actors)
                     r"hanno(?=\s+(?:ucciso|sparato|aperto il fuoco|attaccato|rapito|assaltato|aggredito|fatto irruzione|"
                     r"dato alle fiamme|freddato|giustiziato|massacrato|sequestrato)\b)|"
                     r"hebben(?=\s+(?:[\w'-]+\s+){0,5}?(?:gedood|doodgeschoten|ontvoerd|aangevallen|vermoord|beschoten|"
                     r"gegijzeld|afgeslacht|neergeschoten)\b))\b"
                     # ... with an object after the verb: a headline's "Four militants killed in Kupwara" is passive
                     r"(?=\s+(?!(?:in|at|near|on|as|after|during|by|while|when|and|or|en|à|dans|por|em|no|na)\b)"
                     r"[^\W\d_]|\s+\d)", re.IGNORECASE)
# Hindi marks the doer of a perfect verb with "ने": "सैकड़ों कश्मीरी पंडितों ने ... प्रदर्शन किया", "तीन आतंकियों ने"
_ACTING_HI = re.compile(r"\s+(?:\S+\s+){0,2}?\S+\s+ने(?!\S)")
# words between two numbers that make the second a part of the first ("12, including 5 children")
_SUBSET = re.compile(
    r"\b(?:including|includ|among|of whom|of them|such as|mostly|mainly|incl|dont|parmi|notamment|entre ellos|entre ellas|entre elles|entre eux|entre elas|darunter|unter ihnen|"
    r"среди них|в том числе|серед них|у тому числі|miongoni mwao|wakiwemo|wakiwamo|ikiwemo|ikiwa ni pamoja na|"
    r"incluid|incluyendo|entre eles|incluindo|sendo|tra cui|tra i quali|tra le quali|fra cui|di cui|waaronder|"
    r"onder wie|onder hen|w tym|wsrod nich|"
    # Indonesian: "menewaskan sebelas orang, termasuk tujuh anak-anak" (11, seven of them children) (session 17)
    r"termasuk|di antaranya|diantaranya)|بينهم|منهم|بينها", re.UNICODE)
# Swahili puts the number after its noun: "wanajeshi 9 na waasi 15" (9 soldiers and 15 rebels)
_SW_AND = r"\bna\s+(?:wa\w+|raia|askari|polisi)\s*$"
# Arabic writes one and two after their noun, "and" joined to it: "مقتل تسعة مسلحين ومدنيين اثنين" (nine gunmen and two
# civilians: 11), "ثلاثة مسلحين ومدني واحد" (4) (session 17)
_AR_AND_NOUN = r"(?<!\w)و[\u0621-\u064a]+\s*$"
_AR_AFTER_NOUN = {"واحد", "واحدة", "اثنين", "اثنان", "اثنتين", "اثنتان"}
_LIST_JOIN = re.compile(r",|\b(?:and|et|y|e|as well as|oraz|und|ve|dan)\b|(?<!\w)(?:و|и|і|та|और)(?!\w)|" + _SW_AND,
                        re.UNICODE)
# "two groups, which left one person dead", "seven people, six from a single family" are no lists
_NOT_LIST = re.compile(r"\b(?:which|who|whom|that|when|where|while|after|before|left|in|on|at|near|qui|que|donde|"
                       r"according|selon|d'apres|segun|segundo|laut|secondo|volgens|wedlug|"
                       r"en|dans|em|na(?!\s+(?:wa\w+|raia|askari|polisi)\s*$)|dejo|dejaron|deixou|deixaram|fait|ont fait|"
                       # the present of a headline: "atacan a trabajadores de una contratista y dejan 13 muertos"
                       r"deja|dejan|deixa|deixam|laisse|laissent|leaves|leave|"
                       # a clause of time: "stieg auf acht, nachdem zwei weitere Leichen geborgen wurden" (8)
                       r"nachdem|wahrend|bevor|apres|despues|depois|dopo|nadat|"
                       r"causo)\b")
_PART_OF = re.compile(r"\s+(?:from|of|among|de|del|des|entre)\b")
_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|a ete|ont ete|fue|fueron|foi|foram|sono|e stat[oaie]|zijn|"
                   r"werden|werd|zosta\w+)\b")


def _chains(text: str, quantities: list[Quantity], cues: list[tuple[int, int, str]]) -> list[list[int]]:
    """Runs of quantities listed together ("one Lieutenant Colonel and seven soldiers"): indices."""
    chains: list[list[int]] = []
    for i, q in enumerate(quantities):
        if chains and _listed(text, quantities[chains[-1][-1]], q, cues):
            chains[-1].append(i)
        else:
            chains.append([i])
    return chains


# the Romance article is also "one": "un soldat et deux civils" lists a person, "devant une base de la Monusco, deux
# morts" a place (2 dead, not 3); an article after a preposition of place ("devant", "frente a", "perto de", "davanti
# a") counts no one unless a noun for a person follows it: a side, a death word, a person of either sex or age, a noun
# of a trade ("un commerçant", "una maestra") or an acronym ("um PM", a military policeman) (session 17b)
_ARTICLES = {"un", "une", "una", "uno", "um", "uma"}
_PLACE_BEFORE = re.compile(r"\b(?:devant|derriere|pres d[e']|dans|sur|sous|contre|vers|aupres d[e']|a cote d[e']|"
                           r"frente a|delante de|cerca de|en|contra|dentro de|junto a|desde|em|perto de|diante de|"
                           r"davanti a|vicino a|presso|contro|dentro|nei pressi di|accanto a)\s*$")
_PERSON_AFTER = re.compile(
    r"\s+(?:homme|femme|enfant|jeune|garcon|fille|fillette|bebe|personne|victime|adolescent|adolescente|vieillard|"
    r"hombre|mujer|nino|nina|joven|persona|menor|victima|anciano|anciana|homem|mulher|crianca|jovem|pessoa|"
    r"menino|menina|idoso|idosa|uomo|donna|bambino|bambina|ragazzo|ragazza|vittima|anziano|anziana|"
    r"[^\W\d_]+(?:eur|euse|ier|iere|ero|era|ista|iste|ant|ante|ent|ente|dor|dora|tor|tore|trice))(?![^\W\d_])")
_THING_SUFFIX = re.compile(r"\s+[^\W\d_]+(?:ment|mento|miento)(?![^\W\d_])")  # "un bâtiment", "un campamento"


def _article_of_a_thing(text: str, q: Quantity) -> bool:
    """An article-one after a preposition of place whose noun names no person ("devant une base", "frente a una
    comisaría")."""
    if _fold(text[q.start:q.end]) not in _ARTICLES or not _PLACE_BEFORE.search(_fold(text[max(0, q.start - 20):q.start])):
        return False
    after = _fold(text[q.end:q.end + 40])
    acronym = re.match(r"\s+[A-Z]{2,}\b", text[q.end:q.end + 12]) is not None
    noun = re.match(r"\s*\S+", after)
    # the noun right after the article, not a word further on ("dans une attaque jihadiste": no jihadist counted)
    person = (acronym or (noun is not None and side_after(noun.group(), 0) is not None)
              or any(rx.match(after.lstrip()) for rx in _CUE_RE.values())
              or (_PERSON_AFTER.match(after) is not None and _THING_SUFFIX.match(after) is None))
    return not person


def _listed(text: str, a: Quantity, b: Quantity, cues: list[tuple[int, int, str]]) -> bool:
    gap = text[a.end:b.start]
    folded = _fold(gap)
    joined = _LIST_JOIN.search(folded) is not None \
        or (text[b.start:b.end] in _AR_AFTER_NOUN and re.search(_AR_AND_NOUN, folded) is not None)
    return (len(gap) <= 50 and joined and _NOT_LIST.search(folded) is None
            and _PART_OF.match(_fold(text[b.end:b.end + 12])) is None and _SUBSET.search(folded) is None
            and _VERB.search(folded) is None and not any(sep in gap for sep in (";", ".", ":", "\n"))
            and not _OTHERS.match(text, b.end) and not any(a.end <= c[0] < b.start for c in cues))


def _sum(quantities: list[Quantity]) -> Quantity:
    if len(quantities) == 1:
        return quantities[0]
    lows, highs = [q.low for q in quantities], [q.high for q in quantities]
    return Quantity(sum(q.best for q in quantities), None if None in lows else sum(lows),  # type: ignore[arg-type]
                    None if None in highs else sum(highs), quantities[0].start, quantities[-1].end,  # type: ignore[arg-type]
                    any(q.vague for q in quantities))


def _combine(quantities: list[Quantity]) -> Count:
    """Several numbers for one category in one sentence ("killed 12, including 5 children"):
    the largest is the total (numbers listed together were summed before)."""
    if not quantities:
        return Count()
    q = max(quantities, key=lambda x: x.best)
    return Count(best=q.best, low=q.low, high=q.high)
