"""Number words of each language, for `spelled`: one lexicon per language, read by one parser.

A lexicon says which words add ("veinte" 20, "doscientos" 200, "dwieście" 200), which multiply the
units before them by a hundred ("cento", "hundert", "cent", "مية"), which are thousands and more
("mil", "tysięcy", "آلاف"), which words join the parts and after what ("treinta y cinco", "mil e
quinhentos", "einundzwanzig", "ألف ومية"), and how the language writes its numbers (in one word,
units before tens, by twenties). Words are matched lowercased.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Where a joiner may stand: after tens ("treinta y cinco"), after hundreds ("cento e venti"), after a
# thousand ("mil e quinhentos"), or anywhere. Inside a word of a language that says units first, a
# joiner also stands between the units and their tens ("einundzwanzig", "vijfentwintig", "خمسة وعشرين").
TENS, HUNDREDS, THOUSANDS, UNIT, ANY = "tens", "hundreds", "thousands", "unit", "any"


@dataclass(frozen=True)
class Lexicon:
    """One language's number words (see the module)."""

    words: dict[str, int]  # words that add their value: 1-999
    hundred: frozenset[str] = frozenset()  # ×100 of the units before them, or 100 alone
    scales: dict[str, tuple[int, int]] = field(default_factory=dict)  # word → (scale, count it holds or 0)
    counted: frozenset[str] = frozenset()  # plural scales that need a count before them ("mila", "тысяч")
    single: frozenset[str] = frozenset()  # scales that take no count ("mille", "tysiąc"): one thousand
    joiners: dict[str, tuple[str, ...]] = field(default_factory=dict)  # joiner → where it may stand
    weak: frozenset[str] = (
        frozenset()
    )  # everyday words ("un", "sei", "ein"): a number only inside a bigger one
    inner: frozenset[str] = frozenset()  # pieces only found inside one-word numbers ("vent" of "ventotto")
    compound: bool = False  # numbers written as one word: "ottomilacento", "zweitausend", "تسعمية"
    units_first: bool = False  # "einundzwanzig", "خمسة وعشرين", "خمسة عشر": units before the tens
    and_prefix: bool = False  # "ومية": the joiner is written on the next word, and may begin one
    unit_teens: bool = False  # "خمسة عشر": a unit then ten is a teen
    vigesimal: bool = False  # "quatre-vingt-dix", "soixante-dix-sept": counting by twenties
    point: frozenset[str] = frozenset()  # the decimal point said in words
    mags: dict[str, str] = field(default_factory=dict)  # magnitude word → as written after the digits
    percent: str = ""  # the percent said in words (regex)
    listing: str = ""  # words that join the items of a list (regex): "and|then"
    comma: bool = True  # the language writes a decimal comma
    # Counts in the other cases ("из пяти слайдов", "z pięciu slajdów"): read where a count is asked
    # ("N slides", "N steps"), not by the parser, for a figure in the text keeps its own case reading
    cases: dict[str, int] = field(default_factory=dict)

    def keys(self) -> dict[str, tuple[str, int]]:
        """Every word of the lexicon → (kind, value)."""
        out: dict[str, tuple[str, int]] = {w: ("add", v) for w, v in self.words.items()}
        out |= {w: ("hundred", 100) for w in self.hundred}
        out |= {w: ("scale", s) for w, (s, _) in self.scales.items()}
        out |= {w: ("join", 0) for w in self.joiners}
        return out


