"""Markdown answers → slides, infographics and diagrams: structure in, the same structure out."""

from __future__ import annotations

from pathlib import Path

import pytest

from generators.markdown import (
    markdown_chart,
    markdown_to_diagram,
    markdown_to_infographic,
    markdown_to_slides,
    text_to_diagram,
)
from render import render
from render.plan import parse_plan

DATA = Path(__file__).parent / "data"
REPORT = (DATA / "md_report.md").read_text()
COMPARE = (DATA / "md_compare.md").read_text()
ORG = (DATA / "md_org.md").read_text()


def valid(plan):
    """Every plan must survive a validation round trip."""
    assert parse_plan(plan.model_dump()) == plan
    return plan


# -------------------------------------------------------------------------------------------- slides


def test_slides_structure_of_a_report() -> None:
    deck = valid(markdown_to_slides(REPORT))
    assert deck.title == "Quarterly review"
    assert deck.subtitle == "Our best quarter yet."
    layouts = [(s.layout, s.title) for s in deck.slides]
    assert layouts == [
        ("bullets", "Highlights"),
        ("bullets", "Highlights (cont.)"),
        ("chart", "Revenue by quarter"),
        ("diagram", "How we ship"),
        ("quote", "What customers say"),
        ("big_number", "What customers say"),
    ]
    assert all(len(s.bullets) <= 6 for s in deck.slides)
    assert deck.slides[0].bullets[0] == "Revenue grew 42% year over year"
    assert deck.slides[1].bullets == [
        "Hired 40 engineers",
        "Launched the mobile app",
        "Expanded to Japan",
        "Opened a support desk in Brazil",
    ]


def test_slides_chart_from_markdown_table() -> None:
    deck = markdown_to_slides(REPORT)
    chart = deck.slides[2].chart
    assert chart is not None
    assert chart.categories == ["Q1", "Q2", "Q3", "Q4"]
    assert [s.name for s in chart.series] == ["Revenue ($M)", "Costs ($M)"]
    assert chart.series[0].values == [1.2, 1.5, 1.1, 2.0]
    assert chart.series[1].values == [0.8, 0.9, 0.7, 1.0]
    assert chart.chart_type == "line"  # quarters are ordered time
    assert "**Q4** has the highest revenue ($m) (**2**)" in chart.answer


def test_slides_steps_quote_and_big_number() -> None:
    deck = markdown_to_slides(REPORT)
    diagram = deck.slides[3].diagram
    assert diagram is not None
    assert [n.label for n in diagram.nodes] == [
        "Plan the quarter",
        "Build in small slices",
        "Test with real users",
        "Ship every Friday",
    ]
    assert len(diagram.edges) == 3
    quote = deck.slides[4]
    assert quote.quote == "It just works, every single time."
    assert quote.attribution == "Maria, CTO at Acme"
    big = deck.slides[5]
    assert (big.number, big.number_label) == ("87%", "customers would recommend us")
    assert "Source: internal metrics, 2024" in deck.slides[-1].notes  # sources are notes, not bullets


def test_slides_long_list_splits_into_balanced_pages_of_at_most_six() -> None:
    points = [f"tip {i} is to keep the build green before adding more work" for i in range(1, 21)]
    deck = markdown_to_slides("# Tips\n\n## Twenty tips\n\n" + "\n".join(f"- {p}" for p in points))
    assert [len(s.bullets) for s in deck.slides] == [5, 5, 5, 5]
    assert [s.title for s in deck.slides] == ["Twenty tips"] + ["Twenty tips (cont.)"] * 3
    assert [b for s in deck.slides for b in s.bullets] == points


