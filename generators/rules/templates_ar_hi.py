"""Computed texts in Arabic and Hindi (see `generators.rules.templates`).

Without them `words.lang_of` sent Arabic and Hindi questions to English ("**الربع الرابع** is
highest at **44**…") while their user messages (`generators.rules.messages`) were already
translated. Same keys and placeholders as English; the words for chart, slides, infographic and
diagram are those of the messages ("رسم بياني", "شرائح", "إنفوجرافيك", "مخطط"; "चार्ट", "स्लाइड",
"इन्फोग्राफिक", "आरेख"). Wording is neutral: the user's measure and labels come after a colon or
in brackets and nothing agrees with them in gender or number (Arabic counts written as "(عدد
الشرائح: 3)", Hindi labels never before a postposition that would inflect them). Arabic uses its
comma "،" and semicolon "؛"; Hindi ends sentences with "।" (its alt-text tail adds none, as the
answer it quotes may already end with one) and keeps the ASCII ";" the alt text splits answers on.
"""

from __future__ import annotations

from generators.rules.templates_intl import CHART_TYPES

# fmt: off
AR: dict[str, str] = {
    "reached": " القيم التي بلغت {kind} ({v}): {k} من أصل {n}.",
    "reference": " {kind}: {v}.",
    "rise": "{metric}: ارتفاع من {a} ({c0}) إلى {b} ({c1})",
    "fall": "{metric}: انخفاض من {a} ({c0}) إلى {b} ({c1})",
    "flat": "{metric}: ثبات عند {a} من {c0} إلى {c1}",
    "peak": "{metric}: الذروة في {c} ({v})",
    "top": "{c}: الأعلى في {metric_l} ({v})",
    "top_plain": "{c}: القيمة الأعلى ({v})",
    "share": "{c}: الحصة الأكبر ({v})",
    "line_answer": "{metric}: من **{a}** ({c0}) إلى **{b}** ({c1}) ({change}). أعلى قيمة **{vmax}** ({cmax})، "
    "وأدنى قيمة {vmin} ({cmin}).",
    "bar_answer": "الأعلى: **{cmax}** بقيمة **{vmax}**، والأدنى: **{cmin}** بقيمة {vmin}؛ "
    "ومجموع القيم الـ{n}: {total}.",
    "bar_answer_plain": "الأعلى: **{cmax}** بقيمة **{vmax}**، والأدنى: **{cmin}** بقيمة {vmin}.",
    "not_whole": " عُرضت بالأعمدة: مجموع هذه النسب المئوية {total} ولا يمثّل كلًّا واحدًا، فالرسم البياني الدائري "
    "كان سيُظهر حصصًا أخرى.",
    "pie_answer": "الحصة الأكبر: **{cmax}** بقيمة **{vmax}**{of_total}؛ والأصغر: **{cmin}** بقيمة {vmin}.",
    "of_total": " من أصل {total}",
    "alt": "{ctype}: {metric_l} ({axis_l}: {n})؛ الأعلى {cmax} ({vmax})، والأدنى {cmin} ({vmin}).",
    "categories": "الفئات", "value": "القيمة", "value_l": "القيم", "axis_l": "{axis}", "unit_paren": " ({unit})",
    "axis_quarter": "الربع", "axis_year": "السنة", "axis_month": "الشهر", "axis_weekday": "اليوم", "axis_ordinal": "",
    "rows_word": "الصفوف",
    "scatter_title": "{y} مقابل {x}",
    "corr_answer": "{y} مقابل {x}: ارتباط {direction} {strength} (r = {r}، عدد الصفوف: {n}).",
    "corr_strong": "قوي", "corr_moderate": "متوسط", "corr_weak": "ضعيف",
    "corr_positive": "موجب", "corr_negative": "سالب",
    "dist_title": "توزيع {col}", "dist_by": " حسب {x}",
    "range_answer": "{col}: من **{lo}** إلى **{hi}** (الوسيط {med}، عدد الصفوف: {n}).",
    "count_measure": "عدد {counted}",
    "agg_measure": "{agg} {y_l}",
    "by_title": "{measure} حسب {x_l}", "by_color": " وحسب {color_l}",
    "over_title": "{measure} حسب {x_l}", "per_title": "{measure} لكل {period}",
    "period_day": "يوم", "period_week": "أسبوع", "period_month": "شهر", "period_quarter": "ربع سنة",
    "period_year": "سنة",
    "top_prefix": "أعلى {n}: ", "bottom_prefix": "أدنى {n}: ",
    "topn_answer": "أعلى {n} في {measure_l}: {listed}.",
    "bottomn_answer": "أدنى {n} في {measure_l}: {listed}.",
    "same_answer": "جميع المجموعات الـ{n} متساوية في {measure_l} (**{v}**).",
    "agg_one": "الأعلى في {measure_l}: **{top}** (**{vt}**).",
    "agg_two": "الأعلى في {measure_l}: **{top}** (**{vt}**)؛ والأدنى: **{low}** ({vl}).",
    "agg_share": " حصة {top} من الإجمالي: {pct}%.",
    "agg_line": "{measure_c}: من **{a}** ({ka}) إلى **{b}** ({kb})؛ وأعلى قيمة {vt} ({top}).",
    "agg_alt": "{ctype}: {title_l}",
    "alt_more": ". {first}.",
    "overview": "نظرة عامة", "cont": " (تابع)", "sep": "؛ ", "list_sep": "، ",
    "deck_answer": "الشرائح المُعدّة مما قدّمته ({n}): {shown}.",
    "deck_answer_one": "الشريحة المُعدّة مما قدّمته ({n}): {shown}.",
    "deck_alt": "عرض شرائح (عدد الشرائح: {n}): {shown}",
    "fact_high": "{c}: {v} (الأعلى)", "fact_low": "{c}: {v} (الأدنى)", "fact_total": "الإجمالي: {v}",
    "fact_average": "المتوسط: {v}", "number_label": "{metric}، {c}", "key_figures": "أرقام رئيسية",
    "data_deck": "{metric} حسب {axis}", "category": "الفئة",
    "rows_cols": "الصفوف: {rows}، الأعمدة: {cols}", "columns_lead": "الأعمدة: ", "the_data": "البيانات",
    "table_deck_alt": "عرض من شريحتين عن الجدول المرفق: {alt}",
    "md_deck": "عرض شرائح عن «{title}» (عدد الشرائح: {n})", "md_deck_list": ": {listed}.", "md_deck_end": ".",
    "md_deck_alt": "عرض الشرائح «{title}» (عدد الشرائح: {n})", "md_deck_alt_list": ": {listed}",
    "summary": "ملخص",
    "items_answer": "العناصر مما قدّمته ({n})، معروضة في شكل {type}: {shown}",
    "info_alt": "إنفوجرافيك «{title}»: {types}.",
    "rows_stat": "الصفوف", "stat_total": "إجمالي {y_l}", "stat_average": "متوسط {y_l}",
    "stat_distinct": "{x_l} (قيم مختلفة)",
    "info_stats_alt": "إنفوجرافيك ببطاقات أرقام رئيسية ({n}): {alt}",
    "info_table_alt": "إنفوجرافيك للجدول المرفق بأرقام رئيسية ({n}).",
    "md_info": "إنفوجرافيك عن «{title}»، أقسامه: {kinds}.",
    "key_numbers": " الأرقام الرئيسية: {items}.",
    "the_table": "الجدول",
    "sum_head": "**{title}**: الصفوف: {rows}، الأعمدة: {cols} ({names}).",
    "sum_num": "- **{col}**: الإجمالي {total}، والمتوسط {mean}، من {lo} إلى {hi}.",
    "sum_cat": "- **{col}**: عدد القيم المختلفة {k}؛ والأكثر تكرارًا {top} (عدد الصفوف: {n}).",
    "diagram": "مخطط",
    "concept_map": "خريطة مفاهيم",
    "notice": "إعلان",
    "dtitle_flowchart": "عملية", "dtitle_tree": "تسلسل هرمي", "dtitle_mindmap": "خريطة ذهنية",
    "dtitle_cycle": "دورة", "dtitle_network": "شبكة",
    "stop": ".",
    "diagram_alt": "{dtype} «{title}» (عدد العُقد: {n}): {labels}.",
    "dname_flowchart": "مخطط انسيابي", "dname_tree": "مخطط شجري", "dname_mindmap": "خريطة ذهنية",
    "dname_cycle": "مخطط دوري", "dname_network": "مخطط شبكي",
    "image_answer_a": "صورة بأسلوب {style}: {subject}.", "image_answer_an": "صورة بأسلوب {style}: {subject}.",
    "image_alt": "صورة بأسلوب {style_c}: {subject}",
    "style_photo": "فوتوغرافي", "style_watercolor": "الألوان المائية", "style_sketch": "الرسم التخطيطي",
    "style_pixel_art": "فن البكسل", "style_3d": "ثلاثي الأبعاد", "style_flat": "مسطّح", "style_cinematic": "سينمائي",
    "style_illustration": "الرسم التوضيحي",
    "animation": "رسوم متحركة: ",
}

