"""Several questions asked of one table in one sentence ("who earns the most and who has the best
rating?"): each is answered, not only the one a single reading of the sentence happens to pick."""

from __future__ import annotations

import re

# "and" (or a comma) followed by a question word starts a second ask, in the planner's languages
_NEXT_ASK = re.compile(
    r"\s*(?:,\s*)?(?:,|\band|\by|\be|\bet|\bund|\ben|\bи|\bi|\bve|\boraz)\s+"
    r"(?=(?:who|which|what|where|when|how\s+(?:many|much)|qui[eé]n(?:es)?|qu[eé]|cu[aá]l(?:es)?|cu[aá]nt[oa]s?"
    r"|qui|quel(?:le)?s?|combien|wer|welche[rs]?|was|wie\s+viele?|chi|qual[ei]?|quant[oaie]|quem|hoeveel|welke"
    r"|wat|кто|что|какой|какая|сколько|kto|który|która|ile|kim|hangi|kaç)\b)",
    re.I,
)


def split_asks(question: str) -> list[str]:
    """The asks a question joins with "and" + a question word, each as written; [question] when one."""
    parts = [p.strip(" ,;") for p in _NEXT_ASK.split(question or "")]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 else [question]


# The user picking rows themselves: filtering, choosing, moving them ("let me filter these by status",
# "je veux pouvoir choisir une ligne", "让我能按城市和类型筛选"): the table explorer, not one chart.
# A filter verb is enough; choosing, sorting or moving rows needs the user as the one doing it.
_FILTER = re.compile(
    r"(?<![^\W\d_])(?:filter(?!ed)|filtrar|filtrer|filtern|filtrare|filteren|filtrować|filtrowa\w*|отфильтр\w*"
    r"|фильтрова\w*|filtrele\w*|süzebil\w*)(?![^\W\d_])|筛选|过滤|絞り込|フィルタ|필터|تصفية|فلترة|فلتر|फ़िल्टर|फिल्टर"
    # a search by a column: "search by ticket number", "buscar por número", "nach Kunde suchen", "按单号查"
    r"|\b(?:search(?:able)?|look\s+(?:\w+\s+)?up)\s+(?:\w+\s+)?by\b|\bsearchable\b|\b(?:buscar|rechercher|cercare"
    r"|pesquisar|procurar|zoeken|szukać|искать|aramak?)\s+(?:por|par|per|op|po|по)\b|\bdurchsuchbar|\bsuchen\s+nach\b"
    r"|按\S{1,6}(?:查|搜)|で検索|로\s*검색|بحث\s+(?:ب|حسب)|से\s+खोज",
    re.I,
)
_PICK = re.compile(
    r"(?<![^\W\d_])(?:choose|pick|select|sort|browse|explore|move|drag|elegir|escoger|seleccionar|ordenar|explorar"
    r"|mover|choisir|sélectionner|trier|explorer|parcourir|déplacer|auswählen|wählen|sortieren|durchsuchen"
    r"|verschieben|escolher|selecionar|scegliere|selezionare|ordinare|esplorare|spostare|kiezen|selecteren|sorteren"
    r"|doorzoeken|verplaatsen|выб(?:ирать|рать)|сортировать|перемещать|wybierać|wybrać|sortować|przeglądać"
    r"|przesuwać|seçebil\w*|seçeyim|sıralayabil\w*|taşıyabil\w*|search|look\s+up|buscar|rechercher|suchen|cercare"
    r"|pesquisar|zoeken|szukać|искать)(?![^\W\d_])"
    r"|选择|挑选|排序|拖动|移动|選べ|選択でき|並べ替え|移動でき|고를\s*수|선택할\s*수|정렬|옮길\s*수|أختار|اختيار|فرز|أنقل"
    r"|चुन\s*सक|छांट",
    re.I,
)
_MYSELF = re.compile(
    r"(?<![^\W\d_])(?:let\s+me|i\s+can|i\s+could|be\s+able|where\s+i|déjame|que\s+pueda|poder|laisse[- ]moi"
    r"|que\s+je\s+puisse|pouvoir|lass\s+mich|können|damit\s+ich|deixa[- ]me|me\s+deixa|que\s+eu\s+possa|fammi"
    r"|lasciami|poter|laat\s+me|kunnen|дай(?:те)?\s+мне|чтобы\s+я|мочь|pozwól\s+mi|żebym|móc|bileyim"
    # someone else who will do it: "grandpa wants to pick", "the girls at the counter can search", "so staff can sort"
    r"|wants?\s+to|(?:he|she|they|staff|people|everyone|anyone|\w+s)\s+(?:can|could)|so\s+(?:\w+\s+){1,3}(?:can|could))(?![^\W\d_])"
    r"|让我|我能|可以|できる|できるよう|수\s*있|أستطيع|أقدر|सकूँ|सकूं|सकें",
    re.I,
)