def test_short_points_share_a_slide_up_to_twelve_in_two_columns() -> None:
    """Eight ingredients were 4 + 4 on two mostly empty slides; short points fill one, two columns."""
    md = "# Tips\n\n## Twenty tips\n\n" + "\n".join(f"- tip {i}" for i in range(1, 21))
    deck = markdown_to_slides(md)
    assert [len(s.bullets) for s in deck.slides] == [10, 10]
    assert [b for s in deck.slides for b in s.bullets] == [f"tip {i}" for i in range(1, 21)]
    zh = markdown_to_slides(
        "# 麻婆豆腐\n\n## 用料\n\n"
        + "\n".join(
            f"- {x}"
            for x in [
                "嫩豆腐 400 克",
                "牛肉末 100 克",
                "郫县豆瓣酱 2 大勺",
                "豆豉 1 小勺",
                "花椒粉 1 小勺",
                "蒜末、姜末各 1 大勺",
                "青蒜苗 2 根",
                "水淀粉适量",
            ]
        )
    )
    assert [len(s.bullets) for s in zh.slides if s.layout == "bullets"] == [8]
    pages = render(zh).layout.pages
    page = next(p for p in pages if sum(1 for e in p.elements if getattr(e, "name", "") == "bullets") == 2)
    left, right = (e for e in page.elements if getattr(e, "name", "") == "bullets")
    assert left.rect.right < right.rect.x and left.size == right.size and left.rect.y == right.rect.y
    assert [p.text for p in left.paragraphs + right.paragraphs] == next(
        s for s in zh.slides if s.layout == "bullets"
    ).bullets  # in reading order
    assert all(len(p.lines) == 1 for p in left.paragraphs + right.paragraphs)


def test_slides_sections_paragraphs_and_nested_lists() -> None:
    md = (
        "# Guide\n\n## Part one\n\n### Setup\n\nInstall it. Then configure it! Done.\n\n"
        "### Usage\n\n- run\n  - with flags\n- stop\n\n## Empty part\n\n## Last\n\n```\ncode here\n```\n\ntext\n"
    )
    deck = valid(markdown_to_slides(md))
    assert [(s.layout, s.title) for s in deck.slides] == [
        ("section", "Part one"),
        ("bullets", "Setup"),
        ("bullets", "Usage"),
        ("section", "Empty part"),
        ("bullets", "Last"),
    ]
    assert deck.slides[1].bullets == ["Install it.", "Then configure it!", "Done."]
    assert deck.slides[2].bullets == ["run", "– with flags", "stop"]
    assert "code here" in deck.slides[4].notes


def test_slides_title_argument_and_no_headings() -> None:
    deck = markdown_to_slides("Just one paragraph. With two sentences.", title="My deck")
    assert deck.title == "My deck"
    assert deck.slides[0].bullets == ["Just one paragraph.", "With two sentences."]


def test_slides_two_column_table_and_task_list() -> None:
    md = "# Choice\n\n## Options\n\n| Pros | Cons |\n|---|---|\n| fast | costly |\n| simple | rigid |\n\n- [x] done\n- [ ] todo\n"
    deck = markdown_to_slides(md)
    two = deck.slides[0]
    assert (two.layout, two.left_title, two.right_title) == ("two_column", "Pros", "Cons")
    assert (two.bullets, two.right_bullets) == (["fast", "simple"], ["costly", "rigid"])
    assert deck.slides[1].bullets == ["☑ done", "☐ todo"]


def test_slides_chinese() -> None:
    md = "# 年度总结\n\n## 亮点\n\n- 收入增长 **30%**\n- 新增用户 200 万\n\n> 做正确的事。 —— 张三\n"
    deck = valid(markdown_to_slides(md))
    assert deck.title == "年度总结"
    assert deck.slides[0].bullets == ["收入增长 30%", "新增用户 200 万"]
    assert deck.slides[1].layout == "quote"
    assert "共 2 页" in deck.answer


def test_slides_empty_markdown_raises() -> None:
    with pytest.raises(ValueError, match="no content"):
        markdown_to_slides("   \n\n")


# --------------------------------------------------------------------------------------- infographic


