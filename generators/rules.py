"""The offline planner: keyword routing and rule-based plans, the default when no LLM is configured.

Everything here is deterministic and explainable. The route names the cue it acted on; numbers are
parsed from the question as written; facts stated in answers are computed, never guessed; charts on
an attached table name columns only (the renderer computes the values). When the visual asked for
cannot be built from what was given, the plan is a TextPlan that says what is missing and how to
provide it. Keyword tables are data (module-level dicts), so adding a language is adding strings.
"""

from __future__ import annotations

import contextlib
import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from generators.base import PlanRequest, Route
from render.plan import (
    KINDS,
    ChartPlan,
    DiagramPlan,
    Filter,
    ImagePlan,
    InfographicPlan,
    PlanError,
    Series,
    Slide,
    SlidesPlan,
    Stat,
    StatsBlock,
    StepsBlock,
    TextPlan,
    parse_plan,
)

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import Plan

MAX_QUESTION = 20_000  # longer questions are cut before parsing: regexes stay fast, answers stay short
LABEL_MAX = 120

# ------------------------------------------------------------------------------------ keyword tables
# Cues are literal phrases (case-insensitive; spaces also match "-", "_" or nothing, so "flow chart"
# finds "flowchart" and "flow-chart"; a plural "s" is allowed), a trailing "*" makes a prefix, and a
# leading "re:" is a raw regex. CJK cues match as substrings. Weights: 4 a specific noun that beats a
# generic one it contains ("flowchart" over "chart"), 3 the kind named, 2 wording typical of the kind,
# 1 a weak hint ("draw" alone). A route takes the kind with the strongest single cue; ties go to the
# container kind (slides > infographic > diagram > chart > image > text).

# fmt: off
ROUTE_CUES: dict[str, dict[str, list[tuple[str, int]]]] = {
    "slides": {
        "en": [("slides", 4), ("slide deck", 4), ("deck", 3), ("presentation", 4), ("powerpoint", 4), ("ppt", 4),
               ("pptx", 4), ("keynote", 3), ("slideshow", 4), ("pitch deck", 4), ("present this", 3),
               ("talk outline", 2)],
        "zh": [("幻灯片", 4), ("演示文稿", 4), ("演示", 3), ("简报", 3), ("汇报材料", 3), ("课件", 3), ("胶片", 3)],
        "es": [("diapositivas", 4), ("presentación", 4)],
        "fr": [("diapositives", 4), ("présentation", 4), ("diaporama", 4)],
        "de": [("folien", 4), ("präsentation", 4), ("foliensatz", 4)],
        "ja": [("スライド", 4), ("プレゼン", 4)],
    },
    "infographic": {
        "en": [("infographic", 4), ("one pager", 4), ("key stats", 3), ("key statistics", 3), ("key figures", 3),
               ("key numbers", 3), ("fact sheet", 3), ("cheat sheet", 3), ("at a glance", 3),
               ("by the numbers", 3), ("summary card", 3), ("timeline", 3), ("poster", 2)],
        "zh": [("信息图", 5), ("一页纸", 4), ("一图看懂", 5), ("一图读懂", 5), ("关键数据", 3), ("数据卡片", 3),
               ("时间线", 3), ("时间轴", 3), ("速查表", 3)],
        "es": [("infografía", 4), ("línea de tiempo", 3)],
        "fr": [("infographie", 4), ("chronologie", 3)],
        "de": [("infografik", 4), ("zeitleiste", 3)],
        "ja": [("インフォグラフィック", 4), ("年表", 3)],
    },
    "diagram": {
        "en": [("flowchart", 4), ("flow chart", 4), ("flow diagram", 4), ("org chart", 4),
               ("organization chart", 4), ("organisation chart", 4), ("organizational chart", 4),
               ("organigram", 4), ("mind map", 4), ("mindmap", 4), ("diagram", 3), ("hierarchy", 3),
               ("hierarchical", 3), ("family tree", 4), ("decision tree", 4), ("tree diagram", 4),
               ("tree structure", 4), ("workflow", 3), ("process", 2), ("pipeline", 2), ("architecture", 2),
               ("system design", 3), ("lifecycle", 3), ("life cycle", 3), ("cycle", 2), ("steps", 2),
               ("step by step", 2), ("sequence diagram", 4), ("dependency graph", 4), ("network diagram", 4),
               ("re:how (?:does|do|is|are) .{1,80}?(?:work|made|built|produced)", 2), ("->", 2), ("→", 2)],
        "zh": [("流程图", 5), ("组织结构图", 5), ("组织架构图", 5), ("架构图", 5), ("思维导图", 5), ("脑图", 4),
               ("结构图", 5), ("示意图", 4), ("关系图", 5), ("树状图", 5), ("拓扑图", 5), ("流程", 2), ("步骤", 2),
               ("层级", 3), ("工作原理", 2), ("是如何工作", 2), ("怎么运作", 2), ("生命周期", 3), ("循环", 2)],
        "es": [("diagrama de flujo", 5), ("organigrama", 4), ("mapa mental", 4), ("diagrama", 3), ("proceso", 2)],
        "fr": [("organigramme", 4), ("logigramme", 4), ("carte mentale", 4), ("diagramme de flux", 5),
               ("schéma", 3), ("processus", 2)],
        "de": [("flussdiagramm", 4), ("ablaufdiagramm", 4), ("organigramm", 4), ("mindmap", 4), ("prozess", 2),
               ("schaubild", 3)],
        "ja": [("フローチャート", 5), ("組織図", 5), ("マインドマップ", 5), ("図解", 3), ("手順", 2), ("流れ", 2)],
    },
    "chart": {
        "en": [("chart", 3), ("graph", 3), ("plot", 3), ("bar chart", 3), ("pie chart", 3), ("line chart", 3),
               ("histogram", 3), ("scatter", 3), ("heatmap", 3), ("box plot", 3), ("visuali*", 1), ("trend", 2),
               ("over time", 2), ("compare", 2), ("comparison", 2), ("growth", 2), ("grew", 2),
               ("distribution", 2), ("correlation", 2), ("breakdown", 2), ("market share", 2), ("share of", 2),
               ("percentage", 2), ("ranking", 2), ("versus", 2), ("vs", 2)],
        "zh": [("图表", 3), ("画图", 3), ("作图", 3), ("柱状图", 4), ("柱形图", 4), ("条形图", 4), ("饼图", 4),
               ("折线图", 4), ("曲线图", 4), ("散点图", 4), ("直方图", 4), ("热力图", 4), ("可视化", 3), ("趋势", 2),
               ("走势", 2), ("对比", 2), ("比较", 2), ("分布", 2), ("占比", 2), ("增长", 2), ("变化", 2), ("排名", 2)],
        "es": [("gráfico", 3), ("gráfica", 3), ("diagrama de barras", 5), ("tendencia", 2), ("comparar", 2),
               ("evolución", 2)],
        "fr": [("graphique", 3), ("courbe", 3), ("histogramme", 3), ("tendance", 2), ("comparer", 2),
               ("évolution", 2)],
        "de": [("diagramm", 3), ("balkendiagramm", 4), ("kreisdiagramm", 4), ("liniendiagramm", 4), ("grafik", 3),
               ("vergleich", 2), ("verlauf", 2), ("entwicklung", 2)],
        "ja": [("グラフ", 3), ("図表", 3), ("円グラフ", 4), ("棒グラフ", 4), ("折れ線", 4), ("推移", 2), ("比較", 2)],
    },
    "image": {
        "en": [("picture", 3), ("image", 3), ("illustration", 3), ("photo", 3), ("photograph", 3), ("painting", 3),
               ("portrait of", 3), ("wallpaper", 3), ("artwork", 3), ("drawing of", 3), ("sketch of", 3),
               ("watercolor", 3), ("watercolour", 3), ("render of", 3), ("logo", 2), ("paint", 2), ("draw", 1),
               ("sketch", 1), ("illustrate", 1)],
        "zh": [("图片", 3), ("图像", 3), ("插画", 3), ("插图", 3), ("照片", 3), ("壁纸", 3), ("画一幅", 3), ("画一张", 3),
               ("画一只", 3), ("画一个", 1), ("海报", 2), ("头像", 3), ("画", 1), ("绘制", 1)],
        "es": [("imagen", 3), ("foto", 3), ("ilustración", 3), ("dibujo", 2), ("dibuja", 1), ("pintura", 3)],
        "fr": [("photo", 3), ("illustration", 3), ("dessin", 2), ("dessine", 1), ("peinture", 3)],
        "de": [("bild", 3), ("foto", 3), ("gemälde", 3), ("zeichnung", 2), ("zeichne", 1)],
        "ja": [("画像", 3), ("イラスト", 3), ("写真", 3), ("絵", 2)],
    },
    "text": {
        "en": [("what is", 1), ("what are", 1), ("who is", 1), ("who was", 1), ("why", 1), ("explain", 1),
               ("define", 1), ("definition", 1), ("when did", 1), ("summari*", 1)],
        "zh": [("什么是", 1), ("是什么", 1), ("为什么", 1), ("解释", 1), ("谁是", 1), ("定义", 1)],
    },
}
KIND_PRIORITY = ("slides", "infographic", "diagram", "chart", "image", "text")

# Wording that means "analyse the attached table": named in the route's reason when a table is attached.
TABLE_CUES: list[str] = [
    "average", "mean", "total", "sum", "how many", "count", "number of", "median", "per", "by", "each", "top",
    "highest", "lowest", "most", "least", "which", "平均", "总", "多少", "数量", "每", "各", "按", "最高", "最低", "排名",
]

CHART_TYPE_CUES: dict[str, list[tuple[str, int]]] = {
    "pie": [("pie", 3), ("pie chart", 3), ("饼图", 3), ("円グラフ", 3), ("kreisdiagramm", 3), ("camembert", 3),
            ("share", 2), ("market share", 2), ("proportion", 2), ("percentage of", 2), ("breakdown", 2),
            ("composition", 2), ("part of the whole", 2), ("占比", 2), ("份额", 2), ("比例", 2), ("构成", 2),
            ("割合", 2), ("anteil", 2), ("proporción", 2), ("répartition", 2)],
    "donut": [("donut", 3), ("doughnut", 3), ("环形图", 3)],
    "line": [("line chart", 3), ("line graph", 3), ("折线图", 3), ("折れ線", 3), ("liniendiagramm", 3),
             ("trend", 2), ("over time", 2), ("over the years", 2), ("growth", 2), ("grew", 2), ("rose", 2),
             ("evolution", 2), ("trajectory", 2), ("趋势", 2), ("走势", 2), ("变化", 2), ("增长", 2), ("推移", 2),
             ("tendencia", 2), ("evolución", 2), ("tendance", 2), ("évolution", 2), ("verlauf", 2)],
    "area": [("area chart", 3), ("面积图", 3), ("cumulative", 2), ("累计", 2)],
    "scatter": [("scatter", 3), ("散点图", 3), ("correlation", 2), ("correlate*", 2), ("relationship between", 2),
                ("relation between", 2), ("vs", 2), ("versus", 2), ("相关", 2), ("相関", 2), ("corrélation", 2),
                ("korrelation", 2)],
    "histogram": [("histogram", 3), ("直方图", 3), ("ヒストグラム", 3), ("histogramme", 3), ("distribution", 2),
                  ("spread of", 2), ("分布", 2), ("distribución", 2), ("verteilung", 2)],
    "box": [("box plot", 3), ("boxplot", 3), ("box and whisker", 3), ("箱线图", 3)],
    "heatmap": [("heatmap", 3), ("heat map", 3), ("热力图", 3)],
    "stacked_bar": [("stacked", 3), ("堆叠", 3)],
    "grouped_bar": [("grouped bar", 3), ("side by side", 2), ("分组柱状图", 3)],
    "horizontal_bar": [("horizontal bar", 3), ("条形图", 3), ("ranking", 2), ("排名", 2)],
    "table": [("as a table", 3), ("in a table", 3), ("表格", 3)],
    "bar": [("bar chart", 3), ("bar graph", 3), ("column chart", 3), ("柱状图", 3), ("柱形图", 3), ("棒グラフ", 3),
            ("balkendiagramm", 3), ("compare", 2), ("comparison", 2), ("对比", 2), ("比较", 2), ("比較", 2),
            ("comparar", 2), ("comparer", 2), ("vergleich", 2)],
}

