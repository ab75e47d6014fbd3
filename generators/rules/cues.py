"""Keyword tables and user-facing messages of the offline planner, by language.

Tables are data, so adding a language is adding strings. Cue syntax (see `words.find_cue`): literal
phrases, case-insensitive, where a space also matches "-", "_" or nothing and a plural "s" is
allowed; a trailing "*" makes a prefix; a leading "re:" is a raw regex; CJK cues match as
substrings. The routing cues of each kind live with that kind's builder (`CUES` in
`generators/rules/<kind>.py`), so a kind brings its own wording.
"""

from __future__ import annotations

import re

from generators.rules.messages import MESSAGES  # noqa: F401  (importable from here, as before)
from generators.rules.templates import AGG_WORDS, CHART_NAMES_ZH, TEMPLATES  # noqa: F401  (as before)

# "pie" is a chart unless it is food: "a cherry pie cooling on a windowsill", "pie crust", "bake a pie"
_FOODS = (
    "cherry", "apple", "pumpkin", "pecan", "meat", "pork", "steak", "chicken", "fish", "mince", "lime", "lemon",
    "rhubarb", "blueberry", "peach", "pot", "custard", "cream", "potato", "mud", "cottage", "shepherd's",
    "shepherds", "banoffee", "berry", "strawberry", "sweet", "savoury", "savory", "homemade", "baked", "bake a",
    "bake the", "baking a", "a slice of", "piece of",
)  # fmt: skip
PIE_CUE = (
    r"re:\b"
    + "".join(f"(?<!{re.escape(f)} )" for f in _FOODS)
    + r"pie\b(?!\s+(?:crust|dough|dish|recipe|tin|pan|shop|maker|filling|contest|sale|stall|eating|eater)s?\b)"
    r"(?!\s+(?:is\s+)?cooling\b)"
)

# fmt: off
# Wording that means "analyse the attached table": named in the route's reason when a table is attached.
TABLE_CUES: list[str] = [
    "average", "mean", "total", "sum", "how many", "count", "number of", "median", "per", "by", "each", "top",
    "highest", "lowest", "most", "least", "which", "平均", "总", "多少", "数量", "每", "各", "按", "最高", "最低", "排名",
]

