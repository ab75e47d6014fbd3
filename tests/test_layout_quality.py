"""The layout-quality metrics of `bench/layout_quality.py`, each on hand-made tiny pages."""

from __future__ import annotations

import re

import pytest

from bench import layout_quality as lq
from render.layout import Connector, Page, Paragraph, Rect, Shape, TextBox, text_box
from render.theme import contrast


def box(x: float, y: float, w: float, h: float, text: str = "Hello", **kw: object) -> TextBox:
    kw.setdefault("max_size", 18.0)
    kw.setdefault("color", "#000000")
    return text_box(text, Rect(x, y, w, h), **kw)  # type: ignore[arg-type]


def page(*elements: object, background: str = "#FFFFFF") -> Page:
    return Page(elements=list(elements), background=background)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ overlaps


def test_partly_overlapping_texts_are_found() -> None:
    a = box(100, 100, 200, 60, name="a")
    b = box(250, 130, 200, 60, name="b")
    assert lq.overlaps(page(a, b)) == [("a", "b")]
    b.rect = Rect(310, 130, 200, 60)  # moved clear of a
    assert lq.overlaps(page(a, b)) == []


def test_text_inside_a_card_is_not_an_overlap_but_text_sticking_out_is() -> None:
    card = Shape(Rect(100, 100, 300, 200), fill="#EEEEEE", name="bg:card")
    inside = box(120, 120, 200, 40, name="inside")
    assert lq.overlaps(page(card, inside)) == []
    sticking = box(350, 120, 200, 40, name="sticking")
    assert lq.overlaps(page(card, sticking)) == [("bg:card", "sticking")]


def test_a_text_box_does_not_hold_another_text() -> None:
    outer = box(100, 100, 400, 200, name="outer")
    inner = box(150, 150, 100, 30, name="inner")
    assert lq.overlaps(page(outer, inner)) == [("outer", "inner")]


def test_a_shapes_own_text_and_the_page_background_are_not_overlaps() -> None:
    bg = Shape(Rect(0, 0, 960, 540), fill="#0072B2", name="bg")
    node = Shape(Rect(100, 100, 200, 80), fill="#FFFFFF", text=box(110, 110, 180, 60), name="node")
    title = box(400, 100, 300, 50, name="title")
    assert lq.overlaps(page(bg, node, title)) == []


def test_a_connector_crossing_text_is_found_but_not_its_own_label() -> None:
    label = box(180, 95, 40, 20, name="edge-label")
    line = Connector(points=[(100, 105), (300, 105)], color="#000000", label=label, name="edge")
    assert lq.overlaps(page(line)) == []
    crossed = box(150, 90, 60, 30, name="crossed")
    assert lq.overlaps(page(line, crossed)) == [("edge", "crossed")]
    clear = box(150, 200, 60, 30, name="clear")  # inside the bounding box of an L-shaped line only
    elbow = Connector(points=[(100, 105), (300, 105), (300, 300)], color="#000000", name="elbow")
    assert lq.overlaps(page(elbow, clear)) == []


# ------------------------------------------------------------------------------------------ overflow


def test_overflowing_text_and_elements_off_the_page_are_found() -> None:
    fits = box(100, 100, 300, 60, name="fits")
    assert lq.overflow(page(fits)) == []
    crammed = TextBox(
        rect=Rect(100, 100, 50, 20),
        paragraphs=[Paragraph("far too long for this box", ("far too long for this box",))],
        size=18.0,
        color="#000000",
        name="crammed",
    )
    off = Shape(Rect(900, 500, 100, 100), fill="#CCCCCC", name="off")
    found = lq.overflow(page(crammed, off))
    assert "crammed overflows" in found
    assert "off leaves the page" in found


# ------------------------------------------------------------------------------------------ sizes


def test_small_text_counts_characters_and_leaves_footers_out() -> None:
    big = box(100, 100, 400, 60, text="abcdef", max_size=24.0)
    small = box(100, 200, 400, 60, text="abc", max_size=10.0)
    footer = box(700, 500, 100, 20, text="1 / 9", max_size=10.0, name="footer")
    assert lq.small_text([page(big, small, footer)]) == (3, 9)


# ------------------------------------------------------------------------------------------ page use


def test_union_area_counts_overlapping_rects_once() -> None:
    assert lq.union_area([Rect(0, 0, 10, 10), Rect(5, 5, 10, 10)]) == pytest.approx(175.0)
    assert lq.union_area([Rect(0, 0, 10, 10), Rect(2, 2, 3, 3)]) == pytest.approx(100.0)
    assert lq.union_area([]) == 0.0


def test_page_use_measures_text_ink_not_its_box() -> None:
    grid = Rect(0, 0, 1000, 500)
    short = box(0, 0, 1000, 500, text="Hi", max_size=20.0, align="center", valign="middle")
    ink = lq.text_extent(short)
    assert ink.w < 40 and ink.h == pytest.approx(25.0)
    assert ink.x == pytest.approx(500 - ink.w / 2)  # centred
    assert ink.y == pytest.approx(250 - 12.5)
    assert lq.page_use(page(short), grid) == pytest.approx(ink.w * ink.h / 500_000)
    card = Shape(Rect(0, 0, 500, 500), fill="#EEEEEE", name="bg:card")
    rule = Shape(Rect(0, 0, 1000, 5), fill="#0072B2", name="accent-rule")  # decoration: not content
    assert lq.page_use(page(card, rule), grid) == pytest.approx(0.5)