AGGREGATE_CUES: dict[str, list[str]] = {
    "mean": ["average", "avg", "mean", "typical", "平均", "均值", "promedio", "moyenne", "durchschnitt*"],
    "sum": ["total", "sum", "overall", "combined", "总和", "总计", "合计", "总额", "总量", "总", "合計", "somme",
            "gesamt*", "summe"],
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
DATE_NAME_HINTS = ("date", "time", "day", "week", "month", "year", "quarter", "period", "timestamp", "日期", "时间",
                   "月份", "年份", "季度", "日", "月", "年")
ID_NAME = re.compile(r"(?:^|[_\s-])(?:id|uuid|key|index|idx|code|zip|phone)$|^id[_\s-]|^(?:no|#)$", re.I)
BY_WORDS = re.compile(
    r"\b(?:by|per|for each|for every|across|over|grouped by|split by|broken down by|colou?red by|stacked by)\b"
    r"|按照?|每个|各个|各|根据|分",
    re.I,
)
COLOR_WORDS = re.compile(r"\b(?:split by|broken down by|colou?red by|stacked by|segmented by)\b|分别按", re.I)

IMAGE_STYLE_CUES: dict[str, list[str]] = {
    "photo": ["photo", "photograph", "photorealistic", "realistic", "dslr", "照片", "写实", "真实", "foto", "写真"],
    "watercolor": ["watercolor", "watercolour", "水彩", "acuarela", "aquarelle", "aquarell"],
    "sketch": ["sketch", "pencil", "charcoal", "line art", "素描", "铅笔", "线稿", "boceto", "croquis", "skizze"],
    "pixel_art": ["pixel art", "pixel", "8-bit", "8 bit", "像素"],
    "3d": ["3d", "3-d", "render", "blender", "isometric", "三维", "立体"],
    "flat": ["flat", "minimal", "minimalist", "vector", "icon", "扁平", "矢量", "图标"],
    "cinematic": ["cinematic", "film still", "movie", "dramatic lighting", "电影感", "电影"],
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

DIAGRAM_TYPE_CUES: dict[str, list[str]] = {
    "tree": ["org chart", "organization chart", "organisation chart", "organizational chart", "organigram",
             "hierarchy", "hierarchical", "family tree", "decision tree", "tree", "reporting line", "组织结构",
             "组织架构", "层级", "树状", "家谱", "organigrama", "organigramme", "organigramm", "組織図"],
    "mindmap": ["mind map", "mindmap", "brainstorm", "思维导图", "脑图", "mapa mental", "carte mentale",
                "マインドマップ"],
    "cycle": ["cycle", "loop", "lifecycle", "life cycle", "循环", "周期", "ciclo", "cycle de vie", "kreislauf"],
    "network": ["network", "relationship", "relations", "dependency", "dependencies", "graph of", "关系图",
                "网络", "依赖", "拓扑"],
    "flowchart": ["flowchart", "flow chart", "process", "workflow", "steps", "pipeline", "流程", "步骤"],
}

# Words that never name a category or a measure: request verbs, chart nouns, glue words.
STOPWORDS: frozenset[str] = frozenset(
    """a an the of for in on at to by with from and or as is are was were be been being had has have do does did
    i we you our my your their its his her me us it this that these those there here what which who how when
    where please can could would will should shall may might must make create build draw plot chart graph show
    give generate render visualize visualise display compare comparison versus vs charts graphs plots bar bars
    pie line lines histogram scatter diagram respectively total about around approx approximately roughly
    nearly almost some each per grew rose fell increased decreased dropped went reached hit totaled totalled
    came stood got up down like following data numbers values value figures using use then than also just
    only let's lets want need see tell infographic infographics slides slide deck presentation ppt
    powerpoint flowchart picture image quarter quarters year years month months week weeks day days""".split()  # noqa: SIM905
)
STOPWORDS_CJK: tuple[str, ...] = (
    "请帮我", "帮我", "请", "给我", "画一个", "画一张", "画个", "画出", "画", "绘制", "做一个", "做个", "做", "生成", "制作",
    "显示", "展示", "对比", "比较", "一下", "一个", "图表", "饼图", "柱状图", "折线图", "条形图", "趋势图", "信息图", "幻灯片",
    "演示文稿", "图", "分别为", "分别是", "分别", "是", "为", "有", "的", "约", "大约", "达到", "共", "和", "与", "其中",
)
COMMAND_PREFIX = re.compile(
    r"^\s*(?:(?:please|pls|can you|could you|would you|i want you to|i'd like you to|i need you to|let's|"
    r"kindly|hey|hi)[\s,]+)*"
    r"(?:(?:make|create|build|draw|plot|chart|graph|show|give|generate|render|visuali[sz]e|display|produce|"
    r"prepare|design|turn|convert|put|paint|sketch|illustrate|imagine|picture|compare)\b[\s,]*)?"
    r"(?:(?:me|us)\b\s*)?",
    re.I,
)

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_EN_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
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
}
CURRENCIES: dict[str, str] = {
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "£": "GBP", "gbp": "GBP", "¥": "¥", "￥": "¥", "cny": "CNY", "rmb": "RMB", "yuan": "yuan",
    "元": "元", "块": "元", "美元": "美元", "欧元": "欧元", "人民币": "元",
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "empty": "Nothing to visualise yet: ask a question, attach a table, or paste an answer in markdown.",
        "research": (
            "The offline planner can't research topics or answer questions from general knowledge. To get {what}, "
            "paste an existing answer with --markdown (or the app's markdown box), or connect an LLM planner."
        ),
        "no_numbers": (
            'To draw a chart offline I need the numbers. Write them in the question (e.g. "Q1-Q4 revenue was '
            '1.2M, 1.5M, 1.1M and 2.0M" or "apples 30, bananas 20, cherries 50"), attach a table (CSV or '
            "Excel), paste a markdown answer with a table, or connect an LLM planner."
        ),
        "no_structure": (
            'To draw a diagram offline, write the steps or links in the question (e.g. "flowchart: sign up -> '
            'verify email -> first login", "1. plan 2. build 3. ship" or "org chart: CEO -> CTO, CFO"), paste '
            "a markdown answer with a list, or connect an LLM planner."
        ),
        "no_image_subject": (
            'Say what the picture should show, e.g. "a watercolor picture of a lighthouse at dusk".'
        ),
        "bad_table": "The attached table can't be charted: {why}. Attach a table with at least one column of values.",
        "failed": "The offline planner could not build {what} from this input ({why}). {hint}",
        "what_slides": "slides",
        "what_infographic": "an infographic",
        "what_diagram": "a diagram",
        "what_chart": "a chart",
        "what_image": "an image",
        "what_text": "an answer",
    },
    "zh": {
        "empty": "还没有可以可视化的内容：请输入问题、附上表格，或粘贴一段 markdown 回答。",
        "research": (
            "离线规划器无法查资料或凭常识回答问题。要生成{what}，请用 --markdown（或应用里的 markdown 输入框）粘贴已有的回答，"
            "或者接入 LLM 规划器。"
        ),
        "no_numbers": (
            "离线画图需要具体数字：请在问题里写出数据（例如“一季度到四季度收入分别为 120、150、110、200 万元”或“苹果30，香蕉20”），"
            "或附上表格（CSV/Excel），或粘贴含表格的 markdown 回答，或接入 LLM 规划器。"
        ),
        "no_structure": (
            "离线绘制示意图需要步骤或连线：请在问题里写出来（例如“流程图：注册 -> 验证邮箱 -> 首次登录”或“1. 计划 2. 开发 3. 上线”），"
            "或粘贴含列表的 markdown 回答，或接入 LLM 规划器。"
        ),
        "no_image_subject": "请说明图片要画什么，例如“一幅黄昏灯塔的水彩画”。",
        "bad_table": "附带的表格无法作图：{why}。请附上至少包含一列数值的表格。",
        "failed": "离线规划器无法根据这些输入生成{what}（{why}）。{hint}",
        "what_slides": "幻灯片",
        "what_infographic": "信息图",
        "what_diagram": "示意图",
        "what_chart": "图表",
        "what_image": "图片",
        "what_text": "回答",
    },
}

AGG_WORDS: dict[str, dict[str, str]] = {
    "en": {"sum": "Total", "mean": "Average", "count": "Number of rows", "median": "Median", "max": "Maximum",
           "min": "Minimum", "": ""},
    "zh": {"sum": "总", "mean": "平均", "count": "数量", "median": "中位数", "max": "最大", "min": "最小", "": ""},
}
# fmt: on

# ---------------------------------------------------------------------------------------- text utils

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_LATIN = r"A-Za-z0-9\u00c0-\u024f"


def lang_of(text: str) -> str:
    """'zh' when the text is mostly Chinese characters (messages and titles follow the asker)."""
    cjk = len(_CJK.findall(text or ""))
    latin = len(re.findall(r"[A-Za-z]", text or ""))
    return "zh" if cjk and cjk * 2 >= latin else "en"


def _msg(lang: str, key: str, **kw: str) -> str:
    table = MESSAGES.get(lang, MESSAGES["en"])
    return table.get(key, MESSAGES["en"][key]).format(**kw)