CHART_TYPE_CUES: dict[str, list[tuple[str, int]]] = {
    "pie": [("torta", 3), ("grafico a torta", 3), ("gráfico de tarta", 3), ("gráfico circular", 3), ("diagrama circular", 3), ("gráfico de pizza", 3), (r"re:\b(?:como|en)\s+(?:una\s+)?(?:tarta|quesito)\b", 3), (r"re:\bals\s+(?:torte|kuchen)\b", 3), (r"re:\b(?:como|em|numa)\s+(?:uma\s+)?pizza\b", 3), ("tortendiagramm", 3), ("kuchendiagramm", 3), ("diagramme circulaire", 3), ("круговая диаграмма", 3), ("круговую диаграмму", 3), ("원그래프", 3), ("원 그래프", 3), ("파이 차트", 3), ("パイチャート", 3), ("pasta grafiği", 3), ("diagram lingkaran", 3), ("cirkeldiagram", 3), ("taartdiagram", 3), ("wykres kołowy", 3), ("biểu đồ tròn", 3), (PIE_CUE, 3), ("pie chart", 3), ("饼图", 3), ("円グラフ", 3), ("kreisdiagramm", 3), ("camembert", 3), ("رسم بياني دائري", 3), ("مخطط دائري", 3), ("دائري", 3), ("पाई चार्ट", 3),
            ("share", 2), ("market share", 2), ("proportion", 2), ("percentage of", 2), ("breakdown", 2),
            ("composition", 2), ("part of the whole", 2), ("占比", 2), ("份额", 2), ("比例", 2), ("构成", 2),
            ("割合", 2), ("anteil", 2), ("proporción", 2), ("répartition", 2)],
    "donut": [("ring chart", 3), ("ring graph", 3), ("gráfico de anillo", 3), ("graphique en anneau", 3), ("diagramme en anneau", 3), ("ringdiagramm", 3), ("gráfico de rosquinha", 3), ("кольцевая диаграмма", 3), ("кольцевую диаграмму", 3), ("ringdiagram", 3), ("halka grafi*", 3), ("wykres pierścieniowy", 3), ("gráfico de rosca", 3), ("grafico ad anello", 3), ("ドーナツグラフ", 3), ("도넛 차트", 3), ("donut", 3), ("doughnut", 3), ("环形图", 3)],
    "line": [("gráfico de líneas", 3), ("gráfico de linhas", 3), ("grafico a linee", 3), ("graphique linéaire", 3), ("graphique en courbe", 3), (r"re:\b(?:une|la|en)\s+courbe\b", 3), ("curva", 2), ("kurve", 2), ("кривая", 2), ("линейный график", 3), ("선 그래프", 3), ("꺾은선", 3), ("çizgi grafik", 3), ("lijngrafiek", 3), ("wykres liniowy", 3), ("biểu đồ đường", 3), ("grafik garis", 3), ("line chart", 3), ("line graph", 3), ("折线图", 3), ("折れ線", 3), ("liniendiagramm", 3), ("رسم بياني خطي", 3), ("مخطط خطي", 3), ("लाइन चार्ट", 3), ("लाइन ग्राफ", 3),
             ("trend", 2), ("over time", 2), ("over the years", 2), ("growth", 2), ("grew", 2), ("rose", 2),
             ("evolution", 2), ("trajectory", 2), ("趋势", 2), ("走势", 2), ("变化", 2), ("增长", 2), ("推移", 2),
             ("tendencia", 2), ("evolución", 2), ("tendance", 2), ("évolution", 2), ("verlauf", 2)],
    "area": [("area chart", 3), ("面积图", 3), ("cumulative", 2), ("累计", 2)],
    "scatter": [("nuage de points", 3), ("gráfico de dispersión", 3), ("dispersione", 3), ("streudiagramm", 3), ("диаграмма рассеяния", 3), ("산점도", 3), ("散布図", 3), ("scatter", 3), ("散点图", 3), ("correlation", 2), ("correlate*", 2), ("relationship between", 2),
                ("relation between", 2), ("vs", 2), ("versus", 2), ("相关", 2), ("相関", 2), ("corrélation", 2),
                ("korrelation", 2)],
    "histogram": [("histogram", 3), ("直方图", 3), ("ヒストグラム", 3), ("histogramme", 3), ("distribution", 2),
                  ("spread of", 2), ("分布", 2), ("distribución", 2), ("verteilung", 2),
                  ("histograma", 3), ("histogramm", 3), ("istogramma", 3), ("гистограмма", 3), ("히스토그램", 3),
                  ("हिस्टोग्राम", 3), ("مدرج تكراري", 3)],
    "box": [("box plot", 3), ("boxplot", 3), ("box and whisker", 3), ("箱线图", 3)],
    "heatmap": [("mapa de calor", 3), ("carte de chaleur", 3), ("mappa di calore", 3), ("тепловая карта", 3), ("히트맵", 3), ("ヒートマップ", 3), ("heatmap", 3), ("heat map", 3), ("热力图", 3)],
    "stacked_bar": [("stacked", 3), ("堆叠", 3)],
    "grouped_bar": [("grouped bar", 3), ("side by side", 2), ("分组柱状图", 3)],
    "horizontal_bar": [("gantt", 3), ("horizontal bar", 3), ("条形图", 3), ("ranking", 2), ("排名", 2)],
    "table": [("as a table", 3), ("in a table", 3), ("表格", 3)],
    "bar": [("gráfico de barras", 3), ("grafico a barre", 3), ("diagramme en barres", 3), ("diagramme à barres", 3), ("säulendiagramm", 3), ("столбчатая диаграмма", 3), ("막대 그래프", 3), ("막대그래프", 3), ("sütun grafiği", 3), ("çubuk grafik", 3), ("staafdiagram", 3), ("wykres słupkowy", 3), ("biểu đồ cột", 3), ("grafik batang", 3), ("gráfico de colunas", 3), ("bar chart", 3), ("bar graph", 3), ("column chart", 3), ("柱状图", 3), ("柱形图", 3), ("棒グラフ", 3), ("رسم بياني بالأعمدة", 3), ("مخطط أعمدة", 3), ("बार चार्ट", 3), ("बार ग्राफ", 3),
            ("balkendiagramm", 3), ("compare", 2), ("comparison", 2), ("对比", 2), ("比较", 2), ("比較", 2),
            ("comparar", 2), ("comparer", 2), ("vergleich", 2)],
}

