"""The text kind of the rules planner: a written summary of an attached table (computed with
pandas), the markdown given shown as it is, an honest "not a chart" for numbers in different units,
the likely forms for a list whose form is unclear; otherwise a message that the offline planner
cannot answer from general knowledge. Its question cues are weak (weight 1): the router takes
text then only when no visual cue is found; writing and code requests are strong (3-4)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.rules.arithmetic import amount_asked, arithmetic, word_problem
from generators.rules.checks import checked, paid_balance, percent_checked, share_of
from generators.rules.column_names import column_mentions
from generators.rules.content import supplied
from generators.rules.cues import REQUEST_WORDS
from generators.rules.effect import effect_answer
from generators.rules.extract import extract_data, mixed_numbers
from generators.rules.lookup_rows import answer_rows, distinct_first, ranked_by, with_row
from generators.rules.numbers import find_numbers, fmt_number
from generators.rules.passages import quoted
from generators.rules.request import RulesInput
from generators.rules.signals import MAKE_ASKED as _MAKE_ASKED
from generators.rules.signals import PLAIN_ASK, asks_about_attachment, without_lead_in
from generators.rules.table_asks import split_asks
from generators.rules.table_filters import blanked, comparisons, selection
from generators.rules.table_words import LEAST, MOST, measured_superlative
from generators.rules.templates import AGG_WORDS, lower, template, tr
from generators.rules.unsure import mixed_plan, unsure_plan
from generators.rules.words import best_cue, humanize, msg, short, text_plan
from render.columns import profile, to_numeric

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import Plan

# The answer asked for in words: "just tell me which month was best", "in two lines", "en une phrase",
# "直接告诉我". Weight 3: it beats numbers that would be a chart's data (2); a form named (3+) wins a tie.
# fmt: off
IN_WORDS: dict[str, list[tuple[str, int]]] = {
    "en": [(r"re:\b(?:just|only|simply)\s+(?:tell|say|explain)\b", 3), (r"re:\bin\s+(?:plain\s+)?words\b", 3),
           (r"re:\bin\s+(?:one|two|three|a couple of|a few|\d)\s+(?:lines?|sentences?|words)\b", 3),
           (r"re:\bwrite\s+(?:this|these|it|them|my notes)\s+up\b", 4), (r"re:\bboil\s+(?:this|these|it|them)(?:\s+\w+)?\s+down\b", 4)],
    "es": [(r"re:\b(?:solo|sólo)\s+d[ií]me\b", 3), (r"re:\bd[ií]me\s+(?:solo|sólo|nada más)\b", 3),
           (r"re:\ben\s+(?:palabras|una frase|dos frases|pocas palabras)\b", 3)],
    "fr": [(r"re:\bdis[- ]moi\s+(?:juste|seulement|simplement)\b", 3),
           (r"re:\ben\s+(?:quelques mots|une phrase|deux phrases|mots)\b", 3)],
    "de": [(r"re:\bsag\s+(?:mir\s+)?(?:einfach|nur|bloß)\b", 3), (r"re:\bin\s+(?:worten|einem satz|zwei sätzen)\b", 3)],
    "pt": [(r"re:\b(?:só|apenas)\s+me\s+(?:diz|diga)\b", 3), (r"re:\bme\s+(?:diz|diga)\s+(?:só|apenas)\b", 3),
           (r"re:\bem\s+(?:palavras|uma frase)\b", 3)],
    "it": [(r"re:\bdimmi\s+(?:solo|soltanto)\b", 3), (r"re:\b(?:a parole|in una frase)\b", 3)],
    "ru": [(r"re:просто\s+скажи", 3), ("словами", 3), ("одним предложением", 3)],
    "zh": [("直接告诉我", 3), ("用文字", 3), ("一句话", 3)],
    "ja": [("文章で", 3), ("一言で", 3), ("言葉で", 3)],
    "ko": [("말로 설명", 3), ("그냥 알려줘", 3), ("한 줄로", 3), ("예 아니오", 3), ("네 아니오", 3)],
}
# A yes-or-no or a quick answer asked for: a judgment in words (which needs knowledge the offline
# planner lacks), never a picture of the numbers it is about.
YES_NO: dict[str, list[tuple[str, int]]] = {
    "any": [  # questions about a thing one has ("how do I fix it?", "is that enough?"): not the thing
          (r"re:\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:fix|stop|reset|repair|turn off|change|set up)\b"
           r"|\bis\s+(?:that|it|this)\s+(?:enough|normal|ok|okay|too\s+\w+)\b|\bwhy\s+(?:does|do|is)\b", 5),
          # the same judgement asked in the planner's other languages ("¿esto es normal?", "Это вообще нормально?",
          # "ist das erlaubt?", "这正常吗", "이거 정상인가요"): whether something one was told or sent is normal or legal
          (r"re:\b(?:es|está)\s+(?:normal|legal|permitido|lo\s+normal)\b[^?¿\n]{0,80}\?"
    r"|\b(?:isso\s+|isto\s+)?é\s+(?:normal|permitido)\b[^?\n]{0,80}\?"
    r"|\b(?:c['’]est|est-ce\s+que\s+c['’]est|est-ce)\s+(?:normal|légal|permis)\b[^?\n]{0,80}\?"
    r"|\bist\s+(?:das|es|so\s+etwas|sowas)\s+(?:\w+\s+)?(?:normal|legal|erlaubt|zulässig|rechtens)\b[^?\n]{0,80}\?"
    r"|\b(?:è|e['’])\s+(?:normale|legale|lecito|permesso)\b[^?\n]{0,80}\?"
    r"|\bis\s+(?:dit|dat|het)\s+(?:\w+\s+)?(?:normaal|legaal|toegestaan)\b[^?\n]{0,80}\?"
    r"|\bczy\s+to\s+(?:jest\s+)?(?:normalne|legalne|dozwolone|zgodne\s+z\s+prawem)\b"
    r"|(?<![\u0400-\u04ff])(?:это|так)\s+(?:вообще\s+)?(?:нормально|законно|допустимо)(?![\u0400-\u04ff])[^?\n]{0,80}\?"
    r"|\b(?:bu\s+)?(?:normal|yasal)\s+mi\b"
    r"|这(?:样)?(?:正常|合法|合理)吗|(?:正常|合法)吗"
    r"|(?:普通|正常|合法|違法)(?:ですか|なの[?？]|なんですか|でしょうか)"
    r"|(?:정상|합법|불법)(?:인가요|이에요|이야|인가|일까요|이죠)"
    r"|क्या\s+(?:यह|ये)\s+(?:सामान्य|नॉर्मल|कानूनी|जायज़|जायज)\s+है|هل\s+(?:هذا|هذه|ده)\s+(?:طبيعي|طبيعية|قانوني|مسموح)", 5),
          # advice on what to buy ("my timer broke, which one should I buy?"): beats the tool's name
          (r"re:\b(?:which|what)\s+(?:one|\w+(?:\s+\w+)?)\s+should\s+(?:i|we)\s+(?:buy|get|order)\b"
           r"|\bshould\s+(?:i|we)\s+buy\b|\bworth\s+buying\b", 5),
          # a thing that does not work, in the planner's languages ("the timer on my multicooker won't start —
          # can I fix it?", "炊飯器のタイマー…故障？"): a repair question, never the thing
          (r"re:(?:\b(?:broken(?!\s+(?:down|up|into|out|links?)\b)|doesn['’]?t\s+work|won['’]?t\s+(?:start|turn\s+on|work)|stopped\s+working|no\s+funciona|no\s+enciende"
           r"|ne\s+(?:marche|fonctionne)\s+(?:pas|plus)|funktioniert\s+nicht(?:\s+mehr)?|geht\s+nicht(?:\s+mehr)?|kaputt"
           r"|non\s+funziona|não\s+funciona|não\s+liga|werkt\s+niet(?:\s+meer)?|kapot|nie\s+działa|zepsu\w*|bozuk"
           r"|çalışmıyor)\b|не\s+(?:запускается|работает|включается)|сломал\w*|починить|故障|壊れ|動かない|坏了|不工作"
           r"|修(?:理|好)|고장|작동\s*안|لا\s+(?:يعمل|يشتغل)|خربان|خرب|ख़राब|खराब|काम\s+नहीं\s+कर)"
           # the question in the same sentence, and no visual asked in it ("… kaputt – mach eine Präsentation …?")
           rf"(?:(?!{_MAKE_ASKED})[^.!。！\n]){{0,200}}?[?？؟]", 5),
          (r"re:\b(?:just\s+)?(?:a\s+)?(?:yes\s+or\s+no|quick\s+answer|short\s+answer)\b", 3),
          (r"re:\b(?:s[ií]\s+o\s+no|oui\s+ou\s+non|ja\s+oder\s+nein|sim\s+ou\s+n[ãa]o|s[iì]\s+o\s+no|ja\s+of\s+nee"
           r"|evet\s+mi\s+hay[ıi]r\s+m[ıi]|respuesta\s+r[áa]pida|r[ée]ponse\s+(?:rapide|courte)|kurze\s+antwort"
           r"|resposta\s+r[áa]pida|risposta\s+(?:breve|veloce)|kort\s+antwoord)\b", 3),
          ("да или нет", 3), ("коротко ответь", 3), ("是还是不是", 3), ("是或不是", 3), ("是或否", 3), ("简单回答", 3),
          ("はいかいいえ", 3), ("手短に", 3), ("نعم أو لا", 3), ("إجابة سريعة", 3), ("हाँ या ना", 3),
          ("हां या नहीं", 3), ("जल्दी बताओ", 3)],
}
# fmt: on

# A piece of prose to write from what the user gives ("이걸로 결혼식 축사 3분짜리 써줘", "write a 3-minute wedding
# speech from this", "schreib mir eine kurze Dankesrede", "写一篇婚礼致辞"): a speech, toast, letter, poem,
# message or caption is words, whatever facts are listed with it (4, as the English writing cue).
_PROSE = (
    r"re:\b(?:write|draft|compose|pen)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?:(?!(?:for|about|on|of|to|with|from|into|as|slides?|deck|presentation|chart|graph|poster|infographic|diagram|table)\b)[\w'’-]+\s+){0,4}?"
    r"(?:speech|toast|eulogy|vows|letter|poem|e-?mail|caption|bio|blurb|tribute|limerick|song|haiku|sonnet|obituary|essay|paragraph|press\s+release|thank[- ]you\s+note|note|message|reply|story)s?\b"
    r"|\b(?:schreib\w*|verfass\w*)\s+(?:mir\s+|uns\s+)?(?:\S+\s+){0,4}?(?:\w*rede|ansprache|trinkspruch|toast|gedicht|brief|e?-?mail|glückwunsch\w*|grußwort|bildunterschrift|text|nachricht)\b"
    r"|\b(?:\w*rede|ansprache|trinkspruch|gedicht|grußwort)\s+(?:\S+\s+){0,3}?(?:schreiben|verfassen)\b"
    r"|\b(?:écri[st]\w*|rédige\w*)[- ](?:moi\s+|nous\s+)?(?:\S+\s+){0,4}?(?:discours|toast|poème|lettre|e?-?mail|courriel|légende|texte|message|éloge)\b"
    r"|\b(?:escr[ií]b\w*|redact\w*)\s+(?:\S+\s+){0,4}?(?:discurso|brindis|poema|carta|correo|mensaje|texto|pie\s+de\s+foto|elogio|dedicatoria)\b"
    r"|\b(?:scriv\w*)\s+(?:\S+\s+){0,4}?(?:discorso|brindisi|poesia|lettera|e?-?mail|messaggio|testo|didascalia|dedica)\b"
    r"|\b(?:escrev\w*|redij\w*)\s+(?:\S+\s+){0,4}?(?:discurso|brinde|poema|carta|e-?mail|mensagem|texto|legenda|dedicatória)\b"
    r"|\bschrijf\s+(?:\S+\s+){0,4}?(?:speech|toespraak|gedicht|brief|e?-?mail|bericht|tekst|onderschrift)\b"
    r"|\bnapisz\s+(?:\S+\s+){0,4}?(?:przemówienie|mowę|toast|wiersz\w*|list|e?-?mail\w*|wiadomość|tekst|podpis)\b"
    r"|(?<![\u0400-\u04ff])(?:напиши\w*|составь)\s+(?:\S+\s+){0,4}?(?:речь|тост|стих\w*|письмо|поздравлени\w*|текст|подпись|сообщение)(?![\u0400-\u04ff])"
    r"|\b(?:konuşma\w*|kadeh\s+kaldırma\w*|şiir\w*|mektup\w*|mesaj\w*|metin|metni|yazı\w*|tebrik\w*|altyazı\w*)\s+(?:\S+\s+){0,2}?yaz\w*"
    r"|(?:भाषण|कविता|पत्र|चिट्ठी|संदेश|कैप्शन|टोस्ट)\s+(?:\S+\s+){0,2}?(?:लिखो|लिख\s+दो|लिखिए|लिखें|लिख\s+दें)"
    r"|(?:اكتب|أكتب|اكتبي)\s+(?:لي\s+)?(?:\S+\s+){0,2}?(?:خطاب|خطبة|كلمة|قصيدة|رسالة|تهنئة|نص|تعليق)"
    r"|(?:写|起草|撰写)(?:一[篇首段份封个]|个|篇|首|段)?\S{0,8}?(?:致辞|讲话稿|演讲稿|发言稿|祝酒词|贺词|诗|信|邮件|文案|悼词|配文)"
    r"|(?:致辞|讲话稿|演讲稿|发言稿|祝酒词|贺词|悼词|文案)\S{0,6}?写"
    r"|(?:スピーチ|祝辞|挨拶文|挨拶|詩|手紙|メール|文章|キャプション|弔辞|お祝いの言葉|メッセージ)\S{0,8}?(?:を)?(?:書いて|考えて)"
    r"|(?:축사|연설문?|건배사|편지|(?<![\uac00-\ud7af])시(?![\uac00-\ud7af])|메일|이메일|문자|글|인사말|축하\s*메시지|캡션|추도사|답장|소개글|스피치)\s*(?:\S+\s*){0,2}?(?:써\s*줘|써\s*주|써줄|작성해|지어\s*줘)"
)

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("what is", 1), ("what are", 1), ("who is", 1), ("who was", 1), ("why", 1), ("explain", 1),
           ("define", 1), ("definition", 1), ("when did", 1), ("summari*", 1), ("summary", 1),
           # writing, code and language tasks: text even when a visual word appears in them
           (r"re:\b(?:write|give me|generate|draft|compose)\s+(?:me\s+)?(?:a|an|the|some)?\s*(?:short\s+)?"
            r"(?:python|javascript|typescript|java|sql|bash|shell|regex|regular expression|function|script|query|"
            r"code|program|email|e-mail|letter|poem|haiku|essay|tweet|cover letter|story|limerick|song|note|memo|message"
            r"|reply|caption|speech|paragraph|handover(?:\s+note)?|report|referral|discharge\s+summary|complaint"
            r"|(?:comedy\s+|funny\s+|little\s+)?(?:sketch|skit|sketches|skits))\b", 4),
           # writing a message in the planner's languages: "Schreib eine kurze Mail an …", "メール書いて"
           (r"re:\b(?:escr[ií]b\w*|redact\w*|écri[st]\w*|rédige\w*|schreib\w*|verfass\w*|scriv\w*|escrev\w*"
            r"|schrijf|napisz|напиши\w*|составь|yaz(?:ar)?\s*m[ıi]s[ıi]n|yaz)(?:-(?:moi|nous|me|lui|nos|me))?\s+(?:\w+\s+){0,3}?"
            # a play's sketch or scene to write ("écris-moi un petit sketch de 2 minutes"): words, not a drawing
            r"(?:sketch|sketche|saynète|sayn[eè]te|scénette|skit|sketchs|guion|scenetta|esquete|сценк\w*|скетч|e-?mail|mail|correo|carta"
            r"|lettre|brief|nachricht|lettera|messaggio|mensagem|bericht|wiadomoś\w*|list|письмо|сообщение|e-?posta|mesaj"
            r"|respuesta|réponse|antwort|risposta|resposta|antwoord|odpowied\w*|ответ\w*|cevap\w*|yanıt\w*"
            r"|reclamaci[oó]n|réclamation|beschwerde|reclamo|reclamaç[aã]o|klacht|reklamacj\w*|жалоб\w*|şikayet\w*"
            r"|dilekçe\w*|metin|metni)\b"
            r"|\b(?:dilekçe|şikayet|cevap)\w*\s+(?:\w+\s+){0,2}?yaz\w*"
            r"|(?:メール|手紙|文面)を?(?:書|作)|(?:写|起草)(?:一封|个)?(?:邮件|信)|(?:메일|이메일|편지)\s*(?:써|작성)"
            r"|(?:اكتب|أكتب)\s+(?:لي\s+)?(?:رسالة|إيميل|ايميل|بريد)|(?:ईमेल|मेल|पत्र|चिट्ठी)\s+(?:लिख|बना)", 4),
           # the user's notes written up as a piece of prose: "write this up as a handover", "escreve isso como
           # passagem de plantão", "schreib das als Übergabe". 3: a form named after it ("as slides") still wins
           (r"re:\b(?:write|type)\s+(?:this|it|that|these|them)\s+(?:up\s+)?(?:as|like|into)\b"
            r"|\bescrev\w*\s+(?:isso|isto|tudo\s+isso)\s+(?:como|em\s+forma\s+de)\b"
            r"|\bescr[ií]b\w*\s+(?:esto|eso|todo\s+esto)?\s*(?:como|en\s+forma\s+de)\b"
            r"|\bécri[st]\w*\s+(?:ça|cela|ceci)?\s*(?:comme|sous\s+forme\s+d)|\bschreib\w*\s+(?:das|es|dies)\s+(?:\w+\s+)?als\b"
            r"|\bscriv\w*\s+(?:questo|tutto\s+questo)?\s*come\b|\bschrijf\s+(?:dit|het)\s+(?:\w+\s+)?als\b"
            r"|\bnapisz\s+to\s+(?:jako|w\s+formie)\b|(?<![\u0400-\u04ff])напиши\w*\s+это\s+(?:как|в\s+виде)"
            r"|\bolarak\s+yaz\w*", 3),
           # a summary in so many sentences, in the planner's languages: words, whatever was pasted
           (r"re:\b(?:in|en|em|w|в|na)\s+(?:one|two|three|a\s+few|una|dos|tres|une|deux|trois|einem|zwei|drei|due|tre|uma"
            r"|duas|três|één|twee|drie|jednym|dwóch|trzech|одном|двух|трёх|трех|\d)\s+(?:sentences?|frases?|phrases?|sätzen?|satz"
            r"|zinnen|zin|zdani\w*|предложени\w*)\b"
            r"|\b(?:bir|iki|üç|\d)\s+cümle\w*|(?:一|两|二|三|\d)句话|(?:1|2|3|一|二|三)文で|(?:한|두|세|\d)\s*문장|في\s+(?:جملة|جملتين)"
            r"|(?:एक|दो|तीन|\d)\s+वाक्य", 4),
           ("regex", 3), ("regular expression", 3), ("sql query", 4), ("translate", 3), ("rewrite", 3),
           ("proofread", 3), ("fix this", 3), ("debug", 3),
           ("reword", 3), ("rephrase", 3), (r"re:\bsounds?\s+(?:less|more|nicer|friendlier|politer|kinder|professional|formal|casual)\b", 4), ("grammatically", 3), (r"re:\b(?:check|fix|correct|improve)\s+(?:the\s+|my\s+|its\s+)?(?:grammar|spelling)\b", 3), (r"re:\b(?:grammar|spelling)\s+(?:mistakes?|errors?|check)\b", 3), (r"re:\bsummari[sz]e\s+(?:this|it|that|the following)\s+in\s+(?:one|1|two|2|three|3|a few|a single)\s+(?:sentences?|lines?|words?|bullets?)\b", 4), ("re:\\bwhat'?s\\s+wrong\\s+with\\s+(?:this|my|the)\\b", 4), (r"re:\bhelp me (?:word|phrase|reply|respond|answer)\b", 4), (r"re:\bword it\b", 3), ("in one sentence", 3), ("more polite", 3)],
    "zh": [("什么是", 1), ("是什么", 1), ("为什么", 1), ("解释", 1), ("谁是", 1), ("定义", 1), ("总结", 1), ("概括", 1),
           ("翻译", 3),
           ("润色", 4), ("改写", 4), ("语法", 3), ("更礼貌", 4)],
    "es": [("qué es", 1), ("por qué", 1), ("resume", 1), ("resuma", 1), ("resumen", 1), ("traduce", 3),
           ("reescribe", 4), ("redacta", 3), ("corrige", 3), ("más formal", 3)],
    "fr": [("qu'est-ce", 1), ("c'est quoi", 1), ("pourquoi", 1), ("résume", 1), ("résumé", 1), ("traduis", 3),
           ("reformule", 4), ("corrige", 3), ("plus poli", 3), ("rédige", 3)],
    "de": [("was ist", 1), ("warum", 1), ("wer war", 1), ("zusammenfass*", 1), ("fasse", 1), ("übersetze", 3),
           ("umformulier*", 4), ("formuliere", 4), ("korrigier*", 3), ("höflicher", 4)],
    "pt": [("o que é", 1), ("por que", 1), ("resuma", 1), ("resumo", 1), ("traduza", 3),
           ("reescreva", 4), ("corrija", 3)],
    "it": [("cos'è", 1), ("che cos'è", 1), ("perché", 1), ("riassumi", 1), ("riassunto", 1), ("traduci", 3),
           ("riformula", 4), ("correggi", 3)],
    "ru": [("что такое", 1), ("почему", 1), ("кратко", 1), ("резюм", 1), ("переведи", 3),
           ("перефразируй", 4), ("исправь", 3), ("вежлив", 3)],
    "ja": [("とは", 1), ("教えて", 1), ("要約", 1), ("翻訳", 3),
           ("丁寧に", 4), ("敬語", 4), ("添削", 4), ("言い換え", 4), ("書き直", 4), ("手直し", 4), ("推敲", 4),
           ("直して", 3),  # "自己PR直して：…": the user's own text to fix
           (r"re:(?:PR|文|文章|メール|メッセージ|履歴書|志望動機|自己紹介|ES|エントリーシート|手紙|挨拶|返信)\s*(?:を)?\s*直して", 4)],
    "ko": [("뭐야", 1), ("무엇", 1), ("요약", 1), ("번역", 3),
           ("다듬어", 4), ("맞춤법", 4), ("정중하게", 4), ("고쳐", 3)],
    "ar": [("ما هو", 1), ("ما هي", 1), ("لخص", 1), ("ملخص", 1), ("ترجم", 3),
           ("أعد صياغة", 4), ("صحح", 3)],
    "hi": [("क्या है", 1), ("सारांश", 1), ("अनुवाद", 3),
           ("दोबारा लिखो", 4)],
    "nl": [("herschrijf", 4), ("vertaal", 3)],
    "tr": [("düzelt", 3), ("çevir", 3)],
    "pl": [("popraw", 3), ("przetłumacz", 3)],
    "vi": [("sửa lại", 3), ("dịch sang", 3), ("dịch giúp", 3)],
    "prose": [(_PROSE, 4)],
}
# fmt: on


# Checking or explaining what was pasted ("ChatGPT told me this — is it right?", "Co to znaczy?
# Wytłumacz normalnie"): the answer is a judgement or an explanation in words, not its layout.
# fmt: off
CHECKS: dict[str, list[tuple[str, int]]] = {
    "en": [(r"re:\b(?:one|single)[- ]sentence\s+(?:summary|answer)\b|\bin (?:one|a single) sentence\b|\btl;?dr\b", 3),
           (r"re:\bis (?:it|this|that) (?:right|correct|true|accurate)\b", 3), (r"re:\bwhat does (?:it|this|that) mean\b", 3),
           (r"re:\bexplain (?:it|this|that) (?:simply|normally|in plain)", 3)],
    "es": [(r"re:\b(?:es|está) (?:correcto|cierto|bien)\b\s*[?¿]", 3), (r"re:\bqué significa\b", 3), ("explícamelo", 3)],
    "fr": [(r"re:\bc['’]est (?:vrai|juste|correct)\b\s*\?", 3), (r"re:\best-ce (?:vrai|juste|correct)\b", 3),
           (r"re:\bqu['’]est-ce que (?:ça|cela) veut dire\b", 3), (r"re:\bexplique-(?:moi|le)\b", 3)],
    "de": [(r"re:\bstimmt (?:das|es)\b", 3), (r"re:\bwas bedeutet (?:das|es)\b", 3), (r"re:\berklär(?:e|en)? (?:mir|es) \w*\s*(?:einfach|normal)", 3)],
    "pt": [(r"re:\b(?:está|é) (?:certo|correto|verdade)\s*\?", 3), (r"re:\bo que (?:isso )?significa\b", 3)],
    "it": [(r"re:\bè (?:giusto|corretto|vero)\s*\?", 3), (r"re:\bcosa significa\b", 3)],
    "nl": [(r"re:\bklopt (?:dit|dat|het)\b", 3), (r"re:\bwat betekent (?:dit|dat|het)\b", 3)],
    "ru": [(r"re:\bэто (?:правда|верно|правильно)\b", 3), ("что это значит", 3), (r"re:\bобъясни\w*", 3)],
    "pl": [(r"re:\bczy to (?:prawda|prawidłowe|dobrze)\b", 3), (r"re:\bco to znaczy\b", 3), (r"re:\bwytłumacz\w*", 3)],
    "tr": [(r"re:\bbu doğru mu\b", 3), (r"re:\bne demek\b", 3), (r"re:\baçıkla\w*", 3), (r"re:\bne anlama gel\w*", 3),
           (r"re:\banlamı ne\b", 3), (r"re:\bbasitçe anlat\w*", 3)],
    "zh": [("这对吗", 3), ("对不对", 3), ("是真的吗", 3), ("什么意思", 3), ("是什么意思", 3)],
    "ja": [("合ってる", 3), ("合っていますか", 3), ("本当ですか", 3), ("どういう意味", 3)],
    "ko": [("맞아?", 3), ("맞나요", 3), ("사실인가요", 3), ("무슨 뜻", 3)],
    "ar": [("هل هذا صحيح", 3), ("هل هذا صح", 3), ("ماذا يعني", 3), ("وش معنى", 3)],
    "hi": [("क्या यह सही है", 3), ("क्या ये सही है", 3), ("का मतलब क्या", 3)],
}
# fmt: on


# Work on what was pasted whose result is words: a summary of so many sentences or points, a check of
# a sum, whether a budget is enough, what the numbers allow one to say. In every language at once.
_COUNTED = (
    r"(?:\d|one|two|three|four|five|une?|deux|trois|ein|zwei|drei|uno|dos|tres|due|tre|um|dois|duas|três|een|twee"
    r"|drie|jeden|dwa|trzy|bir|iki|üç|одн\w*|два|две|три|一|两|二|三|한|두|세|ثلاث|दो|तीन)"
)
_WORD_TASKS = (
    r"re:\b(?:summari[sz]e|sum\s+up|résume|resum[ea]|resumir|riassumi|zusammenfass\w*|fasse|samenvat\w*|vat\s+samen"
    r"|podsumuj|streść|özetle|подытож\w*|перескажи)\b.{0,60}?\b"
    + _COUNTED
    + r"\s+(?:\w+\s+)?(?:sentences?|phrases?|sätze[n]?|frases?|frasi|zinnen|zdani[ae]|cümle\w*|предложени\w*"
    r"|bullet\s*points?|bullets?|points|pts|puntos|punti|punkte[n]?|punten|punkty|pkt|madde|пункт\w*|lines?|lignes?)\b"
    r"|(?:总结|概括|要約|요약)\S{0,6}(?:[一两二三1-3]|세|두)\s*(?:句|文|点|줄|문장|가지)"
    # "turn it into five bullet points: …": a written list of what was given
    r"|\b(?:turn|make|put|rewrite|write)\s+(?:it|this|these|them)\s+(?:into|as)\s+(?:\w+\s+)?(?:short\s+)?bullet(?:\s+point)?s\b"
    # checking a sum or a result
    r"|맞는지|合ってるか|合っているか|правильно\s+ли|верно\s+ли|\bproverь\b|\bdoğru\s+mu\b|\bczy\s+dobrze\b"
    r"|\b(?:check|verify)\s+(?:if|whether|that|my|the)\b.{0,40}?\b(?:right|correct|adds?\s+up|total|average|sum|maths?|math)\b"
    r"|(?<![\u0400-\u04ff])проверь\w*|هل\s+\S+\s+صح|हिसाब\s+सही"
    # is it enough?
    r"|\b(?:is|are|will)\s+(?:\w+\s+){0,3}(?:be\s+)?enough\b|\benough\s*\?|\bcan\s+(?:i|we)\s+afford\b|\breicht\s+(?:das|es|mein\w*|unser\w*)\b|\best-ce\s+que\s+ça\s+suffit"
    r"|\b(?:alcanza|basta|alcança|yeter\s+mi|wystarczy)\b|хватит\s+ли|够不够|足りる|충분|تكفي|يكفي|काफी\s+है"
    # what the numbers allow one to say
    r"|\bwhat\s+can\s+(?:i|we|you)\s+(?:say|conclude|tell)\b|何が言え|что\s+можно\s+сказать|co\s+z\s+tego\s+wynika"
    r"|\bne\s+söylenebilir|qu[ée]\s+se\s+puede\s+(?:decir|concluir)|was\s+kann\s+man\s+(?:daraus|dazu)\s+sagen"
)
CHECKS["en"].append((_WORD_TASKS, 3))
# What a word means ("what does tare mean here", "was bedeutet Tara", "que veut dire TTC", "¿qué significa
# IVA?", "co oznacza brutto", "что значит нетто", "'tare' ne demek", "皮重是什么意思", "風袋ってどういう意味",
# "ما معنى الوزن الفارغ"): a definition in words, whatever figures were pasted around the word.
_WHAT_MEANS = (
    r"re:\bwhat\s+(?:does|do|did)\s+(?:the\s+(?:word|term|abbreviation|line)\s+)?[\"'“‘]?[^\s?.!,\"'”’]+(?:\s+[^\s?.!,\"'”’]+){0,2}[\"'”’]?\s+(?:mean|stand\s+for)\b"
    r"|\bwhat(?:'s|\s+is)\s+(?:meant\s+by|the\s+meaning\s+of)\b|\bwhat\s+is\s+\S+\s+short\s+for\b"
    r"|\bwas\s+(?:bedeutet|heißt|heisst|meint\s+man\s+mit)\b|\bque\s+(?:veut\s+dire|signifie)\b|\bqu['’]est-ce\s+que\s+(?:\S+\s+){1,3}?veut\s+dire\b"
    r"|\bqu[ée]\s+(?:significa|quiere\s+decir)\b|\b(?:cosa|che)\s+(?:significa|vuol\s+dire)\b|\bo\s+que\s+(?:\S+\s+){0,3}?(?:significa|quer\s+dizer)\b"
    r"|\bwat\s+(?:betekent|is\s+de\s+betekenis\s+van)\b|\bco\s+(?:\S+\s+)?(?:znaczy|oznacza)\b|\bчто\s+(?:\S+\s+){0,2}?(?:значит|означает)\b"
    r"|\bне\s+понимаю,?\s+что\s+такое\b|\b(?:ne\s+demek|ne\s+anlama\s+gel\w*)|什么意思|啥意思|是指什么|どういう意味|って何(?:です|のこと)?[?？]?$"
    r"|무슨\s*뜻|뜻이\s*(?:뭐|무엇)|(?:ما|شو|وش)\s+(?:معنى|يعني)|ماذا\s+(?:يعني|تعني)|(?:का|की)\s+(?:मतलब|अर्थ)"
)
CHECKS["en"].append((_WHAT_MEANS, 3))

for _lang, _cues in [*IN_WORDS.items(), *YES_NO.items(), *CHECKS.items()]:
    CUES[_lang] = _cues + CUES.get(_lang, [])


def _in_words(req: RulesInput) -> Plan | None:
    """'same data, just tell me which month was best: jan 340 feb 410 mar 395': the chart's reading of
    the numbers (highest, lowest, the change) written out, with no chart."""
    if best_cue(req.question, [c for cues in IN_WORDS.values() for c in cues]) is None:
        return None
    if extract_data(req.question) is None:
        return None
    from generators.rules import chart

    plan = chart.build(req)
    return text_plan(plan.answer) if plan.kind == "chart" and plan.answer else None


def build(req: RulesInput) -> Plan:
    if (req.table is None or req.pasted) and not req.content and best_cue(req.question, [(_WHAT_MEANS, 3)]):
        # "gross 18,420 kg / tare 11,950 kg / what does tare mean here": a definition, which no sum of
        # the pasted figures gives; offline that is a question from general knowledge
        return text_plan(msg(req.language, "research", what=msg(req.language, "what_text")))
    if req.table is not None:
        # the most or least first ("which invoice is the most overdue"), then rows named by their values
        found = _table_answer(req.question, req.table, req.lang)
        summary = table_summary(req.table, req.table_name, req.lang)
        return text_plan(f"{found}\n\n{summary}" if found else summary)
    if req.content:
        note = (
            _cannot_rewrite(req.question, req.language)
            or _cannot_write(req.question, req.language)
            or _cannot_look_up(req.question, req.language, req.content)
        )
        return text_plan(f"{note}\n\n{req.content}" if note else req.content)
    answer = (
        arithmetic(req.question)
        or percent_checked(req.question, req.language)
        or checked(req.question, req.language)
        or paid_balance(req.question, req.language)
        or share_of(req.question, req.language)
    )
    if answer:
        return text_plan(answer)
    if best_cue(req.question, YES_NO["any"]) is not None:
        return text_plan(msg(req.language, "research", what=msg(req.language, "what_text")))
    worded = _in_words(req)
    if worded is not None:
        return worded
    if (asked := word_problem(req.question)) is not None:
        return text_plan(msg(req.language, "word_problem", numbers=", ".join(n.text for n in asked)))
    if _SUM_WRITTEN.search(req.question) or amount_asked(req.question):
        # "3 bancali da 212,50 + trasporto 85 + iva 22%", "… soap 0.80. how much for two loads": a sum to work out
        nums = [n.text for n in find_numbers(req.question) if not n.is_year]
        return text_plan(msg(req.language, "word_problem", numbers=", ".join(nums)))
    cue = best_cue(req.question, [c for cues in CUES.values() for c in cues])
    if cue is not None and cue[0] >= 4:  # "write this up as a handover note: …": writing, whatever the list
        return text_plan(msg(req.language, "writing"))
    if best_cue(req.question, [(_WORD_TASKS, 3)]) is not None:  # "summarise in 3 points: …": words to write
        given = supplied(req.question)
        listed = "\n".join(f"- {item}" for item in given.items) if given is not None else ""
        return text_plan(msg(req.language, "writing") + (f"\n\n{listed}" if listed else ""))
    if (plain := PLAIN_ASK.search(req.question)) is not None and (
        given := supplied(req.question)
    ) is not None:
        return text_plan(_in_plain_words(req, plain.group(0), given.items))
    statement = not re.search(r"[?？؟]\s*$", req.question.strip())
    mixed = mixed_numbers(req.question) if statement else None
    if mixed:
        return mixed_plan(req.language, req.question, mixed)
    given = supplied(req.question) if statement else None
    if given is not None:
        return unsure_plan(req.language, ["infographic", "slides", "diagram"], given.items[:12])
    if cue is not None and cue[0] >= 3:
        return text_plan(msg(req.language, "writing"))
    if statement and cue is None and not REQUEST_WORDS.search(req.question) and len(req.question) < 300:
        nums = [n for n in find_numbers(req.question) if not n.is_year]
        readings = len(re.findall(r"\d+/\d+", req.question))  # "120/80" is a reading, not two numbers
        if len(nums) + readings >= 3:  # "pulse 80, temperature 36.8, BP 120/80": the values, not "no numbers"
            return mixed_plan(req.language, req.question, nums)
        return text_plan(msg(req.language, "nothing"))
    return text_plan(msg(req.language, "research", what=msg(req.language, "what_text")))


_SUM_WRITTEN = re.compile(r"\d[^\d+\n]{0,24}\s\+\s*[^\W\d]{0,24}\s*\d")

_IN_ORDER = re.compile(
    r"\bin order\b|\bsorted\b|\branked\b|\bhighest first\b|\bsort(?:ed)?\s+(?:them|it)\b|\bordena\w*|\bsortier\w*"
    r"|\bdans l.ordre\b|\bin ordine\b|\bem ordem\b|\bop volgorde\b|\bpo kolei\b|\bsırala\w*|по порядку|排序|顺序|順番|순서",
    re.I,
)
_WRITE_UP = re.compile(
    r"mail|message|note|write|writ|écri|schreib|scriv|escrev|schrijf|napisz|yaz|напиш|письм|写|書|글|اكتب|लिख",
    re.I,
)


def _in_plain_words(req: RulesInput, asked: str, items: list[str]) -> str:
    """The user's items written out, as asked after a form was dropped ("chart, no wait, just list them
    in order: Lee 14, Ana 22" → the list, largest first when asked in order and every item holds one
    number). An email or a note to write is said to be beyond the offline planner, the items kept."""
    if _IN_ORDER.search(req.question):
        counted = [[n for n in find_numbers(it) if not n.is_year] for it in items]
        if all(len(c) == 1 for c in counted):
            items = [it for _, it in sorted(zip(counted, items, strict=True), key=lambda p: -p[0][0].value)]
    listed = "\n".join(f"- {it}" for it in items)
    return f"{msg(req.language, 'writing')}\n\n{listed}" if _WRITE_UP.search(asked) else listed


_REWRITE = re.compile(
    r"shorter|shorten|condense|trim|only the|just the|rewrite|summar|resum|kürz|raccourc|accorc|缩短|精简|短く|줄여",
    re.I,
)


def _cannot_write(question: str, language: str) -> str:
    """A speech or a letter asked from the notes pasted: the notes are shown, and the answer says the
    offline planner writes no prose rather than passing them off as the speech."""
    return f"_{msg(language, 'writing')}_" if best_cue(question or "", [(_PROSE, 4)]) else ""


def _cannot_rewrite(question: str, language: str) -> str:
    """Offline, an answer can be shown but not rewritten: say so rather than pretend."""
    if not _REWRITE.search(question or ""):
        return ""
    return f"_{msg(language, 'cannot_rewrite')}_"


def _cannot_look_up(question: str, language: str, document: str = "") -> str:
    """A question about a document: offline, the planner shows the document rather than guess, the
    lines that hold the question's words quoted first (`passages`)."""
    if not asks_about_attachment((question or "").strip(), table=False):  # "…?" or "who does X report to"
        return ""
    found = quoted(without_lead_in(question or ""), document)  # "from the tour doc": no word to look for
    return f"_{msg(language, 'cannot_look_up')}_" + (f"\n\n{found}" if found else "")