def short(text: str, limit: int = LABEL_MAX) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis: labels must stay labels."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def humanize(name: str) -> str:
    """'total_sales' → 'Total sales', 'unitPrice' → 'Unit price': column names as axis titles."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(name))
    text = re.sub(r"[_\s]+", " ", text).strip()
    if not text:
        return str(name)
    return text[0].upper() + text[1:] if not text.isupper() else text


@lru_cache(maxsize=4096)
def _cue_regex(cue: str) -> re.Pattern[str]:
    if cue.startswith("re:"):
        return re.compile(cue[3:], re.I)
    if _CJK.search(cue) or not re.search(r"[A-Za-z]", cue):
        return re.compile(re.escape(cue), re.I)
    prefix = cue.endswith("*")
    core = cue[:-1] if prefix else cue
    body = r"[\s\-_]*".join(re.escape(part) for part in core.split(" "))
    tail = rf"[{_LATIN}]*" if prefix else "(?:s|es)?"
    return re.compile(rf"(?<![{_LATIN}]){body}{tail}(?![{_LATIN}])", re.I)


def find_cue(text: str, cue: str) -> re.Match[str] | None:
    """First match of one cue in the text, honouring word boundaries for Latin words."""
    return _cue_regex(cue).search(text)


def _best_cue(text: str, cues: list[tuple[str, int]]) -> tuple[int, str, int] | None:
    """(weight, matched text, position) of the strongest cue; earlier wins among equals."""
    best: tuple[int, str, int] | None = None
    for cue, weight in cues:
        m = find_cue(text, cue)
        if m and (best is None or weight > best[0] or (weight == best[0] and m.start() < best[2])):
            best = (weight, m.group(0).strip(), m.start())
    return best


def _first_of(text: str, table: dict[str, list[str]]) -> str | None:
    """The key of the earliest cue found (longest wins at one position), or None."""
    found: list[tuple[int, int, str]] = []
    for key, cues in table.items():
        for cue in cues:
            m = find_cue(text, cue)
            if m:
                found.append((m.start(), -len(m.group(0)), key))
    return min(found)[2] if found else None


def _any(text: str, cues: list[str]) -> bool:
    return any(find_cue(text, c) for c in cues)


# ------------------------------------------------------------------------------------------- numbers

NUMBER_RE = re.compile(
    r"""
    (?<![A-Za-z0-9_.\-−/:])                              # not inside a word (Q1, FY2020), decimal, range or date
    (?P<sign>[-−](?=[$€£¥￥]?\d))?
    (?P<cur>[$€£¥￥])?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?![\d/])
    (?P<mag>\s?(?:thousands?|millions?|billions?|trillions?)\b|(?:mn|bn|k|m|b|t)(?![A-Za-z])
        |\s?(?:百万|千万|十亿|千|万|亿))?
    (?P<cur2>\s?(?:usd|eur|gbp|cny|rmb|dollars?|euros?|yuan)\b|\s?(?:美元|欧元|人民币|元|块))?
    (?P<pct>\s?(?:%|％|percent\b|per\scent\b|pct\b))?
    (?!\s?(?:月|年|日|号|季度|季|周|点|个月|st\b|nd\b|rd\b|th\b|:\d))
    """,
    re.I | re.X,
)
ENUMERATION_RE = re.compile(
    r"(?:^|[\s:：])1\s*[.)、．](?!\d)\s*\S.*?(?:\s|[,;，；])2\s*[.)、．](?!\d)\s*\S", re.S
)


@dataclass(frozen=True)
class Num:
    """A number as written in text: its digits, magnitude suffix, currency and percent sign."""

    value: float
    text: str
    start: int
    end: int
    mag: str = ""
    currency: str = ""
    pct: bool = False
    plain_int: bool = False

    @property
    def is_year(self) -> bool:
        return self.plain_int and not (self.mag or self.currency or self.pct) and 1900 <= self.value <= 2100

    @property
    def multiplier(self) -> float:
        return MAGNITUDES[self.mag][1] if self.mag else 1.0


def find_numbers(text: str) -> list[Num]:
    """Every number in the text with its suffixes; Q1, FY2020, 3月 and 2019-2023 are labels, not numbers."""
    out: list[Num] = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group("num").replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        if not math.isfinite(value):
            continue
        if m.group("sign"):
            value = -value
        mag = (m.group("mag") or "").strip().lower()
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
        out.append(
            Num(
                value=value,
                text=m.group(0).strip(),
                start=m.start(),
                end=m.end(),
                mag=mag if mag in MAGNITUDES else "",
                currency=CURRENCIES.get(cur, ""),
                pct=bool(m.group("pct")),
                plain_int="." not in raw and "," not in m.group("num"),
            )
        )
    return out


def parse_number(text: str) -> tuple[float, str] | None:
    """A table cell or stat as (value with magnitude applied, unit); None unless it is mostly a number."""
    nums = find_numbers(text.strip())
    if len(nums) != 1:
        return None
    n = nums[0]
    rest = (text[: n.start] + text[n.end :]).strip()
    if len(re.sub(r"[\s*_~()]", "", rest)) > 3:
        return None
    unit = "%" if n.pct else (n.currency or "")
    return n.value * n.multiplier, unit


def fmt_number(value: float) -> str:
    """12000 → '12,000', 1.5 → '1.5', 0.1234 → '0.123': readable, not falsely precise."""
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e15:
        return f"{round(value):,}"
    if abs(value) >= 100:
        return f"{value:,.1f}".rstrip("0").rstrip(".")
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def with_unit(value: float, unit: str) -> str:
    """A value and its unit the way people write them: '45%', '$3', '2 million', '120万元'."""
    text = fmt_number(value)
    if not unit:
        return text
    if unit == "%":
        return text + "%"
    if _CJK.match(unit):
        return text + unit
    return f"{text} {unit}"


# ------------------------------------------------------------------------------------ data in question


@dataclass
class QuestionData:
    """Numbers found in the question, aligned with their category labels."""

    categories: list[str]
    values: list[float]
    unit: str = ""
    percent: bool = False
    metric: str = ""
    axis: str = ""
    time_like: bool = False
    source: str = ""

    @property
    def cue(self) -> str:
        return f"numbers for {len(self.values)} categories in the question"


_SEP = r"\s*(?:-|–|—|~|～|to|through|thru|until|till|至|到)\s*"
_MONTH_EN = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_EN = r"(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_CN_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
RANGE_PATTERNS: dict[str, re.Pattern[str]] = {
    "quarter": re.compile(rf"(?<![{_LATIN}])Q([1-4]){_SEP}Q([1-4])(?![{_LATIN}])", re.I),
    "quarter_zh": re.compile(rf"第?([一二三四1-4])(?:季度|季)?{_SEP}第?([一二三四1-4])(?:季度|季)"),
    "year": re.compile(rf"(?<![\d.])((?:19|20)\d\d)\s*年?{_SEP}((?:19|20)\d\d)\s*年?(?![\d])"),
    "month": re.compile(rf"(?<![{_LATIN}]){_MONTH_EN}{_SEP}{_MONTH_EN}(?![{_LATIN}])", re.I),
    "month_zh": re.compile(rf"{_CN_NUM}月?份?{_SEP}{_CN_NUM}月"),
    "weekday": re.compile(rf"(?<![{_LATIN}]){_WEEKDAY_EN}{_SEP}{_WEEKDAY_EN}(?![{_LATIN}])", re.I),
    "weekday_zh": re.compile(
        r"(?:周|星期|礼拜)([一二三四五六日天])\s*(?:-|–|—|~|～|到|至)\s*(?:周|星期|礼拜)?([一二三四五六日天])"
    ),
}
AXIS_NAMES = {
    "en": {"quarter": "Quarter", "year": "Year", "month": "Month", "weekday": "Day"},
    "zh": {"quarter": "季度", "year": "年份", "month": "月份", "weekday": "星期"},
}


def _cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS.get(text[1:], 0)
    if text.endswith("十"):
        return CN_DIGITS.get(text[:-1], 0) * 10
    if "十" in text:
        a, b = text.split("十", 1)
        return CN_DIGITS.get(a, 0) * 10 + CN_DIGITS.get(b, 0)
    return CN_DIGITS.get(text, 0)


def _cyclic(names: tuple[str, ...], a: int, b: int) -> list[str]:
    n = len(names)
    out = [names[a % n]]
    i = a
    while i % n != b % n and len(out) <= n:
        i += 1
        out.append(names[i % n])
    return out


def _month_index(token: str) -> int:
    return [m.lower() for m in MONTHS_EN].index(token[:3].lower())


def _weekday_index(token: str) -> int:
    return [d.lower() for d in WEEKDAYS_EN].index(token[:3].lower())


def expand_range(match: re.Match[str], kind: str) -> list[str]:
    """Category labels for a matched range: Q1-Q4 → Q1..Q4, 2019-2023 → 2019..2023, Jan-Mar, 1月-12月…"""
    a, b = match.group(1), match.group(2)
    if kind in ("quarter", "quarter_zh"):
        lo, hi = _cn_int(a), _cn_int(b)
        return [f"Q{i}" for i in range(lo, hi + 1)] if 1 <= lo < hi <= 4 else []
    if kind == "year":
        lo, hi = int(a), int(b)
        return [str(y) for y in range(lo, hi + 1)] if lo < hi and hi - lo <= 60 else []
    if kind == "month":
        full = len(a.rstrip(".")) > 3 and len(b.rstrip(".")) > 3
        names = MONTHS_EN_FULL if full else MONTHS_EN
        out = _cyclic(names, _month_index(a), _month_index(b))
        return out if len(out) >= 2 else []
    if kind == "month_zh":
        lo, hi = _cn_int(a), _cn_int(b)
        return [f"{i}月" for i in range(lo, hi + 1)] if 1 <= lo < hi <= 12 else []
    if kind == "weekday":
        full = len(a) > 3 and len(b) > 3
        names = WEEKDAYS_EN_FULL if full else WEEKDAYS_EN
        out = _cyclic(names, _weekday_index(a), _weekday_index(b))
        return out if len(out) >= 2 else []
    if kind == "weekday_zh":
        idx = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
        out = _cyclic(WEEKDAYS_ZH, idx[a], idx[b])
        return out if len(out) >= 2 else []
    return []


def _unify(nums: list[Num]) -> tuple[list[float], str, bool]:
    """Values on one scale with one unit: '1, 3, 7 million' shares the last suffix; mixed '900K, 1.2M'
    are converted to the most common magnitude. Returns (values, unit, is_percent)."""
    mags = [n.mag for n in nums]
    if mags[-1] and sum(1 for m in mags if m) == 1:
        mags = [mags[-1]] * len(mags)
    pct = any(n.pct for n in nums) and (all(n.pct for n in nums) or nums[-1].pct)
    currencies = [n.currency for n in nums if n.currency]
    currency = Counter(currencies).most_common(1)[0][0] if currencies else ""
    counts = Counter(m for m in mags if m)
    display = max(counts.items(), key=lambda kv: (kv[1], MAGNITUDES[kv[0]][1]))[0] if counts else ""
    scale = MAGNITUDES[display][1] if display else 1.0
    values = [
        n.value * (MAGNITUDES[m][1] if m else (scale if display and not n.mag else 1.0)) / scale
        for n, m in zip(nums, mags, strict=True)
    ]
    word = MAGNITUDES[display][0] if display else ""
    if pct:
        unit = "%"
    elif word and currency and (_CJK.match(word) or _CJK.match(currency)):
        unit = word + ("元" if currency in ("¥", "元", "CNY", "RMB", "yuan") else currency)
    elif word and currency:
        unit = f"{word} {currency}"
    else:
        unit = word or currency
    return values, unit, pct


def _metric_from(text: str) -> str:
    """The measure named in a fragment like 'revenue was' or 'Plot sales': command and glue words dropped."""
    text = re.sub(r"[\(\)\[\]\"'“”‘’:：,，。.!?？！=]+", " ", text)
    if _CJK.search(text):
        frag = re.sub(r"\s+", "", text)
        changed = True
        while changed and frag:
            changed = False
            for w in STOPWORDS_CJK:
                if frag.startswith(w):
                    frag, changed = frag[len(w) :], True
                if frag.endswith(w):
                    frag, changed = frag[: -len(w)], True
        frag = re.sub(r"[A-Za-z0-9]+$", "", frag)
        return frag[:20]
    words = [w for w in re.findall(r"[\w'’&+-]+", text) if w.lower() not in STOPWORDS and not w.isdigit()]
    return " ".join(words[-4:])


def _label_before(text: str) -> str:
    """The category label just before a number: 'Our sales were apples ' → 'apples'."""
    text = text.rstrip(" \t:=：-–—'\"“”(")
    if not text:
        return ""
    tail = re.search(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff·A-Za-z0-9]+)$", text)
    if tail and _CJK.search(tail.group(1)):
        frag = tail.group(1)
        changed = True
        while changed and frag:
            changed = False
            for w in STOPWORDS_CJK:
                if len(frag) > len(w) and frag.startswith(w):
                    frag, changed = frag[len(w) :], True
                if len(frag) > len(w) and frag.endswith(w):
                    frag, changed = frag[: -len(w)], True
        return frag
    words = re.findall(r"[^\s,;:()]+", text)
    label: list[str] = []
    for w in reversed(words):
        if w.lower().strip(".'\"") in STOPWORDS or len(label) >= 4:
            break
        label.insert(0, w)
    return " ".join(label).strip(" .-'\"")


def _label_after(text: str) -> str:
    """The category label just after a number: ' of users on chrome' → 'users on chrome'."""
    text = text.strip(" \t:=：-–—)")
    if not text:
        return ""
    head = re.match(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff·]+)", text)
    if head:
        return head.group(1)
    words = re.findall(r"[^\s,;:()]+", text)
    label: list[str] = []
    for w in words:
        lw = w.lower().strip(".'\"")
        if lw in STOPWORDS:
            if label:
                break
            continue
        if len(label) >= 4:
            break
        label.append(w)
    return " ".join(label).strip(" .-'\"")


_SEGMENT_SPLIT = re.compile(
    r"\s*(?:[;；、\n]|,(?!\d{3}(?!\d))|，|\.\s+|。|\band\b|\bor\b|\by\b|\bet\b|\bund\b|&|以及|还有|和|与|及)\s*",
    re.I,
)


def _pairs(text: str) -> QuestionData | None:
    """'Apples 30, bananas 20 and cherries 50' / '45% chrome, 30% safari' / '苹果30，香蕉20' as pairs."""
    nums = find_numbers(text)
    if len(nums) < 2:
        return None
    first = nums[0].start
    colon = max(text.rfind(":", 0, first), text.rfind("：", 0, first))
    preamble, body = (text[:colon], text[colon + 1 :]) if colon >= 0 else ("", text)
    rows: list[tuple[str, str, Num]] = []
    for seg in _SEGMENT_SPLIT.split(body):
        seg_nums = find_numbers(seg)
        if not seg_nums:
            continue
        if len(seg_nums) >= 2 and (
            seg_nums[0].is_year
            or seg[seg_nums[0].end : seg_nums[1].start].strip() in (":", "：", "=", "-", "–")
        ):
            rows.append((seg_nums[0].text, "", seg_nums[1]))
            continue
        values = [n for n in seg_nums if not n.is_year]
        if not values:
            continue
        n = values[0]
        rows.append((_label_before(seg[: n.start]), _label_after(seg[n.end :]), n))
    if len(rows) < 2:
        return None
    before_mode = sum(1 for r in rows if r[0]) >= sum(1 for r in rows if r[1])
    labels = [(b or a) if before_mode else (a or b) for b, a, _ in rows]
    if not all(labels) or len({lb.casefold() for lb in labels}) != len(labels):
        return None
    if any(len(lb) > 60 for lb in labels):
        return None
    values, unit, pct = _unify([r[2] for r in rows])
    metric = _metric_from(preamble) if preamble else ""
    if not metric and before_mode:
        first_seg = body[: rows[0][2].start] if rows else ""
        lead = first_seg[: max(0, first_seg.lower().rfind(labels[0].lower()))]
        metric = _metric_from(lead)
    return QuestionData(labels, values, unit, pct, metric=metric, source="pairs")


def _time_axis(labels: list[str]) -> str:
    """'year', 'quarter', 'month' or 'weekday' when every label is one; else ''."""
    low = [lb.strip().lower().rstrip(".") for lb in labels]
    if all(re.fullmatch(r"(?:19|20)\d\d年?", x) for x in low):
        return "year"
    if all(re.fullmatch(r"q[1-4](?:\s*(?:19|20)\d\d)?", x) for x in low):
        return "quarter"
    months = {m.lower() for m in MONTHS_EN} | {m.lower() for m in MONTHS_EN_FULL} | {"sept"}
    if all(x in months or re.fullmatch(r"\d{1,2}月", x) for x in low):
        return "month"
    days = {d.lower() for d in WEEKDAYS_EN} | {d.lower() for d in WEEKDAYS_EN_FULL} | set(WEEKDAYS_ZH)
    if all(x in days for x in low):
        return "weekday"
    return ""


def extract_data(question: str) -> QuestionData | None:
    """Category/value pairs written in the question, or None.

    Tried in order: a range with a list of values ("Q1-Q4 … 1.2M, 1.5M, 1.1M, 2.0M"); label/value
    pairs ("apples 30, bananas 20"); parallel lists ("2019, 2020, 2021 … 5, 7, 9"). A numbered list
    ("1. plan 2. build") is steps, not data.
    """
    text = (question or "")[:MAX_QUESTION]
    if ENUMERATION_RE.search(text) and not re.search(r"\d\s*[%％]|\d[kmb]\b", text, re.I):
        return None
    lang = lang_of(text)
    for kind, pattern in RANGE_PATTERNS.items():
        for m in pattern.finditer(text):
            cats = expand_range(m, kind)
            if len(cats) < 2:
                continue
            rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            nums = find_numbers(rest)
            after = [n for n in nums if n.start >= m.end()]
            chosen = after if len(after) == len(cats) else (nums if len(nums) == len(cats) else None)
            if chosen is None and len(after) > len(cats):
                chosen = after[: len(cats)]
                if any(n.is_year for n in chosen):
                    chosen = None
            if not chosen:
                continue
            values, unit, pct = _unify(chosen)
            gap = text[m.end() : chosen[0].start] if chosen[0].start >= m.end() else ""
            metric = _metric_from(gap) or _metric_from(text[: m.start()])
            axis_key = kind.removesuffix("_zh")
            axis = AXIS_NAMES[lang].get(axis_key, "")
            return QuestionData(
                cats, values, unit, pct, metric=metric, axis=axis, time_like=True, source="range"
            )
    data = _pairs(text)
    if data is None:
        data = _parallel(text)
    if data is not None:
        axis_key = _time_axis(data.categories)
        if axis_key:
            data.time_like = True
            data.axis = AXIS_NAMES[lang][axis_key]
    return data


def _parallel(text: str) -> QuestionData | None:
    """'for 2019, 2020, 2021 revenue was 5, 7, 9': years first, then as many values."""
    nums = find_numbers(text)
    years = [n for n in nums if n.is_year]
    values = [n for n in nums if not n.is_year]
    if len(years) >= 2 and len(years) == len(values) and years[-1].end <= values[0].start:
        vals, unit, pct = _unify(values)
        metric = _metric_from(text[years[-1].end : values[0].start]) or _metric_from(text[: years[0].start])
        return QuestionData([y.text for y in years], vals, unit, pct, metric=metric, source="parallel")
    return None


def bare_numbers(question: str) -> list[float]:
    """All numbers in the question when they are a plain list (for a histogram of observations)."""
    nums = [n for n in find_numbers(question or "") if not n.is_year]
    return [n.value * n.multiplier for n in nums] if len(nums) >= 5 else []


# ---------------------------------------------------------------------------------------------- route


def _content_body(question: str) -> str | None:
    """Pasted content inside the question ('Make slides from this:\n# Title…'), usable as markdown."""
    text = question or ""
    if "\n" in text.strip():
        first, rest = text.strip().split("\n", 1)
        if re.search(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)", rest, re.M) or len(rest) > 200:
            return rest.strip() if len(first) < 300 else text.strip()
    m = re.search(r"[:：]\s*", text)
    if m and len(text) - m.end() > 300 and len(re.findall(r"[.!?。！？]", text[m.end() :])) >= 2:
        return text[m.end() :].strip()
    return None


# ---- registry glue (kept small; re-homed onto the rules package at merge): kinds registered with
# their own rules module, beyond the six built in here, route by that module's `CUES` and plan with
# its `build(KindRequest)`.
BUILT_IN_RULES = frozenset(ROUTE_CUES)


@dataclass
class KindRequest:
    """What a registered kind's `build` receives."""

    question: str
    lang: str
    table: Any = None
    table_name: str = ""
    content: str | None = None
    history: list[dict[str, str]] | None = None


