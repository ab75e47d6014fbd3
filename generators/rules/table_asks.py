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
    r"|фильтрова\w*|filtrele\w*|süzebil\w*)(?![^\W\d_])|筛选|过滤|絞り込|フィルタ|필터|تصفية|فلترة|فلتر|फ़िल्टर|फिल्टर",
    re.I,
)
_PICK = re.compile(
    r"(?<![^\W\d_])(?:choose|pick|select|sort|browse|explore|move|drag|elegir|escoger|seleccionar|ordenar|explorar"
    r"|mover|choisir|sélectionner|trier|explorer|parcourir|déplacer|auswählen|wählen|sortieren|durchsuchen"
    r"|verschieben|escolher|selecionar|scegliere|selezionare|ordinare|esplorare|spostare|kiezen|selecteren|sorteren"
    r"|doorzoeken|verplaatsen|выб(?:ирать|рать)|сортировать|перемещать|wybierać|wybrać|sortować|przeglądać"
    r"|przesuwać|seçebil\w*|seçeyim|sıralayabil\w*|taşıyabil\w*)(?![^\W\d_])"
    r"|选择|挑选|排序|拖动|移动|選べ|選択でき|並べ替え|移動でき|고를\s*수|선택할\s*수|정렬|옮길\s*수|أختار|اختيار|فرز|أنقل"
    r"|चुन\s*सक|छांट",
    re.I,
)
_MYSELF = re.compile(
    r"(?<![^\W\d_])(?:let\s+me|i\s+can|i\s+could|be\s+able|where\s+i|déjame|que\s+pueda|poder|laisse[- ]moi"
    r"|que\s+je\s+puisse|pouvoir|lass\s+mich|können|damit\s+ich|deixa[- ]me|me\s+deixa|que\s+eu\s+possa|fammi"
    r"|lasciami|poter|laat\s+me|kunnen|дай(?:те)?\s+мне|чтобы\s+я|мочь|pozwól\s+mi|żebym|móc|bileyim)(?![^\W\d_])"
    r"|让我|我能|可以|できる|できるよう|수\s*있|أستطيع|أقدر|सकूँ|सकूं|सकें",
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