def test_infographic_from_report() -> None:
    info = valid(markdown_to_infographic(REPORT))
    assert info.title == "Quarterly review"
    assert info.subtitle == "Our best quarter yet."
    assert info.footer == "Source: internal metrics, 2024"
    kinds = [b.type for b in info.blocks]
    # issue 11: the revenue table is no longer dropped from the one-pager; it is drawn as a chart
    assert kinds == ["stats", "checklist", "visual", "steps", "callout"]
    chart = info.blocks[2].visual
    assert chart.categories == ["Q1", "Q2", "Q3", "Q4"] and len(chart.series) == 2
    info.blocks.pop(2)
    stats = info.blocks[0]
    assert [s.value for s in stats.items] == ["42%", "3 million", "2.1%", "40", "87%"]
    assert stats.items[1].label == "downloads in the first week"
    assert info.blocks[1].items[:2] == ["New office in Berlin", "Launched the mobile app"]
    steps = info.blocks[2]
    assert [s.title for s in steps.items] == [
        "Plan the quarter",
        "Build in small slices",
        "Test with real users",
        "Ship every Friday",
    ]
    callout = info.blocks[3]
    assert (callout.text, callout.attribution) == ("It just works, every single time.", "Maria, CTO at Acme")


def test_infographic_comparison_from_vs_headings_and_checklist() -> None:
    info = valid(markdown_to_infographic(COMPARE))
    comparison, checklist = info.blocks
    assert (comparison.left_title, comparison.right_title) == ("SQL", "NoSQL")
    assert comparison.left_items == ["Fixed schema", "Strong joins", "ACID transactions"]
    assert comparison.right_items == ["Flexible schema", "Horizontal scaling", "Eventual consistency"]
    assert checklist.type == "checklist"
    assert checklist.items == [
        "Estimate the data volume",
        "List the query patterns",
        "Decide on consistency needs",
    ]


def test_infographic_comparison_from_table_and_timeline_and_steps_detail() -> None:
    md = (
        "# Moon\n\n| Apollo | Artemis |\n|---|---|\n| 1960s | 2020s |\n| Saturn V | SLS |\n\n"
        "- 1957: Sputnik launched\n- 1969: First Moon landing\n- 2022: Artemis I\n\n"
        "1. Launch: leave Earth orbit\n2. Transfer: coast for three days\n"
    )
    comparison, timeline, steps = markdown_to_infographic(md).blocks
    assert (comparison.left_items, comparison.right_items) == (["1960s", "Saturn V"], ["2020s", "SLS"])
    assert [(e.date, e.title) for e in timeline.events] == [
        ("1957", "Sputnik launched"),
        ("1969", "First Moon landing"),
        ("2022", "Artemis I"),
    ]
    assert [(s.title, s.text) for s in steps.items] == [
        ("Launch", "leave Earth orbit"),
        ("Transfer", "coast for three days"),
    ]


def test_infographic_stats_from_a_label_number_table() -> None:
    md = "# Web\n\n| Browser | Share |\n|---|---|\n| Chrome | 65% |\n| Safari | 19% |\n| Edge | 5% |\n"
    stats = markdown_to_infographic(md).blocks[0]
    assert [(s.value, s.label) for s in stats.items] == [("65%", "Chrome"), ("19%", "Safari"), ("5%", "Edge")]


def test_infographic_plain_paragraph_becomes_callout() -> None:
    info = markdown_to_infographic("# Note\n\nA single thought worth keeping.\n\nAnd a second one here.")
    assert info.blocks[0].type == "callout"


# ------------------------------------------------------------------------------------------- diagram


def test_diagram_ordered_list_is_a_chain() -> None:
    d = valid(markdown_to_diagram(REPORT))
    assert d.diagram_type == "flowchart"
    assert d.nodes[0].label == "Plan the quarter"
    assert [(e.source, e.target) for e in d.edges] == [("n1", "n2"), ("n2", "n3"), ("n3", "n4")]


def test_diagram_nested_bullets_are_a_tree() -> None:
    d = valid(markdown_to_diagram(ORG))
    assert d.diagram_type == "tree"
    labels = {n.id: n.label for n in d.nodes}
    edges = sorted((labels[e.source], labels[e.target]) for e in d.edges)
    assert edges == sorted(
        [
            ("Acme Corp", "Engineering"),
            ("Engineering", "Backend"),
            ("Engineering", "Frontend"),
            ("Engineering", "Data"),
            ("Acme Corp", "Sales"),
            ("Sales", "EMEA"),
            ("Sales", "Americas"),
            ("Acme Corp", "Finance"),
        ]
    )
    assert len(d.nodes) == 9