HI: dict[str, str] = {
    "reached": " {kind} ({v}) तक पहुँचने वाले मान: {n} में से {k}।",
    "reference": " {kind}: {v}।",
    "rise": "{metric}: {a} ({c0}) से बढ़कर {b} ({c1})",
    "fall": "{metric}: {a} ({c0}) से घटकर {b} ({c1})",
    "flat": "{metric}: {c0} से {c1} तक {a} पर स्थिर",
    "peak": "{metric}: चरम स्तर — {c} ({v})",
    "top": "{c}: {metric_l} सबसे अधिक ({v})",
    "top_plain": "{c}: सबसे अधिक ({v})",
    "share": "{c}: सबसे बड़ा हिस्सा ({v})",
    "line_answer": "{metric}: **{a}** ({c0}) से **{b}** ({c1}) ({change})। सबसे अधिक **{vmax}** ({cmax}), "
    "सबसे कम {vmin} ({cmin})।",
    "bar_answer": "सबसे अधिक: **{cmax}** (**{vmax}**), सबसे कम: **{cmin}** ({vmin}); "
    "सभी {n} मानों का योग {total} है।",
    "bar_answer_plain": "सबसे अधिक: **{cmax}** (**{vmax}**), सबसे कम: **{cmin}** ({vmin})।",
    "not_whole": " बार के रूप में दिखाया गया है: इन प्रतिशतों का योग {total} है, जो एक पूर्ण नहीं बनता, इसलिए "
    "पाई चार्ट गलत हिस्से दिखाता।",
    "pie_answer": "सबसे बड़ा हिस्सा: **{cmax}** (**{vmax}**{of_total}); सबसे छोटा: **{cmin}** ({vmin})।",
    "of_total": ", कुल {total} में से",
    "alt": "{ctype}: {metric_l} ({axis_l}: {n}); सबसे अधिक {cmax} ({vmax}), सबसे कम {cmin} ({vmin})।",
    "categories": "श्रेणियाँ", "value": "मान", "value_l": "मान", "axis_l": "{axis}", "unit_paren": " ({unit})",
    "axis_quarter": "तिमाही", "axis_year": "वर्ष", "axis_month": "माह", "axis_weekday": "दिन", "axis_ordinal": "",
    "rows_word": "पंक्तियों",  # only ever before "की संख्या" ("पंक्तियों की संख्या")
    "scatter_title": "{y} बनाम {x}",
    "corr_answer": "{y} और {x} के बीच {strength} {direction} सहसंबंध है (r = {r}, {n} पंक्तियाँ)।",
    "corr_strong": "मज़बूत", "corr_moderate": "मध्यम", "corr_weak": "कमज़ोर",
    "corr_positive": "धनात्मक", "corr_negative": "ऋणात्मक",
    "dist_title": "{col} का वितरण", "dist_by": " ({x} के अनुसार)",
    "range_answer": "{col}: **{lo}** से **{hi}** तक (माध्यिका {med}, {n} पंक्तियाँ)।",
    "count_measure": "{counted} की संख्या",
    "agg_measure": "{agg} {y_l}",
    "by_title": "{x_l} के अनुसार {measure}", "by_color": " ({color_l} के अनुसार)",
    "over_title": "{x_l} के अनुसार {measure}", "per_title": "प्रति {period} {measure}",
    "period_day": "दिन", "period_week": "सप्ताह", "period_month": "माह", "period_quarter": "तिमाही",
    "period_year": "वर्ष",
    "top_prefix": "शीर्ष {n}: ", "bottom_prefix": "सबसे कम {n}: ",
    "topn_answer": "{measure_l} में शीर्ष {n}: {listed}।",
    "bottomn_answer": "{measure_l} में सबसे कम {n}: {listed}।",
    "same_answer": "सभी {n} समूहों में {measure_l} एक समान है (**{v}**)।",
    "agg_one": "सबसे अधिक {measure_l}: **{top}** (**{vt}**)।",
    "agg_two": "सबसे अधिक {measure_l}: **{top}** (**{vt}**); सबसे कम: **{low}** ({vl})।",
    "agg_share": " कुल में {top} का हिस्सा {pct}% है।",
    "agg_line": "{measure_c}: **{a}** ({ka}) से **{b}** ({kb}); सबसे अधिक {vt} ({top})।",
    "agg_alt": "{ctype}: {title_l}",
    "alt_more": "। {first}",
    "overview": "अवलोकन", "cont": " (जारी)", "sep": "; ", "list_sep": ", ",
    "deck_answer": "आपकी दी गई सामग्री से {n} स्लाइड: {shown}।",
    "deck_answer_one": "आपकी दी गई सामग्री से {n} स्लाइड: {shown}।",
    "deck_alt": "{n} स्लाइड की प्रस्तुति: {shown}",
    "fact_high": "{c}: {v} (सबसे अधिक)", "fact_low": "{c}: {v} (सबसे कम)", "fact_total": "कुल: {v}",
    "fact_average": "औसत: {v}", "number_label": "{metric}, {c}", "key_figures": "मुख्य आँकड़े",
    "data_deck": "{axis} के अनुसार {metric}", "category": "श्रेणी",
    "rows_cols": "{rows} पंक्तियाँ × {cols} कॉलम", "columns_lead": "कॉलम: ", "the_data": "डेटा",
    "table_deck_alt": "जोड़ी गई तालिका पर 2 स्लाइड की प्रस्तुति: {alt}",
    "md_deck": "“{title}” पर {n} स्लाइड की प्रस्तुति", "md_deck_list": ": {listed}।", "md_deck_end": "।",
    "md_deck_alt": "स्लाइड प्रस्तुति “{title}”, {n} स्लाइड", "md_deck_alt_list": ": {listed}",
    "summary": "सारांश",
    "items_answer": "आपकी दी गई सामग्री के {n} बिंदु ({type}): {shown}",
    "info_alt": "इन्फोग्राफिक “{title}”: {types}।",
    "rows_stat": "पंक्तियाँ", "stat_total": "कुल {y_l}", "stat_average": "औसत {y_l}",
    "stat_distinct": "अलग-अलग {x_l}",
    "info_stats_alt": "{n} मुख्य संख्याओं वाला इन्फोग्राफिक: {alt}",
    "info_table_alt": "जोड़ी गई तालिका की {n} मुख्य संख्याओं वाला इन्फोग्राफिक।",
    "md_info": "“{title}” पर इन्फोग्राफिक, इन खंडों के साथ: {kinds}।",
    "key_numbers": " मुख्य संख्याएँ: {items}",  # no "।": it is also a title, stripped of " :." alone
    "the_table": "तालिका",
    "sum_head": "**{title}**: {rows} पंक्तियाँ × {cols} कॉलम ({names})।",
    "sum_num": "- **{col}**: कुल {total}, औसत {mean}, {lo} से {hi} तक।",
    "sum_cat": "- **{col}**: {k} अलग-अलग मान; सबसे आम {top} ({n} पंक्तियाँ)।",
    "diagram": "आरेख",
    "concept_map": "अवधारणा मानचित्र",
    "notice": "सूचना",
    "dtitle_flowchart": "प्रक्रिया", "dtitle_tree": "पदानुक्रम", "dtitle_mindmap": "माइंड मैप",
    "dtitle_cycle": "चक्र", "dtitle_network": "नेटवर्क",
    "stop": "।",
    "diagram_alt": "{dtype} “{title}”, {n} नोड: {labels}।",
    "dname_flowchart": "फ़्लोचार्ट", "dname_tree": "ट्री आरेख", "dname_mindmap": "माइंड मैप",
    "dname_cycle": "चक्र आरेख", "dname_network": "नेटवर्क आरेख",
    "image_answer_a": "{style} शैली में चित्र: {subject}।", "image_answer_an": "{style} शैली में चित्र: {subject}।",
    "image_alt": "{style_c} शैली में चित्र: {subject}",
    "style_photo": "फ़ोटो", "style_watercolor": "जलरंग", "style_sketch": "स्केच", "style_pixel_art": "पिक्सेल आर्ट",
    "style_3d": "3D", "style_flat": "फ़्लैट", "style_cinematic": "सिनेमाई", "style_illustration": "चित्रण",
    "animation": "एनिमेशन: ",
}

