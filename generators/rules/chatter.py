"""An assistant's chatter around its answer: the opener ("Sure!"), the lead-in that names the topic
("Here's how to set up a Python virtual environment:") and the sign-off ("Let me know if…").

People paste answers from chat assistants as they came. Opener and sign-off talk to the person who
asked, not about the subject: they never become a slide, a card or a title. The lead-in says what
the answer is about, so its topic is the title the answer would have had, once.
"""

from __future__ import annotations

import re

from generators.rules.signals import STRUCTURE

# "Sure!", "Great question!", "¡Claro!", "好的！": a sentence of agreement before the answer starts.
_OPENER = re.compile(
    r"^(?:(?:sure(?: thing)?|certainly|of course|absolutely|definitely|gladly|okay|ok|alright|all right|"
    r"no problem|got it|yes|great|good|excellent|happy to help|with pleasure|"
    r"(?:great|good|excellent|nice|interesting) question|"
    r"¡?claro(?: que sí)?|¡?por supuesto|¡?buena pregunta|¡?excelente pregunta|con gusto|"
    r"bien sûr|très bien|bonne question|excellente question|avec plaisir|d'accord|"
    r"klar|natürlich|gerne|gern|gute frage|sehr gerne|"
    r"certo|certamente|ottima domanda|bella domanda|volentieri|"
    r"com certeza|boa pergunta|ótima pergunta|"
    r"natuurlijk|goede vraag|zeker|"
    r"конечно|хороший вопрос|отличный вопрос|"
    r"elbette|tabii|güzel soru|"
    r"oczywiście|dobre pytanie)"
    r"[!.,]+\s*)+",
    re.I,
)
_OPENER_CJK = re.compile(
    r"^(?:当然|好的|没问题|好问题|可以|もちろんです|もちろん|いい質問ですね|물론이죠|물론입니다|좋은 질문이에요)[！!。，,]\s*"
)

# "Here's …", "Voici …", "以下是…": what follows is the answer; the rest of the sentence names it.
_HERE = re.compile(
    r"^(?:here(?:'s|’s| is| are)|below (?:is|are)|the following (?:is|are)|this is|these are|"
    r"i(?:'ve|’ve| have) (?:put together|listed|summari[sz]ed|outlined|written|made|prepared)|"
    r"let(?:'s|’s| us) (?:break down|look at|go through|compare|walk through)|"
    r"(?:aquí|aqui) (?:tienes|tiene|está|están|va|van)|a continuación(?:,)? (?:te |le )?(?:presento|tienes|"
    r"tiene|se muestra|se muestran)|te dejo|"
    r"voici|voilà|ci-dessous|"
    r"hier (?:ist|sind|kommt|kommen|eine|ein|einen)|im folgenden|nachfolgend|"
    r"(?:aqui|eis) (?:está|estão|vai|vão)|segue(?:m)?|"
    r"ecco|di seguito|"
    r"hier (?:is|zijn|volgt|volgen)|"
    r"вот)\s+",
    re.I,
)
_HERE_CJK = re.compile(r"^(?:以下是|下面是|这是|這是|以下は|以下に|こちらは|다음은)\s*")
# Container words before the topic that say nothing of it ("a quick breakdown of").
_FILLER = re.compile(
    r"^(?:(?:an?|the|some|my|a few)\s+)?(?:(?:quick|brief|short|simple|concise|clear|handy|high-level|"
    r"detailed|full|complete|comprehensive|step-by-step|rough|basic)\s+)*"
    r"(?:(?:breakdown|rundown|overview|summary|recap|look|explanation|run-through)\s+(?:of|at|on)\s+)?"
    r"(?:the\s+)?",
    re.I,
)