_TOTAL = re.compile(
    r"total|sum|spent|how much|altogether|in all|合计|总|合計|합계|전체|총|全部|全体|総額|gesamt|всего|итого|łącznie"
    r"|toplam|totaal|in\s+tutto|in\s+totale|en\s+total|no\s+total|au\s+total|insgesamt|إجمالي|المجموع|cu[aá]nto|combien|quanto|wie\s*viel|hoeveel|сколько|ile\b|얼마",
    re.I,
)


_VERB_MEASURES = (  # "which region sells the most": the column the verb is about
    (re.compile(r"\bsell|\bsold\b|\bsales?\b", re.I), ("sale", "revenue", "amount")),
    (
        re.compile(r"\bearn|\bmakes?\b|\bmade\b|\brevenue", re.I),
        ("revenue", "income", "earning", "sale", "salar", "wage"),
    ),
    (re.compile(r"\bspen[dt]|\bcost", re.I), ("spend", "cost", "expense", "amount", "price")),
    (re.compile(r"\border|\bbuy|\bbought", re.I), ("order", "quantity", "units")),
)


_SLOWEST = re.compile(
    r"\b(?:slowest|takes?\s+the\s+longest|most\s+time|más\s+lent[oa]|le\s+plus\s+lent\w*|langsamste\w*"
    r"|am\s+langsamsten|più\s+lent[oa]|mais\s+lent[oa]|traagste|медленн\w+|дольше\s+всех|najwolniej\w*|en\s+yavaş)\b"
    r"|最慢|最も遅い|一番遅い|가장\s*느린|الأبطأ|सबसे\s+धीमा",
    re.I,
)
_FASTEST = re.compile(
    r"\b(?:fastest|quickest|least\s+time|más\s+rápid[oa]|le\s+plus\s+rapide|schnellste\w*|am\s+schnellsten"
    r"|più\s+veloce|mais\s+rápid[oa]|snelste|быстр\w+|быстрее\s+всех|najszybsz\w*|en\s+hızlı)\b"
    r"|最快|最も速い|一番速い|가장\s*빠른|الأسرع|सबसे\s+तेज़?",
    re.I,
)
# A column holding how long something took: the measure "slowest" and "fastest" are about.
_DURATION_COLUMN = re.compile(
    r"min(?:ute)?s?\b|minutes|hours?|hrs|secs?|seconds|duration|time_taken|days_to|turnaround|lead_time|_time\b"
    r"|tempo|zeit|dauer|durata|tiempo|temps|czas|süre|время|时间|時間|시간",
    re.I,
)


