"""Checking the user's own sums in words: "is the total right? food 412,000 … total 783,000", "check my
average: 4, 5, 3, 5, 4, 4 — I got 4.5", "is 3,000 enough? hotel 1,600, food 700 …".

The user wrote the items and the result they expect; the planner adds the items up (or averages
them) and says whether the result holds, with the computed figure. Nothing is assumed: without a
stated total, average or budget there is nothing to check and `checked` returns None.
"""

from __future__ import annotations

import re

from generators.rules.numbers import Num, find_numbers, fmt_number

_TOTAL = re.compile(
    r"\b(?:total|sum|in all|altogether|gesamt\w*|summe|somme|suma|totale|totaal|итого|всего|toplam|razem|łącznie)\b"
    r"|합계|총액|合計|合计|总计|共计|المجموع|الإجمالي|कुल",
    re.I,
)
_MEAN = re.compile(
    r"average|\bmean\b|moyenne|durchschnitt|\bmedia\b|média|promedio|gemiddelde|średni\w*|средн\w*|ortalama"
    r"|平均|평균|متوسط|औसत",
    re.I,
)
_GOT = re.compile(
    r"\bi\s+(?:got|get|make\s+it|calculated|worked\s+out)\b|у\s+меня\s+(?:вышло|получилось)|\bme\s+(?:sali[óo]|da|dio)\b"
    r"|\bho\s+ottenuto\b|\bmi\s+(?:viene|è\s+venuto)\b|\bj['’]ai\s+trouvé\b|\bje\s+trouve\b|\bich\s+komme\s+auf\b"
    r"|\bmir\s+kommt\b|\bik\s+kom\s+(?:op|uit)\b|\bwyszło\s+mi\b|\bbuldum\b|\bçıktı\b|我算(?:出|的是)|になった|나왔"
    r"|طلع\s+معي|आया",
    re.I,
)
_HAVE = re.compile(
    r"\b(?:i|we)\s+have\b|\bbudget\s+(?:is|of)\b|\bj['’]ai\b|\btengo\b|\btenemos\b|\bho\b|\babbiamo\b|\bich\s+habe\b"
    r"|\bwir\s+haben\b|\bik\s+heb\b|\bmam\b|\bmamy\b|у\s+меня\s+есть|\belimde\b|\bbütçe\w*|عندي|عندنا|मेरे\s+पास"
    r"|予算|예산|预算",
    re.I,
)

