"""What the shape of a message says about the request, beyond its cue words.

People paste and chat: the request may sit at the end of a long message ("… can you make one thing I
can pin in the chat?"), quote the text it is about ("reword this: 'send the slides by 5'"), name a
deck only as where the visual goes ("something I can drop in the deck"), or tell a process as a
story ("patient checks in, then the nurse…, then billing"). These helpers read those shapes for the
router; none of them names a kind by itself.
"""

from __future__ import annotations

import re

from generators.rules.table_words import LEAST, MOST, measured_superlative
from generators.rules.words import CJK, language

HEAD = 400
TAIL = 300

# A passage in quotes is content being talked about, not the request: its words are no cues. Short
# quoted terms ("one of those 'at a glance' things") still count; apostrophes ("I've") open nothing.
QUOTED = re.compile(r"(?:(?<!\w)['\"‘“«]|[「『])(\S.*?\S)(?:['\"’”»](?!\w)|[」』])", re.S)


def unquoted(text: str) -> str:
    """The text with quoted passages of four words or more (eight CJK characters) blanked."""

    def blank(m: re.Match[str]) -> str:
        inner = m.group(1)
        long = len(inner.split()) >= 4 or len(CJK.findall(inner)) >= 8
        return " " * len(m.group(0)) if long else m.group(0)

    return QUOTED.sub(blank, text)


def request_text(text: str) -> str:
    """Where the request is: all of a short message; the opening and the closing of a long one
    (emails and chat pastes ask at the end: "Could you prepare a visual for Monday?")."""
    if len(text) <= HEAD + TAIL:
        return text
    return text[:HEAD] + "\n" + text[-TAIL:]


# Where a sentence or a clause set off by a dash ends ("…a wall of text. Could you…", "…their desks — a cheat sheet")
_BOUNDARY = re.compile(r"(?<=[.!?。！？])\s+|\s+[—–]\s+|\s*——\s*")


def after_backstory(text: str, most: int = 3) -> list[tuple[str, str]]:
    """The message cut into the context told before the ask and the rest ("HR asked me to make onboarding
    feel less like a wall of text." / "Could you reveal the 5 steps one by one: …"), shortest context
    first: a context holds no number, colon or line break, so no data the user gave is set aside."""
    cuts = []
    for m in _BOUNDARY.finditer(text):
        if re.search(r"[\d:：\n]", text[: m.start()]):
            break
        rest = text[m.end() :].strip()
        if rest:
            cuts.append((text[: m.start()], rest))
    return cuts[:most]


SIGN_OFF = re.compile(
    r"^(?:thanks|thank you|thx|ta|cheers|best|regards|kind regards|best regards|br|merci|danke|gracias|grazie"
    r"|obrigad[oa]|bedankt|teşekkürler|dzięki|cảm ơn|спасибо|谢谢|ありがとう|감사합니다|شكرا)\b[\s,.!]*(?:\w+[\s.!]*)?$",
    re.I,
)