def test_diagram_flat_list_is_a_mind_map_and_type_can_be_forced() -> None:
    md = "# Healthy habits\n\n- Sleep\n- Exercise\n- Diet\n"
    d = markdown_to_diagram(md)
    assert d.diagram_type == "mindmap"
    assert d.nodes[0].label == "Healthy habits" and len(d.edges) == 3
    assert markdown_to_diagram(md, diagram_type="tree").diagram_type == "tree"
    cycle = markdown_to_diagram("1. Plan\n2. Do\n3. Check\n4. Act\n", diagram_type="cycle")
    assert cycle.diagram_type == "cycle"
    assert ("n4", "n1") in [(e.source, e.target) for e in cycle.edges]


def test_diagram_arrow_lines_with_fan_out_and_labels() -> None:
    md = "# Deploy\n\n```\nBuild -> Test\nTest -->|pass| Deploy\nTest -->|fail| Fix\nFix -> Build\n```\n"
    d = valid(markdown_to_diagram(md))
    labels = {n.id: n.label for n in d.nodes}
    edges = {(labels[e.source], labels[e.target], e.label) for e in d.edges}
    assert edges == {
        ("Build", "Test", ""),
        ("Test", "Deploy", "pass"),
        ("Test", "Fix", "fail"),
        ("Fix", "Build", ""),
    }
    assert d.title == "Deploy"


def test_diagram_headings_tree() -> None:
    md = "# Course\n\n## Basics\n\n- syntax\n- types\n\n## Advanced\n\n- async\n"
    d = markdown_to_diagram(md)
    labels = {n.id: n.label for n in d.nodes}
    edges = sorted((labels[e.source], labels[e.target]) for e in d.edges)
    assert edges == [
        ("Advanced", "async"),
        ("Basics", "syntax"),
        ("Basics", "types"),
        ("Course", "Advanced"),
        ("Course", "Basics"),
    ]


def test_diagram_without_structure_raises() -> None:
    with pytest.raises(ValueError):
        markdown_to_diagram("Just a sentence.")


def test_text_to_diagram_variants() -> None:
    d = text_to_diagram("org chart: CEO -> CTO, CFO; CTO -> Dev lead", diagram_type="tree")
    assert d is not None and len(d.nodes) == 4 and len(d.edges) == 3
    d = text_to_diagram("steps: 1、计划 2、开发 3、上线")
    assert d is not None and [n.label for n in d.nodes] == ["计划", "开发", "上线"]
    d = text_to_diagram("Is it raining? -> take umbrella")
    assert d is not None and d.nodes[0].shape == "diamond"
    assert text_to_diagram("what is the capital of France") is None


def test_markdown_chart_single_series_share() -> None:
    md = "| Browser | Share |\n|---|---|\n| Chrome | 65% |\n| Safari | 20% |\n| Other | 15% |\n"
    chart = valid(markdown_chart(md))
    assert chart.chart_type == "pie"
    assert chart.categories == ["Chrome", "Safari", "Other"]
    assert chart.series[0].values == [65, 20, 15]
    assert chart.unit == "%"
    assert markdown_chart("| a | b |\n|---|---|\n| x | y |\n| z | w |\n") is None


@pytest.mark.parametrize(
    "md",
    [
        "#",
        "- \n- \n",
        "| a |\n|---|\n",
        "> \n",
        "```\n```",
        "<div>html</div>",
        "**",
        "# " + "long " * 1000,
        "- " + "\n- ".join(str(i) for i in range(300)),
        "1. a\n" * 200,
        "| x | y |\n|---|---|\n" + "".join(f"| r{i} | {i} |\n" for i in range(500)),
        "مرحبا بالعالم\n\n- عنصر\n- عنصر آخر",
        "🎉\n\n- 🔥\n- 💯",
        "\x00\x01 text \ud800",
    ],
    ids=lambda md: ascii(md[:24]),
)
def test_hostile_markdown_gives_valid_plans_or_value_error(md: str) -> None:
    for fn in (markdown_to_slides, markdown_to_infographic, markdown_to_diagram):
        try:
            plan = fn(md)
        except ValueError:
            continue
        valid(plan)