# fmt: off
_SAY: dict[str, dict[str, str]] = {
    "en": {"sum_ok": "Yes, it adds up: {items} = {total}.",
           "sum_off": "It doesn't add up: {items} = {sum}, not {stated} ({diff} apart).",
           "mean_ok": "Yes: the average of the {n} values ({items}) is {mean}.",
           "mean_off": "Not quite: the average of the {n} values ({items}) is {mean}, not {stated}.",
           "enough": "Yes: {items} come to {sum}, {diff} less than the {budget} you have.",
           "short": "No: {items} come to {sum}, {diff} more than the {budget} you have."},
    "es": {"sum_ok": "Sí, cuadra: {items} = {total}.", "sum_off": "No cuadra: {items} = {sum}, no {stated} (diferencia {diff}).",
           "mean_ok": "Sí: la media de los {n} valores ({items}) es {mean}.",
           "mean_off": "No exactamente: la media de los {n} valores ({items}) es {mean}, no {stated}.",
           "enough": "Sí: {items} suman {sum}, {diff} menos que los {budget} que tienes.",
           "short": "No: {items} suman {sum}, {diff} más que los {budget} que tienes."},
    "pt": {"sum_ok": "Sim, bate: {items} = {total}.", "sum_off": "Não bate: {items} = {sum}, não {stated} (diferença {diff}).",
           "mean_ok": "Sim: a média dos {n} valores ({items}) é {mean}.",
           "mean_off": "Não exatamente: a média dos {n} valores ({items}) é {mean}, não {stated}.",
           "enough": "Sim: {items} somam {sum}, {diff} a menos que os {budget} que você tem.",
           "short": "Não: {items} somam {sum}, {diff} a mais que os {budget} que você tem."},
    "fr": {"sum_ok": "Oui, le compte est bon : {items} = {total}.",
           "sum_off": "Le compte n'y est pas : {items} = {sum}, pas {stated} (écart {diff}).",
           "mean_ok": "Oui : la moyenne des {n} valeurs ({items}) est {mean}.",
           "mean_off": "Pas tout à fait : la moyenne des {n} valeurs ({items}) est {mean}, pas {stated}.",
           "enough": "Oui : {items} font {sum}, soit {diff} de moins que vos {budget}.",
           "short": "Non : {items} font {sum}, soit {diff} de plus que vos {budget}."},
    "de": {"sum_ok": "Ja, es stimmt: {items} = {total}.", "sum_off": "Es stimmt nicht: {items} = {sum}, nicht {stated} (Differenz {diff}).",
           "mean_ok": "Ja: der Durchschnitt der {n} Werte ({items}) ist {mean}.",
           "mean_off": "Nicht ganz: der Durchschnitt der {n} Werte ({items}) ist {mean}, nicht {stated}.",
           "enough": "Ja: {items} ergeben {sum}, {diff} weniger als die {budget}, die Sie haben.",
           "short": "Nein: {items} ergeben {sum}, {diff} mehr als die {budget}, die Sie haben."},
    "it": {"sum_ok": "Sì, torna: {items} = {total}.", "sum_off": "Non torna: {items} = {sum}, non {stated} (differenza {diff}).",
           "mean_ok": "Sì: la media dei {n} valori ({items}) è {mean}.",
           "mean_off": "Non proprio: la media dei {n} valori ({items}) è {mean}, non {stated}.",
           "enough": "Sì: {items} fanno {sum}, {diff} in meno dei {budget} che hai.",
           "short": "No: {items} fanno {sum}, {diff} in più dei {budget} che hai."},
    "nl": {"sum_ok": "Ja, het klopt: {items} = {total}.", "sum_off": "Het klopt niet: {items} = {sum}, niet {stated} (verschil {diff}).",
           "mean_ok": "Ja: het gemiddelde van de {n} waarden ({items}) is {mean}.",
           "mean_off": "Niet helemaal: het gemiddelde van de {n} waarden ({items}) is {mean}, niet {stated}.",
           "enough": "Ja: {items} komen op {sum}, {diff} minder dan de {budget} die je hebt.",
           "short": "Nee: {items} komen op {sum}, {diff} meer dan de {budget} die je hebt."},
    "ru": {"sum_ok": "Да, сходится: {items} = {total}.", "sum_off": "Не сходится: {items} = {sum}, а не {stated} (разница {diff}).",
           "mean_ok": "Да: среднее {n} значений ({items}) — {mean}.",
           "mean_off": "Не совсем: среднее {n} значений ({items}) — {mean}, а не {stated}.",
           "enough": "Да: {items} — это {sum}, на {diff} меньше, чем ваши {budget}.",
           "short": "Нет: {items} — это {sum}, на {diff} больше, чем ваши {budget}."},
    "tr": {"sum_ok": "Evet, tutuyor: {items} = {total}.", "sum_off": "Tutmuyor: {items} = {sum}, {stated} değil (fark {diff}).",
           "mean_ok": "Evet: {n} değerin ({items}) ortalaması {mean}.",
           "mean_off": "Tam değil: {n} değerin ({items}) ortalaması {mean}, {stated} değil.",
           "enough": "Evet: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} az.",
           "short": "Hayır: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} fazla."},
    "pl": {"sum_ok": "Tak, zgadza się: {items} = {total}.", "sum_off": "Nie zgadza się: {items} = {sum}, a nie {stated} (różnica {diff}).",
           "mean_ok": "Tak: średnia {n} wartości ({items}) to {mean}.",
           "mean_off": "Niezupełnie: średnia {n} wartości ({items}) to {mean}, a nie {stated}.",
           "enough": "Tak: {items} to razem {sum}, o {diff} mniej niż masz ({budget}).",
           "short": "Nie: {items} to razem {sum}, o {diff} więcej niż masz ({budget})."},
    "zh": {"sum_ok": "对，加起来没错：{items} = {total}。", "sum_off": "加起来不对：{items} = {sum}，不是 {stated}（相差 {diff}）。",
           "mean_ok": "对：这 {n} 个数（{items}）的平均值是 {mean}。",
           "mean_off": "不太对：这 {n} 个数（{items}）的平均值是 {mean}，不是 {stated}。",
           "enough": "够：{items} 合计 {sum}，比你的 {budget} 少 {diff}。",
           "short": "不够：{items} 合计 {sum}，比你的 {budget} 多 {diff}。"},
    "ja": {"sum_ok": "はい、合っています：{items} = {total}。", "sum_off": "合っていません：{items} = {sum}（{stated} ではなく、差は {diff}）。",
           "mean_ok": "はい：{n} 個の値（{items}）の平均は {mean} です。",
           "mean_off": "少し違います：{n} 個の値（{items}）の平均は {mean} で、{stated} ではありません。",
           "enough": "足ります：{items} の合計は {sum} で、{budget} より {diff} 少ないです。",
           "short": "足りません：{items} の合計は {sum} で、{budget} より {diff} 多いです。"},
    "ko": {"sum_ok": "네, 맞습니다: {items} = {total}.", "sum_off": "맞지 않습니다: {items} = {sum}, {stated}이(가) 아닙니다 (차이 {diff}).",
           "mean_ok": "네: {n}개 값({items})의 평균은 {mean}입니다.",
           "mean_off": "조금 다릅니다: {n}개 값({items})의 평균은 {mean}이고, {stated}이(가) 아닙니다.",
           "enough": "충분합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 적습니다.",
           "short": "부족합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 많습니다."},
    "ar": {"sum_ok": "نعم، المجموع صحيح: {items} = {total}.", "sum_off": "المجموع غير صحيح: {items} = {sum}، وليس {stated} (الفرق {diff}).",
           "mean_ok": "نعم: متوسط القيم الـ{n} ({items}) هو {mean}.",
           "mean_off": "ليس تمامًا: متوسط القيم الـ{n} ({items}) هو {mean}، وليس {stated}.",
           "enough": "نعم تكفي: {items} مجموعها {sum}، أقل بـ{diff} من {budget} التي عندك.",
           "short": "لا تكفي: {items} مجموعها {sum}، أكثر بـ{diff} من {budget} التي عندك."},
    "hi": {"sum_ok": "हाँ, जोड़ सही है: {items} = {total}।", "sum_off": "जोड़ सही नहीं है: {items} = {sum}, {stated} नहीं (अंतर {diff})।",
           "mean_ok": "हाँ: {n} मानों ({items}) का औसत {mean} है।",
           "mean_off": "पूरी तरह नहीं: {n} मानों ({items}) का औसत {mean} है, {stated} नहीं।",
           "enough": "हाँ, काफी है: {items} का जोड़ {sum} है, आपके {budget} से {diff} कम।",
           "short": "नहीं: {items} का जोड़ {sum} है, आपके {budget} से {diff} ज़्यादा।"},
}
# fmt: on