def last_sentence(text: str) -> str:
    """The closing sentence of a message, where a chat or an email asks ("Can you chart it?"); a
    sign-off ("Thanks, Jo") is not it."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?。！？])\s+|\n+", text.strip()) if p.strip()]
    while len(parts) > 1:
        if SIGN_OFF.match(parts[-1]):
            parts.pop()
        elif len(parts) > 2 and len(parts[-1].split()) <= 2 and SIGN_OFF.match(parts[-2]):
            del parts[-2:]  # "Thanks,\nPriya"
        else:
            break
    return parts[-1][-TAIL:] if parts else ""


# "something I can drop in the deck", "a chart for my presentation": the deck is where it goes.
DESTINATION = re.compile(
    r"\b(?:drop|put|paste|add|use|include|stick|show)\b[^.?!\n]{0,40}?\b(?:in|into|on|to|for)\s+"
    r"(?:the|my|our|a|this|that|tomorrow'?s|\w+'s)?\s*(?:\w+\s+)?(?:deck|presentation|slides?|slideshow|powerpoint|ppt|keynote)\b"
    r"|\b(?:for|in)\s+(?:the\s+(?:start|end|opening|beginning|intro)\s+of\s+)?(?:the|my|our|this|tomorrow'?s|\w+'s)"
    r"\s+(?:[\w']+\s+)?(?:deck|presentation|slideshow|powerpoint|keynote)\b"
    # "¿se puede ver en un gráfico para la presentación del trimestre?": the chart goes into the deck
    r"|\b(?:para|pour|für|per|voor|на|için)\s+(?:la|le|a|die|den|meine[nm]?|unsere[nm]?|ma|mi|mia|nuestra|de|il|mijn|onze)?\s*"
    r"(?:presentaci[oó]n|présentation|präsentation|presentazione|apresentação|presentatie|презентаци\w*|sunum\w*)\b",
    re.I,
)


def deck_as_destination(text: str) -> str:
    """The text with every 'for/into the deck' phrase blanked: what is left asks for the visual."""
    return DESTINATION.sub(lambda m: " " * len(m.group(0)), text)


# Steps told in order: "then", "after that", "finally", in the planner's languages.
SEQUENCE = re.compile(
    r"\b(?:then|after that|afterwards|next|finally|dann|danach|anschließend|schließlich|puis|ensuite|enfin"
    r"|luego|después|despues|finalmente|poi|quindi|infine|depois|em seguida|потом|затем|после этого"
    r"|daarna|vervolgens|dan|tot slot|ten slotte|als laatste|zum schluss|zuletzt|por último|al final|per ultimo"
    r"|alla fine|por fim|no final|na koniec|en son|sonra|ardından|potem|następnie|sau đó)\b|然后|接着|之后|最后|それから"
    r"|その後|次に|그 다음|그다음|그리고 나서|ثم|फिर",
    re.I,
)


# "First" said before a "then" ("पहले ट्यूबवेल से …, फिर नाली से …", "d'abord …, puis …"): the opening of
# an order, counted with the sequence word after it.
FIRST = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:we|you|i|they|he|she)\s+)first\b(?!\s+(?:time|one|day|week|year|place|thing|of\s+(?!all)))"
    r"|\b(?:firstly|first\s+of\s+all|d['’]abord|premièrement|zuerst|zunächst|primero|primeiro|innanzitutto"
    r"|eerst|najpierw|önce)\b|(?<![\u0400-\u04ff])(?:сначала|сперва)(?![\u0400-\u04ff])|首先|まず|먼저|أولاً|(?<!\S)पहले(?!\S)",
    re.I,
)


def told_in_order(text: str) -> bool:
    """Two or more sequence words, or a "first" and a sequence word after it: a process told as a story."""
    found = [m.start() for m in SEQUENCE.finditer(text)]
    if len(found) >= 2:
        return True
    first = FIRST.search(text)
    return bool(found and first and first.start() < found[0])


# Things joined to each other: where something goes, what it connects to, what sits under what. With
# sequence words, two of them make a list of parts a picture of connections, not a list of cards.
LINKS = re.compile(
    r"\b(?:into|back\s+to|goes\s+to|leads?\s+to|flows?\s+(?:to|into)|splits?\s+(?:to|into)|branch(?:es)?\s+(?:to|into)"
    r"|connect(?:s|ed)?\s+to|feeds?\s+(?:into|to)|eaten\s+by|at\s+the\s+top|(?:sits?|are|is)\s+under|from\s+there"
    r"|terug\s+naar|gaat\s+naar|verbonden\s+met|zurück\s+zu\w*|geht\s+(?:zu|in|an)|führt\s+zu|verbunden\s+mit"
    r"|unter\s+(?:ihm|ihr|ihnen)|unterstellt|untergeordnet|sous\s+(?:lui|elle|eux)|debajo\s+de\s+(?:él|ella)"
    r"|sotto\s+(?:di\s+)?(?:lui|lei)|abaixo\s+dele|onder\s+(?:hem|haar)"
    r"|retour\s+(?:à|au)|va\s+(?:à|au|vers|dans)|relié\s+à|de\s+vuelta|va\s+(?:a|al|hacia)|conectad[oa]\s+a"
    r"|torna\s+(?:a|al)|va\s+(?:a|al|nel|nella)|collegat[oa]\s+a|volta\s+para|vai\s+para|ligad[oa]\s+a"
    r"|oradan|ardından|bağlı|z\s+powrotem|idzie\s+do|podlega|pod\s+nim|pod\s+nią|połączon\w*)\b"
    r"|(?<![\u0400-\u04ff])(?:обратно|идёт\s+в|идет\s+в|подключ\w*|под\s+ним|подчиня\w*)"
    r"|回到|接到|连接|并联|串联|流向|下面有|の下に|につなが|戻って|아래에|연결|다시\s|يروح|تروح|تحت|يرجع|वापस|जुड़",
    re.I,
)


def linked(text: str) -> bool:
    """Two or more words that join things or steps ('then', 'into', 'back to', 'under'): a structure."""
    return len(SEQUENCE.findall(text)) + len(LINKS.findall(text)) >= 2


# Markdown structure: headings, bullets, numbered items, quotes or table rows.
STRUCTURE = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)", re.M)


# A question about the attachment that one value or one passage answers: "what's the total I spent on
# food", "which student scored highest", "is there anything in here about Fridays?". Lookups are
# personal or superlative and name no grouping; "average age by class" is still a chart.
_GROUPING = re.compile(
    r"\b(?:by(?!\s+how\s+(?:much|many|far|long))|per|each|every|across|over time|trend|breakdown|distribution|compare|comparison|versus|vs|between)\b"
    r"|每|各|按|ごと|별|por cada|pro |par |je ",
    re.I,
)
_PERSONAL_TOTAL = re.compile(r"^\s*(?:what(?:'s| is| was)|how much)\b.{0,60}?\b(?:i|we|my|our|me|us)\b", re.I)
_SUPERLATIVE = re.compile(
    r"^\s*(?:which|who|whos|who['’]s|what|whats|what['’]s)\b.{0,80}?\b(?:most|highest|lowest|least|largest|smallest|best"
    r"|worst|fastest|slowest|biggest|longest|shortest|cheapest|busiest|quietest)\b"
    r"|(?:哪个|哪位|哪一|谁).{0,20}?最|(?:どの|誰).{0,20}?(?:一番|最も)|(?:누가|어느|어떤).{0,20}?가장"
    r"|^\s*¿?(?:qu[ié]n|cu[aá]l|qui|quel(?:le)?|wer|welche[rs]?|chi|quale|quem|qual|кто|какой)\b.{0,80}?"
    r"\b(?:más|plus|meisten|höchste\w*|più|mais|больше|выше)\b"
    # "اي يوم كان فيه اكثر ركاب", "किस दिन सबसे ज़्यादा", "hangi gün en çok", "いつが一番多い"
    r"|^\s*(?:أي|اي|أيّ|مين|من|ما|ايش|شو|انهي|أنهي|مين)\s.{0,40}?(?<!\S)(?:أكثر|اكثر|أعلى|اعلى|أقل|اقل|أكبر|اكبر"
    r"|أصغر|اصغر|أطول|اطول|أقصر|اقصر|أفضل|افضل|أسوأ|اسوأ)(?!\S)"
    r"|(?:कौन|किस|किसने|किसका|किसकी|किसके).{0,40}?सबसे|^\s*(?:hangi|kim)\b.{0,40}?\ben\s+(?:çok|fazla|yüksek|düşük|az|iyi|uzun)"
    r"|(?:いつ|何).{0,20}?(?:一番|最も)|(?:언제|무엇|뭐).{0,20}?가장",
    re.I,
)
# The total of the rows asked as a question: one number answers it, no chart ("2025년 전체 예산이 얼마야?",
# "2025年的总预算是多少", "¿cuánto es el presupuesto total?", "сколько всего потратили").
_TOTAL_ASKED = re.compile(
    r"(?:전체|총|합계)\S{0,3}\s*\S{0,12}?\s*(?:이|가|은|는)?\s*(?:얼마|몇)|얼마나\s*(?:썼|들었|나왔)"
    r"|(?:总|合计|一共|总共)\S{0,8}?(?:多少|几)|(?:合計|全体|総額|全部で)\S{0,8}?(?:いくら|何|どのくらい)"
    r"|कुल\s*\S+\s*(?:\S+\s+)?(?:कितना|कितनी|कितने)|\btoplam(?:da)?\s+(?:\S+\s+){0,2}?ne\s+kadar"
    r"|^\s*¿?\s*(?:cu[aá]nt[oa]s?|quant[oaie]|combien|wie\s*viel\w*|hoeveel|ile|сколько|كم|कितना|कितने)\b.{0,60}?"
    r"\b(?:total|totale|gesamt\w*|insgesamt|totaal|łącznie|всего|в\s+сумме|итого|المجموع|إجمالي|कुल|in\s+tutto|w\s+sumie)\b",
    re.I,
)
# The total itself asked ("c'est quoi le total des charges 2025", "what's the total", "quel est le montant
# total"): one number answers it, however the question goes on
_THE_TOTAL = re.compile(
    r"^\s*¿?(?:c['’]est\s+quoi|quel(?:le)?\s+est|what(?:['’]s|s|\s+is|\s+was|\s+are)|cu[aá]l\s+es|qual\s+[ée]|wie\s+hoch\s+ist"
    r"|was\s+ist|quanto\s+(?:è|fa)|каков[аы]?)\s+(?:le|la|les|the|el|o|a|die|der|das|il)?\s*(?:montant\s+)?"
    r"(?:total|totale|gesamt\w*|summe|somme|suma|soma|итог\w*|общ\w+\s+сумм\w*)\b"
    # "what is the total train number for the train names A, B, C": a total per name, a chart's bars
    r"(?![^?]*\bfor\s+(?:the|each|every|all)\s+(?:\w+\s+)?\w+s\b)",
    re.I,
)
# Rows picked by what has not happened yet ("who hasnt paid yet", "qui n'a pas encore payé", "wer hat noch
# nicht bezahlt", "кто ещё не сдал"): the names those rows hold, in words
_NOT_YET = re.compile(
    r"^\s*¿?(?:who|which\s+\w+|qui|wer|welche[rs]?|qui[eé]n(?:es)?|chi|quem|kto|кто|kim)\b.{0,30}?"
    r"(?:\b(?:hasn['’]?t|hasnt|haven['’]?t|havent|didn['’]?t|didnt|isn['’]?t|isnt|aren['’]?t|not|noch\s+nicht|nicht"
    r"|no\s+ha\w*|non\s+ha\w*|não|nie)\b|\bn['’](?:a|ont)\s+pas\b|(?<![\w])не\s+)",
    re.I,
)
_ASKS = re.compile(r"[?？]\s*$")
# A question typed without its question mark: it opens with who, does, can, should… (not "how" or "what",
# which also name a topic: "how we onboard new staff")
_ASKED_PLAINLY = re.compile(
    r"^\s*(?:who|whom|whose|does|do|did|is|are|was|were|can|could|should|will|would|when|where|why|has|have"
    r"|quién|quien|cuándo|dónde|por\s+qué|qui|quand|où|pourquoi|est-ce\s+que|wer|wann|wo|warum|muss|kann|chi|quando"
    r"|dove|perché|quem|onde|por\s+que|кто|когда|где|почему|можно\s+ли|нужно\s+ли"
    # an amount asked ("how much do they still owe after the deposit"): never a topic's name
    r"|how\s+(?:much|many|long|far|often|old)|cu[aá]nt[oa]s?|combien|wie\s*(?:viel\w*|lange?)|quant[oaie]"
    r"|hoeveel|ile|сколько|ne\s+kadar|kaç)\b"
    r"|^[^\n]{0,40}?(?:多少|几[个天次点]|いくら|どのくらい|얼마|몇\s*(?:개|명|일|시))"
    # a question word in the languages that ask without one up front: "運転する人には何が出るんだっけ",
    # "司机拿什么", "운전자는 뭐 받아", "ماذا يحصل السائق", "ड्राइवर को क्या मिलता है"
    r"|^[^\n]{0,40}?(?:何|誰|いつ|どこ|どれ|どう|なぜ)[^\n]{0,20}?(?:っけ|か|の|ですか|ますか)\s*$"
    r"|^[^\n]{0,30}?(?:什么|谁|哪|怎么|为什么|几时)|^[^\n]{0,30}?(?:뭐|무엇|누가|누구|언제|어디|왜|어떻게)"
    r"|^\s*(?:ماذا|ايش|إيش|شو|مين|متى|وين|أين|كيف|ليش|لماذا|هل)(?!\S)|(?<!\S)(?:क्या|कौन|कब|कहाँ|कहां|कैसे|क्यों)(?!\S)",
    re.I,
)
# "what do we do if…", "how do I…": "what" and "how" with a verb asking, not naming a topic ("how we onboard")
_ASKED_WITH_VERB = re.compile(
    r"^\s*(?:what|how)\s+(?:do|does|did|should|can|could|would|will|is|are|was|were|happens)\b"
    r"|^\s*(?:was\s+(?:machen|tun|mache|tue)\s+(?:wir|ich|man)|que\s+faire|qu['’]est-ce\s+qu['’]on\s+fait"
    r"|qu[ée]\s+(?:hacemos|hago|se\s+hace)|cosa\s+(?:facciamo|faccio|si\s+fa)|o\s+que\s+(?:fazemos|faço|se\s+faz)"
    r"|что\s+(?:делать|мы\s+делаем)|wat\s+(?:doen|moeten)\s+(?:we|ik))\b"
    r"|怎么办|怎么做|どうすれば|どうしたら|어떻게\s*해",
    re.I,
)
# "which categories have the most stock": a plural subject asks for a ranking, which is a chart
_RANKING = re.compile(r"^\s*which\s+(?:\w+\s+){0,2}\w+s\s+(?:have|are|were|do|did|get|got|sell|make)\b", re.I)


# The source named before the question ("according to this, what do we do if …", "laut dem Text, …",
# "según esto, …", "согласно этому, …"): the question starts after it
_PER_SOURCE = re.compile(
    r"^\s*(?:according\s+to\s+(?:this|that|it|the\s+(?:text|doc\w*|manual|guide|answer|notes?))|based\s+on\s+(?:this|that)"
    r"|from\s+(?:this|that)|per\s+this|según\s+(?:esto|esta|este|el\s+texto)|d['’]apr[èe]s\s+(?:ceci|ce\s+texte|cela)"
    r"|selon\s+(?:ceci|ce\s+texte|cela)|laut\s+(?:diese[mr]?|dem\s+text)|gemäß\s+diese[mr]?|secondo\s+(?:questo|il\s+testo)"
    r"|de\s+acordo\s+com\s+(?:isso|isto|o\s+texto)|segundo\s+(?:isso|isto)|volgens\s+(?:dit|deze|de\s+tekst)"
    r"|według\s+(?:tego|tekstu)|(?:согласно|по)\s+(?:этому|тексту)|buna\s+göre|حسب\s+(?:هذا|ده)|وفقا\s+لهذا|بناء\s+على\s+هذا"
    r"|इसके\s+(?:अनुसार|हिसाब\s+से))\s*[,:，]\s*|^\s*(?:根据这个|按照这个|これによると|이거에\s*따르면|여기\s*따르면)\s*[,，、]?\s*",
    re.I,
)


# A short lead-in before the question itself: "quick one", "quick q from the tour doc", "jeweller jobs
# attached", "من الجدول" (from the table), "この資料で" (in this document), "по этой передаче смены:" (from
# this shift handover:). It says where the answer is, not what is asked; the question starts after it.
_LEAD_IN = re.compile(
    r"^\s*(?:"
    r"(?:(?:a|one|just\s+a)\s+)?(?:quick|small|little)\s+(?:one|q|qq|question|thing)\b|real\s+quick\b|question\b(?=\s*[:,])"
    r"|(?:una\s+)?pregunta\s+r[aá]pida|petite\s+question|kurze\s+frage|domanda\s+(?:veloce|rapida)"
    r"|pergunta\s+r[aá]pida|(?:быстрый|короткий)\s+вопрос|snelle\s+vraag|szybkie\s+pytanie|k[ıi]sa\s+bir\s+soru"
    r"|(?:from|in|on|per)\s+(?:the|this|that|my|our|his|her|your)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:doc|docs|document|table|sheet|spreadsheet|file|list|notes?|log|csv|handout|guide|manual|handover|answer)\b"
    r"|(?:[\w'’-]+\s+){1,3}?attached\b|(?:the\s+)?(?:table|sheet|list|doc\w*|file|notes?)\s+(?:below|above)\b"
    r"|(?:de|en|dans|aus|in|nella|da|na|no|w|в|из|по)\s+(?:la|el|le|l['’]|der|dem|diese[rm]?|la|questa|esta|este|esse|essa"
    r"|tej|tym|этой|этом|этому|этих|таблиц\w*)\s*(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+)\s*[:：]"
    r"|(?:من|في|حسب|بحسب)\s+(?:ال)?(?:جدول|ملف|مستند|ورقة|قائمة)\S*"
    r"|(?:इस|उस)?\s*(?:तालिका|टेबल|फ़ाइल|फाइल|शीट|लिस्ट)\s+(?:से|में)"
    r"|(?:从|在|按照?|根据)?(?:这个|这张|这份)?(?:表格?|文件|文档|资料|清单|日志)(?:里|中|上)?(?:面)?[,，]?"
    r"|(?:この|その)\S{0,16}?(?:資料|表|ファイル|文書|メモ|リスト)(?:で|に|から|の中で|によると)[、,]?"
    r"|(?:이|그)\s*\S{0,12}?(?:표|자료|문서|파일|목록)(?:에서|에|로)"
    r")\s*[,:：;、-]?\s*",
    re.I,
)


def without_lead_in(text: str) -> str:
    """The question after its lead-ins ("quick one", "from the tour doc", "jobs attached", "من الجدول",
    "この資料で", "по этой передаче смены:"), so it is read from where it asks; unchanged when nothing
    is left after them."""
    rest = text
    for _ in range(3):  # "quick q from the tour doc what …": two leads, one after the other
        m = _LEAD_IN.match(rest)
        if m is None or m.end() == 0 or not rest[m.end() :].strip():
            break
        rest = rest[m.end() :]
    return rest


def asks_about_attachment(text: str, *, table: bool) -> bool:
    """One value or passage answers it: a lookup, not a visual (see the patterns above)."""
    text = without_lead_in(_PER_SOURCE.sub("", text.strip(), count=1))
    if not table:  # a question about a document: read it, don't restyle it ("who does reception report to")
        plainly = _ASKED_PLAINLY.match(text) or _ASKED_WITH_VERB.search(text)
        return bool(_ASKS.search(text) or (plainly and len(text.split()) <= 16))
    if _GROUPING.search(text) or _RANKING.search(text):
        return False
    return bool(
        _PERSONAL_TOTAL.search(text)
        or _SUPERLATIVE.search(text)
        or _TOTAL_ASKED.search(text)
        or _THE_TOTAL.search(text)
        or _NOT_YET.search(text)
        or _terse_superlative(text)
    )


def _terse_superlative(text: str) -> bool:
    """A superlative asked in a few words ("busiest day?", "best month?", "¿el día más concurrido?",
    "最忙的一天？"): the row that has it answers, as "which day was busiest?" does. A top N is a ranking."""
    short = len(text.split()) <= 5 if not CJK.search(text) else len(text) <= 16
    if not short or re.search(r"\b(?:top|bottom)[\s-]*\d", text, re.I):
        return False
    return bool(measured_superlative(text) or MOST.search(text) or LEAST.search(text))


# A form named only to be refused: "no slides", "not a static chart", "kein Diagramm", "pas de
# slides", "sin gráfico", "без графика", "不要幻灯片", "スライドじゃなくて", "슬라이드 말고", "स्लाइड नहीं".
# The refused words (the negation and at most three words after it, up to a pause) are no cues.
# "no more than 5 slides", "not just a chart" limit or add to a form, and "yes or no" asks for a choice:
# they refuse nothing; nor does the second half of "do/don't sheet" or "do & don't".
_NEG_BEFORE = re.compile(
    r"(?<![\w'/&+])(?<![/&+]\s)(?<!\bor )(?<!\bo )(?<!\bou )(?:no|not|without|don['’]?t(?:\s+(?:make|want|need|do|use|give|send|create))?|do not(?:\s+(?:make|want|need|do|use|give|send|create))?|rather than|instead of|kein(?:e|en|em|er)?|nicht|ohne|statt|anstatt"
    r"|pas d['e]|pas une?|sans|plutôt que|au lieu d[e']|sin|en vez de|en lugar de|nada de|sem|em vez de|senza"
    r"|invece d[i']|niente|non|geen|niet|zonder|in plaats van|bez|zamiast|nie|не|без|вместо|bukan|tanpa|tidak"
    r"|jangan|tak usah|không|không cần|chứ không phải|لا|ليس|بدون|بلا|بدلا من|بدلاً من|مش"
    # refusing in a sentence: "não quero slide", "no quiero gráficos", "je ne veux pas de", "nie chcę", "не надо"
    r"|não(?:\s+(?:quero|preciso(?:\s+de)?|precisa(?:\s+de)?))?|no\s+(?:quiero|necesito|hace\s+falta)"
    r"|je\s+ne\s+veux\s+pas\s+d['e]|non\s+(?:voglio|serve|servono)|nie\s+(?:chcę|potrzebuję|trzeba)"
    r"|не\s+(?:надо|нужно|нужна|нужны|хочу))"
    r"\s+(?!(?:more|less|longer|fewer|than|too|only|just|later|earlier|mehr|nur|plus|seulement|más|solo"
    r"|só|più|meer|alleen|больше|только|wait|espera|attends|warte|aspetta|wacht|czekaj|стоп|bekle)\b)"
    r"((?:[^\s,.;:!?—–()]+\s*){1,3})",
    re.I,
)
_NEG_CJK = re.compile(r"(?:不要|没有|不是|不用|无需|别|而不是|而非)[^，,。；;：:！!？?\s]{1,8}")
_NEG_AFTER = re.compile(
    r"[^\s、。，,：:！!？?]{1,8}\s*(?:じゃなくて|じゃなく|ではなく|でなく|は要らない|はいらない|は不要)"
    r"|(?<!\S)\S+\s*(?:말고|아니라|아니고|은 필요 없|는 필요 없)"
    r"|(?<!\S)\S+\s+(?:नहीं|के बिना|की जगह)(?=[\s,.।]|$)"
    r"|(?<!\S)\S+\s+(?:(?:falan|filan|mılan|vs\.?)\s+)?(?:değil|istemiyorum|olmasın|yerine)(?=[\s,.]|$)"
)

# A form said to be needless after it (read before the negations above take its 'не', 'not'):
_NEEDLESS = re.compile(
    r"(?<![^\s,.;:!?])[^\s,.;:!?]+\s+(?:(?:is|are)\s+)?(?:not\s+needed|unnecessary|не\s+нуж(?:ен|на|но|ны)|не\s+надо|ненужн\w*"
    r"|nicht\s+(?:nötig|notwendig)|unnötig|no\s+(?:hace\s+falta|es\s+necesari[oa])|pas\s+(?:besoin|nécessaire)"
    r"|non\s+(?:serve|necessari[oa])|não\s+(?:precisa|é\s+necessári[oa])|niet\s+nodig|niepotrzebn\w*"
    r"|nie\s+(?:jest\s+)?potrzebn\w*|gerek(?:li)?\s+(?:yok|değil)|مش\s+لازم|غير\s+ضروري|مو\s+لازم)(?=[\s,.!?]|$)"
    r"|\bno\s+\S+\s+needed\b",
    re.I,
)


# "Just text" itself, in the planner's languages ("solo texto", "nur Text", "только текстом", "纯文字", "texte
# seulement", "نص فقط"): every visual refused (NO_VISUALS) and the user's items written out (PLAIN_ASK),
# whether said up front ("Solo texto: ventas enero 120, …") or after a correction
JUST_TEXT = (
    r"(?:просто|только)\s+текст\w*|\bdüz\s+(?:liste|metin|yazı)\b|\b(?:liste|metin)\s+yeterli\b"
    r"|\bnur\s+(?:als\s+)?text\b|\bsolo\s+(?:texto|testo)\b|\b(?:solamente|só|so|apenas|somente)\s+texto\b"
    r"|\btexto\s+(?:solo|solamente|apenas)\b|\btesto\s+soltanto\b|\bsoltanto\s+testo\b"
    r"|\b(?:juste|seulement|uniquement)\s+(?:du\s+)?texte\b|\btexte\s+(?:seulement|uniquement)\b"
    r"|\b(?:gewoon|alleen|enkel)\s+tekst\b|\btylko\s+tekst\b|نص\s+فقط|فقط\s+نص|बस\s+टेक्स्ट|文字就行|纯文字|只要文字"
    r"|テキストだけ|글로만|텍스트로만"
)
# Every visual refused: "no visuals please", "just text", "ohne Grafik", "sin gráficos", "不要图":
# a written answer, whatever list follows.
NO_VISUALS = re.compile(
    r"(?<!\w)(?:no|without|kein(?:e|en)?|ohne|pas de|sans|sin|sem|senza|geen|zonder|bez|без|tanpa|không cần)"
    r"\s+(?:visuals?|graphics?|pictures?|images?|charts? or (?:anything|graphs?)|fancy (?:stuff|visuals?)|grafik(?:en)?"
    r"|bilder|visuels?|graphiques|gráficos|imágenes|grafici|immagini|afbeeldingen|визуал\w*|картин\w*|gambar)\b"
    r"|\b(?:just|only|plain)\s+(?:text|words)\b|\btext only\b|\bin (?:plain )?(?:words|text)\b|不要图|不要图片|文字だけ"
    rf"|{JUST_TEXT}"
    r"|بدون\s+(?:رسم\w*|صور\w*|مخطط\w*|جراف\w*)|बिना\s+(?:चार्ट|ग्राफ|चित्र|तस्वीर)|図(?:は|も)?(?:いらない|不要)|図なしで"
    r"|(?:그림|그래프|차트)\s*없이"
    # "just tell me", "gewoon het antwoord", "बस बताओ": the answer in words, whatever numbers came with it
    r"|\b(?:just|simply)\s+(?:tell me|the answer|answer)\b|\bgewoon het antwoord\b|\bs[oó]lo dime\b"
    r"|\bdis-moi (?:juste|simplement)\b|\bsag (?:mir )?(?:einfach|nur)\b|просто скажи|просто ответ\w*|\bpo prostu powiedz\b|\bpowiedz mi (?:po prostu|tylko)\b"
    r"|बस बताओ|बस बता दो|\bsadece söyle\b|\bdimmi solo\b|\bsó me diga\b|教えて(?:くれる)?だけで(?:いい|良い)|只要回答|告诉我就行"
    r"|\bgrafi[ğk]\w*\s+gerek\s+yok\b|\bgrafiksiz\b"
    # only the number or a few sentences: "gewoon het totaal", "só me diz", "sadece … söyle", "nur drei Sätze"
    r"|\bgewoon\s+het\s+totaal\b|\bjust\s+the\s+(?:total|sum|number)\b|\bnur\s+die\s+summe\b|\bsolo\s+el\s+total\b"
    r"|\bjuste\s+le\s+total\b|\bsó\s+o\s+total\b|\bs[oó]\s+me\s+diz\b|\bsadece\b.{0,60}?\bsöyle\b"
    r"|\b(?:nur|just|only|solo|seulement|só|alleen|tylko|sadece)\s+(?:\w+\s+)?(?:sentences?|sätze|frases|phrases|zinnen"
    r"|zdania|cümle\w*)\b|только\s+(?:\w+\s+)?предложени\w*",
    re.I,
)


def unnegated(text: str) -> str:
    """The text with every refused form blanked (same length, so positions hold)."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    def blank_but_pt_no(m: re.Match[str]) -> str:
        return m.group(0) if m.group(0)[:2].lower() == "no" and m.group(0)[2:3].isspace() else blank(m)

    # Portuguese says "não"; its "no" is "in the" ("algo no celular pra marcar os pontos")
    before = blank_but_pt_no if language(text) == "pt" else blank
    text = _NEEDLESS.sub(blank, text)
    text = _NEG_BEFORE.sub(before, text)
    for rx in (_NEG_CJK, _NEG_AFTER):
        text = rx.sub(blank, text)
    return text