_PER_PERSON = re.compile(r"salar|wage|\bpay\b|income|tenure|experience|years", re.I)
"""What each row has, compared across groups by its average: "the highest salary" of a department."""


_GENERIC = frozenset(
    {"total", "number", "count", "value", "values", "amount", "date", "name", "type", "rate"}
)


# Short forms in column names and the words a question writes for them ("avg_rate_eur" is the average rate)
_SHORT_FORMS = {"avg": ("average", "mean"), "pct": ("percent", "percentage", "share"), "qty": ("quantity",),
                "amt": ("amount",), "num": ("number",), "yr": ("year",), "hrs": ("hours",), "temp": ("temperature",)}  # fmt: skip
# Units and currencies a column name ends with: they say how it is measured, a question seldom writes them
_UNIT_TOKENS = frozenset("eur usd gbp chf jpy inr pct kg km mm cm min sec hrs h l ml mg".split())  # noqa: SIM905


def _every_word(question: str, column: str) -> int:
    """Where the question writes every word of the column's name (two or more, short forms read out, the
    unit left aside: "average room rate" names avg_rate_eur), else -1. Each word may be generic; together
    they name the column, as "average room rate" does avg_rate_eur, not rooms_sold."""
    words = [w for w in re.split(r"[\W_]+", column.lower()) if w and w not in _UNIT_TOKENS]
    if len(words) < 2:
        return -1
    asked = question.lower()
    hits = []
    for w in words:
        forms = (w, *_SHORT_FORMS.get(w, ()))
        found = [
            m.start()
            for f in forms
            if (m := re.search(rf"(?<![^\W\d_]){re.escape(f)}(?:e?s)?(?![^\W\d_])", asked))
        ]
        if not found:
            return -1
        hits.append(min(found))
    return min(hits)