# "search by ticket number", "buscar por cliente": the column after it gets a search box in the explorer
SEARCH_BY = re.compile(
    r"\b(?:search(?:able)?|look\s+(?:\w+\s+)?up|find)\s+(?:\w+\s+)?by\b|\b(?:buscar|rechercher|cercare|pesquisar"
    r"|procurar|zoeken|szukać|искать)\s+(?:por|par|per|op|po|по)\b|\bsuchen\s+nach\b|按(?=\S{1,6}(?:查|搜))|(?=\S{1,8}で検索)",
    re.I,
)


def wants_explorer(text: str) -> bool:
    """The user asks to filter the rows, or to choose, sort or move them themselves."""
    return bool(_FILTER.search(text) or (_PICK.search(text) and _MYSELF.search(text)))


# A course through the stages a status column names: "draw how a shipment goes through the statuses",
# "the process a request goes through from reported to closed"
_FLOW = re.compile(
    r"(?<![^\W\d_])(?:process|flow|workflow|lifecycle|life\s+cycle|goes\s+through|passes\s+through|proceso|flujo"
    r"|pasa\s+por|processus|flux|passe\s+par|prozess|ablauf|durchläuft|processo|fluxo|passa\s+(?:por|per)"
    r"|proces|doorloopt|процесс|проходит|przechodzi|przepływ|süreç|akış|geçer|geçiyor)(?![^\W\d_])"
    r"|流程|经过|经历|プロセス|流れ|経る|프로세스|흐름|거치|عملية|تمر|प्रक्रिया|गुजर",
    re.I,
)


def asks_flow(text: str) -> bool:
    """The question asks for the course rows take through their statuses (`table_flow` draws it)."""
    from generators.rules.table_words import concepts

    return bool(_FLOW.search(text)) and "status" in concepts(text)


# Facts of a table's rows by kind: its average, its extremes, its gaps, its total ("平均多少 最高最低 哪几天没量",
# "average, best and worst day, days missed"). Two kinds or more asked for one sheet are key-number cards.
_FACT_KINDS = (
    re.compile(
        r"\b(?:average|mean|avg|moyenne|promedio|media|durchschnitt\w*|gemiddeld\w*|średni\w*|ortalama)\b"
        r"|(?<![\u0400-\u04ff])средн\w*|平均|평균|متوسط|معدل|औसत",
        re.I,
    ),
    re.compile(
        r"\b(?:highest|lowest|max(?:imum)?|min(?:imum)?|peak|best|worst|le\s+plus\s+(?:haut|bas)|más\s+(?:alt|baj)[oa]"
        r"|höchst\w*|niedrigst\w*|più\s+(?:alt|bass)[oa]|hoogste|laagste|najwyższ\w*|najniższ\w*|en\s+(?:yüksek|düşük))\b"
        r"|(?<![\u0400-\u04ff])(?:максим\w*|миним\w*|высш\w*|низш\w*)|最高|最低|最大|最小|가장\s*(?:높|낮)|최고|최저"
        r"|أعلى|اعلى|أدنى|ادنى|أقل|اقل|सबसे\s+(?:ज़्यादा|ज्यादा|कम)",
        re.I,
    ),
    re.compile(
        r"\b(?:missing|missed|not\s+(?:measured|taken|recorded|logged)|skipped|gaps?|manquant\w*|fehl\w*|faltan\w*"
        r"|mancant\w*|ontbrek\w*|brak\w*|eksik)\b|(?<![\u0400-\u04ff])пропущ\w*|没量|没测|漏[测量记]|缺|未测|測って(?:い)?ない"
        r"|抜け|누락|빠진|مفقود|ناقص|छूट",
        re.I,
    ),
    re.compile(
        r"\b(?:total|sum|altogether|gesamt\w*|insgesamt|totale?|totaal|łącznie|toplam)\b|(?<![\u0400-\u04ff])(?:итог\w*|всего)"
        r"|合计|总共|总计|合計|総計|합계|إجمالي|المجموع|कुल",
        re.I,
    ),
)
# One sheet asked to hold them: "a small summary card", "一张小结", "one-pager", "a sheet for the fridge"
SHEET = re.compile(
    r"\b(?:sheet|card|one[\s-]?pager|handout|overview|fiche|ficha|blatt|übersicht|scheda|kaart|karta|kart)\b"
    r"|(?<![\u0400-\u04ff])(?:карточк\w*|лист\w*|памятк\w*)|一张|一页|小结|概览|一枚|まとめ|한\s*장|요약|ورقة|بطاقة|कार्ड|शीट",
    re.I,
)


def table_facts_asked(text: str) -> int:
    """How many kinds of facts of the rows (average, extremes, gaps, total) the question asks for."""
    return sum(bool(kind.search(text)) for kind in _FACT_KINDS)