# A correction: the form named after it replaces the one named before ("make slides… no, actually
# one diagram", "fais-moi des slides… non, en fait un schéma", "eigentlich lieber", "其实还是", "bar chart
# no wait pie", "flowchart, scratch that, checklist"). Trailing "no"s belong to it ("actually no, …").
CORRECTION = re.compile(
    r"(?:(?<!\w)(?:actually|no wait|wait,? no|scratch that|forget that|on second thoughts?|or rather|i mean|i meant|but honestly"
    r"|make that|nah|nope|en fait|plutôt|non attends|attends,? non|je veux dire|laisse tomber|eigentlich|doch lieber"
    r"|besser doch|nein,? warte|warte,? nein|ich meine|vergiss das|oder besser|lieber doch|en realidad|mejor dicho"
    r"|pensándolo bien|no,? espera|espera,? no|quiero decir|olvídalo|anzi|in realtà|no,? aspetta|aspetta,? no"
    r"|volevo dire|o meglio|lascia stare|na verdade|aliás|não,? espera|espera,? não|quer dizer|ou melhor|esquece"
    r"|eigenlijk|toch liever|nee,? wacht|wacht,? nee|ik bedoel|of liever|laat maar|właściwie|a raczej|albo raczej"
    r"|nie,? czekaj|czekaj,? nie|to znaczy|chodzi mi o|вернее|точнее|лучше|хотя нет|нет,? стоп|то есть|забудь"
    r"|aslında|yok yok|yok hayır|hayır,? bekle|dur,? hayır|daha doğrusu|vazgeçtim|boşver|thật ra|à không|sebenarnya"
    r"|eh maksudnya|أقصد|أعني|لا،? انتظر|بل|बल्कि|नहीं,? रुको|मतलब)(?!\w)"
    r"|其实|还是|不对|算了|我是说|やっぱり|やっぱ|というか|じゃなくて|ではなく|いや、|아니 |아니다|아니,|말고"
    r"|(?:…|\.\.\.|[,;—–?？-])\s*(?:no|non|nein|nee|nie|não|нет|не|hayır|yok|không|tidak|لا|नहीं)\s*[,!—–]"
    r"|(?<!\w)(?:finalement|al final|finalmente|letztendlich|uiteindelijk|в итоге|sonuçta|ostatecznie)(?!\w))"
    r"(?:\s*[,!…—–-]*\s*(?:no|non|nein|nee|nie|não|нет)(?!\w))?",
    re.I,
)