def _named(question: str, columns: list[str]) -> list[str]:
    """The columns the question names, first named first: closely ('total sales'), or by a word of
    their own ('experience' for years_experience, 'order' for order_id)."""
    found = {n: pos for n, (score, pos) in column_mentions(question, columns).items() if score >= 0.8}
    words = {m.group(): m.start() for m in re.finditer(r"[^\W\d_]{4,}", question.lower())}
    found |= {col: pos for col in columns if col not in found and (pos := _every_word(question, col)) >= 0}
    for col in columns:
        own = [w for w in re.split(r"[\W_]+", col.lower()) if len(w) >= 4 and w not in _GENERIC]
        # "return rate" names returns_pct: a column's word in the singular names it too
        hit = [words[v] for w in own for v in (w, w + "s", w.removesuffix("s")) if len(v) >= 4 and v in words]
        if col not in found and hit:
            found[col] = min(hit)
    return [n for n, _ in sorted(found.items(), key=lambda kv: kv[1])]


def _measure(question: str, numeric: list[str]) -> str | None:
    named = _named(question, numeric)
    if named:
        return named[0]
    return _verb_measure(question, numeric)


def _verb_measure(question: str, numeric: list[str]) -> str | None:
    """The column the question's verb is about ("sells", "sales" → revenue), else None."""
    for verb, fragments in _VERB_MEASURES:
        if verb.search(question):
            found = [c for f in fragments for c in numeric if f in c.lower()]
            if found:
                return found[0]
    return None