AGGREGATE_CUES: dict[str, list[str]] = {
    "mean": ["average", "avg", "mean", "typical", "平均", "均值", "promedio", "moyenne", "durchschnitt*", "평균",
             "media", "média", "gemiddeld*", "średni*", "ortalama*", "средн*", "متوسط", "औसत", "rata-rata",
             "trung bình"],
    "sum": ["total", "sum", "overall", "combined", "总和", "总计", "合计", "总额", "总量", "总", "合計", "somme",
            "gesamt*", "summe", "합계", "총합", "총액", "totale", "soma", "totaal", "suma", "toplam", "итого", "сумм*",
            "कुल", "tổng"],
    "count": ["how many", "count", "number of", "frequency", "多少个", "多少", "数量", "个数", "次数", "总数", "几个",
              "cuántos", "combien", "wie viele", "anzahl", "件数"],
    "median": ["median", "中位数", "中央値", "mediana", "médiane"],
    "max": ["maximum", "max", "最大值", "最高值"],
    "min": ["minimum", "min", "最小值", "最低值"],
}

SORT_CUES: dict[str, list[str]] = {
    "desc": ["top", "highest", "largest", "most", "biggest", "best", "rank", "ranking", "leading", "最高", "最多",
             "最大", "排名", "前"],
    "asc": ["bottom", "lowest", "least", "smallest", "fewest", "worst", "最低", "最少", "最小", "倒数"],
}

# A column named like this is averaged, not summed, when rows are combined.
MEAN_LIKE = ("rate", "ratio", "pct", "percent", "percentage", "price", "score", "rating", "avg", "average", "mean",
             "temperature", "temp", "age", "margin", "share", "率", "价格", "平均", "评分", "温度", "年龄", "占比")

BY_WORDS = re.compile(
    r"\b(?:by|per|for each|for every|across|over|grouped by|split by|broken down by|colou?red by|stacked by)\b"
    r"|按照?|每个|各个|各|根据|分",
    re.I,
)
COLOR_WORDS = re.compile(r"\b(?:split by|broken down by|colou?red by|stacked by|segmented by)\b|分别按", re.I)

IMAGE_STYLE_CUES: dict[str, list[str]] = {
    "photo": ["photo", "photograph", "photorealistic", "realistic", "dslr", "照片", "写实", "真实", "foto", "写真",
              "shot from above", "overhead shot", "flat lay", "flatlay"],
    "watercolor": ["watercolor", "watercolour", "水彩", "acuarela", "aquarelle", "aquarell", "acquerello", "aquarela",
                   "aguarela", "akwarel*", "акварел", "suluboya", "수채화", "ألوان مائية", "वॉटरकलर"],
    "sketch": ["sketch", "pencil", "charcoal", "line art", "素描", "铅笔", "线稿", "boceto", "croquis", "skizze"],
    "pixel_art": ["pixel art", "pixel", "8-bit", "8 bit", "像素", "ピクセルアート", "ドット絵", "픽셀", "piksel*", "пиксел",
                  "pixelkunst", "arte em pixel", "بكسل", "पिक्सेल", "पिक्सल"],
    "3d": ["3d", "3-d", "render", "blender", "isometric", "三维", "立体"],
    "flat": ["flat", "minimal", "minimalist", "vector", "icon", "扁平", "矢量", "图标"],
    "cinematic": ["cinematic", "film still", "movie", "dramatic lighting", "电影感", "电影", "cinématographique",
                  "re:\\bplan\\s+(?:de\\s+)?ciné(?:ma)?\\b", "cinematografic*", "cinematográfic*", "filmisch*", "кинематограф",
                  "シネマティック", "映画の", "시네마틱", "영화 같은", "sinematik", "سينمائي", "सिनेमैटिक", "kinow*"],
    "illustration": ["illustration", "cartoon", "anime", "comic", "storybook", "插画", "卡通", "动漫", "漫画", "イラスト"],
}
ASPECT_CUES: dict[str, list[str]] = {
    "9:16": ["portrait orientation", "portrait mode", "portrait format", "vertical", "tall", "phone wallpaper",
             "story format", "竖版", "竖屏", "手机壁纸", "竖"],
    "16:9": ["wide", "widescreen", "landscape", "panorama", "panoramic", "banner", "cinematic", "横版", "横屏", "宽屏"],
    "1:1": ["square", "avatar", "profile picture", "icon", "logo", "方形", "正方形", "头像", "图标"],
    "3:4": ["portrait of", "headshot", "肖像"],
}
IMAGE_NEGATIVE = "blurry, low quality, distorted, text, letters, watermark, signature"