# Asking for words after a correction ("…no wait, just list them", "actually no just an email
# summarising: …", "nur eine Mail", "只要列出来"): a written answer, whatever numbers follow.
PLAIN_ASK = re.compile(
    r"\b(?:just|only|simply)\s+(?:list|tell|write|type|email|e-mail|text|message|say|give me the)\b"
    r"|\b(?:just|only|simply)\s+(?:an?\s+)?(?:e-?mail|list|message|note|text|reply|summary|paragraph|sentence|words"
    r"|bullet(?:\s+point)?s?)\b|\b(?:solo|simplemente)\s+(?:dime|enum[eé]ra\w*|lista\w*|escr[ií]be\w*"
    r"|un\s+(?:correo|email|mensaje|texto)|una\s+lista)\b"
    r"|\b(?:juste|seulement|simplement)\s+(?:dis-moi|liste\w*|écri\w*|un\s+(?:mail|e-mail|courriel|message|texte)"
    r"|une\s+liste)\b|\b(?:nur|einfach|bloß)\s+(?:auflisten|aufzählen|sag\w*|schreib\w*|eine\s+(?:liste|mail"
    r"|e-mail|nachricht)|ein\s+text)\b|\bsolo\s+(?:dimmi|elenca\w*|scrivi\w*|una\s+(?:mail|email|lista)"
    r"|un\s+(?:messaggio|testo|elenco))\b|\b(?:só|apenas|somente)\s+(?:me\s+diga|diz|lista\w*|escrev\w*"
    r"|um\s+(?:e-?mail|texto)|uma\s+(?:lista|mensagem))\b|\b(?:gewoon|alleen|enkel)\s+(?:opsommen|zeg|schrijf"
    r"|een\s+(?:lijst|mail|e-mail|bericht|tekst))\b|\b(?:po prostu|tylko)\s+(?:wypisz|wymień|napisz|powiedz"
    r"|listę|lista|maila?|e-?maila?|tekst)\b|\bsadece\s+(?:listele|yaz|söyle|bir\s+(?:liste|e-?posta|mail|mesaj))\b"
    r"|просто\s+(?:перечисли|напиши|скажи|списком|список|письмо|текстом)"
    r"|只要(?:列出|列个|写|一封|文字|清单)|直接(?:列出|告诉|写)|列出来就行|(?:リスト|箇条書き|文章|メール)(?:だけ|でいい)"
    r"|並べるだけ|書くだけ|그냥\s*(?:목록|리스트|나열|이메일|메일|글로|텍스트|말해)"
    r"|فقط\s+(?:اكتب|قائمة|رسالة|بريد|أخبرني)|बस\s+(?:लिस्ट|सूची|ईमेल|लिख|बता)"
    r"|" + JUST_TEXT,
    re.I,
)