def _table_answer(question: str, df: pd.DataFrame, lang: str) -> str:
    """The value the question asks of the table: the most or least first ("which invoice is the most
    overdue"), then rows named by their values. Two asks joined by "and" ("who earns the most and who
    has the best rating?") are answered each, when each has an answer; else the question as a whole."""

    def one(part: str) -> str:
        columns = [str(c) for c in df.columns]
        numeric = [c.name for c in profile(df) if c.kind == "numeric" and not c.id_like]
        return (
            lookup(part, df, lang)
            # "does rain actually hurt sales?": the sales with rain and without, side by side
            or effect_answer(part, df, lang, _named(part, columns), _verb_measure(part, numeric))
            or answer_rows(part, df, lang, _named(part, columns))
        )

    parts = split_asks(question)
    if len(parts) > 1:
        found = [one(part) for part in parts]
        if all(found):
            return "\n\n".join(dict.fromkeys(found))
    return one(question)


def lookup(question: str, df: pd.DataFrame, lang: str = "en") -> str:
    """One value the question asks for, computed from the table: the group or row with the most or
    least of a numeric column it names (or that its verb is about: "sells" → sales), or that
    column's total; over the rows the question picks ("in 2022", "in the South"), said next to it.
    '' when it names none."""
    from generators.rules.inline import LEVEL

    cols = profile(df)
    if _MODE.search(question):
        return _most_common(question, df, cols, lang)
    numeric = [c.name for c in cols if c.kind == "numeric" and not c.id_like]
    # "at least 4.5", "more than 80k": no superlative
    compared = comparisons(question, df, cols)
    asked_of = blanked(question, [c[3] for c in compared])
    most, least = MOST.search(asked_of), LEAST.search(asked_of)
    # "busiest day", "le moins cher": the word says the direction and what is measured (visitors, price)
    measured = measured_superlative(asked_of)
    if measured is not None:
        most, least = (measured[0], None) if measured[1] == "max" else (None, measured[0])
        # "cheapest with at least 3 rooms": the rooms pick the rows, the price is what is compared
        filtered = {found[2] for found in compared}
        numeric = [c for c in numeric if c not in filtered]
    if (most or least) and _YEAR_LESS_NUMBER.search(asked_of):
        return ""  # "o mais barato com 3 quartos": a condition it cannot read; no row rather than a wrong one
    # "who's the slowest mechanic": speed is the time a row took, the most (slowest) or least (fastest)
    timed = next((c for c in numeric if _DURATION_COLUMN.search(c)), None)
    slow, fast = _SLOWEST.search(asked_of), _FASTEST.search(asked_of)
    speed = timed is not None and not (most or least) and bool(slow or fast)
    if speed:
        most, least = slow, fast
    # "which country emitted the most": a table of one measure is about that measure
    column = (
        (timed if speed else None)
        or _measure(question, numeric)
        or (numeric[0] if len(numeric) == 1 and (most or least) else None)
        or (_measured_column(df, numeric, measured[2]) if measured is not None else None)
    )
    if column is None:
        return ""
    ranked = ranked_by(question, df, cols, None) if most or least else None
    if ranked is not None and ranked[0] == column and ranked[1] in column_mentions(question, [ranked[1]]):
        return ""  # "which route is the most punctual": a numeric route names the rows; `answer_rows` ranks
    cats = [c.name for c in cols if c.kind == "category" and not c.id_like]
    ids = [c.name for c in cols if c.id_like and c.name != column]
    dates = [c.name for c in cols if c.kind == "date"]
    asked = distinct_first(question, df, _named(question, cats + ids + dates))
    if not (most or least or _TOTAL.search(asked_of)):
        return ""
    picked = selection(question, df, skip=(column,), every=cols)
    shown = (column, *(picked.columns if picked is not None else ()))  # said already: not in a row's details
    where = ""
    if picked is not None:
        df = df[picked.mask]
        where = tr(lang, "where_paren", where=picked.where(lang))
        if df.empty:
            return tr(lang, "rows_matched", k=0, n=len(picked.mask), where=picked.where(lang))
        asked = [c for c in asked if c not in picked.columns]
        cats = [c for c in cats if c not in picked.columns]
    # "busiest day?" over a table of dates: the date names the row when no category does
    label = asked[0] if asked else next(iter(cats), None) or next(iter(dates), None)
    values = to_numeric(df[column])
    if values.dropna().empty:
        return ""
    key = "least_of" if least and not most else "most_of"
    col_l = lower(lang, humanize(column))
    if (most or least) and label is not None and asked and df[label].duplicated().any():
        # "which region sells the most": regions have many rows each; compare their totals
        agg = "mean" if speed or LEVEL.search(column) or _PER_PERSON.search(column) else "sum"
        groups = values.groupby(df[label]).agg(agg).dropna()
        if not groups.empty:
            top = groups.idxmin() if key == "least_of" else groups.idxmax()
            words = AGG_WORDS.get(lang, AGG_WORDS["en"])
            total = lower(lang, humanize(column)).removeprefix("total ") if lang == "en" else col_l
            what = tr(lang, key, m=lower(lang, tr(lang, "agg_measure", agg=words[agg], y_l=total)))
            found = tr(
                lang, "lookup_found", what=what, where=where, row=top, v=fmt_number(float(groups[top]), lang)
            )
            rows = df.index[df[label] == top]
            return with_row(found, df, rows[0], (label, *shown), lang) if len(rows) == 1 else found
    if (most or least) and label is not None:
        i = values.idxmin() if key == "least_of" else values.idxmax()
        found = tr(
            lang,
            "lookup_found",
            what=tr(lang, key, m=col_l),
            where=where,
            row=df.loc[i, label],
            v=fmt_number(float(values[i]), lang),
        )
        return with_row(found, df, i, (label, *shown), lang)
    if most or least:
        v = values.min() if key == "least_of" else values.max()
        return tr(
            lang, "lookup_value", what=tr(lang, key, m=col_l), where=where, v=fmt_number(float(v), lang)
        )
    words = AGG_WORDS.get(lang, AGG_WORDS["en"])
    what = tr(lang, "agg_measure", agg=words["sum"], y_l=col_l)
    return tr(lang, "lookup_value", what=what, where=where, v=fmt_number(float(values.sum()), lang))


