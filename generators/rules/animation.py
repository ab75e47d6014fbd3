"""The rules planner's animation builder: when to animate, and the animation it builds.

Routing (`CUES`) follows the weights of `generators.rules.ROUTE_CUES`: 5 for wording that names
motion ("animate", "bar chart race", "one by one", "build up"), which beats the chart and diagram
cues it contains ("chart" 3, "flowchart" 4). The kind's registry priority (25) is below chart and
diagram, so where only equal cues are found the static kind the user named wins.

"step by step" alone is NOT an animation cue. People mostly write it to mean "explain in detailed
steps" (a recipe, a setup guide), and a static flowchart or steps infographic shows every step at
once, which reads faster and prints. It stays the diagram cue it was; "step by step … one by one",
"animate the steps" or "build up the steps" animate. Questions about change over time without such
wording ("how did revenue change") keep getting a static chart.

`build(req)` grounds every number: numbers written in the question (`extract_data`), an attached
table (columns named, values computed by pandas at render time, never here), listed steps
(`text_to_diagram`), or a pasted markdown answer (slides built bullet by bullet). With none of
these, words that describe a moving scene ("a looping gif of rain on a window") become a generated
clip (`generators.rules.clip`); anything else gets a message saying what to give.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules.bare_list import counted_run
from generators.rules.clip import CLIP_LENGTH, LOOPING, MOTION_WORDS, MOVING_HI, clip_scene
from generators.rules.content import spaced
from generators.rules.extract import extract_data
from generators.rules.frames import (
    SCREEN,
    STEPWISE,
    arrow_states,
    countdown,
    countdown_scene,
    notice_scene,
    states_scene,
)
from generators.rules.inline import chart_from_data
from generators.rules.motion_seen import (
    COUNTER_RUNS,
    METER_GLIDE,
    SEEN_IN_MOTION,
    count_up,
    count_up_scene,
    passes_through,
    seen_in_motion,
    through_scene,
)
from generators.rules.table import chart_from_table
from generators.rules.templates import template, tr
from generators.rules.words import cap, find_cue, humanize, lang_of, msg, short, text_plan
from render.columns import profile as profile_table

# What moves and how: "make it grow", "the bars move", "watch the total tick up", "the line drawing itself".
_THING = r"(?:the|my|our|these|those)\s+(?:\w+\s+){0,2}?(?:bars?|lines?|numbers?|dots|bubbles|chart|graph|count|total|\w+)"
_MOVE = (
    r"(?:grow|grows|growing|move|moves|moving|climb|climbs|climbing|racing|rise|rises|rising"
    r"|tick(?:s|ing)?\s+up|count(?:s|ing)?\s+up|fill(?:s|ing)?\s+up|build(?:s|ing)?\s+up"
    r"|draw(?:s|ing)?\s+(?:itself|themselves))\b"
)

# Period after period: "year by year", "month after month", "week to week".
_PERIOD = r"(?:years?|months?|weeks?|days?|quarters?|decades?|seasons?)"
_STEPWISE = rf"\s+(?:\w+\s+)?{_PERIOD}\s+(?:by|after|to|on)\s+{_PERIOD}\b"


_LOOP_WORD = re.compile(r"\bloop\w*|\bgif\b|\bbucle\b|\bboucle\b|schleife|döngü", re.I)

# Stages shown moving, in the planner's languages: "moving step by step", "stage by stage, in motion",
# "paso a paso y en movimiento", "Schritt für Schritt in Bewegung". Motion named with the stepping.
_STAGE_BY_STAGE = (
    r"(?:step\s+by\s+step|stage\s+by\s+stage|phase\s+by\s+phase|one\s+(?:step|stage|phase)\s+at\s+a\s+time|paso\s+a\s+paso"
    r"|passo\s+a\s+passo|étape\s+par\s+étape|schritt\s+für\s+schritt|stap\s+voor\s+stap|krok\s+po\s+kroku|шаг\s+за\s+шагом"
    r"|adım\s+adım|一步一步|ステップごと|단계별로)"
)
# "moving" as a thing shown in motion ("the water cycle moving"), not a move of house or a walk through
# a topic ("help moving", "moving to Canada", "step by step, moving from basics to advanced")
_NOT_MOVER = ("help", "with", "about", "for", "of", "on", "before", "after", "when", "while", "through", "our",
              "my", "your", "their", "the", "am", "are", "is", "i'm", "we're", "keep", "start", "into", "and")  # fmt: skip
_MOVING = (
    "".join(rf"(?<!\b{re.escape(w)}\s)" for w in _NOT_MOVER)
    + r"moving(?!\s+(?:from|to|on|onto|out|in|into|house|home|abroad|forward|ahead|through|along|away|back|up"
    r"|down|over|across|towards?)\b)"
)
_MOTION = rf"(?:{_MOVING}|{MOTION_WORDS})"
_IN_MOTION = rf"\b{_MOTION}\s+{_STAGE_BY_STAGE}|\b{_STAGE_BY_STAGE}[\s,]+(?:\w+\s+)?{_MOTION}"

# "grow one year at a time": the bars move period by period (the motion verb goes with it when stripped)
_PERIOD_AT_A_TIME = (
    r"\b(?:(?:grow|grows|rise|rises|go\s+up|build\s+up|come\s+in|appear)\s+)?one\s+(?:year|month|week|day|quarter|step"
    r"|season)\s+at\s+a\s+time\b"
)
# as a cue the motion is said with it ("grow one year at a time", "bars … one month at a time"): "I save one
# month at a time" or "recovery one day at a time" is a way of living, not a way of showing
_GROWS_AT_A_TIME = (
    r"\b(?:(?:grow|grows|rise|rises|go\s+up|build\s+up|come\s+in|appear)|(?:show|reveal|present)(?:\s+[^\W\d_]+){0,3}?)"
    r"\s*one\s+(?:year|month|week|day|quarter|step|season)\s+at\s+a\s+time\b|\b(?:bars?|chart|graph|lines?)\b[^.?!\n]{0,60}?\bone\s+(?:year|month|week|day|quarter"
    r"|season)\s+at\s+a\s+time\b"
)

# fmt: off
# "animate", "animated", "animation" in any language's borrowing; not the people who run a summer camp
# ("cerchiamo animatori", "animateurs", "Animateure").
ANIMATE = (  # ("faire de l'animation en colo": running activities at a summer camp, a job)
    r"(?<!faire de l')(?<!fais de l')(?<!fait de l')\banimat(?!ors?\b|ori\b|ore\b|rice|eurs?\b|rices?\b)"
    r"(?!ion\s+(?:en\s+colo|en\s+centre|périscolaire|socioculturelle|commerciale))\w*"
)

# Seen moving, period after period ("how the new stand went up week by week: …, in motion", "qu'on le voie
# bouger jour après jour"): change over time steps, shown moving. 3: a static kind named still wins.
_PER_PERIOD = (
    r"\b(?:day|week|month|year|season|hour|generation)\s+(?:by|after)\s+(?:day|week|month|year|season|hour|generation)\b"
    r"|\b(?:jour|semaine|mois|année|an|heure|saison|génération)\s+(?:après|par)\s+(?:jour|semaine|mois|année|an|heure|saison|génération)\b"
    r"|\b(?:día|semana|mes|año|hora)\s+(?:a|tras|por)\s+(?:día|semana|mes|año|hora)\b"
    r"|\b(?:dia|semana|mês|ano|hora)\s+(?:a|após|por)\s+(?:dia|semana|mês|ano|hora)\b"
    r"|\b(?:giorno|settimana|mese|anno|ora)\s+(?:dopo|per)\s+(?:giorno|settimana|mese|anno|ora)\b"
    r"|\b(?:tag|woche|monat|jahr|stunde)\s+für\s+(?:tag|woche|monat|jahr|stunde)\b"
)
_SEEN_MOVING = (
    r"\bin\s+motion\b|\b(?:see|watch)\s+(?:it|them)\s+(?:move|moving|grow|growing)\b|\ben\s+mouvement\b"
    r"|\bvoi(?:r|e|ent|t)\s+(?:\w+\s+)?(?:bouger|pousser|grandir)\b|\ben\s+movimiento\b|\bver(?:l[oa]s?)?\s+(?:moverse|crecer)\b"
    r"|\bem\s+movimento\b|\bin\s+movimento\b|\bin\s+bewegung\b|\bin\s+beweging\b|\bwachsen\s+sehen\b"
    r"|[,;—–-]\s*(?:moving|animated|bewegt|animé|animado|animato)\s*[.!]?\s*$"  # "… hour by hour, moving"
)
# Lit up or shown part after part: "il presepe che si accende pezzo per pezzo", "the sign lights up piece by
# piece", "que se encienda pieza por pieza". Part by part alone ("explain it piece by piece") is no motion.
_PIECEWISE = (
    r"(?:piece\s+by\s+piece|part\s+by\s+part|pezzo\s+(?:per|dopo)\s+pezzo|pieza\s+(?:por|a|tras)\s+pieza"
    r"|parte\s+por\s+parte|pièce\s+par\s+pièce|morceau\s+par\s+morceau|stück\s+für\s+stück|peça\s+por\s+peça"
    r"|stukje\s+voor\s+stukje|kawałek\s+po\s+kawałku)"
)
_LIGHTS_UP = (
    r"(?:light(?:s|ing)?\s+up|lit\s+up|comes?\s+on|appears?|appearing|si\s+accend\w*|s['’]allum\w*|se\s+enciend\w*"
    r"|se\s+ilumin\w*|se\s+acende\w*|acende\w*|leuchte\w*\s+auf|aufleucht\w*|appar\w*|aparec\w*|apparaî\w*|erschein\w*)"
)
# An arrow that moves along ("avec une flèche qui avance", "an arrow that travels along the route"): a
# pointer in motion, which a still drawing cannot show.
MOVING_ARROW = (
    r"\b(?:an?\s+)?arrow\s+(?:that|which)\s+(?:moves|advances|travels|goes|runs)\b|\bune\s+flèche\s+qui\s+(?:avance|bouge|se\s+déplace)\b"
    r"|\buna\s+flecha\s+que\s+(?:avanza|se\s+mueve)\b|\buna\s+freccia\s+che\s+(?:avanza|si\s+muove)\b"
    r"|\buma\s+seta\s+que\s+(?:avança|se\s+move|anda)\b|\bein(?:en)?\s+pfeil,?\s+der\s+(?:wandert|sich\s+bewegt|vorrückt|mitläuft)\b"
)
LIT_PIECEWISE = rf"\b{_LIGHTS_UP}\s+(?:\w+\s+){{0,3}}?{_PIECEWISE}\b|\b{_PIECEWISE}\s+(?:\w+\s+){{0,3}}?{_LIGHTS_UP}\b"
_MOVING_BY_PERIOD = rf"re:(?:{_SEEN_MOVING}).{{0,150}}?(?:{_PER_PERIOD})|(?:{_PER_PERIOD}).{{0,150}}?(?:{_SEEN_MOVING})"

CUES: dict[str, list[tuple[str, int]]] = {
    "periods": [(_MOVING_BY_PERIOD, 3)],
    # a short video or clip that shows something step by step, in the planner's languages
    # the thing to be seen moving, any language: "watch an ammonite sink", "wie einen kleinen Film"
    # motion to be seen, over no figures: "sehen, wie der Umsatz steigt: Jan 10, Feb 12" is a chart's line
    "any": [("re:" + COUNTER_RUNS, 5), ("re:" + METER_GLIDE, 5), ("re:" + LIT_PIECEWISE, 5), ("re:" + MOVING_ARROW, 4), ("re:(?:" + SEEN_IN_MOTION + r")(?![\s\S]*\d[^,;\n]*[,;\n][\s\S]*\d)", 5), (r"re:\b(?:v[ií]deo\w*|clip\w*|filmpje|filmik\w*|видео\w*|gif)\b.{0,50}?(?:" + STEPWISE.pattern + ")", 5)],
    "en": [("re:" + ANIMATE, 5), ("re:" + _IN_MOTION, 5), ("looping", 4), ("bar chart race", 5), ("bar race", 5), ("chart race", 5), ("racing bar*", 5),
           ("one by one", 5), ("one at a time", 4),
           (r"re:\bmoving\s+(?:thing|picture|scene|image|drawing|explainer|explanation)s?\b|\bappear(?:s|ing)?\s+(?:line\s+by\s+line|stroke\s+by\s+stroke)\b"
            r"|\b(?:for|as)\s+an?\s+(?:insta(?:gram)?\s+)?reel\b", 5), ("re:" + _GROWS_AT_A_TIME, 5), ("build up", 4), ("builds up", 4), ("build it up", 4),
           ("watch it happen", 4), ("moving bubbles", 4), ("motion chart", 5), ("animated gif", 5),
           ("re:(?:as|into|make|create) an? (?:gif|mp4|video|animation)", 5),
           ("re:show (?:me |us )?how .{1,60}?(?:changed|evolved|grew|developed) over", 3),
           ("re:step by step.{0,80}?(?:one by one|appear|reveal|build)", 5),
           # the visual itself moves: motion verbs on it ("make it grow", "the bars move", "the line
           # drawing itself"), playback ("play through the weeks", "timelapse", "a gif of"), one frame
           # after another ("one year after another"). Past tense ("how sales grew") stays a chart.
           (rf"re:\b(?:make|let|watch|see|show|have)\s+(?:it|them|{_THING})\s+{_MOVE}", 5),
           (rf"re:\b(?:bars?|lines?|dots|bubbles|numbers?|counters?|charts?|graphs?|totals?)\s+(?:that\s+)?{_MOVE}", 5),
           (r"re:\b(?:ticks?|ticking|counts?|counting)\s+up\b", 4), (r"re:\bgrows?\s+on\s+(?:the\s+)?screen", 5),
           (r"re:\bplay(?:s|ing)?\s+(?:it\s+|them\s+)?(?:through|over|across)\s+(?:the\s+)?(?:years|months|weeks|days|quarters|decades|seasons|time)", 5),
           # a thing played out in its own turns: "can the zamboni path play out lap by lap", "play it out move by move"
           (r"re:\bplay(?:s|ing)?\s+(?:it\s+|them\s+)?out\s+(?:lap|move|turn|round|step|play|shot|stage|piece|bit|pass|stroke"
            r"|inning|point|rally|hand|frame|generation)\s+(?:by|after)\s+(?:lap|move|turn|round|step|play|shot|stage|piece|bit"
            r"|pass|stroke|inning|point|rally|hand|frame|generation)\b", 5),
           ("timelapse", 5), ("time lapse", 5), (r"re:\bgif\b", 4), ("cinemagraph", 5),
           (r"re:\b(?:looping|looped|seamless)\s+(?:gif|video|clip|animation|loop)", 5), (r"re:\b(?:a|little|short)\s+(?:video|clip)\s+of\b", 4),
           (r"re:\bone\s+(?:\w+\s+)?(?:after|at a time after)\s+(?:the\s+)?(?:another|other|next)\b", 5),
           (r"re:\bmoving\s+(?:chart|graph|bars?|lines?|numbers)", 5),
           # a thing shown in motion: "show a bus moving along route 11", "show the ferry sailing across"
           (r"re:\bshow\s+(?:me\s+|us\s+)?(?:a|an|the)\s+\w+\s+(?:moving|driving|flying|sailing|swimming|spinning|rolling|travell?ing"
            r"|turning|rotating|sinking|diving|falling|descending|unfolding|going\s+(?:down|up|under|round|around))\b", 4),
           # things racing each other ("make the revenue of both centres race each other month by month")
           (r"re:\brac(?:e|ing)\s+(?:each\s+other|one\s+another|against\s+each\s+other)\b", 5),
           # wanting the visual to move, or to watch the change happen period after period
           (rf"re:\b(?:want|need|like|make)\s+(?:it|them|{_THING})\s+to\s+{_MOVE}", 5),
           (rf"re:\b(?:watch|see)\s+(?:how\s+)?(?:\S+\s+){{0,5}}?(?:change|{_MOVE}|shift|evolve|grow){_STEPWISE}", 5),
           (r"re:\b(?:a|an|little|short|small|quick)\s+(?:(?:moving|animated|looping|little|short)\s+)+(?:video|clip)\s+of\b", 4),
           ("re:" + LOOPING.pattern, 5), ("re:" + CLIP_LENGTH.pattern, 4),
           # watching the bars themselves move, in languages without such a cue of their own
           (r"re:\b(?:watch|see)\s+(?:the\s+|my\s+|our\s+)?bars\s+(?:go(?:ing)?\s+up|rise|grow)\b", 5),
           (r"re:\b(?:se|titta\s+på)\b.{0,40}?\bstaplar\w*\s+(?:\w+\s+)?(?:växa|växer|stiga|stiger|röra\s+sig)\b", 5),
           (r"re:\b(?:lihat|melihat|liat)\b.{0,30}?\bbatang\w*\s+(?:\w+\s+)?(?:naik|tumbuh|bertambah|bergerak|memanjang)\b", 5),
           (r"re:\b(?:xem|thấy)\b.{0,30}?\bcột\b.{0,20}?(?:tăng|mọc|lớn|chạy|dâng)", 5)],
    "zh": [("逐年变化", 4), ("逐月变化", 4), ("一年一年", 4), ("一个月一个月", 4), ("播放", 3),
           (r"re:(?<!学)动画(?!专业|系|学院|行业|公司)", 5), ("动态图", 5), ("动态图表", 5), ("动态条形图", 5), ("动起来", 5), ("逐个出现", 5),
           ("依次出现", 5), ("逐一展示", 4), ("逐个展示", 4), ("一个一个", 4), ("动态排名", 5), ("做成动态", 5),
           ("动态变化", 5), ("动态的", 4), ("数字滚动", 5), ("动图", 5), ("gif动图", 5),
           ("小视频", 4), ("短视频", 4)],
    "es": [("una a una", 5), ("una por una", 5), ("una tras otra", 5),
           ("re:\\b(?:vayan|van|vaya)\\s+apareciendo", 5),
           ("re:\\b(?:ver|mirar)\\b.{0,60}?\\b(?:mes a mes|año tras año|año a año|semana a semana|d[ií]a a d[ií]a)", 5),
           ("animación", 5), ("animado", 5), ("animada", 5), ("animar", 5), ("uno por uno", 5),
           ("uno a uno", 5), ("carrera de barras", 5), ("uno tras otro", 5), ("en movimiento", 4), ("que se mueva", 5), ("que se muevan", 5),
           (r"re:\b(?:barras|l[ií]neas|burbujas|n[uú]meros)\s+(?:que\s+)?(?:crec|se muev|avanc|corr)\w*", 5),
           (r"re:\b(?:crec|se muev|avanz|sub(?:en|iendo|an)\b)\w*\s+(?:las|los)\s+(?:barras|l[ií]neas|burbujas|columnas)", 5),
           (r"re:\b(?:ver|mirar)\b.{0,60}?\b(?:crecer|subir|moverse|avanzar|cambiar)\b.{0,40}?\bde\s+un\s+(?:año|mes|trimestre|d[ií]a)\s+(?:a|al)\s+otro\b", 5),
           (r"re:\bun\s+(?:v[ií]deo|gif)\s+(?:corto\s+|en bucle\s+)?de\b", 4), ("video en bucle", 5),
           (r"re:\banima\s+(?:c[oó]mo|el|la|los|las|lo|mis?|tus?|nuestr\w+|est\w+|es[ao]s?)\b", 5)],
    "fr": [("re:\\bs['’]anim(?:ant|e|ent|er)\\b", 5), ("re:\\b(?:voir|regarder)\\b.{0,60}?\\b(?:mois|année|an|semaine|jour)\\s+après\\s+(?:mois|année|an|semaine|jour)", 5),
           ("animé", 5), ("animée", 5), (r"re:\banimer\b(?!\s+(?:une|un|la|le|les|des)\s+(?:formation|réunion|séance|session|atelier|débat|équipe|groupe|soirée|cours))", 5), ("un par un", 5), ("une par une", 5), ("une à une", 5),
           ("un à un", 5), ("course de barres", 5), ("en mouvement", 4), ("l'un après l'autre", 5),
           (r"re:\b(?:l['’])?une?\s+après\s+l['’]autre\b|\bles\s+un(?:e)?s\s+après\s+les\s+autres\b", 5),
           (r"re:\banime[rz]?\s+(?:l[ae]?['’ ]|les\b|ce\b|cette\b|ces\b|mon\b|ma\b|mes\b|nos\b|notre\b)", 5),
           (r"re:\bfai[st]\s+défiler\b", 4),
           (r"re:\b(?:barres|courbes?|bulles|chiffres)\s+(?:qui\s+)?(?:grandi[rs]|boug|avanc|mont(?:ent|er)|grimp|pouss)\w*", 5),
           # seeing them move from one period to the next: "voir les ventes grimper d'une année à l'autre"
           (r"re:\b(?:voir|regarder)\b.{0,60}?\b(?:monter|grandir|bouger|grimper|avancer|évoluer|changer|pousser)\b.{0,40}?"
            r"\bd['’]une?\s+(?:année|an|mois|semaine|jour|trimestre)\s+à\s+l['’]autre\b", 5),
           ("vidéo en boucle", 5), (r"re:\bpetite vidéo d", 4), ("que ça bouge", 5), (r"re:\bfai(?:s|tes)[- ]les?[- ]bouger\b", 5)],
    "de": [("re:\\b(?:zusehen|zuschauen|sehen)\\b.{0,60}?\\b(?:jahr|monat|woche|tag|quartal)\\s+für\\s+(?:jahr|monat|woche|tag|quartal)", 5),
           ("re:\\b(?:jahr|monat|woche|tag|quartal)\\s+für\\s+(?:jahr|monat|woche|tag|quartal)\\b.{0,40}?\\b(?:zusehen|zuschauen|wachsen sehen)", 5),
           ("animiert*", 5), ("animieren", 5), ("nacheinander", 4), ("balkenrennen", 5),
           ("einzeln einblenden", 5), ("zeitraffer", 5), ("eins nach dem anderen", 5), ("in bewegung", 4),
           (r"re:\b(?:balken|linien|kurven?|zahlen|blasen)\s+(?:\w+\s+){0,2}(?:wachsen|bewegen|steigen|laufen|wandern)", 5),
           (r"re:\bbewegte[snm]?\s+(?:grafik|diagramm|chart|balken)", 5),
           (r"re:\b(?:sehen|zusehen|zuschauen)\b.{0,60}?\bwie\b.{0,60}?\b(?:wachsen|steigen|sich\s+bewegen)\b.{0,40}?\bvon\s+(?:jahr|monat|woche|tag|quartal)\s+zu\s+(?:jahr|monat|woche|tag|quartal)\b"
            r"|\b(?:sehen|zusehen|zuschauen)\b.{0,60}?\bvon\s+(?:jahr|monat|woche|tag|quartal)\s+zu\s+(?:jahr|monat|woche|tag|quartal)\s+(?:wachsen|steigen)", 5),
           (r"re:\b(?:sich\s+)?(?:(?:schrittweise|nach und nach|beim zeigen|\w+ für \w+)\s+)*aufbau(?:en|t)\b", 4),
           (r"re:\b(?:ein\s+)?(?:kurzes\s+)?(?:video|gif)\s+von\b", 4), ("endlos-gif", 5)],
    "pt": [("re:\\b(?:ver|assistir)\\b.{0,60}?\\b(?:mês a mês|ano a ano|ano após ano|semana a semana)", 5),
           ("animação", 5), ("animado", 5), ("animada", 5), ("animar", 5), ("corrida de barras", 5),
           ("um por um", 5), ("uma por uma", 5), ("em movimento", 4), ("que se mexa", 5), ("que se mova", 5),
           (r"re:\banim[ae]\s+(?:o|a|os|as|um|uma|meu|minha|nosso|nossa)\b", 5),
           (r"re:\b(?:barras|linhas|bolhas)\s+(?:\w+\s+)?(?:cresc|se mov|mexe|avanç|sub)\w*", 5),
           (r"re:\b(?:ver|assistir)\b.{0,60}?\b(?:crescer|subir|mexer|avançar|mudar)\b.{0,40}?\bde\s+um\s+(?:ano|mês|trimestre|dia)\s+para\s+o\s+outro\b", 5),
           (r"re:\bum\s+(?:v[ií]deo|gif)\s+(?:curto\s+)?(?:de|do|da)\b", 4)],
    "it": [("una alla volta", 5), ("una per una", 5),
           ("re:\\b(?:vedere|guardare)\\b.{0,60}?\\b(?:mese dopo mese|anno dopo anno|settimana dopo settimana)", 5),
           ("animazione", 5), ("animato", 5), ("animata", 5), ("animare", 5), ("uno alla volta", 5),
           ("uno per uno", 5), ("corsa delle barre", 5), ("in movimento", 4), ("che si muova", 5), ("che si muovano", 5),
           (r"re:\banima\s+(?:il|lo|la|le|i|gli|l['’])", 5),
           (r"re:\b(?:barre|linee|bolle)\s+(?:che\s+)?(?:cresc|si muov|avanz|sal)\w*", 5),
           (r"re:\b(?:vedere|guardare)\b.{0,60}?\b(?:crescere|salire|muoversi|avanzare|cambiare)\b.{0,40}?\bda\s+un\s+(?:anno|mese|trimestre|giorno)\s+all['’]altro\b", 5),
           (r"re:\bun\s+(?:video|gif)\s+(?:breve\s+)?(?:di|del|della)\b", 4), ("video in loop", 5)],
    "ru": [(r"re:(?:видеть|смотреть|увидеть).{0,30}?столбц\w*\s+(?:\w+\s+)?(?:раст|поднима|движ)\w*", 5),
           ("re:(?:смотреть|видеть|увидеть).{0,60}?(?:месяц за месяцем|год за годом|неделя за неделей)", 5),
           ("анимаци", 5), ("анимир", 5), ("анимированн", 5), ("в динамике", 5), ("одна за другой", 5), ("один за другим", 5),
           ("по одному", 4), ("гонка", 4), ("движущ", 4), ("в движении", 4),
           ("гифк", 4), (r"re:\bкороткое\s+видео\b", 4), (r"re:\bвидео\s+(?:с|как)\b", 3)],
    "ja": [("アニメーション", 5), (r"re:アニメ(?!好き|が好き|ファン|オタク|部|ーター|映画|化)", 4), ("動くグラフ", 5), ("一つずつ", 5), ("順番に表示", 5),
           ("re:(?<!つまみを)(?<!スライダーを)動かして", 5), ("カウントアップ", 5), ("バーチャートレース", 5), ("チャートレース", 5),
           (r"re:(?i:gif)(?=[\u3040-\u30ff\u4e00-\u9fff])", 4), ("回るGIF", 5), ("動く映像", 5), ("動画", 4),
           ("re:(?:変わって|増えて|伸びて|動いて)いく(?:の|様子|ところ)を見", 5)],
    "ko": [(r"re:애니메이션(?!\s*(?:동아리|학과|전공|과\b|부\b|고등학교|학원|작가|감독))", 5), ("움직이는", 5), ("움직이게", 5), ("하나씩", 4), ("차트 레이스", 5),
           ("움짤", 5), ("짧은 영상", 4)],
    "ar": [("واحدة تلو الأخرى", 5),
           ("re:(?:أرى|أشاهد|نرى|نشاهد|تتغير|يتغير|تتحرك|تنمو).{0,40}?(?:شهر|سنة|عام|يوم|أسبوع)\\S*\\s+بعد\\s+(?:شهر|سنة|عام|يوم|أسبوع)", 5),
           ("رسم متحرك", 5), ("بشكل متحرك", 5), ("متحرك", 5), ("رسوم متحركة", 5), ("حرك", 5), ("واحدا تلو الآخر", 5),
           ("فيديو قصير", 4), ("صورة متحركة", 5), ("أنيميشن", 5), ("انيميشن", 5),
           (r"re:(?:شغّ?ل|اعرض).{0,40}?(?:شهر|سنة|عام|يوم|أسبوع)\S*\s+ب(?:شهر|سنة|عام|يوم|أسبوع)", 5)],
    # "साल दर साल" alone is "each year" (a chart); changing or growing year by year is an animation
    "hi": [("re:" + MOVING_HI, 5), ("re:(?:साल|महीने|महीना|हफ्ते|दिन)\\s+दर\\s+(?:साल|महीने|महीना|हफ्ते|दिन)\\s*(?:\\S+\\s+){0,3}?(?:बदल|बढ़|घट|चल)", 4),
           ("re:(?:बढ़त|बदलत|घटत)[ाीे] हु[आईए] दिखा", 5),
           ("एनिमेशन", 5), ("एनिमेटेड", 5), ("re:(?:बढ़त|चलत)[ाीे] हु[आईए] (?:ग्राफ|चार्ट)", 5), ("एक एक करके", 4),
           ("वीडियो", 3), ("घूमता हुआ", 3)],
    "nl": [(r"re:\bbewegende?\s+(?:uitleg|beelden|plaatjes|stappen|tekening)\b", 5), (r"re:\b(?:staven|balken|lijnen|bellen)\b.{0,40}?\bzien\s+(?:groeien|stijgen|bewegen|oplopen)\b"
            r"|\bzien\s+hoe\b.{0,30}?\b(?:staven|balken)\b.{0,30}?\b(?:groeien|stijgen|bewegen|oplopen)\b", 5), ("animatie", 5), ("geanimeerd*", 5), ("animeer", 5), ("bewegende grafiek", 5), ("één voor één", 5),
           (r"re:\blaat\s+(?:de|het)\s+\w+\s+(?:\w+\s+){0,6}(?:groeien|bewegen|opbouwen|oplopen)", 5),
           (r"re:\b(?:een\s+)?(?:kort\s+)?(?:filmpje|video)\s+van\b", 4), (r"re:\bbewegend\b", 4), ("in beweging", 4)],
    "tr": [(r"re:\bçubuk\w*\s+.{0,40}?(?:yüksel|büyü|uza|hareket)\w*.{0,30}?\bgör(?:mek|eyim|elim|ebil)\w*", 5), ("animasyon*", 5), ("hareketli", 5), ("tek tek", 4), (r"re:\byarış(?!ması\b)\w*", 3),
           (r"re:\bk[ıi]sa\s+(?:bir\s+)?video\b", 4), ("canlandır*", 5), ("hareket ettir*", 4)],
    "pl": [(r"re:\b(?:zobaczyć|widzieć|oglądać|patrzeć)\b.{0,30}?\bsłup(?:ki|ków|kach)\s+(?:\w+\s+)?(?:rosn|rośn|pn|rusza)\w*", 5), ("animacj*", 5), ("animowan*", 5), ("ruchom*", 4), ("jeden po drugim", 5), ("po kolei", 4),
           ("wyścig*", 3), ("w ruchu", 4)],
    "vi": [("hoạt hình", 5), ("hoạt ảnh", 5), ("chuyển động", 5), ("biểu đồ chạy", 5), ("lần lượt", 4),
           ("từng cái một", 4)],
    "id": [("animasi", 5), ("bergerak", 4), ("satu per satu", 5), ("satu demi satu", 5),
           ("re:\\b(?:putar|mainkan|jalankan)\\b.{0,40}?\\bper\\s+(?:bulan|tahun|minggu|hari|kuartal)", 5),
           ("re:\\b(?:lihat|kelihatan|terlihat)\\s+perubahan\\w*", 3)],
}
# fmt: on

RACE_WORDS = (
    "race", "racing", "ranking", "rank", "排名", "竞赛", "carrera", "course", "rennen", "corrida", "corsa", "wyścig",
    "yarış", "гонк", "レース", "레이스", "chạy", "排行", "ランキング", "순위",
)  # fmt: skip


def _cue_words() -> list[str]:
    return [c for cues in CUES.values() for c, _ in cues if not c.startswith("re:")]


def strip_cues(question: str) -> str:
    """The question without its animation wording, so builders see only the subject."""
    text = question
    for cue in sorted(_cue_words(), key=len, reverse=True):
        while (m := find_cue(text, cue)) is not None:
            text = text[: m.start()] + " " + text[m.end() :]
    text = re.sub(ANIMATE, " ", text, flags=re.I)
    text = re.sub(  # "…, qu'on le voie bouger jour après jour", "… in motion": how it is shown, not what
        rf"(?:[,.]?\s*(?:qu['’]on|que\s+l['’]on|so\s+(?:we|you|he|she|they)\s+can)\s+(?:l[ea]\s+|les\s+)?)?(?:{_SEEN_MOVING})",
        " ",
        text,
        flags=re.I,
    )
    text = STEPWISE.sub(" ", text)  # "step by step", "passo dopo passo": how it is shown, not what
    text = re.sub(_PERIOD_AT_A_TIME, " ", text, flags=re.I)  # "grow one year at a time"
    # "the club headcount tick up hour by hour", "avec une flèche qui avance": how it moves, not what
    text = re.sub(
        rf"\s*\b(?:tick|count|roll)(?:s|ing)?\s+up\b|(?:\b(?:with|avec|con|mit|com)\s+)?(?:{MOVING_ARROW})",
        " ",
        text,
        flags=re.I,
    )
    text = re.sub(
        r"[^\S\n]*([,;])(?:[^\S\n]*[,;])*", r"\1", re.sub(r"[^\S\n]+", " ", text)
    )  # "zeig [Schritt für Schritt], wie"; a list's lines stay lines
    return text.strip(" ,.;:?？\n")


def build(req: Any) -> Any:
    """An AnimationPlan for the request, or a TextPlan saying what is missing."""
    from render.animation import AnimationPlan

    question = (req.question or "")[:20_000]
    lang = req.lang if req.lang in ("en", "zh") else "en"  # the scene builders write English or Chinese
    subject = strip_cues(question) or question
    table = req.table
    if table is not None:
        scene = _table_scene(question, subject, table, req.table_name or "")
        if isinstance(scene, str):
            return text_plan(scene)
    else:
        # "the club headcount tick up hour by hour": the pace of the frames, no part of the measure's name
        # (over a table the period is kept: "day by day" picks the table's time grain)
        subject = re.sub(rf"\s*(?:{_PER_PERIOD})", " ", subject, flags=re.I).strip(" ,") or subject
        continuous = LOOPING.search(question)
        looping = continuous or _LOOP_WORD.search(question)
        on_screen = SCREEN.search(question)
        scene = _question_scene(
            question,
            subject,
            req.content,
            # a screen's messages on a loop are no flow of steps, and no cycle either (`_notice`)
            steps=not (continuous or CLIP_LENGTH.search(question) or (looping and on_screen)),
            cycle=not on_screen,
            # a thing to be seen moving ("чтобы было видно, как кабина едет вверх, а груз вниз"): its clauses
            # are one scene, not steps of a flow, unless the steps are listed
            flow=not seen_in_motion(question) or bool(re.search(r"\n|(?<!\d)\d[.)]\s|→|->", question)),
        )
        notice = notice_scene(question, subject, LOOPING) if scene is None and looping else None
        if notice is not None:  # "reception screen, on a loop: clinic hours …": the messages, one a frame
            scene = _notice(*notice, lang)
        if scene is None:
            scene = clip_scene(question, subject, lang)  # nothing to build: a moving scene, generated
        if scene is None:
            return text_plan(msg(req.language, "no_animation"))
    visual = scene.visual
    title = getattr(visual, "title", "") or short(getattr(visual, "prompt", "") or subject, 80)
    alt = getattr(visual, "alt_text", "") or title
    return AnimationPlan(
        title=short(title, 150),
        scenes=[scene],
        answer=getattr(visual, "answer", "") or title,
        alt_text=short(tr(req.lang, "animation") + alt, 400),
    )


def _question_scene(
    question: str,
    subject: str,
    content: str | None,
    steps: bool = True,
    cycle: bool = True,
    flow: bool = True,
) -> Any:
    from generators.markdown.diagram import chain_diagram, text_to_diagram
    from generators.markdown.slides import markdown_to_slides
    from render.animation import Scene

    ends = countdown(question)
    if ends is not None:  # "countdown animation 10 to 1": its numbers, one per frame
        return countdown_scene(question, *ends)
    counted = count_up(question)
    if counted is not None:  # "can the fund total count up from £0 to the £1,650": the two amounts, glided
        return count_up_scene(question, *counted)
    states = arrow_states(question)
    if states is not None:  # "5 3 8 1 → 3 5 8 1 → …": the states written, one frame each
        return states_scene(question, states, _lead(question))
    data = extract_data(_SEEING.sub(" ", subject))  # "quiero ver cómo crecen las ventas": the sales
    if data is not None:
        return Scene(visual=chart_from_data(subject, data, lang_of(question)), frames_from="categories")
    through = passes_through(question)
    if through is not None:  # "il cioccolato che passa da 45 a 27 a 31 gradi": those amounts, in turn
        return through_scene(*through)
    if content:
        try:  # "les entrées et sorties de la scène 3, une après l'autre": that section of the document
            return Scene(visual=markdown_to_slides(asked_section(content, question) or content, title=None))
        except ValueError:
            pass
    if not steps:
        # on a loop: a cycle only when its stages are listed ("…: Ansaugen, Verdichten, …, in Schleife")
        looped = strip_cues(LOOPING.sub(" ", question))
        listed = cycle and re.search(r"[:：]|→|->", looped)
        diagram = text_to_diagram(looped, diagram_type="cycle") if listed else None
        if diagram is None or len(diagram.nodes) < 3:
            return None  # "our logo and 'fresh bagels', on a loop": a scene that keeps moving, not a flow
        lead = _lead(looped)
        return Scene(visual=diagram.model_copy(update={"title": lead}) if lead else diagram)
    if not flow:
        return None  # a scene shown moving: the clip's
    # "plan, build, ship" once the cue words are gone. Read as steps only when the words are not
    # steps themselves, a list needs three: two halves of one sentence ("leaves, falling in the
    # wind", "the tide going in and out") are a scene, not a flow.
    counted = counted_run(subject, lang_of(question)) or _spaced_steps(subject)
    if len(counted) >= 3:  # "show the five steps one at a time sign contract get laptop …": no commas typed
        subject = "Steps: " + ", ".join(counted)
    for text, least in ((subject, 2), (f"Steps: {subject}", 3)):
        diagram = text_to_diagram(text, diagram_type="flowchart")
        if diagram is not None and len(diagram.nodes) >= least:
            return Scene(visual=diagram)
    run = _comma_run(subject)
    if run is not None:  # "the glassblowing process playing out, gather, blow, shape, anneal, like a …"
        lead, steps = run
        return Scene(visual=chain_diagram(steps, lead or template(lang_of(question))["dtitle_flowchart"]))
    return None


# Wanting to watch, before what is watched ("voglio vedere le vendite crescere", "eh quiero ver cómo van
# creciendo"): the ask's words, never the measure's name.
_SEEING = re.compile(
    r"^\s*(?:eh|ok|so)?[\s,]*(?:(?:i\s+)?(?:want|would\s+like|'?d\s+like)\s+to|voglio|vorrei|quiero|quisiera|quero|queria"
    r"|je\s+veux|je\s+voudrais|ich\s+will|ich\s+möchte)?\s*(?:see|watch|vedere|guardare|ver|mirar|voir|regarder|sehen)\s+"
    r"(?:how\s+|come\s+|cómo\s+|como\s+|comment\s+|wie\s+)?",
    re.I,
)
# A likeness said after a list ("…, anneal, like a little moving explainer"): how it is shown, no step
_LIKENESS = re.compile(r"^(?:like|as|just\s+like|wie|comme|como|come|als|как)\b", re.I)
# What the steps are of, named in the words before them: "the glassblowing process", "our onboarding steps"
_STEPS_OF = re.compile(
    r"\b(?:the|our|my|a)\s+(?:\d+\s+)?((?:[^\W\d_][\w'-]*\s+){0,2}?(?:process|procedure|routine|steps|stages|cycle|method))\b",
    re.I,
)


def _comma_run(subject: str) -> tuple[str, list[str]] | None:
    """(what they are steps of, the steps) for three or more short comma-parted words inside a
    sentence ("i'd love the glassblowing process playing out, gather, blow, shape, anneal, like a
    little moving explainer" → gather, blow, shape, anneal); a likeness after them is the ask's."""
    parts = [p.strip(" .!?") for p in re.split(r"[,，、:：()（）]", subject)]
    best: tuple[int, int] | None = None
    start = None
    for i, part in enumerate([*parts, ""]):
        short_step = (
            bool(part) and len(part.split()) <= 3 and not re.search(r"\d", part) and not _LIKENESS.match(part)
        )
        if short_step and start is None:
            start = i
        elif not short_step and start is not None:
            if i - start >= 3 and (best is None or i - start > best[1] - best[0]):
                best = (start, i)
            start = None
    if best is None or best[0] == 0:
        return None  # a plain list with no sentence before it is read as steps elsewhere
    lead = ", ".join(parts[: best[0]])
    named = _STEPS_OF.search(lead)
    return (cap(named.group(1)) if named else "", parts[best[0] : best[1]])


def asked_section(content: str, question: str) -> str | None:
    """The one section of a pasted document whose heading the question names (two of its words or
    more, its numbers alike: "la scène 3, ses entrées et sorties" → "## Scène 3 (acte 1) : entrées et
    sorties"), as markdown under its heading; None where no heading is named so clearly, or two are."""

    def words(text: str) -> set[str]:
        return {w[:5].casefold() for w in re.findall(r"[^\W\d_]{4,}|\d+", text)}

    asked = words(question)
    found: list[tuple[int, str]] = []
    for part in re.split(r"^#{1,6}\s+", content, flags=re.M)[1:]:
        head, _, body = part.partition("\n")
        shared = len(asked & words(head))
        if shared >= 2 and len(re.findall(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S", body, re.M)) >= 2:
            found.append((shared, f"# {head.strip()}\n{body}"))
    if not found:
        return None
    best = max(n for n, _ in found)
    top = [text for n, text in found if n == best]
    return top[0] if len(top) == 1 else None


def _spaced_steps(subject: str) -> list[str]:
    """'演示四冲程发动机 进气 压缩 做功 排气': Chinese or Japanese steps parted by spaces; a first chunk much
    longer than the others names what they are steps of."""
    chunks = spaced(subject)
    if len(chunks) >= 4 and len(chunks[0]) >= 2 * max(len(c) for c in chunks[1:]):
        chunks = chunks[1:]
    if any(len(c) > 8 or re.search(r"[\d：:、，,]", c) for c in chunks):
        return []  # a sentence with spaces in it, or data, not a run of short steps
    return chunks if len(chunks) >= 3 else []


def _notice(title: str, messages: list[str], lang: str) -> Any:
    """The messages of a screen as slides shown in turn: each the user's words, nothing added."""
    from render.animation import Scene
    from render.plan import Slide, SlidesPlan

    name = short(title, 120) or tr(lang, "notice")
    slides = [Slide(layout="section", title=short(cap(m), 150)) for m in messages[:24]]
    return Scene(
        visual=SlidesPlan(
            title=name,
            slides=slides,
            title_slide=False,
            answer=short(" · ".join(cap(m) for m in messages), 400),
            alt_text=short(name + ": " + "; ".join(messages), 400),
        )
    )


def _lead(question: str) -> str:
    """What the frames show, as the words before them say it ('wie der Algorithmus sortiert')."""
    head = re.split(r"[:：]", question, maxsplit=1)[0] if re.search(r"[:：]", question) else ""
    head = re.sub(r"\s*([,.;])(?:\s*[,.;])*", r"\1", re.sub(r"\s+", " ", strip_cues(head))).strip(" ,.;:-")
    if len(head.split()) < 2 or re.search(r"\d", head):
        return ""  # "show: A B C → B A C …": no words for what is shown
    return short(head[:1].upper() + head[1:], 80)


def time_column(table: Any) -> str | None:
    """The first column holding dates or years: what an animation of the table plays over."""
    try:
        cols = profile_table(table)
    except Exception:
        return None
    for c in cols:
        if c.kind == "date" or c.year_like:
            return c.name
    return None


def _table_scene(question: str, subject: str, table: Any, table_name: str) -> Any:
    from render.animation import Scene
    from render.plan import ChartPlan

    name = table_name.rsplit("/", 1)[-1].rsplit(".", 1)[0] if table_name else ""
    when = time_column(table)
    race = any(re.search(rf"(?<!\w){re.escape(w)}", question, re.I) for w in RACE_WORDS)
    if when is not None and race:
        cols = profile_table(table)
        entity = next((c.name for c in cols if c.kind == "category" and c.name != when), None)
        measures = [c.name for c in cols if c.kind == "numeric" and not c.id_like and not c.year_like]
        asked = question.casefold()
        # "make the revenue of both centres race": the measure the question names, else the first
        value = next(
            (
                m
                for m in measures
                if any(w in asked for w in re.split(r"[\W_]+", m.casefold()) if len(w) >= 4)
            ),
            measures[0] if measures else None,
        )
        if entity is not None and value is not None:
            chart = ChartPlan(
                chart_type="horizontal_bar",
                title=f"{humanize(value)} by {humanize(entity).lower()}",
                subtitle=humanize(name) if name else "",
                x_title=humanize(entity),
                y_title=humanize(value),
                x=entity,
                y=value,
                aggregate="sum",
                sort="desc",
                top_n=10,
                answer=f"{humanize(value)} by {humanize(entity).lower()}, {humanize(when).lower()} by {humanize(when).lower()}.",
                alt_text=f"Bar chart race of {humanize(value).lower()} by {humanize(entity).lower()} over {humanize(when).lower()}.",
            )
            return Scene(visual=chart, frame_field=when)
    chart = chart_from_table(subject, table, name)
    if isinstance(chart, str):
        return f"The attached table cannot be animated: {chart}."
    if when is None or when in (chart.x, None) or chart.chart_type.value in ("histogram", "box", "table"):
        return Scene(visual=chart)  # plays along its own x: a line draws itself, bars appear in turn
    if chart.color == when:
        chart = chart.model_copy(update={"color": None})
    return Scene(visual=chart, frame_field=when)