def corrected(text: str) -> str | None:
    """The part after the last correction, or None when the message corrects nothing."""
    found = list(CORRECTION.finditer(text))
    return text[found[-1].end() :] if found else None


# Something asked to be made: "can you make a pie chart?", "mach eine Präsentation", "能画个折线图吗".
MAKE_ASKED = (
    r"\b(?:make|draw|create|build|plot|chart|graph|design|mach\w*|erstell\w*|zeichne\w*|haz\w*|crea\w*|dibuja\w*"
    r"|fais|faire|dessine\w*|fa[çz]\w*|desenh\w*|fai|disegna\w*|maak|teken\w*|zrób|narysuj|yap\w*|çiz\w*)\b"
    r"|сдела\w*|нарису\w*|построй|画(?:个|一|成|出)|做(?:个|一|成)|(?:作|描)って|만들어|그려|اصنع|ارسم|बनाओ|बना\s+दो"
)
# A picture or a tool wanted, besides the verbs of making: "generate", "give me", "I'd like", "quiero".
_WANTED = re.compile(
    MAKE_ASKED
    + r"|\b(?:generate|render|paint|sketch|give\s+me|show\s+me|i\s+(?:want|need)|i['’]d\s+like|we\s+need"
    r"|look(?:s|ed)?\s+like|quiero|necesito|je\s+veux|j['’]aimerais|ich\s+(?:möchte|will|brauche)|voglio|vorrei"
    r"|eu\s+quero|preciso|ik\s+wil|chcę|potrzebuję|istiyorum|lazım|jag\s+vill|gör|skapa|rita|bygg"
    r"|(?:saya|aku)\s+(?:mau|ingin)|buatkan|buatin|bikin\w*|gambar(?:kan|in)|tôi\s+muốn|hãy\s+(?:vẽ|tạo|làm)|tạo|vẽ)\b|хочу|нужн\w*|想要|给我|欲しい|ほしい|주세요|원해|أريد|चाहिए",
    re.I,
)
# What a question about a thing opens with ("what is", "how does … work", "history of", "c'est quoi",
# "was ist", "что такое"): the thing named right after is its topic.
_ABOUT_LEAD = re.compile(
    r"^\s*[¿¡]?\s*(?:(?:hi|hey|hello|ok|okay|so|quick\s+question)[,!.:]?\s+)?(?:"
    r"what(?:['’]s|\s+(?:exactly\s+)?(?:is|are|was|were))|how\s+(?:does|do|did)(?!\s+(?:i|we|you)\b)"
    r"|how\s+(?:do|can|should)\s+(?:i|you|we|one)\s+(?:take|shoot|use|learn|get\s+into|start|read|trust|choose)"
    r"|why\s+(?:is|are|do|does|did)|tell\s+me\s+about|(?:the\s+)?history\s+of|(?:the\s+)?difference\s+between"
    r"|who\s+invented|when\s+(?:was|were|did)|(?:is|are)(?!\s+(?:there|it\s+possible)\b)|tips\s+(?:for|on)"
    r"|(?:pros\s+and\s+cons|advantages|meaning|definition)\s+of"
    r"|qu[ée]\s+(?:es|son|significa)|c[óo]mo\s+funciona\w*|historia\s+de|diferencia\s+entre|por\s+qu[ée]|h[áa]blame\s+de"
    r"|qu['’]est[- ]ce\s+qu[e']|c['’]est\s+quoi|comment\s+(?:fonctionne|marche)\w*|histoire\s+d|diff[ée]rence\s+entre"
    r"|pourquoi|parle[- ]moi\s+d|was\s+(?:ist|sind|bedeutet)|wie\s+funktionier\w*|geschichte\s+de|unterschied\s+zwischen"
    r"|warum|erzähl\s+mir\s+(?:etwas\s+)?über|o\s+que\s+(?:é|são|significa)|como\s+funciona\w*|hist[óo]ria\s+d"
    r"|diferen[çc]a\s+entre|por\s*que|(?:che\s+)?cos['’]?\s?[èe]|cosa\s+(?:sono|significa)|come\s+funziona\w*"
    r"|storia\s+del|differenza\s+tra|perch[ée]|wat\s+(?:is|zijn|betekent)|hoe\s+werk\w*|geschiedenis\s+van"
    r"|verschil\s+tussen|waarom|co\s+to\s+(?:jest|są)|czym\s+(?:jest|są)|jak\s+działa\w*|różnica\s+między|dlaczego"
    r"|что\s+такое|как\s+(?:работает|устроен\w*)|история|разница\s+между|почему|neden"
    r"|vad\s+(?:är|betyder)|hur\s+fungerar|varför|skillnaden\s+mellan|berätta\s+om"  # sv
    r"|apa\s+(?:itu|arti(?:nya)?|bedanya)|bagaimana\s+cara\s+kerja|mengapa|kenapa|sejarah|perbedaan\s+antara"  # id
    r"|tại\s+sao|vì\s+sao|lịch\s+sử|sự\s+khác\s+nhau\s+giữa"  # vi
    r"|什么是|为什么|介绍一下|ما\s+(?:هو|هي)|كيف\s+(?:يعمل|تعمل)|تاريخ|الفرق\s+بين|لماذا)(?<!\w(?=\w))",
    re.I,
)
# The same frame said after the thing, where a language puts it there: "ピクセルアートとは？", "像素画是什么",
# "주택담보대출 계산기란?", "piksel sanatı nedir", "पिक्सेल आर्ट क्या है".
_ABOUT_TAIL = re.compile(
    r"とは|って(?:何|なに)|の仕組み|の歴史|の違い|について教えて|是什么|是啥|的原理|的历史|的区别|有什么用|怎么(?:用|运作)"
    r"|(?:이|가)?란\b|(?:이|가)?\s*(?:뭐야|뭔가요|무엇인가요)|작동\s*원리|어떻게\s*작동|의\s*역사|에\s*대해\s*알려"
    r"|\s(?:nedir|ne\s+demek|nasıl\s+çalışır|tarihi|hakkında\s+bilgi)|\sक्या\s+(?:है|होता\s+है)|\sकैसे\s+काम\s+करता"
    r"|\sका\s+इतिहास|\sके\s+बारे\s+में\s+बताओ|\s(?:itu\s+apa|adalah\s+apa)|\slà\s+gì|\shoạt\s+động\s+thế\s+nào",
    re.I,
)