AR_HI: dict[str, dict[str, str]] = {"ar": AR, "hi": HI}

AR_HI_AGG: dict[str, dict[str, str]] = {
    "ar": {"sum": "إجمالي", "mean": "متوسط", "count": "عدد الصفوف", "median": "وسيط", "max": "أعلى قيم",
           "min": "أدنى قيم", "": ""},
    "hi": {"sum": "कुल", "mean": "औसत", "count": "पंक्तियों की संख्या", "median": "माध्यिका", "max": "अधिकतम",
           "min": "न्यूनतम", "": ""},
}

AR_HI_CHART_NAMES: dict[str, dict[str, str]] = {
    lang: dict(zip(CHART_TYPES, names.split("|"), strict=True))
    for lang, names in {
        "ar": "رسم بياني بالأعمدة|رسم بياني بالأشرطة الأفقية|رسم بياني خطي|رسم بياني مساحي|رسم بياني دائري"
              "|رسم بياني حلقي|رسم بياني نقطي|مدرّج تكراري|رسم بياني صندوقي|خريطة حرارية"
              "|رسم بياني بالأعمدة المكدّسة|رسم بياني بالأعمدة المجمّعة|جدول",
        "hi": "बार चार्ट|क्षैतिज बार चार्ट|लाइन चार्ट|एरिया चार्ट|पाई चार्ट|डोनट चार्ट|स्कैटर प्लॉट|हिस्टोग्राम"
              "|बॉक्स प्लॉट|हीटमैप|स्टैक्ड बार चार्ट|ग्रुप्ड बार चार्ट|तालिका",
    }.items()
}
# fmt: on