# The sign-off: talk about the answer itself, addressed to the person who asked.
_SIGN_OFF = re.compile(
    r"^(?:let me know (?:if|whether|what|how|when)|hope (?:this|that|it) helps|i hope (?:this|that|it) (?:helps|answers)|"
    r"feel free to (?:ask|reach out|let me know|follow up)|if you (?:have|need|want|'d like|would like) "
    r"(?:any |more |other |further |anything )*(?:questions?|help|clarification|details|more)|"
    r"(?:would|do) you (?:like|want) me to|want me to|shall i|should i (?:also|go)|"
    r"i can also (?:help|make|create|turn|draft|explain|add|expand)|i(?:'d| would) be happy to|"
    r"happy to (?:help|explain|elaborate|expand|go into)|good luck|happy coding|any (?:other |more )?questions|"
    r"avísame|espero que (?:te |le )?(?:sirva|ayude)|si tienes (?:alguna|más|otra)|¿?quieres que|"
    r"n'hésite[sz] pas|j'espère que (?:cela|ça|c'est)|voulez-vous que|veux-tu que|dis-moi si|"
    r"lass mich wissen|sag (?:mir )?bescheid|ich hoffe,? (?:das|es) hilft|möchtest du,? dass|"
    r"falls du (?:noch )?fragen|espero que (?:isso )?(?:ajude|te ajude)|se precisar|quer que eu|"
    r"fammi sapere|spero che (?:ti|sia)|vuoi che|laat (?:het )?me weten|"
    r"希望(?:这|這)?(?:对你|對你|能)有(?:所)?帮助|如果(?:你|您)还有|需要我|お役に立てれば|他にご質問があれば|"
    r"도움이 되(?:셨|었)으면)",
    re.I,
)
SIGN_OFF_CHARS = 300


def without_opener(text: str) -> str:
    """The paragraph without its opening "Sure!" / "Great question!" (all of it when that is all)."""
    stripped = _OPENER_CJK.sub("", _OPENER.sub("", text or "", count=1), count=1)
    return stripped if stripped.strip() else ""


def is_sign_off(text: str) -> bool:
    """A closing paragraph that offers more help or wishes luck: the assistant's, not the content's."""
    text = without_opener((text or "").strip())
    return bool(text) and len(text) <= SIGN_OFF_CHARS and bool(_SIGN_OFF.match(text))


def lead_in_topic(text: str) -> str | None:
    """The topic a lead-in names ("Here are the pros and cons of working from home:" → "Pros and
    cons of working from home"), or None when the paragraph is not a lead-in."""
    text = without_opener((text or "").strip())
    if not text or len(text) > 220 or "\n" in text:
        return None
    here = _HERE.match(text) or _HERE_CJK.match(text)
    colon = text.rstrip().endswith((":", "："))
    if not here and not (colon and len(text) <= 120):
        return None
    if here is None and re.search(r"[.!?。！？]\s+\S", text):
        return None  # two sentences before a colon: prose, not a lead-in
    topic = text[here.end() :] if here else text
    topic = _FILLER.sub("", topic, count=1) if here else topic
    topic = topic.strip().rstrip(":：.。!！ ").strip()
    if not topic or len(topic) < 3:
        return None
    return topic[0].upper() + topic[1:]


def assistant_lead_in(text: str) -> bool:
    """The line opens an assistant's answer ("Sure! …", "Here's how …:"), not the user's own ask
    ("Neighbourhood watch contacts, I want something for the fridge:" ends with a colon too)."""
    text = (text or "").strip()
    rest = without_opener(text)
    here = bool(_HERE.match(rest) or _HERE_CJK.match(rest))
    return rest != text or (
        here and not re.search(r"[,，、;；]", rest)
    )  # "Voilà le programme, il faut …": the user's


def content_body(question: str) -> str | None:
    """Pasted content inside the question ('Make slides from this:\n# Title…'), usable as markdown."""
    text = question or ""
    if "\n" in text.strip():
        first, rest = text.strip().split("\n", 1)
        if STRUCTURE.search(rest) or len(rest) > 200:
            # "Sure! Here's how to…:" opens the pasted answer; it is not the user's instruction
            return rest.strip() if len(first) < 300 and not assistant_lead_in(first) else text.strip()
    m = re.search(r"[:：]\s*", text)
    if m and len(text) - m.end() > 300 and len(re.findall(r"[.!?。！？]", text[m.end() :])) >= 2:
        return text[m.end() :].strip()
    return None