# A figure left in the question once its comparisons are read, not a year: some condition on the rows
_YEAR_LESS_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?!\d)")


def _measured_column(df: pd.DataFrame, numeric: list[str], fragments: tuple[str, ...]) -> str | None:
    """The column a measured superlative is about: the first whose name holds one of its fragments
    (most telling first: visitors before orders); for "busiest", else the first column of whole counts."""
    for fragment in fragments:
        found = [c for c in numeric if fragment in c.lower()]
        if found:
            return found[0]
    if "visit" in fragments:  # busy means many of something counted: the first whole-number column
        return next((c for c in numeric if df[c].dtype.kind in "iu"), None)
    return None


_MODE = re.compile(
    r"\bmost\s+(?:common|frequent|often)|más\s+(?:com[uú]n|frecuente)|plus\s+(?:fréquente?|courante?)"
    r"|häufigste[rns]?\b|mais\s+(?:comum|frequente)|più\s+(?:comune|frequente)|meest\s+voorkomende?"
    r"|сам(?:ый|ая|ое)\s+(?:частый|частая|частое|распространённ\w*)|最常见|最も多い|가장\s+흔한|en\s+yaygın"
    r"|najczęstsz\w*|الأكثر\s+شيوع|सबसे\s+आम",
    re.I,
)
"""The most common value asked for: a count of rows by a category, not the most of a measure."""