# "family tree" in the planner's languages: a tree of people, drawn as a diagram
FAMILY_TREE = ["árbol genealógico", "arbol genealogico", "árbol de la familia", "arbol de la familia", "árbol familiar",
               "arbol familiar", "arbre généalogique", "stammbaum", "albero genealogico", "árvore genealógica",
               "stamboom", "генеалогическое древо", "родословн", "soy ağacı", "drzewo genealogiczne",
               "drzewo rodzinne", "شجرة العائلة", "شجرة عائلة", "वंश वृक्ष", "家系図", "族谱", "家谱", "家譜", "가계도", "cây gia phả",
               "silsilah keluarga"]

DIAGRAM_TYPE_CUES: dict[str, list[str]] = {
    "tree": ["org chart", "organization chart", "organisation chart", "organizational chart", "organigram",
             "hierarchy", "hierarchical", "family tree", "decision tree", "tree", "reporting line", "组织结构",
             "组织架构", "层级", "树状", "家谱", "organigrama", "organigramme", "organigramm", "組織図", "organograma",
             "organigramma", "조직도", "оргструктур", "организационн", "هيكل تنظيمي", "संगठन चार्ट", "sitemap", "site map",
             "site structure", "arborescence", "baumdiagramm", *FAMILY_TREE,
             r"re:\b(?:trust|company|club|team|school|org|organi[sz]ational|management|reporting|church|temple|board|staff)\s+structure\b",
             # "as a tree" in the planner's languages: the shape asked for
             "forma de árbol", "en árbol", "en arbre", "als baum", "ad albero", "em árvore", "als boom", "boomstructuur",
             "в виде дерева", "деревом", "ağaç şeklinde", "ağaç olarak", "w formie drzewa", "drzewo", "树形", "ツリー",
             "트리", "شجرة",
             # a group's structure drawn from its members: who sits under whom, not a sequence
             "structure of our", "structure of the school", "structure of the company", "структур", "estructura de",
             "struttura del", "struttura della", "structuur van", "struktur der", "struktur unserer", "estrutura d",
             "strukturę", "struktura", "organizasyon yapısı", "組織構成", "组织结构图"],
    "mindmap": ["mind map", "mindmap", "seating chart", "seating plan", "brainstorm", "brain storm", r"re:\bbranch(?:ed|ing)\s+out\b",
                # "zeig mir wie das zusammenhängt": things named and how they hang together, around the topic
                r"re:\bwie\s+(?:das|alles|sie|es)\s+(?:alles\s+)?zusammenh[äa]ng", "思维导图", "脑图", "mapa mental", "carte mentale",
                "マインドマップ", "concept map", "mapa conceptual", "carte conceptuelle", "mappa concettuale",
                "mappa mentale", "mapa conceitual", "概念图", "마인드맵", "интеллект-карт", "майнд-карт", "майндм", "майнд м", "ментальн",
                "خريطة ذهنية", "माइंड मैप", "mapa myśli", "mapę myśli", "mapy myśli", "zihin haritası", "zihin haritasi", "woordweb"],
    "cycle": ["cycle", "loop", "lifecycle", "life cycle", "循环", "周期", "ciclo", "cycle de vie", "kreislauf"],
    "network": [r"re:\bbox(?:es)?\s+(?:and|&)\s+lines\b", "network", "relationship", "relations", "dependency", "dependencies", "graph of", "关系图",
                "网络", "依赖", "拓扑", "state machine", "state diagram", "depend on each other", "相関図", "関係図",
                "관계도", "topology"],
    "flowchart": ["flow thing", "flow things", "flow thingy", "flowchart", "flow chart", "process", "workflow", "steps", "pipeline", "流程", "步骤",
                  "diagrama de flujo", "flujograma", "proceso", "fluxograma", "processo", "diagramma di flusso",
                  "processus", "logigramme", "flussdiagramm", "ablaufdiagramm", "prozess", "блок-схем", "процесс",
                  "フローチャート", "手順", "순서도", "흐름도", "플로우차트", "مخطط انسيابي", "فلوچارت", "फ्लोचार्ट",
                  "swimlane", "swim lane", "data flow", "stroomschema", "processchema", "stappenplan", "schemat blokowy", "schemat procesu", "akış şeması", "iş akışı",
                  "sơ đồ quy trình", "lưu đồ", "diagram alir", "bagan alir", "diagram alur", "bagan alur", "stroomdiagram", "flödesschema", "flödesdiagram", "sơ đồ luồng", "ablaufplan", "processo passo a passo"],
}