# fmt: off
# Genitive, dative, prepositional and instrumental counts of 2 to 12 (see Lexicon.cases)
_RU_CASES = {
    "двух": 2, "двум": 2, "двумя": 2, "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3,
    "четырёх": 4, "четырех": 4, "четырём": 4, "четырем": 4, "четырьмя": 4, "пяти": 5, "пятью": 5,
    "шести": 6, "шестью": 6, "семи": 7, "семью": 7, "восьми": 8, "восемью": 8, "девяти": 9, "девятью": 9,
    "десяти": 10, "десятью": 10, "одиннадцати": 11, "двенадцати": 12,
}
_PL_CASES = {
    "dwóch": 2, "dwu": 2, "dwom": 2, "dwoma": 2, "dwiema": 2, "trzech": 3, "trzem": 3, "trzema": 3,
    "czterech": 4, "czterem": 4, "czterema": 4, "pięciu": 5, "pięcioma": 5, "sześciu": 6, "sześcioma": 6,
    "siedmiu": 7, "siedmioma": 7, "ośmiu": 8, "ośmioma": 8, "dziewięciu": 9, "dziewięcioma": 9,
    "dziesięciu": 10, "dziesięcioma": 10, "jedenastu": 11, "dwunastu": 12,
}
_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1,
}
_NL = {
    "nul": 0, "één": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
_ES = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22,
    "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
    "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}
_PT = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
    "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
    "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30,
    "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
    "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
    "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500, "seiscentos": 600,
    "seiscentas": 600, "setecentos": 700, "setecentas": 700, "oitocentos": 800, "oitocentas": 800,
    "novecentos": 900, "novecentas": 900,
}
_IT = {
    "zero": 0, "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5,
    "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "venti": 20, "vent": 20, "trenta": 30, "trent": 30, "quaranta": 40, "quarant": 40, "cinquanta": 50,
    "cinquant": 50, "sessanta": 60, "sessant": 60, "settanta": 70, "settant": 70, "ottanta": 80,
    "ottant": 80, "novanta": 90, "novant": 90,
}
_FR = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}
_DE = {
    "null": 0, "ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
}
_PL = {
    "zero": 0, "jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5,
    "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
    "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16, "siedemnaście": 17,
    "osiemnaście": 18, "dziewiętnaście": 19, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40,
    "pięćdziesiąt": 50, "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90, "sto": 100, "dwieście": 200, "trzysta": 300, "czterysta": 400, "pięćset": 500,
    "sześćset": 600, "siedemset": 700, "osiemset": 800, "dziewięćset": 900,
}
_RU = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
    "девятьсот": 900,
}
# Standard and spoken (Gulf, Levantine, Egyptian) forms; "تلت", "تمن", "ربع" only as the units of
# a spoken hundred ("تلتمية" 300, "تمنمية" 800, "ربعمية" 400): alone they are a third, a price, a quarter.
_AR = {
    "واحد": 1, "اثنين": 2, "اثنان": 2, "اتنين": 2, "ثلاثة": 3, "ثلاث": 3, "تلاتة": 3, "تلات": 3, "تلت": 3,
    "أربعة": 4, "اربعة": 4, "أربع": 4, "اربع": 4, "ربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
    "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تمانية": 8, "تمان": 8, "تمن": 8, "تسعة": 9,
    "تسع": 9, "عشرة": 10, "عشر": 10, "حداشر": 11, "احداشر": 11, "اطناشر": 12, "اتناشر": 12,
    "تلتاشر": 13, "اربعتاشر": 14, "خمستاشر": 15, "ستاشر": 16, "سبعتاشر": 17, "تمنتاشر": 18,
    "تسعتاشر": 19, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "تلاتين": 30, "أربعين": 40,
    "اربعين": 40, "أربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70,
    "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تمانين": 80, "تسعين": 90, "تسعون": 90, "ميتين": 200,
    "مئتين": 200, "مئتان": 200, "مائتين": 200, "مائتان": 200,
}
# fmt: on