def _most_common(question: str, df: pd.DataFrame, cols: list, lang: str) -> str:
    """'what was the most common root cause?': the category value on the most rows (every value tied
    for the most), over the rows the question picks; '' when it names no category column."""
    cats = [c.name for c in cols if c.kind == "category" and not c.id_like]
    asked = _named(question, cats)
    if not asked:
        return ""
    label = asked[0]
    picked = selection(question, df, skip=(label,), every=cols)
    where = tr(lang, "where_paren", where=picked.where(lang)) if picked is not None else ""
    rows = df[picked.mask] if picked is not None else df
    counts = rows[label].dropna().astype(str).value_counts()
    if counts.empty:
        return ""
    top = [str(v) for v, n in counts.items() if n == counts.iloc[0]]
    return tr(
        lang,
        "most_common",
        m=lower(lang, humanize(label)),
        where=where,
        row=tr(lang, "list_sep").join(top),
        k=int(counts.iloc[0]),
        n=len(rows),
    )


def table_summary(df: pd.DataFrame, name: str, lang: str) -> str:
    """A written summary of a table, every figure computed: its size, each numeric column's total,
    mean and range, each category column's most common value."""
    cols = profile(df)
    t = template(lang)
    title = humanize(name) if name else t["the_table"]
    names = short(t["list_sep"].join(c.name for c in cols), 200)
    lines = [t["sum_head"].format(title=title, rows=fmt_number(len(df), lang), cols=df.shape[1], names=names)]
    for col in [c for c in cols if c.kind == "numeric" and not c.id_like][:5]:
        s = to_numeric(df[col.name]).dropna()
        if s.empty:
            continue
        total, mean, lo, hi = (fmt_number(float(v), lang) for v in (s.sum(), s.mean(), s.min(), s.max()))
        lines.append(t["sum_num"].format(col=humanize(col.name), total=total, mean=mean, lo=lo, hi=hi))
    for col in [c for c in cols if c.kind == "category" and not c.id_like][:3]:
        counts = df[col.name].dropna().astype(str).value_counts()
        if counts.empty or counts.iloc[0] < 2:  # names, one a row: no value is the most common
            continue
        top, n = str(counts.index[0]), int(counts.iloc[0])
        lines.append(t["sum_cat"].format(col=humanize(col.name), k=len(counts), top=top, n=n))
    return "\n".join(lines)