# Words that never name a category or a measure: request verbs, chart nouns, glue words.
STOPWORDS: frozenset[str] = frozenset(
    """a an the of for in on at to by with from and or as is are was were be been being had has have do does did
    i we you our my your their its his her me us it this that these those there here what which who how when
    where please can could would will should shall may might must make create build draw plot chart graph show
    give generate render visualize visualise display compare comparison versus vs charts graphs plots bar bars
    pie donut doughnut line lines histogram scatter diagram respectively total about around approx approximately roughly
    nearly almost some each per grew rose fell increased decreased dropped went reached hit totaled totalled
    came stood got up down like following data numbers values value figures using use then than also just
    only let's lets want need see tell infographic infographics slides slide deck presentation ppt
    powerpoint flowchart picture image quarter quarters year years month months week weeks day days""".split()  # noqa: SIM905
)
# The same for the other languages the planner reads: request verbs, visual nouns, articles and
# prepositions (never a measure's name: "faz um gráfico das vendas" measures "vendas").
STOPWORDS_INTL: frozenset[str] = frozenset(
    """bitte pls plz favor proszę lütfen пожалуйста svp stp prego
    haz hazme crea créame muestra muéstrame dibuja dame quiero un una unos unas el la los las lo de del al en
    con por para sobre y o gráfico gráfica gráficos diagrama barras tarta circular línea líneas evolución
    fais fait fais-moi crée montre dessine donne veux le la les un une des du de d au aux à en avec par pour sur
    et ou graphique courbe diagramme barres camembert histogramme évolution répartition
    mach mache erstelle zeig zeige zeichne gib ein eine einen einem der die das den dem des mit von für zu zum
    zur über und oder im in am pro diagramm balkendiagramm kreisdiagramm liniendiagramm grafik verlauf
    faz faça crie mostra mostre desenha desenhe um uma uns umas o os as do da dos das no na nos nas em ao com
    para por e ou gráfico barras pizza linhas evolução
    fai fammi crea mostra mostrami disegna dammi il lo gli i le un uno una dei delle della del dello di da
    in con su per e o grafico barre torta linee andamento animazione anno
    сделай покажи нарисуй построй график диаграмма диаграмму по на в и или за для
    als como comme come как
    diapositives diapositive diapos diapo diaporama présentation infographie schéma
    diapositivas presentación infografía esquema folien folie foliensatz präsentation infografik schaubild
    apresentação infográfico presentazione infografica presentatie staafdiagram grafiek taartdiagram
    prezentacja prezentację slajdy wykres infografika презентацию презентация слайды инфографику
    maak vergelijk toon teken een het van mijn onze graag quero queria preciso
    हमारी हमारा हमारे मेरी मेरा मेरे का की के में और ग्राफ चार्ट बनाओ दिखाओ बना बनाना करो दो दीजिए
    اعمل اعملي سوي سوّي ارسم اعرض لي رسم بياني مخطط مخططا رسما بيانيا أبغى ابغى""".split()  # noqa: SIM905
)
STOPWORDS_CJK: tuple[str, ...] = (
    "画成", "做成", "转成", "变成", "成图",  # "画成图": draw (it) into a chart; first, before "画" and "图"
    "请帮我", "帮我", "请", "给我", "画一个", "画一张", "画个", "画出", "画", "绘制", "做一个", "做个", "做", "生成", "制作",
    "显示", "展示", "对比", "比较", "一下", "一个", "图表", "饼图", "柱状图", "折线图", "条形图", "趋势图", "信息图", "幻灯片",
    "演示文稿", "图", "分别为", "分别是", "分别", "是", "为", "有", "的", "约", "大约", "达到", "共", "和", "与", "其中",
    # Korean and Japanese form requests ("그래프로", "グラフにして"): the ask, not the measure
    "막대그래프로", "막대그래프", "원그래프로", "원그래프", "그래프로", "그래프", "차트로", "차트", "도표로", "도표",
    "그려줘", "그려", "보여줘", "만들어줘", "棒グラフ", "円グラフ", "グラフにして", "グラフに", "グラフで", "グラフ",
    "チャート", "にして", "を",
)
# "For" of a purpose, where the visual will go or what it is for ("for the club's instagram", "pour
# l'affiche", "pra reunião"), in the planner's languages.
FOR_PURPOSE = r"for|pour|para|pra|per|für|voor|dla|для|için"
COMMAND_PREFIX = re.compile(
    r"^\s*(?:(?:please|pls|can you|could you|would you|i want you to|i'd like you to|i need you to|let's|"
    r"kindly|hey|hi|kannst du|könntest du|können sie|könnten sie|peux-tu|pourrais-tu|pouvez-vous|"
    r"pourriez-vous|puedes|podrías|puede|podes|pode|podia|puoi|potresti|può|kun je|kunt u|kan je)[\s,]+)*"
    r"(?:(?:make|create|build|draw|plot|chart|graph|show|give|generate|render(?:ing)?(?:\s+(?:of|de|di|du|von|van)\b)?|visuali[sz]e|display|produce|"
    r"prepare|design|turn|convert|(?:put|pull|throw)\s+together|whip\s+up|put|paint|sketch|illustrate|imagine|picture|compare|explain|describe|"
    r"outline|map out|break down|walk (?:me|us) through|summari[sz]e|do(?=\s+(?:a|an|me|us|some)\s)"
    # the same asks in other languages, with the article that follows them ("Erstelle ein …", "Fais un …")
    r"|erstelle|erstell|mach|mache|zeichne|zeige?|fais|faites|crée|créez|dessine|montre|prépare|haz|crea|"
    r"dibuja|muestra|prepara|genera|fai|disegna|mostra|faça|faz|crie|cria|desenhe|mostre|maak|teken|toon)\b[\s,-]*)?"
    r"(?:(?:me|us|mir|moi|me|mi)\b\s*)?"
    r"(?:(?:ein|eine|einen|un|une|una|uno|um|uma|een)\b\s*)?"
    r"(?:(?:帮我|给我|请)?(?:做|画|制作|生成)(?:一个|一份|一张)?)?",
    re.I,
)