LEXICONS: dict[str, Lexicon] = {
    "en": Lexicon(
        _EN,
        frozenset({"hundred"}),
        {"thousand": (1000, 0)},
        joiners={"and": (HUNDREDS, THOUSANDS)},
        weak=frozenset({"a"}),
        point=frozenset({"point"}),
        mags={"million": "million", "billion": "billion"},
        percent=r"percent|per\s+cent",
        listing="and|then",
        comma=False,
    ),
    "nl": Lexicon(
        _NL,
        frozenset({"honderd"}),
        {"duizend": (1000, 0)},
        joiners={"en": (HUNDREDS, THOUSANDS), "ën": ()},
        weak=frozenset({"een"}),
        inner=frozenset({"ën"}),
        compound=True,
        units_first=True,
        point=frozenset({"komma"}),
        mags={"miljoen": "miljoen", "miljard": "miljard"},
        percent="procent",
        listing="en|dan",
    ),
    "es": Lexicon(
        _ES,
        scales={"mil": (1000, 0)},
        joiners={"y": (TENS,)},
        weak=frozenset({"un", "una", "uno"}),
        point=frozenset({"coma"}),
        mags={"millón": "million", "millon": "million", "millones": "million"},
        percent=r"por\s+ciento",
        listing="y|luego",
    ),
    "pt": Lexicon(
        _PT,
        scales={"mil": (1000, 0)},
        joiners={"e": (ANY,)},
        weak=frozenset({"um", "uma"}),
        point=frozenset({"vírgula", "virgula"}),
        mags={"milhão": "million", "milhao": "million", "milhões": "million", "milhoes": "million"}
        | {"bilhão": "billion", "bilhões": "billion"},
        percent=r"por\s+cento",
        listing="e|depois",
    ),
    "it": Lexicon(
        _IT,
        frozenset({"cento", "cent"}),
        {"mille": (1000, 0), "mila": (1000, 0)},
        counted=frozenset({"mila"}),
        single=frozenset({"mille"}),
        joiners={"e": (THOUSANDS,)},  # "duemila e cinquecento"; "duecento e trenta" is a list
        weak=frozenset({"un", "uno", "una", "sei"}),
        inner=frozenset({"vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant", "novant"})
        | {"cent"},
        compound=True,
        point=frozenset({"virgola"}),
        mags={"milione": "million", "milioni": "million", "miliardo": "billion", "miliardi": "billion"},
        percent=r"per\s*cento",
        listing="e|poi",
    ),
    "fr": Lexicon(
        _FR,
        frozenset({"cent", "cents"}),
        {"mille": (1000, 0)},
        joiners={"et": (TENS,)},
        weak=frozenset({"un", "une", "neuf"}),
        vigesimal=True,
        point=frozenset({"virgule"}),
        mags={"million": "million", "millions": "million", "milliard": "billion", "milliards": "billion"},
        percent=r"pour\s*cent",
        listing="et|puis",
    ),
    "de": Lexicon(
        _DE,
        frozenset({"hundert"}),
        {"tausend": (1000, 0)},
        joiners={"und": ()},
        weak=frozenset({"ein", "null"}),
        inner=frozenset({"und"}),
        compound=True,
        units_first=True,
        point=frozenset({"komma"}),
        mags={"million": "million", "millionen": "million", "milliarde": "billion", "milliarden": "billion"},
        percent="prozent",
        listing="und|dann",
    ),
    "pl": Lexicon(
        _PL,
        scales={"tysiąc": (1000, 0), "tysiące": (1000, 0), "tysięcy": (1000, 0)}
        | {"milion": (10**6, 0), "miliony": (10**6, 0), "milionów": (10**6, 0)},
        counted=frozenset({"tysiące", "tysięcy", "miliony", "milionów"}),
        single=frozenset({"tysiąc", "milion"}),
        point=frozenset({"przecinek"}),
        percent=r"procent\w*",
        listing="i|potem",
        cases=_PL_CASES,
    ),
    "ru": Lexicon(
        _RU,
        scales={"тысяча": (1000, 0), "тысячу": (1000, 0), "тысячи": (1000, 0), "тысяч": (1000, 0)}
        | {"миллион": (10**6, 0), "миллиона": (10**6, 0), "миллионов": (10**6, 0)},
        counted=frozenset({"тысячи", "тысяч", "миллиона", "миллионов"}),
        point=frozenset({"запятая"}),
        percent=r"процент\w*",
        listing="и|потом",
        cases=_RU_CASES,
    ),
    "ar": Lexicon(
        _AR,
        frozenset({"مية", "ميه", "مئة", "مائة"}),
        {"ألف": (1000, 0), "الف": (1000, 0), "آلاف": (1000, 0), "الاف": (1000, 0)}
        | {"ألفين": (1000, 2), "الفين": (1000, 2), "ألفان": (1000, 2)}
        | {"مليون": (10**6, 0), "ملايين": (10**6, 0), "مليونين": (10**6, 2)}
        | {"مليار": (10**9, 0), "مليارات": (10**9, 0)},
        counted=frozenset({"آلاف", "الاف", "ملايين", "مليارات"}),
        joiners={"و": (ANY,)},
        weak=frozenset({"واحد"}),
        inner=frozenset({"تلت", "تمن", "ربع"}),
        compound=True,
        units_first=True,
        and_prefix=True,
        unit_teens=True,
        percent=r"بالمية|بالمئة|في\s+الم[يئ]ة",
        listing="و|وبعدين",
        comma=False,
    ),
}
