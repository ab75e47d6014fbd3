"""The diagram kind of the rules planner: structure in pasted markdown or in the question's own
wording (arrows, numbered steps, "first … then …", a list after a colon)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.markdown import markdown_to_diagram, text_to_diagram
from generators.markdown.diagram import ANSWER, ARROW, chain_diagram
from generators.rules.asked_branch import asked_branch
from generators.rules.bracket import bracket_graph
from generators.rules.connections import connection_graph, linked_things
from generators.rules.content import (
    PATH_STEP,
    Content,
    clean_lead,
    inline_list,
    nested,
    plain_lines,
    split_items,
    supplied,
)
from generators.rules.cues import DIAGRAM_TYPE_CUES, FAMILY_TREE
from generators.rules.decisions import decision_tree
from generators.rules.family import family_graph
from generators.rules.relations import Graph, graph_type, relation_graph, title_of
from generators.rules.request import RulesInput
from generators.rules.routed import routed_graph
from generators.rules.scoring import score
from generators.rules.spaced import held_graph, spaced_steps, to_chain
from generators.rules.spoken import bracketed, spoken_list, spoken_steps, told_steps
from generators.rules.table_flow import status_flow
from generators.rules.templates import tr
from generators.rules.ties import WHO_WHOM, tie_graph
from generators.rules.words import cap, find_cue, first_of, msg, short, text_plan
from render.plan import DiagramEdge, DiagramNode, DiagramPlan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
# Someone under someone, told of a group ("all under the musical director", "sob ele os chefes de naipe",
# "회장 아래 총무", "sous lui trois chefs"): a hierarchy to draw. A pronoun or a role is the one above, so
# "under the bridge", "under the table" are no such cue.
_ROLE = (r"(?:director|manager|head|chair(?:man|woman|person)?|boss|president|captain|conductor|leader|lead|ceo|principal"
         r"|coach|supervisor|foreman|chief|owner|headteacher|head\s+teacher|editor|organi[sz]er|coordinator)")
_UNDER_SOMEONE = (
    rf"re:\b(?:all|each|directly|right)?\s*(?:under|beneath|below)\s+(?:the|our|a)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}s?\b"
    r"|\bunder\s+(?:him|her|them)\s*(?:[:,]|(?:are|is|sit|sits|come|comes|there|we\s+have|work|works|the|two|three|four|five|six|\d+)\b)"
    r"|\bsob\s+(?:ele|ela|eles|elas)\b|\babaixo\s+del[ea]s?\b|\bbajo\s+(?:él|ella|ellos|ellas)\b|\bdebajo\s+de\s+(?:él|ella)\b"
    r"|\bsous\s+(?:lui|elle|eux|elles)\b|\bsous\s+(?:ses|leurs)\s+ordres\b|\bsotto\s+(?:di\s+)?(?:lui|lei|loro)\b"
    r"|\balle\s+(?:sue|loro)\s+dipendenze\b|\bunter\s+(?:ihm|ihr|ihnen)\b|\bonder\s+(?:hem|haar|hen)\b"
    r"|(?<![\u0400-\u04ff])под\s+(?:ним|ней|ними)(?![\u0400-\u04ff])|в\s+подчинении\b|\bpod\s+(?:nim|nią|nimi)\b"
    r"|(?<!\S)\S*(?:장|님|대표|감독|리더)\s*(?:아래|밑)(?:에|로)?\s|(?:長|リーダー|監督|先生)の下に|(?:长|主任|经理|总监|老板|主席)(?:下面|手下|之下)"
    r"|(?:प्रधान|अध्यक्ष|मैनेजर|मालिक|सरपंच|प्रिंसिपल|हेड|बॉस|मुखिया)\s+के\s+(?:नीचे|अधीन)"
)  # not Arabic "تحتها": under it, as often a caption under a picture as a person under another
# The states a thing can be in ("states a support ticket can be in", "estados en que puede estar un pedido"):
# a state diagram, named in so many words (5: over motion words in the same message, "keep moving them").
_STATES_OF = (
    r"re:\b(?:states|statuses|stages)\s+(?:an?|the|our|my|each|every)\s+(?:[\w-]+\s+){0,3}?(?:can|could|may|might|will)\s+"
    r"(?:be\s+in|go\s+through|move\s+(?:through|between))\b|\b(?:[eé]tats|statuts)\s+(?:possibles\s+)?par\s+lesquels\s+passe"
    r"|\bestados\s+(?:posibles\s+)?(?:por\s+los\s+que\s+pasa|en\s+(?:los\s+)?que\s+puede\s+estar)"
    r"|\bestados\s+(?:possíveis\s+)?(?:pelos\s+quais\s+passa|em\s+que\s+pode\s+estar)|\bstati\s+(?:in\s+cui\s+può|per\s+cui\s+passa)"
    r"|\bzustände\s*,?\s+(?:die|in\s+denen)\s+(?:ein|eine)\s"
)
# The states a thing goes through, listed after their name ("states of a ticket: reserved, paid, printed,
# scanned, refunded", "estados de un pedido: …", "Status eines Auftrags: …", "チケットの状態：…"): a state
# flow of the states as listed (3: a form named still wins). Never the states of a country ("United States:").
_LISTED_AFTER = r"\s*[:：]\s*[^,，、\n]+(?:\s*(?:[,，、]|\s(?:and|y|et|und|e|en|i|и|ve)\s)\s*[^,，、\n]+){2,}"
_STATES_LISTED = (
    r"re:(?:\b(?:states|statuses|status(?:es)?\s+flow)\s+(?:of|for)\s+(?:an?|each|every|one|the|our|my)\s+(?-i:[a-z])[\w-]*(?:\s+[\w-]+){0,2}?"
    r"|\b(?!(?:united|member|gulf|baltic|arab|island|city|nation|southern|northern|western|eastern|central)\b)[a-z][\w-]+\s+(?:states|statuses)"
    r"|\b(?:[ée]tats|statuts)\s+(?:d['’]une?\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+)\s*(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|\bestados\s+(?:de\s+(?:un|una|el|la|um|uma)\s+|del\s+|do\s+|da\s+|de\s+)(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|\bstati\s+(?:di\s+un[oa]?\s+|del\s+|della\s+|dell['’]|di\s+)\s*(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|\b(?:zustände|status)\s+(?:eines|einer|des|der)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|\b(?:statussen|toestanden|status)\s+van\s+(?:een|het|de)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|\b(?:stany|statusy)\s+[\w-]+|(?<![\u0400-\u04ff])(?:статусы|состояния|стадии)\s+[\w-]+"
    r"|\b[\w-]+\s+durumlar\w*|(?:的)?状态|の(?:状態|ステータス)|(?<!\S)\S+\s*상태|حالات\s+\S+|(?<!\S)\S+\s+की\s+(?:स्थितियाँ|स्थितियां|अवस्थाएँ)"
    r")" + _LISTED_AFTER
)
# What must come before what ("what needs to happen before what", "ce qui doit se faire avant quoi"):
# an order of dependencies to draw, as "what depends on what" is.
_BEFORE_WHAT = (
    r"re:\bwhat\s+(?:needs?\s+to|has\s+to|must|should|can|comes?|goes?|happens?)\s+(?:\w+\s+)?(?:before|after)\s+what\b"
    r"|\b(?:ce\s+qui|quoi)\s+(?:doit\s+)?(?:se\s+faire|venir|passer|aller)\s+avant\s+quoi\b"
    r"|\bqu[eé]\s+(?:va|viene|tiene\s+que\s+ir|hay\s+que\s+hacer)\s+antes\s+de\s+qu[eé]\b|\bcosa\s+(?:va|viene)\s+prima\s+di\s+cosa\b"
    r"|\bwas\s+(?:kommt\s+|muss\s+)?vor\s+was\b|\bo\s+que\s+(?:vem|vai)\s+antes\s+d[eo]\s+qu[eê]\b"
)
# "how the X works" in the other languages, as the English cue: "cómo funciona la rotación de los potreros"
_HOW_IT_WORKS = (
    r"re:\bc[oó]mo\s+funciona\s+(?:el|la|los|las|nuestr\w+|mi|este|esta)\s+\w+|\bcomo\s+funciona\s+(?:o|a|os|as|noss\w+|meu|minha|este|esta)\s+\w+"
    r"|\bcome\s+funziona\s+(?:il|la|lo|l['’]|i|gli|le|nostr\w+)\s*\w+|\bcomment\s+fonctionne\s+(?:le|la|les|l['’]|notre|nos)\s*\w+"
)
CUES: dict[str, list[tuple[str, int]]] = {
    "family": [(word, 4) for word in FAMILY_TREE],
    "order": [(_UNDER_SOMEONE, 3), (_STATES_OF, 5), (_STATES_LISTED, 3), (_BEFORE_WHAT, 4), (_HOW_IT_WORKS, 2)],
    # "who reports to whom", "what depends on what", "how are they connected", in each language
    "ties": [(f"re:{cue}", 4) for cue in WHO_WHOM],
    "en": [(r"re:\bflow\s*(?:things?|thingy|thingies)\b", 4), (r"re:\b(?:with\s+)?arrows\s+(?:pls|please|plz)\b|\bwith\s+arrows\b", 3), (r"re:\bsketch\s+(?:out\s+)?(?:our|the|how|my|your|their)\b", 4), (r"re:\bbrackets?\b.{0,40}?\b(?:tourn\w*|tourney|cup|league|playoffs?|knockout|championship|competition)", 4), ("tournament bracket", 4), ("playoff bracket", 4), ("knockout bracket", 4),
           ("re:\\b(?:the way|how)\\s+(?:the|our|my|a|an|this)?\\s*\\w+(?:\\s+\\w+)?\\s+works\\b", 2),
           ("re:\\b(?<!cash )(?<!traffic )(?<!free )flow(?:\\s+for|\\s+of|:)", 2),
           ("flowchart", 4), ("flow chart", 4), ("flow diagram", 4), ("org chart", 4), ("seating chart", 4), ("seating plan", 4),
           (r"re:\bstructure\s+(?:visually|as\s+an?\s+(?:picture|diagram|chart|tree|drawing))\b", 3),
           (r"re:\b(?:below|under(?:neath)?)\s+(?:him|her|them|the\s+\w+|\w+)\s+(?:the|are|is|come|comes|sit|sits)\b", 2),
           # voice and phone typing: "make it a flow chat", "brain storm thingy … all branched out",
           # "as boxes and lines", "the signal path in our studio"
           (r"re:\bflow\s?(?:chat|chrt|cart|chard)\b", 4), (r"re:\bbranch(?:ed|ing)\s+out\b", 3),
           (r"re:\bbrain\s?storm\w*\s+(?:thingy|thing|map|web|cloud|bubbles?)\b", 4),
           (r"re:\bbox(?:es)?\s+(?:and|&|with)\s+(?:lines|arrows)\b", 4), (r"re:\b(?:signal|audio|cable)\s+(?:path|chain|flow)\b", 3),
           (r"re:\b(?:make|turn|do|put)\s+(?:it|this|that|them)\s+(?:into\s+|as\s+)?an?\s+flow\b", 3),
           ("organization chart", 4), ("organisation chart", 4), ("organizational chart", 4),
           ("organigram", 4), ("mind map", 4), ("mindmap", 4), ("diagram", 3), ("hierarchy", 3),
           ("hierarchical", 3), ("family tree", 4), ("phone tree", 4), ("call tree", 4), ("calling tree", 4), ("decision tree", 4), ("fault tree", 4), ("troubleshooting tree", 4), ("tree diagram", 4),
           ("tree structure", 4), ("workflow", 3), ("process", 2), ("pipeline", 2), ("architecture", 2),
           ("system design", 3), ("lifecycle", 3), ("life cycle", 3), ("cycle", 2), ("steps", 2),
           ("step by step", 2), ("sequence diagram", 4), ("dependency graph", 4), ("network diagram", 4),
           ("re:how (?:does|do|is|are) .{1,80}?(?:work|made|built|produced)", 2), ("->", 2), ("→", 2),
           ("concept map", 4), ("swimlane", 4), ("swim lane", 4), ("swim-lane", 4), ("state machine", 4), ("state diagram", 4),
           ("er diagram", 4), ("entity relationship", 4), ("uml", 3), ("data flow", 3), ("dataflow", 3),
           ("branching model", 3), ("sitemap", 3), ("site map", 3), ("site structure", 3), ("topology", 3),
           ("relationship map", 4), (r"re:\bdrawn\s+(?:out|up)\b", 3), (r"re:\bhow\s+(?:do|does)\s+(?:they|these|those|the\s+\w+)\s+connect\b", 3), ("map the relationships", 4), ("map of relationships", 4), ("map out", 2), ("process map", 4),
           (r"re:\bhow (?:does|do|is|are) .{1,80}? relate", 2), ("relates to", 2), ("depend on each other", 3), (r"re:\bhow\s+(?:do|does)\s+.{1,60}?\b(?:hang|fit|tie)\s+together\b", 3),
           ("dependencies", 3), ("reports to", 2), ("reporting to", 2), ("←", 2), ("<-", 2),
           ("venn", 4), (r"re:\bhow (?:does|do|is|are|did) .{1,60}? (?:go|goes|get|gets|move|moves|flow|flows|travel|travels|pass|passes)\s+(?:from|through|between|around)\b", 3), (r"re:\bhow (?:an?|the|our|my|each) \w+(?: \w+)? (?:moves|flows|goes|travels|gets handled|is handled|gets processed)\b", 3), (r"re:\bhow (?!much\b|many\b|long\b|far\b|often\b)(?:\w+\s+){1,3}(?:go|goes|get|gets|move|moves|travel|travels|flow|flows|pass|passes)\s+from\s+\w+(?!.*\d)", 3), (r"re:\bhow (?:\w+\s+){1,4}(?:is|are) (?:connected|linked|related)\b", 3), (r"re:\b(?:what|which) (?:states|stages|statuses) (?:can|does|do|is|are)\b", 3), ("approval chain", 3), ("chain of command", 4),
           (r"re:\b(?:as|into)\s+an?\s+(?:flow|tree|cycle|network|hierarchy|process map)\b", 3), (r"re:(?<!pie )(?<!bar )(?<!line )(?<!donut )(?<!ring )(?<!doughnut )\bchart\s+of\s+(?:the|our|my|your|this)\s+(?:team|staff|company|organi[sz]ation|department|people|family|club)\b", 4),
           (r"re:\bhow (?:we|they|you|i) (?:decide|handle|deal with|process|run|organi[sz]e|approve|choose|escalate)\b", 2),
           ("knockout", 2), ("knock-out", 2),
           (r"re:\bwho\s+(?:reports\s+to|manages|works\s+for|answers\s+to)\s+whom?\b", 4),
           # maps of who is linked to whom: "supplier map for our brake parts", "stakeholder map"
           (r"re:\b(?:supplier|supply\s+chain|stakeholder|dependency|ecosystem|value\s+chain|vendor|partner|influence)\s+map\b", 4)],
    "zh": [("对阵图", 4), ("对阵表", 4), ("谁管谁", 4), ("谁向谁汇报", 4), ("谁归谁管", 4), ("汇报关系", 3),
           ("流程图", 5), ("组织结构图", 5), ("组织架构图", 5), ("架构图", 5), ("思维导图", 5), ("脑图", 4),
           ("结构图", 5), ("示意图", 4), ("关系图", 5), ("树状图", 5), ("拓扑图", 5), ("流程", 2), ("步骤", 2),
           ("层级", 3), ("工作原理", 2), ("是如何工作", 2), ("怎么运作", 2), ("生命周期", 3), ("循环", 2),
           ("概念图", 4), ("泳道图", 5), ("泳道", 4), ("状态图", 5), ("依赖关系", 3),
           ("的顺序", 2), ("流程是", 2)],
    "es": [("esquematizar", 4), (r"re:\bqui[ée]n\s+depende\s+de\s+qui[ée]n\b", 4), (r"re:\bqui[ée]n\s+(?:le\s+)?reporta\s+a\s+qui[ée]n\b", 4), ("re:\\bbosquej\\w*\\s+(?:c[oó]mo|el|la|nuestr\\w*)\\b", 4), ("cuadro del torneo", 4), ("llave del torneo", 4), ("cuadro de eliminatorias", 4),
           ("diagrama de flujo", 5), ("flujograma", 5), ("organigrama", 4), ("mapa mental", 4), ("mapa conceptual", 4),
           ("diagrama", 3), ("proceso", 2), ("esquema", 3), ("flujo de trabajo", 3), ("ciclo de vida", 3),
           ("mapa de relaciones", 4), ("diagrama de carriles", 5), ("carriles por rol", 4),
           ("árbol de decisión", 4), (r"re:\bc[oó]mo se relacionan", 3), ("relaciones entre", 3), ("ciclo", 2), ("pasos", 2),
           (r"re:\brecorrido\s+(?:del?|de la|de los)\b", 2), ("procedimiento", 2),
           (r"re:\bdibuj\w*\s+(?:\w+\s+){0,2}?(?:recorrido|camino|circuito)\s+de", 3)],
    "fr": [("schématiser", 4), ("re:\\besquisse[rz]?\\s+(?:comment|le|la|les|notre|nos)\\b", 4), ("tableau du tournoi", 4), ("tableau des matchs", 4),
           ("organigramme", 4), ("logigramme", 4), ("carte mentale", 4), ("carte conceptuelle", 4),
           ("diagramme de flux", 5), ("schéma", 3), ("processus", 2), ("arborescence", 3), ("cycle de vie", 3),
           ("carte des relations", 4), ("diagramme en couloirs", 5), ("couloirs de nage", 5), ("couloirs par rôle", 4),
           ("arbre de décision", 4), ("relations entre", 3), ("étapes", 2),
           ("parcours", 2), ("procédure", 2), ("déroulement", 2),
           # "dessiner le chemin d'une commande …": the way a thing goes, drawn
           (r"re:\bdessin\w*\s+(?:\w+\s+){0,2}?(?:chemin|parcours|circuit|trajet|cheminement)\s+d", 3)],
    "de": [(r"re:\bwer\s+(?:wem\s+unterstellt|wen\s+(?:leitet|führt))\b", 4), ("re:\\bskizzier\\w*", 4), ("re:\\baufzeichnen,?\\s+wie\\b", 4), ("turnierbaum", 4), ("turnierplan", 3),
           ("schema", 3), ("ablaufplan", 4), ("schwimmbahn*", 4), ("prozesskette", 4),
           ("re:\\bwie\\s+(?:ein|eine|der|die|das|unser\\w*)\\s+\\w+\\s+(?:läuft|abläuft|funktioniert)", 2),
           ("flussdiagramm", 4), ("ablaufdiagramm", 4), ("organigramm", 4), ("mindmap", 4), ("prozess", 2),
           ("schaubild", 3), ("ablauf", 2), ("baumdiagramm", 4), ("prozessdiagramm", 4),
           ("entscheidungsbaum", 4), ("beziehungen zwischen", 3), ("kreislauf", 3), ("schritte", 2),
           ("vorgehen", 2), ("verfahren", 2),
           # "wer entscheidet was … zeig mir wie das zusammenhängt": how things hang together
           (r"re:\bwie\s+(?:das|die|alles|sie|es)\s+(?:\w+\s+)?zusammenh[äa]ng\w*", 3), (r"re:\bwer\s+entscheidet\s+was\b", 3)],
    "pt": [("esquematizar", 4), ("re:\\besbo[çc]ar\\b", 4), ("chaveamento", 4), ("chave do torneio", 4),
           ("fluxograma", 5), ("organograma", 4), ("mapa mental", 4), ("mapa conceitual", 4), ("diagrama", 3),
           ("processo", 2), ("esquema", 3), ("mapa de relações", 4), ("diagrama de raias", 5), ("raias por", 4),
           (r"re:\bfluxo(?! de caixa)", 2), ("ciclo", 2), ("etapas", 2), ("árvore de decisão", 4), ("relações entre", 3),
           ("percurso", 2), ("procedimento", 2),
           (r"re:\bdesenh\w*\s+(?:\w+\s+){0,2}?(?:caminho|percurso|circuito)\s+d", 3)],
    "it": [("schematizzare", 4), ("re:\\babbozza(?:re)?\\s+(?:come|il|la|i|le|nostr\\w*)\\b", 4), ("tabellone del torneo", 4),
           ("diagramma di flusso", 5), ("organigramma", 4), ("mappa mentale", 4), ("mappa concettuale", 4),
           ("diagramma", 3), ("schema", 3), ("processo", 2), ("flusso", 2),
           ("mappa delle relazioni", 4), ("diagramma a corsie", 5), ("corsie per ruolo", 4),
           ("ciclo", 2), ("albero decisionale", 4), ("relazioni tra", 3), ("passaggi", 2),
           ("percorso", 2), ("procedura", 2), ("iter", 2),
           # "mi disegni il giro di una scarpa in riparazione …": the round a thing makes, drawn
           (r"re:\bdisegn\w*\s+(?:\w+\s+){0,2}?(?:giro|percorso|flusso|iter)\s+d", 3)],
    "ru": [("турнирная сетка", 4), ("турнирную сетку", 4), ("сетка турнира", 4),
           ("блок-схем", 5), (r"re:(?<![\u0400-\u04ff])(?:диаграмм\w*\s+(?:с\s+)?дорож\w*|дорожк\w*\s+по\s+рол\w*|плавательн\w*\s+дорож\w*)", 5), ("схем", 3), ("карта связей", 4), ("связи между", 3), ("интеллект-карт", 4), ("майнд-карт", 4), ("майндм", 4), ("майнд м", 4), ("ментальн", 3),
           ("оргструктур", 4), ("организационн", 3), ("процесс", 2),
           ("цикл", 2), ("этапы", 2), ("шаги", 2), ("дерево решений", 4),
           ("порядок действий", 3), ("алгоритм действий", 3), ("схема процесса", 4), ("этапы", 2)],
    "ja": [("トーナメント表", 4), ("組み合わせ表", 3), ("ツリー図", 5), ("ツリーで", 4),
           ("フローチャート", 5), ("組織図", 5), ("マインドマップ", 5), ("図解", 3), ("手順", 2), ("流れ", 2),
           ("相関図", 5), ("スイムレーン", 5), ("関係図", 5), ("構成図", 5), ("流れ図", 5), ("系統図", 5), ("図にして", 3), (r"re:(?<![ァ-ヺー])フロー(?![ァ-ヺー])", 3),
           ("状態遷移", 4),
           ("サイクル", 3), ("ステップ", 2),
           ("の流れ", 2), ("手順", 2), ("段取り", 2), ("re:(?:流れ|手順|仕組み|関係)を図に", 4), ("re:(?<!枚の)図に(?:したい|する|まとめ)", 3)],
    "ko": [("대진표", 4), ("트리로", 4), ("트리 구조", 4), ("나무 구조", 4),
           ("순서도", 5), ("흐름도", 5), ("플로우차트", 5), ("조직도", 5), ("마인드맵", 5), ("다이어그램", 4), ("다이어그렘", 4), ("다이아그램", 4),
           ("관계도", 5), ("스윔레인", 5), ("구조도", 5), ("프로세스", 2),
           ("흐름", 2), ("단계", 2), ("사이클", 3),
           ("순서", 2), ("절차", 2), ("조직도", 4)],
    "ar": [("سير العمل", 3), ("مخطط سير", 5), (r"re:مخطط\s+(?:\S+\s+){0,2}?(?:ل?ل?خطوات|مراحل|إجراءات)", 4),
           (r"re:(?:خطوات|مراحل|إجراءات)\s.{0,80}?[←→]", 4), ("مراحل", 2), ("تسلسل", 2),
           ("خريطة ذهنية", 5), ("مخطط انسيابي", 5), ("هيكل تنظيمي", 5), ("مخطط تدفق", 5), ("رسم تخطيطي", 4),
           ("مخطط هيكلي", 5), ("مسارات السباحة", 5), ("مخطط المسارات", 4),
           ("خطوات", 2), ("دورة", 2),
           ("هيكل", 3), ("الهيكل التنظيمي", 4), ("خطوات", 2)],
    "hi": [("फ्लोचार्ट", 5), ("फ़्लोचार्ट", 5), ("माइंड मैप", 5), ("प्रक्रिया", 2), ("संगठन चार्ट", 5), ("आरेख", 4), ("स्विमलेन", 5), ("डायग्राम", 4), ("डायाग्राम", 4), ("स्टेप्स", 2),
           ("चरण", 2), ("फ्लो", 3),
           ("प्रक्रिया", 2), ("का क्रम", 2)],
    "nl": [("re:\\buit\\s*(?:te\\s+)?tekenen\\b|\\buitgetekend\\b|\\btekent?\\s+\\w+\\s+uit\\b", 4), ("in kaart brengen", 3), ("re:\\bhoe\\s+(?:een|de|het|onze?|mijn)\\s+\\w+\\s+(?:loopt|verloopt|werkt)\\b", 3),
           ("processchema", 5), ("werkproces", 3), ("werkstroom", 3),
           ("stroomschema", 5), ("stroomdiagram*", 5), ("processtroom", 4), ("flowdiagram", 5),
           # Swedish, with no list of its own: flow and org charts, mind maps
           ("flödesschema*", 5), ("flödesdiagram*", 5), ("processkarta", 4), ("organisationsschema*", 4), ("tankekarta", 4), ("zwembaan*", 4), ("proces", 2), ("organogram", 4), ("schema", 3), ("hoe werkt", 2), ("stappen", 2), ("beslisboom", 4),
           ("stappenplan", 4), ("werkwijze", 2), ("procedure", 2)],
    "tr": [("iş akışı*", 4), ("akış*", 2),
           ("akış şeması*", 5), ("kulvar*", 4), (r"re:\bsüre[çc]", 2), ("şema*", 3), ("organizasyon şeması*", 5), ("zihin haritası*", 5), ("adım*", 2),
           ("süreç", 2), ("adımlar", 2), ("akış", 2)],
    "pl": [("przepływ*", 2), ("schemat procesu", 5),
           ("schemat*", 3), ("proces*", 2), ("tory pływackie", 5), ("diagram torów", 5), ("schemat blokowy", 5), ("mapa myśli", 5), ("mapę myśli", 5), ("mapy myśli", 5), ("mapa pojęć", 5), ("mapy pojęć", 5), ("mapę pojęć", 5), ("schemat organizacyjny", 5), ("kroki", 2)],
    "vi": [("sơ đồ quy trình", 5), ("sơ đồ luồng", 5), ("luồng", 2),
           ("sơ đồ", 3), ("quy trình", 2), ("lưu đồ", 5), ("sơ đồ tư duy", 5), ("sơ đồ tổ chức", 5), ("các bước", 2)],
    "id": [("diagram alir", 5), ("diagram alur", 5), ("bagan alur", 5), ("peta pikiran", 5), ("struktur organisasi", 4), ("bagan alir", 5), ("alur kerja", 3), ("alur", 2), ("proses", 2),
           ("skema", 3), ("struktur organisasi", 5), ("peta pikiran", 5), ("langkah", 2), ("tahapan", 2)],
}
# fmt: on


def diagram_type_from(question: str) -> str | None:
    """The type named, else a tree where someone is told to be under someone (never a chain: a group's
    members are no sequence)."""
    named = first_of(question, DIAGRAM_TYPE_CUES)
    if named is None and re.search(_UNDER_SOMEONE[3:], question, re.I):
        return "tree"
    return named


_BACK = re.compile(r"\s*(?:←|<-{1,2}|⟵|⬅️?)\s*")


def _forward(text: str) -> str:
    """'main ← release ← develop' → 'develop -> release -> main': arrows pointing back, turned (a
    leading 'title:' stays in front)."""
    if re.search(r"[\u0590-\u08ff]", text):  # read right to left, "←" points forward (as in `extract`)
        return re.sub(r"\s*←\s*", " -> ", text)
    head = re.match(r"^[^:：←]{1,80}[:：]\s*", text) if _BACK.search(text) else None
    lead, text = (head.group(0), text[head.end() :]) if head else ("", text)
    out = [lead]
    for part in re.split(r"([;,\n])", text):
        stages = _BACK.split(part)
        out.append(" -> ".join(s.strip() for s in reversed(stages)) if len(stages) > 1 else part)
    return "".join(out)


def build(req: RulesInput) -> Plan:
    """A diagram of the structure the user wrote: arrows (either way), relations in prose ('Raj
    manages Web team', 'auth is used by orders'), a list (a chain, or a hub for mind maps and
    trees), numbered or sequenced steps; else a message asking for it."""
    question = req.question
    if (
        req.table is not None
        and (flow := status_flow(question, req.table, req.table_name, req.lang)) is not None
    ):
        return flow  # "draw how a shipment goes through the statuses in this table"
    dtype = diagram_type_from(question)
    content = req.source()
    if content:
        try:
            return markdown_to_diagram(content, title=None, diagram_type=dtype, lang=req.content_lang())
        except ValueError:
            pass  # no structure in the pasted answer: try the question's own wording
    asked = re.match(r"^\s*([^?？\n]{8,160}[?？])\s+(?=\S.{20,})", question, re.S)
    if (
        asked
        and re.search(
            r"[,，;；]|\b(?:then|dann|dan|puis|luego|poi|depois|потом|sonra|potem)\b", question[asked.end() :]
        )
        and not re.match(rf"(?:{ANSWER})\b", question[asked.end() :], re.I)  # "is it raining? yes -> …"
    ):
        question = question[asked.end() :]  # "can you sketch our pipeline? events go from …": the process
    # "How does our review work? A researcher submits …, the office checks …": the user's own steps,
    # read whole (the clause before the first comma is a step, not a lead)
    answered = supplied(req.question) if asked else None
    tree = decision_tree(req.question, title_of(req.question, tr(req.lang, "diagram")))
    if tree is not None:  # "If the site is down, page the lead. If only some users …, check …": questions
        return tree
    branched = asked_branch(req.question)
    if branched is not None:  # "…, paiement validé ? si oui préparation puis expédition, sinon annulation"
        return graph_diagram(branched, "flowchart", title_of(req.question, tr(req.lang, "diagram")))
    drawn = bracket_graph(question)
    if drawn is not None:  # "Ana plays Ben, Cat plays Dev, and the two winners play the final"
        title = title_of(question, tr(req.lang, "diagram"))
        return graph_diagram(drawn, "tree", title, "RL" if re.search(r"[\u0590-\u08ff]", question) else "LR")
    forward = _forward(question)
    tied = tie_graph(question) if forward != question or ARROW.search(question) else None
    if tied is not None:  # "площадка → кейтеринг / фотограф после площадки": arrows and relations, one graph
        return graph_diagram(tied, dtype or graph_type(tied), _graph_title(tied, question, req.lang))
    if forward != question or ARROW.search(question):
        diagram = text_to_diagram(forward, diagram_type=dtype)
        if diagram is not None:
            return diagram
    if (path := to_chain(question)) is not None:  # "mic to preamp to interface to daw to monitors"
        return graph_diagram(path, dtype or "flowchart", _graph_title(path, question, req.lang), "LR")
    family = family_graph(question)
    graph = (
        family
        or held_graph(question)
        or routed_graph(question)
        or _not_a_star_of_the_list(relation_graph(question), question)
    )
    wired = None if graph is not None else connection_graph(question)
    if wired is not None:  # "ana vana, sayaç, kombi, oradan lavabo, duş": parts and what feeds what
        return graph_diagram(wired, dtype or graph_type(wired), title_of(question, tr(req.lang, "diagram")))
    if graph is not None:
        if graph.lead:  # "chi risponde a chi nella RSA" on the line above the relations
            return graph_diagram(graph, dtype or graph_type(graph), _graph_title(graph, question, req.lang))
        fallback = "Family tree" if family else "Relations"
        return graph_diagram(graph, dtype or graph_type(graph), title_of(question, fallback))
    given = supplied(question)
    if given is None and answered is not None and answered.ordered and not answered.sections:
        given = answered
    steps = spoken_steps(question)  # "the process is … then … then …": more steps than a list split finds
    if steps is not None and (given is None or (not given.sections and len(steps.items) > len(given.items))):
        return content_diagram(steps, dtype or "flowchart", req.lang)
    if given is not None and not given.sections:  # parts within parts are a tree, never a flow
        drawn_list = content_diagram(given, dtype or ("tree" if nested(given) else "flowchart"), req.lang)
        return _with_steps_back(_hung_under(drawn_list), question)
    # spoken steps were tried above: what is left of `said` is a list said aloud or in brackets
    spoken = (
        (plain_lines(question) or bracketed(question) or spoken_list(question)) if given is None else None
    )
    if spoken is not None:  # "like the a the b and the c", "topic (a, b, c)"
        return content_diagram(spoken, dtype or ("flowchart" if spoken.ordered else "mindmap"), req.lang)
    diagram = text_to_diagram(question, diagram_type=dtype)
    if diagram is not None:
        return diagram
    if given is not None:
        return content_diagram(given, dtype or "mindmap", req.lang)
    told = told_steps(question) if asked and not re.search(r"[:：]", asked.group(1)) else None
    if told is not None:  # "How do returns work? The customer requests a return, we email a label, …"
        return chain_diagram(told, title_of(req.question, tr(req.lang, "diagram")), dtype or "flowchart")
    if (things := linked_things(question)) is not None:  # "how obs, streamlabs, twitch and my bot connect"
        return content_diagram(Content(cap(things[0]), things[1]), dtype or "mindmap", req.lang)
    if (
        steps_told := _told_then_asked(question)
    ) is not None:  # "car arrives, camera reads plate, …. can you draw that"
        return chain_diagram(
            steps_told, title_of(req.question, tr(req.lang, "diagram")), dtype or "flowchart"
        )
    items = inline_list(question)
    if len(items) >= 3 and find_cue(items[0], "re:\\b(?:chart|plan|map|diagram)\\b"):
        # "seating chart for henna night, 6 round tables of 10, …": the first item names the diagram
        return content_diagram(Content(clean_lead(items[0]), items[1:]), dtype or "mindmap", req.lang)
    if items:
        lead = clean_lead(question.split(items[0])[0])
        if len(lead.split()) < 2:  # "concept map linking a, b, c": no topic named
            lead = tr(req.lang, "concept_map")
        return content_diagram(Content(lead, items), dtype or "mindmap", req.lang)
    cue = score(question).get("diagram")
    if cue is not None and (spaced := spaced_steps(question, cue[1])) is not None:
        # "…をフローチャートで 予約確認 ワクチン証明 体重測定 お部屋へ": steps typed with spaces between
        return content_diagram(
            Content(spaced[0] or tr(req.lang, "diagram"), spaced[1], ordered=True),
            dtype or "flowchart",
            req.lang,
        )
    return text_plan(msg(req.language, "no_structure"))


def _told_then_asked(question: str) -> list[str] | None:
    """Steps told first, then the ask for the drawing in a sentence of its own ("car arrives at barrier,
    camera reads plate, if not driver takes a ticket. can you draw that as a flow"): the steps before the
    ask, without a short opening remark that holds no step ("voice note sorry"). None unless the last
    sentence asks for a diagram and three steps or more are told."""
    parts = [p for p in re.split(r"(?<=[.!?。！？])\s+", question.strip()) if p.strip()]
    if len(parts) < 2 or "diagram" not in score(parts[-1]):
        return None
    told = parts[:-1]
    while len(told) > 1 and len(told[0].split()) <= 4 and not re.search(r"[,，、]", told[0]):
        told = told[1:]
    return told_steps(" ".join(told))


# A step told after the list that goes back to one in it ("…, resolved, closed. reopened goes back to in
# progress", "… puis clôturé. rouvert revient à en cours"): an edge back, and the step if it is new.
_GOES_BACK = re.compile(
    r"(?:^|[.;:!?]\s+)(?P<src>[^.;:,!?\n]{1,40}?)\s+(?:(?:goes|go|moves?|comes?|returns?|falls?|loops?)\s+back\s+(?:to|into)"
    r"|(?:revient|retourne|repasse)\s+(?:à|au|en)|vuelve\s+(?:a|al)|regresa\s+(?:a|al)|torna\s+(?:a|al|in)"
    r"|volta\s+(?:para|a|ao)|geht\s+zurück\s+(?:zu[mr]?|an|nach|in))\s+(?P<dst>[^.;,!?\n]{1,40})",
    re.I,
)


# A list item that says where it hangs: "sob ele os chefes de naipe" (under the one before), "all under
# the musical director" (the ones before are under the one it names).
_UNDER_PREV = re.compile(
    r"^(?:and\s+|e\s+|et\s+|y\s+|und\s+)?(?:under|below|beneath|underneath|sob|sous|sotto(?:\s+di)?|unter|onder|bajo|debajo\s+de"
    r"|abaixo\s+de|под|pod)\s+"
    r"(?:him|her|them|ele|ela|eles|elas|lui|elle|eux|lei|loro|ihm|ihr|ihnen|hem|haar|él|ella|ellos|ним|ней|ними|nim|nią)\s+"
    r"(?:(?:the|os|as|o|a|les|le|la|i|gli|le|die|der|de|los|las)\s+)?(?P<rest>\S.*)$",
    re.I,
)
_ALL_UNDER = re.compile(
    r"^(?:and\s+)?(?:all|each|both|everyone|tous|toutes|todos|todas|tutti|alle)?\s*(?:under|sous|bajo|sob|sotto|unter)\s+"
    r"(?:the|our|le|la|el|o|a|il|lo|der|die|dem)\s+(?P<boss>\S.{0,50})$",
    re.I,
)


_UNDER_NAMED = re.compile(
    r"^(?:and\s+|и\s+|i\s+)?(?:under|below|beneath|sous|bajo|sob|sotto|unter|onder|под|pod)\s+(?:the\s+)?(?P<who>[^\W\d_]{3,})"
    r"\s+(?:(?:the|les|la|le|die|der|de|los|las|os|as)\s+)?(?P<rest>\S.*)$",
    re.I,
)


def _earlier_named(who: str, labels: list[str]) -> int | None:
    """The earlier item a declined name stands for ("wicedyrektorem" → "wicedyrektor"); None if none."""
    key = who.casefold()
    named = [i for i, lb in enumerate(labels) if key in lb.casefold().split()]
    if named:
        return named[-1]  # "under manager" is the "temple manager" named before, not "managing trustee"
    stem = key[: max(4, len(key) - 3)]
    found = [i for i, lb in enumerate(labels) if lb.casefold() == key or lb.casefold().startswith(stem)]
    return found[-1] if len(found) >= 1 and len({labels[i].casefold() for i in found}) == 1 else None


def _hung_under(plan: Plan) -> Plan:
    """A tree of the user's list with the items that say whom they are under hung there; unchanged when
    none says."""
    if not isinstance(plan, DiagramPlan) or plan.diagram_type != "tree" or not plan.nodes:
        return plan
    root = plan.nodes[0].id
    labels = {n.id: n.label for n in plan.nodes}
    parent = {e.target: e.source for e in plan.edges}
    tops = [n.id for n in plan.nodes[1:] if parent.get(n.id) == root]
    changed = False
    hung: int | None = None  # the parent the last item told where it hangs went under
    for i, node in enumerate(tops):
        named = _UNDER_NAMED.match(labels[node]) if i else None
        boss = _earlier_named(named.group("who"), [labels[t] for t in tops[:i]]) if named else None
        if i and (m := _UNDER_PREV.match(labels[node])):
            labels[node], parent[node], changed = m.group("rest"), tops[i - 1], True
            hung = tops[i - 1]
        elif named and boss is not None:  # "pod wicedyrektorem nauczyciele": under the one it names
            labels[node], parent[node], changed = named.group("rest"), tops[boss], True
            hung = tops[boss]
        elif hung is not None and len(labels[node].split()) <= 3 and not _ALL_UNDER.match(labels[node]):
            parent[node] = hung  # "under manager the priests, office staff and security": all three
        elif i and (m := _ALL_UNDER.match(labels[node])):
            labels[node], changed = m.group("boss"), True
            for before in tops[:i]:
                if parent.get(before) == root:
                    parent[before] = node
    if not changed:
        return plan
    nodes = [n.model_copy(update={"label": labels[n.id]}) for n in plan.nodes]
    order = [n.id for n in plan.nodes]
    if labels[root] == plan.title and sum(parent.get(c) == root for c in order) == 1:
        # the request's title stood in as a root; once everyone hangs under one boss, the boss is the root
        nodes, order = nodes[1:], order[1:]
        parent = {c: p for c, p in parent.items() if p != root}
    edges = [DiagramEdge(source=parent[c], target=c) for c in order if c in parent]
    told = "; ".join(f"{labels[e.source]} → {labels[e.target]}" for e in edges)
    return plan.model_copy(
        update={
            "nodes": nodes,
            "edges": edges,
            "answer": f"{told}.",
            "alt_text": short(
                f"Tree “{plan.title}” with {len(nodes)} nodes: " + ", ".join(labels[i] for i in order) + ".",
                600,
            ),
        }
    )


def _not_a_star_of_the_list(graph: Graph | None, question: str) -> Graph | None:
    """None for a relation graph that misreads the user's list, so the list itself is drawn: every edge
    from a listed step to one node ("bag, wash, dry, store - anything metal goes to conservation": a
    remark read as a relation of every step), or fewer nodes than a list whose items say where they hang
    ("below him the temple manager, under manager the priests": one item's relation would drop the rest)."""
    if graph is None:
        return graph
    given = supplied(question)
    items = [i.casefold() for i in given.items] if given is not None else []
    marked = [i for i in items[1:] if _UNDER_PREV.match(i) or _UNDER_NAMED.match(i)]
    if len(items) >= 4 and marked and len(graph.labels) < len(items):
        return None  # "board, managing trustee, below him the temple manager, under manager the priests":
        # the list says where each item hangs; a relation read from one item would drop the rest
    if len(graph.edges) < 3 or len({b for _, b in graph.edges}) != 1:
        return graph
    listed = all(any(i.startswith(graph.labels[a].casefold()) for i in items) for a, _ in graph.edges)
    return None if listed else graph


def _with_steps_back(plan: Plan, question: str) -> Plan:
    """The chain with the steps the user said go back to an earlier one; unchanged when none does."""
    if not isinstance(plan, DiagramPlan) or plan.diagram_type not in ("flowchart", "cycle"):
        return plan
    nodes, edges = list(plan.nodes), list(plan.edges)

    def find(name: str) -> str | None:
        key = re.sub(
            r"^(?:the|le|la|les|el|los|las|il|lo|o|a|der|die|das)\s+", "", name.strip(), flags=re.I
        ).casefold()
        return next((n.id for n in nodes if n.label.casefold().strip(" .") == key), None)

    for m in _GOES_BACK.finditer(question):
        target = find(m.group("dst"))
        src = m.group("src").strip()
        if target is None or not src:
            continue
        source = find(src)
        if source is None:
            source = f"n{len(nodes) + 1}"
            nodes.append(DiagramNode(id=source, label=short(src, 60)))
        if source != target and not any(e.source == source and e.target == target for e in edges):
            edges.append(DiagramEdge(source=source, target=target, style="dashed"))
    if len(edges) == len(plan.edges):
        return plan
    back = [e for e in edges[len(plan.edges) :]]
    named = {n.id: n.label for n in nodes}
    told = "; ".join(f"{named[e.source]} → {named[e.target]}" for e in back)
    return plan.model_copy(
        update={
            "nodes": nodes,
            "edges": edges,
            "direction": "TB",
            "answer": f"{plan.answer}; {told}",
            "alt_text": short(f"{plan.alt_text} {told}.", 600),
        }
    )


def _graph_title(graph: Graph, question: str, lang: str) -> str:
    """The lead the relations came under, as a title ('Chi risponde a chi nella RSA')."""
    lead = clean_lead(re.sub(r"^(?:请|帮我)*画出", "", graph.lead)) if graph.lead else ""
    return cap(lead) if lead else title_of(question, tr(lang, "diagram"))


def content_diagram(given: Content, dtype: str, lang: str) -> DiagramPlan:
    """The user's list as a diagram: a chain for flows and cycles, a hub with spokes (one per item,
    sections as branches) for mind maps, trees and networks."""
    title = given.lead or tr(lang, "diagram")
    if given.items and not given.sections:
        given = Content(given.lead, _ask_dropped(given.items), ordered=given.ordered)
    if dtype in ("flowchart", "cycle") and not given.sections:
        return chain_diagram(given.items, title, dtype)
    graph = Graph()
    items = list(given.items)
    top = PATH_STEP.split(items[0], maxsplit=1) if items and not given.sections else []
    if len(top) == 2 and not any(PATH_STEP.search(it) for it in items[1:]):
        # "Home > About (Staff, History), Admissions, Contact": Home is the root the rest hang from
        root = graph.node(top[0].strip())
        items[0] = top[1]
    else:
        root = graph.node(title)
    groups = given.sections or [("", items)]
    for head, items in groups:
        parent = root
        if head:
            graph.labels.append(short(cap(head), 60))
            parent = len(graph.labels) - 1
            graph.edge(root, parent)
        for item in items:
            head_parts = _BRANCH.fullmatch(item.strip())
            label = head_parts.group("head") if head_parts else item
            graph.labels.append(short(label.strip(), 60))
            node = len(graph.labels) - 1
            graph.edge(parent, node)
            for part in split_items(head_parts.group("parts")) if head_parts else []:
                if part.strip():  # "characters (Ana, Leo)": a branch with its own leaves
                    graph.labels.append(short(part.strip(), 60))
                    graph.edge(node, len(graph.labels) - 1)
    return graph_diagram(graph, dtype if dtype in ("mindmap", "tree", "network") else "mindmap", title)


def _ask_dropped(items: list[str]) -> list[str]:
    """The list without the ask typed after its last item ("…, window display, all branched out",
    "… schulleitung — zeig mir wie das zusammenhängt", "… on facebook. make it a flow chat"): the
    ask names the form, it is no item of the user's."""
    last = items[-1]
    parts = re.split(r"\s+[—–]\s+|(?<=[.!?])\s+", last)
    if len(parts) > 1 and score(parts[-1]).get("diagram", (0,))[0] >= 3:
        return [*items[:-1], " ".join(parts[:-1]).strip(" .")]
    if len(items) > 3 and len(last.split()) <= 4 and score(last).get("diagram", (0,))[0] >= 3:
        return items[:-1]
    return items


_BRANCH = re.compile(r"(?P<head>[^()（）]{1,60}?)\s*[(（](?P<parts>[^()（）]*[,，、][^()（）]*)[)）]")


def graph_diagram(graph: Graph, dtype: str, title: str, direction: str = "TB") -> DiagramPlan:
    nodes = [
        DiagramNode(
            id=f"n{i + 1}", label=label, shape="diamond" if label.endswith(("?", "？")) else "rounded"
        )
        for i, label in enumerate(graph.labels[:500])
    ]
    edges = [
        DiagramEdge(source=f"n{a + 1}", target=f"n{b + 1}", label=graph.verbs.get((a, b), ""))
        for a, b in graph.edges
        if a < 500 and b < 500
    ]
    pairs = "; ".join(
        f"{graph.labels[a]} {graph.verbs.get((a, b), '→')} {graph.labels[b]}" for a, b in graph.edges[:8]
    )
    return DiagramPlan(
        diagram_type=dtype,  # type: ignore[arg-type]
        title=short(title, 150),
        direction=direction,  # type: ignore[arg-type]
        nodes=nodes,
        edges=edges,
        answer=pairs + ("; …" if len(graph.edges) > 8 else "") + ".",
        alt_text=short(
            f"{cap(dtype)} “{title}” with {len(nodes)} nodes: " + ", ".join(graph.labels[:12]) + ".", 600
        ),
    )