def test_title_and_section_slides_are_not_content_slides() -> None:
    assert lq.is_content_slide(page(box(48, 60, 800, 50)))
    assert not lq.is_content_slide(page(Shape(Rect(0, 0, 14, 540), fill="#000000", name="accent-band")))
    assert not lq.is_content_slide(page(Shape(Rect(0, 0, 960, 540), fill="#000000", name="bg")))


# ------------------------------------------------------------------------------------------ alignment


def test_alignment_counts_left_edges_shared_within_two_points() -> None:
    a = box(48, 60, 400, 40)
    b = box(49.5, 120, 400, 40)
    c = box(300, 200, 200, 40)
    footer = box(48, 500, 100, 20, text="1 / 2", name="footer")  # left out
    assert lq.alignment(page(a, b, c, footer)) == (2, 3)


# ------------------------------------------------------------------------------------------ contrast


def test_contrast_uses_the_smallest_filled_shape_under_the_text() -> None:
    grey = "#767676"  # 4.54:1 on white, under 4.5:1 on a light grey card
    assert contrast(grey, "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    on_page = box(10, 10, 100, 30, color=grey, name="on-page")
    outer = Shape(Rect(200, 0, 400, 400), fill="#000000", name="bg:panel")
    inner = Shape(Rect(220, 20, 300, 300), fill="#EEEEEE", name="bg:card")
    on_card = box(240, 40, 100, 30, color=grey, name="on-card")
    ratios = {name: ratio for name, ratio, _ in lq.contrasts(page(on_page, outer, inner, on_card))}
    assert ratios["on-page"] == pytest.approx(4.54, abs=0.01)
    assert ratios["on-card"] == pytest.approx(contrast(grey, "#EEEEEE"))
    assert ratios["on-card"] < 4.5


def test_contrast_of_a_shapes_own_text_and_of_shapes_drawn_later() -> None:
    badge = Shape(
        Rect(0, 0, 100, 100), fill="#0072B2", text=box(10, 10, 80, 30, color="#FFFFFF"), name="badge"
    )
    text = box(300, 10, 100, 30, color="#FFFFFF", name="late")
    cover = Shape(Rect(290, 0, 200, 100), fill="#000000", name="drawn-after")  # not under the text
    ratios = [r for _, r, _ in lq.contrasts(page(badge, text, cover))]
    assert ratios[0] == pytest.approx(contrast("#FFFFFF", "#0072B2"))
    assert ratios[1] == pytest.approx(1.0)  # white on the white page: the later shape does not count


# ------------------------------------------------------------------------------------------ words


def test_source_words_drop_markdown_syntax_link_targets_and_task_boxes() -> None:
    md = (
        "<!-- kind: test; notes: not part of the answer -->\n"
        "# Title\n\n- [x] **Bold** item with `code`\n- see the [docs](https://example.com/x)\n\n"
        "| A | B |\n|---|---|\n| $1,200 | 45 ms |\n"
    )
    words = lq.tokens(lq.source_text(md))
    assert words == [
        "title",
        "bold",
        "item",
        "with",
        "code",
        "see",
        "the",
        "docs",
        "a",
        "b",
        "1",
        "200",
        "45",
        "ms",
    ]


def test_cjk_counts_per_character() -> None:
    assert lq.tokens("营收 1.2 亿元, GPT模型") == ["营", "收", "1", "2", "亿", "元", "gpt", "模", "型"]


def test_words_kept_counts_a_dropped_bullet() -> None:
    md = "# Plan\n\n- alpha step\n- beta step\n- gamma step\n"
    full, missing = lq.words_kept(lq.source_text(md), "Plan\nalpha step\nbeta step\ngamma step")
    assert full == 1.0 and not missing
    share, missing = lq.words_kept(lq.source_text(md), "Plan\nalpha step\nbeta step")
    assert share == pytest.approx(5 / 7)
    assert missing == {"gamma": 1, "step": 1}  # the repeated word counts per occurrence


# ------------------------------------------------------------------------------------------ corpus


def test_corpus_files_describe_their_case_and_cover_the_languages() -> None:
    files = sorted(lq.CORPUS.glob("*.md"))
    assert len(files) >= 36
    for f in files:
        first = f.read_text(encoding="utf-8").splitlines()[0]
        assert re.fullmatch(r"<!-- kind: [^;]+; notes: .+ -->", first), f.name
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]{4}", t)) for t in texts) >= 3
    assert any(re.search(r"[\u0590-\u06ff]{4}", t) for t in texts)


def test_a_corpus_file_measures_end_to_end() -> None:
    answer = lq.strip_comment((lq.CORPUS / "short_answer_tip.md").read_text(encoding="utf-8"))
    assert not answer.startswith("<!--")
    for kind in ("slides", "infographic"):
        result = lq.plan_and_render(answer, kind)
        m = lq.measure_layout("tip", kind, result.layout, result.theme, answer)
        assert m.pages == len(result.layout.pages) >= 1
        assert 0.0 < m.words_kept <= 1.0
        assert m.page_use and all(0.0 < u <= 1.0 for u in m.page_use)
        assert 1.0 <= m.contrast_min <= 21.0