def _value(n: Num) -> float:
    return n.value * n.multiplier


def _after(nums: list[Num], pos: int, within: int = 24) -> Num | None:
    """The first number written just after a word (the stated total, the budget)."""
    return next((n for n in nums if 0 <= n.start - pos <= within), None)


def _same(a: float, b: float, shown: str) -> bool:
    """Equal at the precision the user wrote ('4,5' is checked to one decimal)."""
    digits = len(re.split(r"[.,]", shown)[-1]) if re.search(r"[.,]\d{1,2}$", shown) else 0
    return round(a, digits) == round(b, digits)


def checked(question: str, lang: str) -> str | None:
    """The user's total, average or budget checked against their own items, in words; None when the
    question states no result to check."""
    say = _SAY.get(lang, _SAY["en"])
    nums = [n for n in find_numbers(question) if not n.is_year and not n.pct]
    if len(nums) < 3:
        return None
    if _MEAN.search(question) and (got := _GOT.search(question)):
        stated = _after(nums, got.end())
        values = [n for n in nums if n.end <= got.start()]
        if stated is None or len(values) < 2:
            return None
        avg = sum(map(_value, values)) / len(values)
        fields = {"n": str(len(values)), "items": ", ".join(n.text for n in values), "mean": fmt_number(avg)}
        if _same(avg, _value(stated), stated.text):
            return say["mean_ok"].format(**fields)
        return say["mean_off"].format(stated=stated.text, **fields)
    # the total is the number written right after its word ("total 1,600", "합계 783,000"), the last one
    stated = next(
        (n for m in reversed(list(_TOTAL.finditer(question))) if (n := _after(nums, m.end(), 8))), None
    )
    if stated is not None:
        values = [n for n in nums if n is not stated]
        if len(values) < 2:
            return None
        got_sum = sum(map(_value, values))
        items = " + ".join(n.text for n in values)
        if _same(got_sum, _value(stated), stated.text):
            return say["sum_ok"].format(items=items, total=stated.text)
        diff = fmt_number(abs(got_sum - _value(stated)))
        return say["sum_off"].format(items=items, sum=fmt_number(got_sum), stated=stated.text, diff=diff)
    have = _HAVE.search(question)
    budget = _after(nums, have.end()) if have else None
    if budget is not None:
        costs = [n for n in nums if n is not budget]
        if len(costs) < 2:
            return None
        spent = sum(map(_value, costs))
        fields = {"items": " + ".join(n.text for n in costs), "sum": fmt_number(spent), "budget": budget.text}
        key = "enough" if spent <= _value(budget) else "short"
        return say[key].format(diff=fmt_number(abs(_value(budget) - spent)), **fields)
    return None