# Asking for something to be made or shown, in the planner's languages.
REQUEST_WORDS = re.compile(
    r"\b(?:show(?:ing|s)?|make|create|draw|plot|visual|present|display|something for|give me|muestra|haz|crea|"
    r"montre|fais|crée|zeig|mach|erstelle|mostra|fai|crea|faz|faça|mostre|покажи|сделай|нарисуй)\b|显示|展示|做|画|"
    r"見せ|作って|描いて|보여|만들어|그려|اعرض|اصنع|ارسم|दिखा|बनाओ",
    re.I,
)

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_EN_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Month and weekday names and their short forms in the planner's Latin- and Cyrillic-script languages:
# labels of a time axis ("sept 82 %, oct 76 %, …, dic 64 %", "pon. 5, wt. 3, …").
_MONTH_WORDS = (
    "ene feb mar abr may jun jul ago sep sept set oct nov dic enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre janv févr fevr mars avr mai juin juil août aout déc janvier "
    "février fevrier avril juillet septembre octobre novembre décembre jän jan märz mrz okt dez januar februar "
    "april juni juli august oktober dezember gen mag giu lug ott gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre fev abr out janeiro fevereiro março maio junho julho setembro outubro novembro "
    "dezembro mrt mei januari februari maart augustus sty lut kwi maj cze lip sie wrz paź lis gru styczeń luty "
    "marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień oca şub nis haz tem ağu eyl "
    "eki kas ara ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık янв фев мар апр май "
    "июн июл авг сен сент окт ноя дек январь февраль март апрель июнь июль август сентябрь октябрь ноябрь "
    "декабрь stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
)
MONTH_NAMES = frozenset(_MONTH_WORDS.split())
_WEEKDAY_WORDS = (
    "lun mar mié mie jue vie sáb sab dom lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche mo di mi do fr sa so montag dienstag "
    "mittwoch donnerstag freitag samstag sonntag gio lunedì martedì mercoledì giovedì venerdì sabato domenica seg "
    "ter qua qui sex segunda terça quarta quinta sexta ma wo vr za zo maandag dinsdag woensdag donderdag vrijdag "
    "zaterdag zondag pon wt śr czw pt sob niedz nd poniedziałek wtorek środa czwartek piątek sobota niedziela pzt "
    "sal çar per cum cmt paz pazartesi salı çarşamba perşembe cuma cumartesi pazar пн вт ср чт пт сб вс "
    "понедельник вторник среда четверг пятница суббота воскресенье الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت "
    # Swedish and Indonesian ("minggu" is also "week", "ons" Dutch "us": left out)
    "måndag tisdag onsdag torsdag fredag lördag söndag mån tis lör sön senin selasa rabu kamis jumat sabtu"
)
WEEKDAY_NAMES = frozenset(_WEEKDAY_WORDS.split())
WEEKDAYS_EN_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}