# The form an answer takes, before its noun ("… works, with a picture"): the cue is how, not what about.
_AS_FORM = re.compile(
    r"\b(?:with|as|into|using|con|como|avec|comme|mit|als|com|met|jako|olarak)\b|как|用|で", re.I
)


_EXPLAIN_IT = re.compile(
    r"^\s*[¿¡]?\s*(?:explain|define|describe|expl[ií]ca(?:me)?|explique(?:-moi)?|erklär(?:e|en)?(?:\s+mir)?|spiega(?:mi)?"
    r"|leg\s+uit\s+wat|wyjaśnij|объясни(?:те)?(?:,?\s+что\s+такое)?)\s+(?:(?:an?|the|el|la|los|las|le|les|l['’]|un|une"
    r"|der|die|das|den|il|lo|gli|o|os|as)\s*)?$",
    re.I,
)


def asked_about(text: str, at: int, cue: str) -> bool:
    """The cue at `at` is the topic of a question ("what is pixel art?", "how does a mortgage calculator
    work?", "ドット絵とは？"): words answer it, not the picture or the tool it names. A verb of making or
    wanting anywhere ("what is pixel art? draw me one") keeps the request."""
    if _WANTED.search(text):
        return False
    lead = _ABOUT_LEAD.match(text)
    if (
        lead is not None
        and lead.end() <= at <= lead.end() + 40
        and not _AS_FORM.search(text[lead.end() : at])
    ):
        return True
    if _EXPLAIN_IT.search(text[:at]):  # "explain pixel art": the thing right after the verb
        return True
    end = at + len(cue)
    return any(
        0 <= m.start() - end <= 20 and len(text.rstrip(" ?？。.!！")) - m.end() <= 12
        for m in _ABOUT_TAIL.finditer(text)
    )