def registered_rules() -> dict[str, Any]:
    """Rules modules of registered kinds that are not built in here, by kind name."""
    out = {}
    for name in KINDS:
        kind = KINDS[name]
        if name not in BUILT_IN_RULES and kind.planner.rules:
            with contextlib.suppress(ImportError):
                out[name] = kind.load_rules()
    return out


def _cues() -> dict[str, dict[str, list[tuple[str, int]]]]:
    extra = {
        name: m.CUES for name, m in registered_rules().items() if isinstance(getattr(m, "CUES", None), dict)
    }
    return {**ROUTE_CUES, **extra}


def _tie_order() -> list[str]:
    """Kinds from the strongest tie-break to the weakest: the registry's priorities."""
    return [k.name for k in KINDS.by_priority()] + [k for k in KIND_PRIORITY if k not in KINDS]


# ---- end of registry glue


def _score(text: str) -> dict[str, tuple[int, str, int]]:
    """The strongest cue per kind in the text, as {kind: (weight, matched text, position)}."""
    scores: dict[str, tuple[int, str, int]] = {}
    for kind, by_lang in _cues().items():
        cues = [c for lang_cues in by_lang.values() for c in lang_cues]
        best = _best_cue(text, cues)
        if best:
            scores[kind] = best
    return scores


def _numeric_columns(table: Any) -> list[str]:
    """Numeric value columns (ids and years last), for the route's reason."""
    try:
        cols = [c for c in profile(table) if c.kind == "numeric"]
    except Exception:
        return []
    return [c.name for c in sorted(cols, key=lambda c: c.id_like)]


def route(question: str, *, table: pd.DataFrame | None = None, markdown: str | None = None) -> Route:
    """Choose the visual kind from the wording, the attachments and the numbers in the question.

    The reason names the cue, so a user can see why and rephrase: "mentions 'slides'".
    """
    try:
        return _route(question or "", table, markdown)
    except Exception as exc:  # routing must never take the planner down
        return Route("text", f"could not read the question ({type(exc).__name__}); plain text")


def _route(question: str, table: Any, markdown: str | None) -> Route:
    text = question[:MAX_QUESTION]
    head = text if len(text) < 400 else text[:400]
    has_table = table is not None and getattr(table, "shape", (0, 0))[1] > 0
    has_md = bool(markdown and markdown.strip())
    scores = _score(head)
    # A markdown-looking body pasted in the question counts as markdown; its words are not cues.
    body = None if has_md else _content_body(text)
    if body is not None:
        instruction = text[: max(0, text.find(body[:40]))] if body[:40] in text else head
        scores = _score(instruction)
        has_md = True
    data = None if has_table or has_md else extract_data(text)
    if data is not None:
        found = scores.get("chart")
        if found is None or found[0] < 2:
            scores["chart"] = (2, data.cue, 0)
        else:
            scores["chart"] = (found[0], f"{found[1]}' and {data.cue}", found[2])
    elif not has_md and ENUMERATION_RE.search(text) and scores.get("diagram", (0,))[0] < 2:
        scores["diagram"] = (2, "numbered steps in the question", 0)
    visual = {k: v for k, v in scores.items() if k != "text"}
    if visual:
        best_w = max(v[0] for v in visual.values())
        kind = next(k for k in _tie_order() if k in visual and visual[k][0] == best_w)
        # "draw" alone is a weak hint; with a table or pasted answer, analysis or slides win.
        if not (best_w == 1 and (has_table or has_md)):
            cue = visual[kind][1]
            reason = cue if cue.startswith(("numbers for", "numbered steps")) else f"mentions '{cue}'"
            if kind == "chart" and has_table:
                numeric = _numeric_columns(table)
                if numeric:
                    reason += f" with an attached table (numeric column '{numeric[0]}')"
            return Route(kind, reason)
    if has_table:
        numeric = _numeric_columns(table)
        cue = _best_cue(head, [(c, 1) for c in TABLE_CUES])
        if numeric:
            reason = f"attached table with numeric column '{numeric[0]}'"
        else:
            reason = "attached table (no numeric column: counting rows)"
        if cue:
            reason += f" and '{cue[1]}' in the question"
        return Route("chart", reason)
    if has_md:
        return Route("slides", "markdown answer given; slides by default")
    if "text" in scores:
        return Route("text", f"mentions '{scores['text'][1]}' and no visual cue; plain text")
    return Route("text", "no visual cue, data or attachment; plain text")


# --------------------------------------------------------------------------------------- inline charts


def _chart_type_from_words(text: str) -> tuple[str, int] | None:
    best: tuple[str, int, int] | None = None
    for ctype, cues in CHART_TYPE_CUES.items():
        found = _best_cue(text, cues)
        if found and (best is None or found[0] > best[1] or (found[0] == best[1] and found[2] < best[2])):
            best = (ctype, found[0], found[2])
    return (best[0], best[1]) if best else None


def _pick_inline_type(question: str, data: QuestionData) -> str:
    values = data.values
    nonneg = all(v >= 0 for v in values)
    worded = _chart_type_from_words(question)
    if worded:
        ctype, weight = worded
        if ctype in ("pie", "donut"):
            if nonneg and len(values) <= 12:
                return ctype
            return "bar"
        if ctype in ("scatter", "histogram", "box", "heatmap"):
            return "line" if data.time_like else "bar"
        if ctype == "grouped_bar":
            return "bar"
        if weight >= 2:
            return ctype
    total = sum(values)
    if data.percent and nonneg and 95 <= total <= 105 and len(values) <= 8:
        return "pie"
    if data.time_like and len(values) >= 5:
        return "line"
    if max((len(c) for c in data.categories), default=0) > 16 or len(values) > 10:
        return "horizontal_bar"
    return "bar"


TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "rise": "{metric} rose from {a} in {c0} to {b} in {c1}",
        "fall": "{metric} fell from {a} in {c0} to {b} in {c1}",
        "flat": "{metric} held at {a} from {c0} to {c1}",
        "peak": "{metric} peaked in {c} at {v}",
        "top": "{c} has the highest {metric_l} ({v})",
        "top_plain": "{c} is the largest ({v})",
        "share": "{c} has the largest share ({v})",
        "line_answer": "{metric} went from **{a}** in {c0} to **{b}** in {c1} ({change}). "
        "The highest was **{vmax}** in {cmax}, the lowest {vmin} in {cmin}.",
        "bar_answer": "**{cmax}** is highest at **{vmax}** and **{cmin}** lowest at {vmin}; "
        "the {n} values total {total}.",
        "pie_answer": "**{cmax}** has the largest share at **{vmax}**{of_total}; **{cmin}** the smallest at {vmin}.",
        "of_total": " of {total}",
        "alt": "{ctype} chart of {metric_l} for {n} {axis_l}: {cmax} is highest at {vmax}, {cmin} lowest at {vmin}.",
        "categories": "categories",
        "value": "Value",
    },
    "zh": {
        "rise": "{metric}从{c0}的{a}增长到{c1}的{b}",
        "fall": "{metric}从{c0}的{a}下降到{c1}的{b}",
        "flat": "{metric}在{c0}至{c1}间保持在{a}",
        "peak": "{metric}在{c}达到峰值{v}",
        "top": "{c}的{metric}最高（{v}）",
        "top_plain": "{c}最高（{v}）",
        "share": "{c}占比最大（{v}）",
        "line_answer": "{metric}从{c0}的 **{a}** 变为{c1}的 **{b}**（{change}）。最高为{cmax}的 **{vmax}**，最低为{cmin}的{vmin}。",
        "bar_answer": "**{cmax}** 最高，为 **{vmax}**；**{cmin}** 最低，为{vmin}；{n}项合计{total}。",
        "pie_answer": "**{cmax}** 占比最大，为 **{vmax}**{of_total}；**{cmin}** 最小，为{vmin}。",
        "of_total": "（合计{total}）",
        "alt": "{ctype}图：{n}个{axis_l}的{metric_l}，{cmax}最高（{vmax}），{cmin}最低（{vmin}）。",
        "categories": "类别",
        "value": "数值",
    },
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


CHART_NAMES_ZH = {
    "bar": "柱状",
    "horizontal_bar": "条形",
    "line": "折线",
    "area": "面积",
    "pie": "饼",
    "donut": "环形",
}


def chart_from_data(question: str, data: QuestionData) -> ChartPlan:
    """An inline chart for numbers written in the question, with a computed takeaway title and answer."""
    lang = lang_of(question)
    t = TEMPLATES[lang]
    ctype = _pick_inline_type(question, data)
    cats, vals, unit = data.categories, data.values, data.unit
    metric = _cap(short(data.metric, 40)) if data.metric else ""
    metric_shown = metric or t["value"]
    imax = max(range(len(vals)), key=lambda i: vals[i])
    imin = min(range(len(vals)), key=lambda i: vals[i])
    total = sum(vals)

    def u(v: float) -> str:
        return with_unit(v, unit)

    fields = {
        "metric": metric_shown,
        "metric_l": metric_shown if lang == "zh" else metric_shown.lower(),
        "cmax": cats[imax],
        "vmax": u(vals[imax]),
        "cmin": cats[imin],
        "vmin": u(vals[imin]),
        "total": u(total),
        "n": str(len(vals)),
        "a": u(vals[0]),
        "b": u(vals[-1]),
        "c0": cats[0],
        "c1": cats[-1],
        "axis_l": (data.axis.lower() + ("s" if lang == "en" else "")) if data.axis else t["categories"],
        "ctype": ctype.replace("_", " ").capitalize() if lang == "en" else CHART_NAMES_ZH.get(ctype, ""),
    }
    if ctype in ("line", "area"):
        first, last = vals[0], vals[-1]
        change = f"{(last - first) / abs(first) * 100:+.0f}%" if first != 0 else f"{last - first:+,.6g}"
        fields["change"] = change
        if 0 < imax < len(vals) - 1 and vals[imax] > max(first, last) * 1.05:
            title = t["peak"].format(
                c=cats[imax], v=u(vals[imax]), **{k: v for k, v in fields.items() if k != "c"}
            )
        elif last > first:
            title = t["rise"].format(**fields)
        elif last < first:
            title = t["fall"].format(**fields)
        else:
            title = t["flat"].format(**fields)
        answer = t["line_answer"].format(**fields)
    elif ctype in ("pie", "donut"):
        title = t["share"].format(c=cats[imax], v=u(vals[imax]))
        of_total = "" if data.percent else t["of_total"].format(total=fields["total"])
        answer = t["pie_answer"].format(of_total=of_total, **fields)
    else:
        key = "top" if metric else "top_plain"
        title = t[key].format(c=cats[imax], v=u(vals[imax]), metric_l=fields["metric_l"], metric=metric_shown)
        answer = t["bar_answer"].format(**fields)
    y_title = metric_shown + ((f"（{unit}）" if lang == "zh" else f" ({unit})") if unit else "")
    return ChartPlan(
        chart_type=ctype,  # type: ignore[arg-type]
        title=short(_cap(title), 150),
        x_title=data.axis,
        y_title=short(y_title, 80),
        unit=unit,
        categories=[short(c, 80) for c in cats],
        series=[Series(name=short(metric_shown, 80), values=vals)],
        answer=answer,
        alt_text=t["alt"].format(**fields),
    )


def histogram_from_numbers(question: str, values: list[float]) -> ChartPlan:
    """A histogram of a plain list of observations ('distribution of 3, 5, 7, 2, 8, 9')."""
    ordered = sorted(values)
    n = len(ordered)
    median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return ChartPlan(
        chart_type="histogram",
        title=f"Distribution of {n} values",
        x_title="Value",
        y_title="Count",
        series=[Series(name="Values", values=values)],
        answer=f"{n} values from **{fmt_number(ordered[0])}** to **{fmt_number(ordered[-1])}**; "
        f"median {fmt_number(median)}, mean {fmt_number(sum(values) / n)}.",
        alt_text=f"Histogram of {n} values ranging from {fmt_number(ordered[0])} to {fmt_number(ordered[-1])}.",
    )


# --------------------------------------------------------------------------------------- table charts


@dataclass
class ColumnInfo:
    """What the planner needs to know about one column to pick roles for it."""

    name: str
    kind: str  # "numeric", "date", "category", "text", "empty"
    nunique: int
    duplicated: bool
    id_like: bool = False
    year_like: bool = False