# Magnitude suffix as written → (unit word, multiplier).
MAGNITUDES: dict[str, tuple[str, float]] = {
    "k": ("thousand", 1e3), "thousand": ("thousand", 1e3), "thousands": ("thousand", 1e3), "千": ("千", 1e3),
    "万": ("万", 1e4), "m": ("million", 1e6), "mn": ("million", 1e6), "million": ("million", 1e6),
    "millions": ("million", 1e6), "百万": ("百万", 1e6), "千万": ("千万", 1e7), "亿": ("亿", 1e8),
    "b": ("billion", 1e9), "bn": ("billion", 1e9), "billion": ("billion", 1e9), "billions": ("billion", 1e9),
    "十亿": ("十亿", 1e9), "t": ("trillion", 1e12), "trillion": ("trillion", 1e12), "trillions": ("trillion", 1e12),
    # other languages' words, shown in answers as the English word
    "mio": ("million", 1e6), "mio.": ("million", 1e6), "millionen": ("million", 1e6), "millones": ("million", 1e6),
    "millón": ("million", 1e6), "miljoen": ("million", 1e6), "miljard": ("billion", 1e9), "milioni": ("million", 1e6), "milione": ("million", 1e6),
    "milhões": ("million", 1e6), "milhão": ("million", 1e6), "mrd": ("billion", 1e9), "mrd.": ("billion", 1e9),
    "milliarden": ("billion", 1e9), "milliarde": ("billion", 1e9), "miliardi": ("billion", 1e9),
    "mil": ("thousand", 1e3), "mila": ("thousand", 1e3), "mille": ("thousand", 1e3), "тыс": ("thousand", 1e3),
    "тыс.": ("thousand", 1e3), "млн": ("million", 1e6), "млн.": ("million", 1e6), "млрд": ("billion", 1e9),
    "млрд.": ("billion", 1e9), "lakh": ("lakh", 1e5), "crore": ("crore", 1e7), "लाख": ("lakh", 1e5),
    "lakhs": ("lakh", 1e5), "crores": ("crore", 1e7), "lakh crore": ("lakh crore", 1e12),
    "lakh crores": ("lakh crore", 1e12), "लाख करोड़": ("लाख करोड़", 1e12),
    "ألف": ("thousand", 1e3), "آلاف": ("thousand", 1e3), "مليون": ("million", 1e6), "ملايين": ("million", 1e6),
    "مليار": ("billion", 1e9), "مليارات": ("billion", 1e9),
    "करोड़": ("crore", 1e7), "億": ("億", 1e8), "만": ("만", 1e4), "억": ("억", 1e8), "천": ("천", 1e3),
}
CURRENCIES: dict[str, str] = {
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "£": "GBP", "gbp": "GBP", "¥": "¥", "￥": "¥", "cny": "CNY", "rmb": "RMB", "yuan": "yuan",
    "元": "元", "块": "元", "美元": "美元", "欧元": "欧元", "人民币": "元", "₽": "RUB", "руб": "RUB", "руб.": "RUB",
    "рублей": "RUB", "рубля": "RUB", "₹": "INR", "rupees": "INR", "rupee": "INR", "रुपये": "INR", "₩": "KRW",
    "원": "원", "円": "円", "ريال": "ريال", "ريالات": "ريال", "درهم": "درهم", "دراهم": "درهم", "جنيه": "جنيه",
    "دينار": "دينار", "ليرة": "ليرة", "₺": "TRY", "tl": "TRY", "zł": "PLN", "złotych": "PLN", "zł.": "PLN",
    "r$": "BRL", "reais": "BRL", "rs": "INR", "rs.": "INR", "inr": "INR", "chf": "CHF", "aud": "AUD", "cad": "CAD",
    "jpy": "JPY", "aed": "AED", "sar": "SAR", "sgd": "SGD", "hkd": "HKD", "nzd": "NZD", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "mxn": "MXN", "brl": "BRL", "zar": "ZAR", "try": "TRY", "pln": "PLN", "rub": "RUB", "krw": "KRW",
    "franc": "CHF", "francs": "CHF", "kr": "kr",
}

