"""The image kind of the rules planner: the subject with request words stripped, the style and the
aspect ratio from the wording."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.rules.cues import ASPECT_CUES, COMMAND_PREFIX, IMAGE_NEGATIVE, IMAGE_STYLE_CUES
from generators.rules.request import RulesInput
from generators.rules.words import find_cue, first_of, lang_of, msg, short, text_plan
from render.plan import ImagePlan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
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
}
# fmt: on


def build(req: RulesInput) -> Plan:
    plan = image_from_question(req.question)
    if plan is None and req.content:
        plan = image_from_question(short(req.content, 300))
    return plan or text_plan(msg(req.lang, "no_image_subject"))


def image_from_question(question: str) -> ImagePlan | None:
    """An image plan: the subject with request words stripped, style and aspect ratio from the wording."""
    text = re.sub(r"\s+", " ", (question or "")[:2000]).strip()
    style = first_of(text, IMAGE_STYLE_CUES)
    aspect = first_of(text, ASPECT_CUES)
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