def profile(df: pd.DataFrame) -> list[ColumnInfo]:
    """Type each column by its values and name: numbers, dates, categories, free text or empty."""
    import pandas as pd

    out: list[ColumnInfo] = []
    n = len(df)
    for col in df.columns:
        s = df[col]
        name = str(col)
        if isinstance(s, pd.DataFrame):  # duplicated column names: take the first
            s = s.iloc[:, 0]
        non_null = s.dropna()
        if non_null.empty:
            out.append(ColumnInfo(name, "empty", 0, False))
            continue
        try:
            nunique = int(non_null.nunique())
        except TypeError:  # unhashable cells (lists, dicts)
            out.append(ColumnInfo(name, "text", len(non_null), False))
            continue
        duplicated = nunique < len(non_null)
        low = name.lower()
        date_named = any(h in low for h in DATE_NAME_HINTS if h.isascii()) or any(
            h in name for h in DATE_NAME_HINTS if not h.isascii()
        )
        if pd.api.types.is_bool_dtype(s):
            out.append(ColumnInfo(name, "category", nunique, duplicated))
        elif pd.api.types.is_datetime64_any_dtype(s) or isinstance(s.dtype, pd.PeriodDtype):
            out.append(ColumnInfo(name, "date", nunique, duplicated))
        elif pd.api.types.is_numeric_dtype(s):
            ints = bool((non_null % 1 == 0).all()) if pd.api.types.is_float_dtype(s) else True
            year_like = (
                ints and bool(non_null.between(1900, 2100).all()) and re.search(r"year|年", low) is not None
            )
            id_like = bool(ID_NAME.search(name)) or (
                pd.api.types.is_integer_dtype(s)
                and nunique == n
                and n > 20
                and bool((non_null.diff().dropna() == 1).all())
                and "rank" not in low
            )
            period_named = re.fullmatch(
                r"(?:fiscal[ _]?)?(?:year|yr|fy|month|quarter|week|day|weekday|年|月|年份|月份|季度|星期)",
                low.strip(),
            )
            if year_like or (ints and period_named):
                out.append(ColumnInfo(name, "date", nunique, duplicated, year_like=True))
            else:
                out.append(ColumnInfo(name, "numeric", nunique, duplicated, id_like=id_like))
        elif _mostly_numeric(non_null):
            # mixed types in a numeric column ("12", "n/a", "7"): still numbers; resolve() drops
            # and notes the cells that are not
            out.append(ColumnInfo(name, "numeric", nunique, duplicated, id_like=bool(ID_NAME.search(name))))
        else:
            sample = non_null.astype(str).head(50)
            iso = sample.str.match(r"^\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?(?:[ T]\d|$)").mean() > 0.8
            if iso or (date_named and sample.str.match(r"^\d").mean() > 0.8):
                out.append(ColumnInfo(name, "date", nunique, duplicated))
            elif nunique <= max(50, n // 2) or sample.str.len().mean() <= 40:
                out.append(
                    ColumnInfo(name, "category", nunique, duplicated, id_like=bool(ID_NAME.search(name)))
                )
            else:
                out.append(ColumnInfo(name, "text", nunique, duplicated))
    return out


def _mostly_numeric(values: pd.Series) -> bool:
    import pandas as pd

    text = values.astype(str).str.strip().str.replace(",", "", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    return bool(numbers.notna().mean() >= 0.6) and not bool(text.str.match(r"^\d{4}[-/]\d").mean() > 0.5)


def _tokens(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    return re.findall(r"[a-z0-9]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+", text.lower())


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if len(word) > 3 + len(suffix) and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


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


def column_mentions(question: str, columns: list[str]) -> dict[str, tuple[float, int]]:
    """Columns the question names, as {column: (score 0-1, position)}; fuzzy on words split on _ and case.

    'total sales' finds 'total_sales'; 'revenue' finds 'Revenue (USD)'; '销售额' finds '销售额'.
    """
    q = question.lower()
    q_tokens = [(m.group(0), m.start()) for m in re.finditer(r"[a-z0-9]+", q)]
    q_stems = {}
    for tok, pos in q_tokens:
        q_stems.setdefault(_stem(tok), pos)
    out: dict[str, tuple[float, int]] = {}
    for col in columns:
        name = str(col)
        low = name.lower().strip()
        if not low:
            continue
        if _CJK.search(low):
            cjk = "".join(_CJK.findall(low))
            pos = q.find(cjk)
            if pos >= 0:
                out[name] = (1.0, pos)
                continue
            # 销售额 vs 销售: a long enough shared prefix still names the column
            for k in range(len(cjk) - 1, 1, -1):
                pos = q.find(cjk[:k])
                if pos >= 0:
                    out[name] = (0.6, pos)
                    break
            continue
        toks = _tokens(name)
        if not toks:
            continue
        phrase = re.compile(
            r"(?<![a-z0-9])" + r"[\s_\-]*".join(map(re.escape, toks)) + r"(?:s|es)?(?![a-z0-9])"
        )
        m = phrase.search(q)
        if m:
            out[name] = (1.0, m.start())
            continue
        weight_total = 0.0
        matched = 0.0
        first_pos = -1
        head = next((t for t in reversed(toks) if t not in GENERIC_TOKENS and len(t) >= 3), "")
        for tok in toks:
            w = 0.3 if tok in GENERIC_TOKENS or len(tok) < 3 else 1.0 if tok == head else 0.5
            weight_total += w
            pos = q_stems.get(_stem(tok), -1)
            if pos < 0 and len(tok) >= 3:  # "pop" in "population", "qty" is too short to guess
                pos = next(
                    (p for t, p in q_stems.items() if len(t) >= len(tok) + 2 and t.startswith(tok)), -1
                )
            if pos < 0 and len(tok) >= 4:
                close = difflib.get_close_matches(_stem(tok), list(q_stems), n=1, cutoff=0.85)
                if close:
                    pos = q_stems[close[0]]
            if pos >= 0:
                matched += w
                first_pos = pos if first_pos < 0 else min(first_pos, pos)
        if weight_total and matched / weight_total >= 0.5 and matched >= 0.5:
            out[name] = (0.9 * matched / weight_total, first_pos)
    return out


def _top_n(text: str) -> tuple[int | None, str | None]:
    m = re.search(r"\b(top|bottom|first|last|largest|biggest|smallest)[\s-]*(\d{1,3}|[a-z]+)\b", text, re.I)
    if m:
        raw = m.group(2).lower()
        n = int(raw) if raw.isdigit() else EN_NUMBER_WORDS.get(raw)
        if n:
            return n, "asc" if m.group(1).lower() in ("bottom", "smallest") else "desc"
    m = re.search(r"(?<![a-z])(\d{1,3})\s+(?:largest|biggest|highest|most|best|top)\b", text, re.I)
    if m:
        return int(m.group(1)), "desc"
    m = re.search(r"(前|后|倒数)\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|个|位|大|项|家)?", text)
    if m:
        n = _cn_int(m.group(2))
        if n:
            return n, "asc" if m.group(1) in ("后", "倒数") else "desc"
    return None, None


def _filters(question: str, df: pd.DataFrame, cols: list[ColumnInfo], used: set[str]) -> list[Filter]:
    """'sales by product in Europe' → region == 'Europe' when exactly one value of a column is named."""
    out: list[Filter] = []
    q = question.lower()
    for info in cols:
        if info.name in used or info.kind != "category" or info.nunique > 200 or len(out) >= 3:
            continue
        try:
            values = [
                v for v in df[info.name].dropna().unique().tolist() if isinstance(v, str) and len(v) >= 2
            ]
        except Exception:
            continue
        hits = []
        for v in values:
            lv = v.lower()
            if _CJK.search(lv):
                if lv in q:
                    hits.append(v)
            elif re.search(r"(?<![a-z0-9])" + re.escape(lv) + r"(?![a-z0-9])", q):
                hits.append(v)
        if len(hits) == 1 and hits[0].lower() not in STOPWORDS:
            out.append(Filter(column=info.name, op="==", value=hits[0]))
    return out


@dataclass
class TableChoice:
    """The roles chosen for a table chart, and why."""

    chart_type: str
    x: str | None
    y: str | None
    color: str | None
    aggregate: str | None
    sort: str | None
    top_n: int | None
    filters: list[Filter]
    note: str = ""


def choose_table_roles(question: str, df: pd.DataFrame) -> TableChoice | str:
    """Pick x, y, color, aggregate, chart type, sort and top N for a chart of the table.

    Returns the choice, or a string saying why the table cannot be charted.
    """
    if df is None or df.shape[1] == 0:
        return "it has no columns"
    if len(df) == 0:
        return "it has no rows"
    cols = profile(df)
    by_name = {c.name: c for c in cols}
    usable = [c for c in cols if c.kind != "empty"]
    if not usable:
        return "every column is empty"
    q = (question or "")[:MAX_QUESTION]
    mentions = column_mentions(q, [c.name for c in usable])
    numeric = [c for c in usable if c.kind == "numeric" and not c.id_like]
    groupers = [c for c in usable if c.kind in ("category", "date")]
    worded = _chart_type_from_words(q)
    wtype = worded[0] if worded else None
    agg_word = _first_of(q, AGGREGATE_CUES)

    m_numeric = [
        n
        for n, _ in sorted(mentions.items(), key=lambda kv: kv[1][1])
        if by_name[n].kind == "numeric" and not by_name[n].id_like
    ]
    m_group = [
        n for n, _ in sorted(mentions.items(), key=lambda kv: kv[1][1]) if by_name[n].kind != "numeric"
    ]

    # A chart type named outright ("box plot", "heat map") is honoured even when the columns are
    # identifiers: the user asked for it, and identifier-like numbers still plot.
    explicit = worded is not None and worded[1] >= 3
    any_numeric = [c for c in usable if c.kind == "numeric"]
    m_any_numeric = [
        n for n, _ in sorted(mentions.items(), key=lambda kv: kv[1][1]) if by_name[n].kind == "numeric"
    ]

    # Scatter: two numeric columns and correlation wording (or an explicit scatter).
    if wtype == "scatter":
        pair = (
            m_numeric[:2]
            if len(m_numeric) >= 2
            else [c.name for c in numeric[:2]]
            if len(numeric) >= 2
            else []
        )
        if not pair and explicit and len(any_numeric) >= 2:
            named = [n for n in m_any_numeric if n in {c.name for c in any_numeric}]
            pair = (named + [c.name for c in any_numeric if c.name not in named])[:2]
        if len(pair) == 2 and (worded and (worded[1] >= 3 or len(m_numeric) >= 2 or len(numeric) == 2)):
            color = next(
                (g for g in m_group if by_name[g].kind == "category" and by_name[g].nunique <= 12), None
            )
            first, second = pair
            between = (
                q[min(mentions[first][1], mentions[second][1]) : max(mentions[first][1], mentions[second][1])]
                if first in mentions and second in mentions
                else ""
            )
            if between and re.search(r"\b(?:vs\.?|versus|against)\b", between, re.I):
                first, second = second, first  # "salary vs experience": salary is plotted against experience
            return TableChoice("scatter", first, second, color, None, None, None, [])

    # Distribution of one numeric column: histogram, or box plots per category.
    if wtype in ("histogram", "box") and (m_numeric or numeric or (explicit and any_numeric)):
        col = (m_numeric or [c.name for c in numeric] or m_any_numeric or [c.name for c in any_numeric])[0]
        cat = next((g for g in m_group if by_name[g].kind == "category"), None)
        if cat and by_name[cat].nunique <= 30:
            return TableChoice("box", cat, col, None, None, None, None, [])
        if wtype == "box" and explicit:
            # an explicit box plot: one box per group of the best category column, else a single box
            groups = [
                c.name for c in usable if c.kind == "category" and 2 <= c.nunique <= 30 and not c.id_like
            ]
            return TableChoice("box", groups[0] if groups else None, col, None, None, None, None, [])
        if wtype == "histogram" or not cat:
            return TableChoice("histogram", col, None, None, None, None, None, [])

    # x: the grouping column named after "by"/"per"/"按", else the first named grouping column,
    # else the best date column, else the best category column.
    by_positions = [m.end() for m in BY_WORDS.finditer(q)]
    color_positions = [m.end() for m in COLOR_WORDS.finditer(q)]

    def after_word(name: str, positions: list[int]) -> bool:
        pos = mentions[name][1]
        return any(0 <= pos - p <= 25 for p in positions)

    x = color = None
    grouping = m_group + [
        n
        for n in m_numeric
        if by_name[n].nunique <= 30 and after_word(n, by_positions) and len(m_numeric) > 1
    ]
    if grouping:
        by_first = sorted(grouping, key=lambda g: (not after_word(g, by_positions), mentions[g][1]))
        color_cands = [g for g in grouping if after_word(g, color_positions)]
        x = next((g for g in by_first if g not in color_cands), by_first[0])
        color = next((g for g in color_cands if g != x), None)
        if color is None:
            others = [g for g in by_first if g != x and after_word(g, by_positions)]
            if others and by_name[others[0]].nunique <= 20:
                color = others[0]
    else:
        dates = [c for c in groupers if c.kind == "date" and c.nunique >= 2]
        cats = sorted(
            (c for c in groupers if c.kind == "category" and c.nunique >= 2 and not c.id_like),
            key=lambda c: (not c.duplicated, c.nunique > 30, cols.index(c)),
        )
        texts = [c for c in usable if c.kind == "text"]
        labels = [c for c in usable if c.kind in ("category", "text") and not c.duplicated and not c.id_like]
        ranking = _top_n(q)[0] is not None or _first_of(q, SORT_CUES) is not None
        if ranking and labels and m_numeric and not _any(q, [c.name for c in cats]):
            x = labels[0].name  # "top 3 employees by salary": rank the rows by their label column
        elif dates:
            x = dates[0].name
        elif cats:
            x = cats[0].name
        elif texts:
            x = texts[0].name
    y_candidates = [n for n in m_numeric if n not in (x, color)]
    y = y_candidates[0] if y_candidates else None

    aggregate: str | None = agg_word
    if aggregate == "count":
        # "number of orders" where orders is a numeric column means summing it.
        count_cue = re.search(r"(?:number of|how many|count of)\s+([\w ]{1,40})", q, re.I)
        if y and count_cue and y in column_mentions(count_cue.group(1), [y]):
            aggregate = "sum"
        elif y is None or not count_cue:
            y = None
        else:
            y = None
    if y is None and aggregate != "count":
        default = [c.name for c in numeric if c.name not in (x, color) and not c.year_like]
        if default:
            y = default[0]
        elif x is not None:
            aggregate = "count"
    if x is None and (explicit or y is None):
        # Only identifiers or numbers to group by (e.g. "a bar chart of store ids"): group by the
        # column the question names, else the first one, and count rows unless a measure is named.
        named = [n for n, _ in sorted(mentions.items(), key=lambda kv: kv[1][1]) if n != y]
        others = [c.name for c in usable if c.name != y and c.nunique >= 1]
        x = (named or others or [None])[0]
        if x is not None and y is None:
            aggregate = "count"
    if x is None:
        if y is not None:
            return TableChoice("histogram", y, None, None, None, None, None, [], note="no category column")
        return "it has no column to group by and no numeric column"
    if y is not None and x == y:
        return TableChoice("histogram", y, None, None, None, None, None, [])

    xi = by_name[x]
    if aggregate is None and (xi.duplicated or color is not None):
        name_l = (y or "").lower()
        aggregate = "mean" if any(h in name_l for h in MEAN_LIKE) else "sum"
    if aggregate == "count":
        y = None

    top_n, top_sort = _top_n(q)
    sort = top_sort or _first_of(q, SORT_CUES)
    if xi.kind == "date" and not top_n:
        sort = None

    # Chart type from wording, then from the column types.
    nonneg = True
    if y is not None:
        try:
            nonneg = bool((df[y].dropna() >= 0).all())
        except Exception:
            nonneg = True
    ctype = "bar"
    if wtype == "heatmap" and explicit and color is None:
        # a heat map needs a second key for its rows: the next named column, else the next column
        # that groups well (few distinct values), identifiers included
        named = [n for n, _ in sorted(mentions.items(), key=lambda kv: kv[1][1]) if n not in (x, y)]
        groupable = sorted(
            (c for c in usable if c.name not in (x, y) and c.nunique >= 1 and c.kind != "text"),
            key=lambda c: (c.kind == "numeric" and not c.id_like, c.nunique > 50, cols.index(c)),
        )
        color = (named or [c.name for c in groupable] or [None])[0]
        if color is not None and aggregate is None:
            aggregate = (
                "count" if y is None else ("mean" if any(h in y.lower() for h in MEAN_LIKE) else "sum")
            )
    if wtype == "heatmap" and explicit and color is not None:
        ctype = "heatmap"
    elif wtype in ("pie", "donut") and color is None and nonneg:
        ctype = wtype if xi.nunique <= 8 or top_n else "horizontal_bar"
        if ctype == "horizontal_bar":
            sort = sort or "desc"
    elif wtype in ("line", "area") or (
        xi.kind == "date" and wtype not in ("bar", "stacked_bar", "grouped_bar")
    ):
        ctype = wtype if wtype in ("line", "area") else "line"
    elif (
        wtype in ("stacked_bar", "grouped_bar", "horizontal_bar", "table", "heatmap")
        and worded
        and worded[1] >= 2
    ):
        ctype = wtype
    elif color is not None:
        ctype = "grouped_bar"
    elif xi.nunique > 12:
        ctype = "horizontal_bar"
    if ctype == "heatmap" and color is None:
        ctype = "bar"
    note = ""
    if ctype in ("bar", "horizontal_bar") and xi.nunique > 25 and not top_n:
        top_n, sort = 20, sort or "desc"
        note = "top 20 shown"
    if ctype == "horizontal_bar" and sort is None and xi.kind != "date":
        sort = "desc"
    used = {c for c in (x, y, color) if c}
    filters = _filters(q, df, usable, used)
    return TableChoice(ctype, x, y, color, aggregate, sort, top_n, filters, note)


def _aggregate_frame(df: pd.DataFrame, choice: TableChoice) -> pd.Series | None:
    """The chart's numbers computed with pandas, only to state facts in the answer."""
    import pandas as pd

    data = df
    for f in choice.filters:
        if f.op == "==" and f.column in data.columns:
            data = data[data[f.column] == f.value]
    if choice.x is None or choice.x not in data.columns:
        return None
    if choice.aggregate == "count" or choice.y is None:
        result = data.groupby(choice.x, dropna=True).size()
    else:
        values = pd.to_numeric(data[choice.y], errors="coerce")
        keep = values.notna()  # as render.data.resolve does: a row without a number is dropped
        grouped = values[keep].groupby(data[choice.x][keep], dropna=True)
        result = getattr(grouped, choice.aggregate or "sum")()
    result = result.dropna()
    return result if not result.empty else None


def _key(value: Any) -> str:
    """A group key as a reader writes it: dates without a midnight time, floats without '.0'."""
    if hasattr(value, "strftime"):
        try:
            if getattr(value, "hour", 0) == 0 and getattr(value, "minute", 0) == 0:
                return value.strftime("%Y-%m-%d")
            return value.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return str(value)
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


def chart_from_table(question: str, df: pd.DataFrame, table_name: str = "") -> ChartPlan | str:
    """A chart naming table columns (values are resolved later), with a pandas-computed takeaway.

    Returns the plan, or a string saying why the table cannot be charted.
    """
    choice = choose_table_roles(question, df)
    if isinstance(choice, str):
        return choice
    lang = lang_of(question)
    aggw = AGG_WORDS[lang]
    x_h = humanize(choice.x or "")
    y_h = humanize(choice.y or "")
    rows_word = "rows" if lang == "en" else "记录"
    answer = ""
    if choice.chart_type == "scatter":
        title = f"{y_h} vs {x_h}" if lang == "en" else f"{y_h}与{x_h}的关系"
        y_title, x_title = y_h, x_h
        try:
            import pandas as pd

            a = pd.to_numeric(df[choice.x], errors="coerce")
            b = pd.to_numeric(df[choice.y], errors="coerce")
            r = float(a.corr(b))
            if math.isfinite(r):
                strength = "strong" if abs(r) >= 0.7 else "moderate" if abs(r) >= 0.4 else "weak"
                direction = "positive" if r > 0 else "negative"
                answer = (
                    f"{y_h} and {x_h} show a {strength} {direction} correlation (r = {r:.2f}) "
                    f"across {int((a.notna() & b.notna()).sum())} rows."
                )
        except Exception:
            answer = ""
    elif choice.chart_type in ("histogram", "box"):
        col = choice.y if choice.chart_type == "box" else choice.x
        col_h = humanize(col or "")
        title = (
            (f"Distribution of {col_h}" + (f" by {x_h}" if choice.chart_type == "box" else ""))
            if lang == "en"
            else (f"{col_h}的分布")
        )
        x_title, y_title = (x_h, col_h) if choice.chart_type == "box" else (col_h, "")
        try:
            import pandas as pd

            s = pd.to_numeric(df[col], errors="coerce").dropna()
            if not s.empty:
                answer = (
                    f"{col_h} ranges from **{fmt_number(float(s.min()))}** to **{fmt_number(float(s.max()))}** "
                    f"(median {fmt_number(float(s.median()))}) over {len(s)} rows."
                )
        except Exception:
            answer = ""
    else:
        agg_label = aggw.get(choice.aggregate or "", "")
        if choice.aggregate == "count" or choice.y is None:
            noun = re.search(
                r"\b(?:number of|how many|count of)\s+([a-z][a-z ]{1,30}?)(?=\s+(?:by|per|in|for|across)\b|[?.]|$)",
                question or "",
                re.I,
            )
            counted = noun.group(1).strip() if noun else rows_word.lower()
            measure = f"Number of {counted}" if lang == "en" else rows_word + "数量"
        elif agg_label:
            if lang == "zh":
                measure = f"{agg_label}{y_h}" if agg_label not in y_h else y_h
            elif re.search(
                rf"\b{re.escape(choice.aggregate or '')}|{re.escape(agg_label.lower())}", y_h.lower()
            ):
                measure = y_h  # "total_sales" summed is "Total sales", not "Total total sales"
            else:
                measure = f"{agg_label} {y_h.lower()}"
        else:
            measure = y_h
        if lang == "en":
            title = f"{measure} by {x_h.lower()}"
            if choice.color:
                title += f" and {humanize(choice.color).lower()}"
            if choice.chart_type in ("line", "area"):
                title = f"{measure} over {x_h.lower()}"
        else:
            title = f"各{x_h}的{measure}"
        if choice.top_n:
            title = (f"Top {choice.top_n}: " if choice.sort != "asc" else f"Bottom {choice.top_n}: ") + title
        x_title, y_title = x_h, measure
        try:
            result = _aggregate_frame(df, choice)
        except Exception:
            result = None
        if result is not None and len(result) >= 1:
            try:
                top_key = _key(result.idxmax())
                low_key = _key(result.idxmin())
                top_v, low_v = float(result.max()), float(result.min())
                if choice.chart_type in ("line", "area"):
                    ordered = result.sort_index()
                    answer = (
                        f"{_cap(measure)} went from **{fmt_number(float(ordered.iloc[0]))}** ({_key(ordered.index[0])}) "
                        f"to **{fmt_number(float(ordered.iloc[-1]))}** ({_key(ordered.index[-1])}); "
                        f"the highest was {fmt_number(top_v)} ({top_key})."
                    )
                elif choice.top_n and len(result) > choice.top_n:
                    kept = result.sort_values(ascending=choice.sort == "asc").head(choice.top_n)
                    listed = ", ".join(f"**{_key(k)}** ({fmt_number(float(v))})" for k, v in kept.items())
                    which = "bottom" if choice.sort == "asc" else "top"
                    answer = (
                        f"The {which} {choice.top_n} by {measure.lower()}: {listed}."
                        if lang == "en"
                        else f"{measure}{'最低' if which == 'bottom' else '最高'}的{choice.top_n}项：{listed}。"
                    )
                elif top_v == low_v and len(result) > 1:
                    answer = (
                        f"All {len(result)} groups have the same {measure.lower()} (**{fmt_number(top_v)}**)."
                        if lang == "en"
                        else f"全部 {len(result)} 组的{measure}相同（**{fmt_number(top_v)}**）。"
                    )
                elif lang == "zh":
                    answer = f"**{top_key}** 的{measure}最高（{fmt_number(top_v)}），**{low_key}** 最低（{fmt_number(low_v)}）。"
                else:
                    answer = f"**{top_key}** has the highest {measure.lower()} (**{fmt_number(top_v)}**)" + (
                        f"; **{low_key}** the lowest ({fmt_number(low_v)})." if len(result) > 1 else "."
                    )
                    if choice.chart_type in ("pie", "donut") and result.sum() > 0:
                        answer += f" {top_key} is {top_v / float(result.sum()) * 100:.0f}% of the total."
            except Exception:
                answer = ""
    if choice.filters:
        cond = ", ".join(f"{f.column} = {f.value}" for f in choice.filters)
        title += f" ({cond})"
    subtitle_parts = [p for p in (humanize(table_name) if table_name else "", choice.note) if p]
    alt = (
        f"{choice.chart_type.replace('_', ' ')} chart of {title[:1].lower() + title[1:]}"
        if lang == "en"
        else title
    )
    if answer:
        alt += ". " + re.sub(r"\*\*", "", answer).split(";")[0].rstrip(".") + "."
    return ChartPlan(
        chart_type=choice.chart_type,  # type: ignore[arg-type]
        title=short(title, 150),
        subtitle=short(" · ".join(subtitle_parts), 150),
        x_title=short(x_title, 80),
        y_title=short(y_title, 80),
        x=choice.x,
        y=choice.y,
        color=choice.color,
        aggregate=choice.aggregate,  # type: ignore[arg-type]
        filters=choice.filters,
        sort=choice.sort,  # type: ignore[arg-type]
        top_n=choice.top_n,
        answer=answer or f"{title}.",
        alt_text=short(alt, 400),
    )


# ---------------------------------------------------------------------------------------------- image


def image_from_question(question: str) -> ImagePlan | None:
    """An image plan: the subject with request words stripped, style and aspect ratio from the wording."""
    text = re.sub(r"\s+", " ", (question or "")[:2000]).strip()
    style = _first_of(text, IMAGE_STYLE_CUES)
    aspect = _first_of(text, ASPECT_CUES)
    if style is None:
        style = "photo" if find_cue(text, "photo") or find_cue(text, "照片") else "illustration"
    subject = text
    subject = re.sub(r"[?？!！。.]+$", "", subject)
    subject = COMMAND_PREFIX.sub("", subject)
    subject = re.sub(
        r"^(?:(?:a|an|the|some|one)\s+)?(?:(?:nice|beautiful|cool|simple|realistic|photorealistic|cute|"
        r"watercolou?r|pixel[- ]art|cinematic|3d|flat|pencil|minimalist|wide|vertical|square|high[- ]quality)\s+)*"
        r"(?:picture|image|illustration|photo(?:graph)?|painting|drawing|sketch|render(?:ing)?|artwork|portrait|"
        r"wallpaper|poster|art|pic)s?\s+(?:of|showing|with|depicting|about)\s+",
        "",
        subject,
        flags=re.I,
    )
    subject = re.sub(
        r",?\s*(?:in|as)\s+(?:an?\s+)?(?:(?:photo(?:realistic)?|realistic|watercolou?r|pencil|sketch|pixel[- ]art|"
        r"3d|flat|minimal(?:ist)?|cinematic|cartoon|anime|illustration|vector|oil painting|comic)\s*)+"
        r"(?:style|painting|drawing|render|look)?\b",
        "",
        subject,
        flags=re.I,
    )
    subject = re.sub(
        r",?\s*\b(?:in\s+)?(?:(?:wide|widescreen|landscape|portrait|vertical|square|16:9|9:16|1:1|4:3|3:4)\s*"
        r"(?:format|orientation|mode|aspect(?: ratio)?)?)\s*$",
        "",
        subject,
        flags=re.I,
    )
    # Chinese: 画一幅…的水彩画 / 生成一张…的图片 / 给我一张…照片
    subject = re.sub(
        r"^(?:请|帮我|给我|麻烦)*(?:画|生成|绘制|创作|做|来)?(?:一幅|一张|一只|一个|一些|张|幅)?", "", subject
    )
    subject = re.sub(r"(?:的)?(?:水彩画|油画|插画|插图|图片|图像|照片|素描|壁纸|画)$", "", subject)
    subject = re.sub(
        r"[，,]?\s*(?:横版|竖版|方形|宽屏|竖屏|横屏|水彩风格?|写实风格?|卡通风格?|像素风格?)$", "", subject
    )
    subject = subject.strip(" ,.:;-—，。：")
    generic = r"(?:(?:a|an|the|some|one|me)\s+)*(?:picture|image|photo|illustration|drawing|painting|something|anything|pic)s?"
    if not re.search(r"\w", subject) or re.fullmatch(generic, subject, re.I):
        return None
    lang = lang_of(question)
    ratio = aspect or "16:9"
    return ImagePlan(
        prompt=short(subject, 1500),
        negative_prompt=IMAGE_NEGATIVE,
        style=style,  # type: ignore[arg-type]
        aspect_ratio=ratio,  # type: ignore[arg-type]
        answer=(
            f"{'An' if style[0] in 'aeiou' else 'A'} {style.replace('_', ' ')} image of {short(subject, 200)}."
            if lang == "en"
            else f"一张{short(subject, 200)}的图片（风格：{style}）。"
        ),
        alt_text=short(f"{style.replace('_', ' ').capitalize()} image: {subject}", 300),
    )


# ------------------------------------------------------------------------------------- composed plans


def slides_from_data(question: str, data: QuestionData) -> SlidesPlan:
    """A short deck for numbers in the question: the chart, the headline figure and computed facts."""
    chart = chart_from_data(question, data)
    lang = lang_of(question)
    vals, cats = data.values, data.categories
    imax = max(range(len(vals)), key=lambda i: vals[i])
    imin = min(range(len(vals)), key=lambda i: vals[i])
    metric = _cap(data.metric) or TEMPLATES[lang]["value"]
    facts = [
        f"{cats[imax]}: {with_unit(vals[imax], data.unit)} (highest)"
        if lang == "en"
        else f"{cats[imax]}：{with_unit(vals[imax], data.unit)}（最高）",
        f"{cats[imin]}: {with_unit(vals[imin], data.unit)} (lowest)"
        if lang == "en"
        else f"{cats[imin]}：{with_unit(vals[imin], data.unit)}（最低）",
    ]
    if not data.percent:
        facts.append(
            f"Total: {with_unit(sum(vals), data.unit)}"
            if lang == "en"
            else f"合计：{with_unit(sum(vals), data.unit)}"
        )
    facts.append(
        f"Average: {with_unit(sum(vals) / len(vals), data.unit)}"
        if lang == "en"
        else f"平均：{with_unit(sum(vals) / len(vals), data.unit)}"
    )
    slides = [
        Slide(layout="chart", title=chart.title, chart=chart, notes=chart.answer),
        Slide(
            layout="big_number",
            title=chart.title,
            number=with_unit(vals[imax], data.unit),
            number_label=f"{metric}, {cats[imax]}" if lang == "en" else f"{metric}（{cats[imax]}）",
        ),
        Slide(layout="bullets", title="Key figures" if lang == "en" else "关键数据", bullets=facts),
    ]
    deck_title = short(
        f"{metric} by {data.axis.lower() or 'category'}" if lang == "en" else f"{metric}概览", 120
    )
    return SlidesPlan(
        title=deck_title,
        slides=slides,
        answer=chart.answer,
        alt_text=f"A {len(slides)}-slide deck: {chart.alt_text}",
    )


def infographic_from_data(question: str, data: QuestionData) -> InfographicPlan:
    """Stat cards for numbers in the question, largest first, with the computed takeaway as callout."""
    lang_of(question)
    order = (
        sorted(range(len(data.values)), key=lambda i: -data.values[i])
        if not data.time_like
        else list(range(len(data.values)))
    )
    items = [
        Stat(value=with_unit(data.values[i], data.unit), label=short(data.categories[i], 60))
        for i in order[:6]
    ]
    chart = chart_from_data(question, data)
    from render.plan import CalloutBlock

    blocks: list[Any] = [StatsBlock(title=_cap(data.metric), items=items), CalloutBlock(text=chart.answer)]
    return InfographicPlan(
        title=chart.title,
        blocks=blocks,
        answer=chart.answer,
        alt_text=f"Infographic with {len(items)} stat cards: {chart.alt_text}",
    )


def _table_deck(question: str, df: pd.DataFrame, table_name: str, chart: ChartPlan) -> SlidesPlan:
    """A deck over an attached table: the chart (columns, not values) and an overview of the table."""
    lang = lang_of(question)
    cols = profile(df)
    overview = [
        f"{len(df):,} rows × {df.shape[1]} columns" if lang == "en" else f"{len(df):,} 行 × {df.shape[1]} 列",
        ("Columns: " if lang == "en" else "列：") + short(", ".join(c.name for c in cols), 200),
    ]
    if chart.answer and chart.answer != f"{chart.title}.":
        overview.append(re.sub(r"\*\*", "", chart.answer))
    title = humanize(table_name) if table_name else chart.title
    return SlidesPlan(
        title=short(title, 120),
        slides=[
            Slide(layout="bullets", title="The data" if lang == "en" else "数据概览", bullets=overview),
            Slide(layout="chart", title=chart.title, chart=chart, notes=chart.answer),
        ],
        answer=chart.answer,
        alt_text=f"A 2-slide deck on the attached table: {chart.alt_text}",
    )


def _table_infographic(question: str, df: pd.DataFrame, table_name: str, chart: ChartPlan) -> InfographicPlan:
    """Key numbers of an attached table computed with pandas (row count, total, top category)."""
    import pandas as pd

    items = [Stat(value=f"{len(df):,}", label="rows" if lang_of(question) == "en" else "行")]
    if chart.y and chart.y in df.columns:
        s = pd.to_numeric(df[chart.y], errors="coerce")
        s = s[s.abs() < float("inf")]
        if not s.empty:
            y_l = humanize(chart.y).lower()
            items.append(
                Stat(value=fmt_number(float(s.sum())), label=y_l if "total" in y_l else f"total {y_l}")
            )
            items.append(
                Stat(value=fmt_number(float(s.mean())), label=f"average {y_l.removeprefix('total ')}")
            )
    if chart.x and chart.x in df.columns:
        with contextlib.suppress(TypeError):
            items.append(
                Stat(value=f"{int(df[chart.x].nunique()):,}", label=f"distinct {humanize(chart.x).lower()}")
            )
    from render.plan import CalloutBlock

    blocks: list[Any] = [StatsBlock(items=items)]
    if chart.answer:
        blocks.append(CalloutBlock(text=chart.answer))
    return InfographicPlan(
        title=short(humanize(table_name) if table_name else chart.title, 120),
        blocks=blocks,
        answer=chart.answer,
        alt_text=f"Infographic of the attached table with {len(items)} key numbers.",
    )


def steps_infographic(question: str, diagram: DiagramPlan) -> InfographicPlan:
    """Steps written in the question ('1. plan 2. build 3. ship') as a steps infographic."""
    from render.plan import Step

    steps = [Step(title=short(n.label, 80)) for n in diagram.nodes[:12]]
    return InfographicPlan(
        title=diagram.title or "Steps",
        blocks=[StepsBlock(items=steps)],
        answer=" → ".join(s.title for s in steps),
        alt_text=f"Infographic of {len(steps)} steps: " + ", ".join(s.title for s in steps) + ".",
    )


# -------------------------------------------------------------------------------------------- planner


def text_plan(answer: str, alt: str = "") -> TextPlan:
    """A text plan; the answer is what the user reads, so it says what to do next."""
    return TextPlan(answer=answer.strip() or "No answer.", alt_text=alt)


def _last_assistant(history: list[dict[str, str]] | None) -> str | None:
    for turn in reversed(history or []):
        if (
            isinstance(turn, dict)
            and turn.get("role") == "assistant"
            and str(turn.get("content", "")).strip()
        ):
            return str(turn["content"])
    return None


def _diagram_type_from(question: str) -> str | None:
    return _first_of(question, DIAGRAM_TYPE_CUES)


class RulesPlanner:
    """The offline planner: keyword routing plus rule-based builders for each kind."""

    name = "rules"

    def plan(self, request: PlanRequest) -> Plan:
        """A validated plan for the request; never raises (odd input becomes a TextPlan saying why)."""
        lang = lang_of(getattr(request, "question", "") or "")
        try:
            plan = self._plan(request)
        except Exception as exc:
            plan = text_plan(
                _msg(
                    lang,
                    "failed",
                    what=_msg(lang, "what_text"),
                    why=f"{type(exc).__name__}: {short(str(exc), 200)}",
                    hint="",
                )
            )
        try:
            return parse_plan(plan.model_dump())
        except PlanError as exc:
            return parse_plan(
                text_plan(
                    _msg(lang, "failed", what=_msg(lang, "what_text"), why=short(str(exc), 300), hint="")
                ).model_dump()
            )

    def _plan(self, request: PlanRequest) -> Plan:
        question = (request.question or "")[:MAX_QUESTION]
        lang = lang_of(question)
        table = request.table if request.table is not None and hasattr(request.table, "columns") else None
        markdown = request.markdown if request.markdown and request.markdown.strip() else None
        body = None if markdown else _content_body(question)
        kind = (request.kind or "").strip().lower() or None
        if kind not in KINDS:
            kind = None
        if kind is None:
            kind = route(question, table=table, markdown=markdown).kind
        if not question.strip() and table is None and markdown is None:
            return text_plan(_msg(lang, "empty"))
        content = markdown or body
        extra = registered_rules().get(kind) if kind not in BUILT_IN_RULES else None  # registry glue
        if content is None and (kind in ("slides", "infographic", "diagram") or extra is not None):
            content = _last_assistant(request.history) if _refers_back(question) else None
        # "sales.csv" names the table as "Sales", never as "sales.csv"
        name = request.table_name.rsplit("/", 1)[-1].rsplit(".", 1)[0] if request.table_name else ""
        if extra is not None:
            return extra.build(KindRequest(question, lang, table, name, content, request.history))
        builder = getattr(self, f"_{kind}")
        return builder(question, lang, table, name, content)

    # -- one builder per kind; each returns a plan or a TextPlan that says what is missing

    def _chart(self, question: str, lang: str, table: Any, name: str, content: str | None) -> Plan:
        if table is not None:
            result = chart_from_table(question, table, name)
            if isinstance(result, str):
                return text_plan(_msg(lang, "bad_table", why=result))
            return result
        data = extract_data(question)
        if data is not None:
            return chart_from_data(question, data)
        if _any(question, [c for c, _ in CHART_TYPE_CUES["histogram"]]) and bare_numbers(question):
            return histogram_from_numbers(question, bare_numbers(question))
        if content:
            from generators.markdown import markdown_chart

            chart = markdown_chart(content, title=None)
            if chart is not None:
                return chart
        return text_plan(_msg(lang, "no_numbers"))

    def _slides(self, question: str, lang: str, table: Any, name: str, content: str | None) -> Plan:
        from generators.markdown import markdown_to_slides

        if content:
            return markdown_to_slides(content, title=None)
        if table is not None:
            chart = chart_from_table(question, table, name)
            if isinstance(chart, str):
                return text_plan(_msg(lang, "bad_table", why=chart))
            return _table_deck(question, table, name, chart)
        data = extract_data(question)
        if data is not None:
            return slides_from_data(question, data)
        return self._research_fallback(question, lang, "slides")

    def _infographic(self, question: str, lang: str, table: Any, name: str, content: str | None) -> Plan:
        from generators.markdown import markdown_to_infographic, text_to_diagram

        if content:
            return markdown_to_infographic(content, title=None)
        if table is not None:
            chart = chart_from_table(question, table, name)
            if isinstance(chart, str):
                return text_plan(_msg(lang, "bad_table", why=chart))
            return _table_infographic(question, table, name, chart)
        data = extract_data(question)
        if data is not None:
            return infographic_from_data(question, data)
        diagram = text_to_diagram(question, diagram_type="flowchart")
        if diagram is not None and len(diagram.nodes) >= 2:
            return steps_infographic(question, diagram)
        return self._research_fallback(question, lang, "infographic")

    def _diagram(self, question: str, lang: str, table: Any, name: str, content: str | None) -> Plan:
        from generators.markdown import markdown_to_diagram, text_to_diagram

        dtype = _diagram_type_from(question)
        if content:
            try:
                return markdown_to_diagram(content, title=None, diagram_type=dtype)
            except ValueError:
                pass  # no structure in the pasted answer: try the question's own wording
        diagram = text_to_diagram(question, diagram_type=dtype)
        if diagram is not None:
            return diagram
        return text_plan(_msg(lang, "no_structure"))

    def _image(self, question: str, lang: str, table: Any, name: str, content: str | None) -> Plan:
        plan = image_from_question(question)
        if plan is None and content:
            plan = image_from_question(short(content, 300))
        return plan or text_plan(_msg(lang, "no_image_subject"))

    def _text(self, question: str, lang: str, table: Any, name: str, content: str | None) -> Plan:
        if content:
            return text_plan(content)
        return text_plan(_msg(lang, "research", what=_msg(lang, "what_text")))

    def _research_fallback(self, question: str, lang: str, kind: str) -> Plan:
        return text_plan(_msg(lang, "research", what=_msg(lang, f"what_{kind}")))


def _refers_back(question: str) -> bool:
    """'turn that into slides', '把上面的内容做成PPT': the last assistant answer is the content."""
    return bool(
        re.search(r"\b(?:this|that|it|above|previous|last answer|your answer)\b", question, re.I)
        or re.search(r"这个|这些|上面|上述|刚才|以上", question)
    )