# fmt: on

GENERIC_TOKENS = {
    "millions",
    "million",
    "thousands",
    "thousand",
    "bn",
    "mn",
    "usd",
    "eur",
    "gbp",
    "cny",
    "percent",
    "k",
    "m",
    "total",
    "avg",
    "average",
    "mean",
    "sum",
    "count",
    "num",
    "number",
    "amount",
    "value",
    "the",
    "of",
    "per",
    "no",
    "id",
    "pct",
    "rate",
    "in",
    "and",
    "by",
}

# Numbered periods or occasions whose number is a label ("week 3", "sprint 2", "tháng 1").
PERIOD_NOUNS = (
    r"weeks?|days?|sprints?|months?|rounds?|games?|matche?s?|laps?|sessions?|stages?|quarters?|semanas?|días?"
    r"|dias?|jours?|semaines?|wochen?|tage?|settimane?|settimana|giorni?|giorno|giornate?|partidos?|jornadas?"
    r"|spiele?|partite?"
    r"|недел[яиь]|дн[ия]|день"
    r"|trimestres?|trimestri|quartale?|kwarta(?:al|len)|kuartal|çeyrek|kwartał(?:y|ów)?|minggu|bulan|hari"
    r"|maand(?:en)?|dagen|dag|hafta|gün|tydzień|tygodni[ea]?|dzień|miesiąc[ea]?|tháng|tuần|ngày|quý"
)
