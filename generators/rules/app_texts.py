"""Every word the `app` kind's builders write, by language: labels, titles, answers, tracker, timer,
picker, counter and quiz texts (`generators.rules.app` and its `app_*` modules read them here).

`APP_TEXTS[lang][key]` is a `str.format` template; `say(lang, key, **fields)` fills it, falling back
to English key by key (never a KeyError) and to English for a language with no table. Literal braces
that the page fills in later ("{height}" in a text view) are written doubled. The languages are the
codes `words.language` gives; `text_lang` says which one a request's texts are written in.

Chinese keeps exactly the texts it had before this table existed (byte for byte), and has the table
explorer's since (a Chinese question over a table had an English explorer); the keys it lacks are
still written in English, as they always were. The other languages have every English key
(`tests/test_app_language.py` checks it, and that the placeholders match). The translations live in
`app_texts_eu` (es fr de it pt), `app_texts_north` (nl pl tr ru), `app_texts_world` (ja ko vi id)
and `app_texts_ar_hi` (ar hi), kept apart only so no module grows past the line limit.
"""

from __future__ import annotations

from generators.rules.app_texts_ar_hi import AR_HI_TEXTS
from generators.rules.app_texts_eu import EU_TEXTS
from generators.rules.app_texts_north import NORTH_TEXTS
from generators.rules.app_texts_own import OWN_TEXTS
from generators.rules.app_texts_quiz import QUIZ_TEXTS
from generators.rules.app_texts_save import SAVE_TEXTS
from generators.rules.app_texts_whatif import WHATIF_TEXTS
from generators.rules.app_texts_world import WORLD_TEXTS

# fmt: off
EN: dict[str, str] = {
    "rate.per": "{b} for 1 {a}",
    "rate.currency": "No exchange rate is known offline: type today's rate ({b} for 1 {a}) and an amount.",
    # calculators of `generators.rules.app`: labels
    "calc.principal": "Loan amount", "calc.rate": "Interest rate", "calc.years": "Term",
    "calc.extra": "Extra payment a month", "calc.payment": "Monthly payment", "calc.total": "Total paid",
    "calc.interest": "Total interest", "calc.payoff": "Paid off in", "calc.balance": "Balance left",
    "calc.year": "Year", "calc.initial": "Starting amount", "calc.monthly": "Added each month",
    "calc.final": "You will have", "calc.contributed": "You put in", "calc.earned": "Interest earned",
    "calc.fixed": "Fixed costs a month", "calc.price": "Price per unit", "calc.cost": "Cost per unit",
    "calc.units": "Units sold a month", "calc.margin": "Margin per unit", "calc.break_even": "Break-even",
    "calc.profit": "Profit a month", "calc.revenue": "Revenue", "calc.total_cost": "Total cost",
    "calc.spend": "Amount invested", "calc.return": "Amount returned", "calc.roi": "ROI", "calc.gain": "Net gain",
    "calc.annual": "Per year", "calc.weight": "Weight", "calc.height": "Height", "calc.bmi": "BMI",
    "calc.category": "Category", "calc.bill": "Bill", "calc.tip": "Tip", "calc.people": "People",
    "calc.tip_amount": "Tip amount", "calc.with_tip": "Total with tip", "calc.each": "Each person pays",
    "calc.value": "Value", "calc.from": "From", "calc.to": "To", "calc.result": "Result",
    "calc.years_unit": "years", "calc.units_unit": "units",
    # calculators: titles and answers
    "loan.title": "Loan calculator",
    "mortgage.title": "Mortgage calculator",
    "loan.answer": "Monthly payment on {principal} at {rate}% over {years} years; change any input to see the payment, the interest and how extra payments shorten the loan.",
    "savings.title": "Savings calculator",
    "savings.answer": "{monthly} a month at {rate}% a year for {years} years, compounded monthly; change the inputs to see what you would have.",
    "breakeven.title": "Break-even calculator",
    "breakeven.never": "never (price ≤ cost)",
    "breakeven.range": "chart range",
    "breakeven.answer": "Break-even is where revenue covers fixed and unit costs; change the price, the costs or the volume to see the profit.",
    "roi.title": "ROI calculator",
    "roi.answer": "ROI is the net gain as a share of what was invested; change the amounts to compare.",
    "bmi.title": "BMI calculator",
    "bmi.under": "Underweight", "bmi.healthy": "Healthy weight", "bmi.over": "Overweight", "bmi.obese": "Obesity",
    "bmi.low": "Healthy from", "bmi.high": "Healthy up to",
    "bmi.text": "For {{height}}, a BMI from 18.5 to 24.9 means a weight from {{low}} to {{high}} (WHO adult categories; BMI ignores muscle, age and build).",
    "bmi.answer": "BMI = weight / height²: {weight} kg at {height} cm is {bmi}.",
    "tip.title": "Tip splitter",
    "tip.answer": "Split the bill with the tip included; change the tip or the number of people.",
    "convert.title": "{dim} converter",
    "convert.answer": "Convert {dim} units: pick the units and type a value.",
    "dim.length": "length", "dim.mass": "mass", "dim.volume": "volume", "dim.time": "time", "dim.speed": "speed",
    "dim.area": "area", "dim.energy": "energy", "dim.temperature": "temperature",
    "example_note": "Example values, not yours: put in your own. ",
    # the table explorer
    "explore.all": "All", "explore.min": "{col} min", "explore.max": "{col} max", "explore.rows": "Rows",
    "explore.average": "Average {col}", "explore.total": "Total {col}",
    "explore.average_by": "Average {col} by {by}", "explore.total_by": "{col} by {by}", "explore.rows_by": "Rows by {by}",
    "explore.title": "Explore {name}", "explore.untitled": "Table explorer",
    "explore.answer": "{n} rows to explore: pick values on the left; the numbers, the chart and the table follow.",
    "records.field": "Field", "records.year": "Year",
    "records.answer": "{rows} rows from your message, {fields} fields each: ",
    # quizzes and flashcards
    "quiz.title": "Quiz", "cards.title": "Flashcards",
    "quiz.answer": "{n} questions: pick an answer and check your score.",
    "cards.answer": "{n} cards: reveal each answer and count what you knew.",
    # everyday calculators (`generators.rules.app_everyday`): "<calculator>.<input or output>"
    "fuel.title": "Fuel cost", "fuel.distance": "Distance", "fuel.consumption": "Consumption",
    "fuel.price": "Fuel price per litre", "fuel.litres": "Fuel needed", "fuel.cost": "Cost",
    "fuel.rule": "litres = distance × consumption ÷ 100; cost = litres × price per litre",
    "hourly.title": "Hourly wage", "hourly.salary": "Monthly pay", "hourly.hours": "Hours per week",
    "hourly.hourly": "Hourly wage", "hourly.rule": "hourly = monthly pay × 12 ÷ (hours a week × 52 weeks)",
    "tiles.title": "Tiles for a floor", "tiles.length": "Room length", "tiles.width": "Room width",
    "tiles.tile_l": "Tile length", "tiles.tile_w": "Tile width", "tiles.spare": "Spare for cuts",
    "tiles.area": "Floor area", "tiles.tiles": "Tiles to buy",
    "tiles.rule": "tiles = floor area ÷ one tile's area, plus the spare for cuts, rounded up",
    "paint.title": "Paint for a room", "paint.walls": "Total wall length", "paint.height": "Wall height",
    "paint.openings": "Doors and windows", "paint.coats": "Coats", "paint.coverage": "Coverage per litre",
    "paint.area": "Area to paint", "paint.litres": "Paint needed",
    "paint.rule": "litres = (walls × height − doors and windows) × coats ÷ coverage per litre",
    "discount.title": "Price after discount", "discount.price": "Price", "discount.discount": "Discount",
    "discount.quantity": "Quantity", "discount.unit_price": "Price each after discount", "discount.total": "Total",
    "discount.saved": "You save", "discount.rule": "total = price × (1 − discount ÷ 100) × quantity",
    "margin.title": "Gross margin", "margin.price": "Selling price per unit", "margin.cost": "Cost per unit",
    "margin.quantity": "Units sold", "margin.revenue": "Revenue", "margin.profit": "Gross profit",
    "margin.margin": "Gross margin", "margin.rule": "gross profit = (price − cost) × units; margin = (price − cost) ÷ price",
    "drip.title": "IV drip rate", "drip.volume": "Volume", "drip.hours": "Time", "drip.factor": "Drop factor",
    "drip.ml_h": "Rate", "drip.drops": "Drops per minute",
    "drip.rule": "drops per minute = volume × drop factor ÷ minutes; ml/h = volume ÷ hours",
    "npv.title": "Net present value", "npv.initial": "Investment today", "npv.cashflow": "Cash in per year",
    "npv.years": "Years", "npv.rate": "Discount rate", "npv.npv": "Net present value",
    "npv.total": "Cash in, undiscounted",
    "npv.rule": "net present value = the yearly cash in, each year discounted at the rate, minus the investment today",
    "increase.title": "New amount after a percentage increase", "increase.amount": "Current amount",
    "increase.percent": "Increase", "increase.change": "Increase", "increase.new": "New amount",
    "increase.rule": "new amount = current amount × (1 + increase ÷ 100)",
    "dose.title": "Weight-based dose", "dose.weight": "Body weight", "dose.per_kg": "Dose per kg",
    "dose.cap": "Maximum dose", "dose.dose": "Dose",
    "dose.rule": "dose = body weight × dose per kg, never above the maximum dose",
    "feed.title": "Feed needed", "feed.head": "Animals", "feed.ration": "Ration per animal per day",
    "feed.days": "Days", "feed.total": "Feed needed", "feed.rule": "feed = animals × ration per animal per day × days",
    "fertiliser.title": "Fertiliser needed", "fertiliser.rate": "Nutrient rate", "fertiliser.area": "Area",
    "fertiliser.content": "Nutrient content of the fertiliser", "fertiliser.product": "Fertiliser needed",
    "fertiliser.rule": "fertiliser = nutrient rate × area ÷ the fertiliser's nutrient content",
    "one_rm.title": "One-rep max (Epley)", "one_rm.weight": "Weight lifted", "one_rm.reps": "Repetitions",
    "one_rm.one_rm": "Estimated one-rep max",
    "one_rm.rule": "1RM ≈ weight × (1 + reps ÷ 30), Epley's estimate (for sets of up to about 10 reps)",
    "calorie.title": "Daily calories (Mifflin-St Jeor)", "calorie.weight": "Weight", "calorie.height": "Height",
    "calorie.age": "Age", "calorie.male": "Sex (1 = male, 0 = female)",
    "calorie.activity": "Activity factor (1.2 sitting … 1.9 very active)", "calorie.bmr": "Calories at rest (BMR)",
    "calorie.tdee": "Calories a day at this activity",
    "calorie.rule": "calories at rest = 10 × kg + 6.25 × cm − 5 × age, + 5 for men or − 161 for women (Mifflin-St Jeor); a day's calories = that × the activity factor (1.2 sitting, 1.375 light, 1.55 moderate, 1.725 active, 1.9 very active)",
    "zakat.title": "Zakat", "zakat.wealth": "Wealth held for a lunar year", "zakat.debts": "Debts due now",
    "zakat.nisab": "Nisab (threshold, today's value)", "zakat.net": "Zakatable wealth", "zakat.zakat": "Zakat due",
    "zakat.rule": "zakat = 2.5% of the wealth held for a lunar year, less debts due, when it reaches the nisab",
    "unit.days": "days", "unit.years": "years", "unit.drops/ml": "drops/ml", "unit.drops/min": "drops/min",
    "everyday.examples": "Example values, not yours, for: {names}; put in your own. ",
    "everyday.answer": "How it is worked out: {rule}.",
    # tools read from the wording (`generators.rules.app_more`)
    "more.amount_word": "amount",
    "more.factor_answer": "1 {source} = {value} {target}, as you gave it: type an amount to convert.",
    "rate.not_reached": " You asked for {target}; how many {unit} make one is not given, so the result is in {unit}.",
    "more.factor_answer_per": "{per} {source} = {total} {target}, as you gave it ({value} {target} per {source}): type an amount to convert.",
    "more.difference": "Difference", "more.cost_per": "Cost per {unit}",
    "more.rates_answer": "Type how many {unit}: each price you gave is applied as written.",
    "more.at_most": ", at most {limit} {unit}",
    "more.unit_rate_answer": "Type {what} ({unit}): the result is {rule}{cap}, as you wrote it.",
    "more.amount": "Amount",
    "more.percent_answer": "Type the {label}: {pct}% of it.",
    "more.percent_answer_added": "Type the {label}: {pct}% of it and the total with it added.",
    "more.today": "Today", "more.date": "Date", "more.days_to_go": "Days to go",
    "more.countdown_answer": "{days} days from {today} to {target}.",
    "more.order": "Order", "more.items": "Items", "more.total": "Total",
    "more.order_answer": "Set how many of each; the total adds up the prices you gave.",
    "more.formula_answer": "{label} = {formula}, from the quantities you named.",
    "more.checklist_answer": "{n} items to tick off: {items}.",
    "more.weekdays": "Mon|Tue|Wed|Thu|Fri|Sat|Sun",
    "more.months": "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "more.week": "Week {n}",
    "more.average.day": "Average per day", "more.average.week": "Average per week", "more.average.month": "Average per month",
    "more.left_to": "Left to {goal}", "more.progress": "Progress",
    "more.period_answer.day": "Type each day's value: the total and the average per day follow as you type",
    "more.period_answer.week": "Type each week's value: the total and the average per week follow as you type",
    "more.period_answer.month": "Type each month's value: the total and the average per month follow as you type",
    "more.period_goal": ", with what is left to the goal of {goal}",
    "more.purchase": "Purchase", "more.spent": "Spent", "more.entry": "Entry", "more.used": "Used",
    "more.left_of": "Left of {budget}",
    "more.budget_answer_money": "Type each purchase: their sum is taken off {budget} and what is left shows.",
    "more.budget_answer": "Type each entry: their sum is taken off {budget} and what is left shows.",
    # rules written out in words (`generators.rules.app_stated`)
    "stated.result": "Result", "stated.by_bracket": "{label} by bracket", "stated.amount": "Amount",
    "stated.overall": "Overall rate", "stated.above": "{rate}% above {low}", "stated.between": "{rate}% from {low} to {high}",
    "stated.tiers_answer": "Type an amount: {rows}, each rate on the part in its bracket, as you gave them.",
    "stated.date": "Date", "stated.date_plus": "Date + {n} days", "stated.date_minus": "Date - {n} days",
    "stated.after_answer": "Pick a date: {label} is {n} days after it (calendar days, as you gave them).",
    "stated.before_answer": "Pick a date: {label} is {n} days before it (calendar days, as you gave them).",
    "stated.product_answer": "{label} = {a} {sign} {b}, as you wrote it: type both.",
    # letters for figures (`generators.rules.app_letters`)
    "letters.per.day": "Per day", "letters.per.week": "Per week", "letters.per.month": "Per month",
    "letters.per.year": "Per year",
    "letters.many.day": "days", "letters.many.week": "weeks", "letters.many.month": "months", "letters.many.year": "years",
    "letters.in.day": "in a day", "letters.in.week": "in a week", "letters.in.month": "in a month", "letters.in.year": "in a year",
    "letters.answer": "Your rule with your letters as inputs: {rule}. Set each one to see the result.",
    # trackers (`generators.rules.app_log`)
    "log.title": "Tracker", "log.date": "Date", "log.done": "Done", "log.amount": "Amount", "log.calories": "Calories",
    "log.note": "Note", "log.habit": "habit", "log.task": "task", "log.day": "Day", "log.item": "Item",
    "log.answer": "Add an entry ({fields}); entries stay on your device.",
    "log.starts": " It starts with the {n} you gave.",
    "log.total.all": " The total of {name} shows.", "log.total.day": " The total of {name} per day shows.",
    "log.total.week": " The total of {name} per week shows.", "log.total.month": " The total of {name} per month shows.",
    "log.goal.all": " The total of {name} shows against your goal of {goal}.",
    "log.goal.day": " The total of {name} per day shows against your goal of {goal}.",
    "log.goal.week": " The total of {name} per week shows against your goal of {goal}.",
    "log.goal.month": " The total of {name} per month shows against your goal of {goal}.",
    "log.not_added": " The entries you gave (“{entries}”) are not added: type them in.",
    "log.alert_rule": " {rule} on this page (it sends no messages).",
    "log.no_alerts": " It sends no alerts: “{said}” is yours to watch in the list.",
    # random draws and timers (`generators.rules.app_tools`)
    "picker.pick.title": "Random picker", "picker.shuffle.title": "Random order", "picker.teams.title": "Random teams",
    "picker.pick.answer": "{n} items from your list ({items}); the button draws {count} at random.",
    "picker.shuffle.answer": "{n} items from your list ({items}); the button puts them in a random order.",
    "picker.teams.answer": "{n} items from your list ({items}); the button splits them at random into {count} teams.",
    "picker.shortfall": " You asked for {asked} teams; there are only {n} names.",
    "picker.empty": "Type the names or things to draw from, one per line; the button draws at random.",
    "timer.title": "Timer", "stopwatch.title": "Stopwatch",
    "stopwatch.answer": "A stopwatch: start, pause and reset.",
    "timer.typed": "A countdown: type how long, then start.",
    "timer.sequence": "Runs {shown} one after another.",
    "timer.sequence_rounds": "Runs {shown} one after another, {rounds} rounds.",
    "timer.choose": "Choose {shown}.", "timer.choose_ring": "Choose {shown}; it rings at the end.",
    "timer.one": "A countdown of {shown}.", "timer.one_ring": "A countdown of {shown}; it rings at the end.",
    "timer.no_warning": " It cannot warn part-way ('{said}'): it rings only at the end.",
    # tally counters and scoreboards (`generators.rules.app_counter`)
    "counter.team": "Team", "counter.player": "Player", "counter.board": "Scoreboard", "counter.tally": "Tally counter",
    "counter.switch_sides": "Switch sides",
    "counter.two_sides": "Two counters, {a} and {b}: rename them on the page.",
    "counter.players": "You named nobody, so it starts with {a} and {b}: rename them and add one line per person on the page.",
    "counter.listed": "{n} counters from your list ({items}).",
    "counter.one": "One counter; add more on the page, one name per line.",
    "counter.tap": "Tap {step} on a counter (never below 0); Reset starts again from 0.",
    "counter.an_alert": "An alert",
    "counter.every_total": "{said} each time the total of all counters reaches a multiple of {every}.",
    "counter.every_each": "{said} each time any one counter reaches a multiple of {every}.",
    "counter.first_to": "First to {target} wins.", "counter.reaches": "It tells you when it reaches {target}.",
    "counter.owes": "It keeps the points; who owes whom depends on your game's rules, which it does not work out.",
    # shared costs (`generators.rules.app_split`)
    "split.title": "Shared costs", "split.paid": "Paid", "split.total": "Total", "split.share": "Each share",
    "split.gets": "gets back", "split.owes": "owes", "split.person": "Person",
    "split.example": "Four people as an example: add or rename to match yours. ",
    "split.answer": "Type what each of {n} people paid: each share is the total ÷ {n}; whoever paid more than a share gets the difference back, whoever paid less owes it.",
}

ZH: dict[str, str] = {
    "rate.per": "1 {a} 兑 {b}",
    "rate.currency": "离线时不知道汇率：请输入今天的汇率（1 {a} 兑多少 {b}）和金额。",
    "calc.principal": "贷款金额", "calc.rate": "年利率", "calc.years": "期限", "calc.extra": "每月额外还款",
    "calc.payment": "月供", "calc.total": "还款总额", "calc.interest": "利息总额", "calc.payoff": "还清用时",
    "calc.balance": "剩余本金", "calc.year": "年", "calc.initial": "初始金额", "calc.monthly": "每月存入",
    "calc.final": "到期金额", "calc.contributed": "本金投入", "calc.earned": "利息收入", "calc.fixed": "每月固定成本",
    "calc.price": "单价", "calc.cost": "单位成本", "calc.units": "每月销量", "calc.margin": "单位毛利",
    "calc.break_even": "盈亏平衡销量", "calc.profit": "月利润", "calc.revenue": "收入", "calc.total_cost": "总成本",
    "calc.spend": "投入", "calc.return": "回报", "calc.roi": "投资回报率", "calc.gain": "净收益", "calc.annual": "年化",
    "calc.weight": "体重", "calc.height": "身高", "calc.bmi": "BMI", "calc.category": "类别", "calc.bill": "账单",
    "calc.tip": "小费比例", "calc.people": "人数", "calc.tip_amount": "小费", "calc.with_tip": "含小费总额",
    "calc.each": "每人应付", "calc.value": "数值", "calc.from": "从", "calc.to": "到", "calc.result": "结果",
    "calc.years_unit": "年", "calc.units_unit": "件",
    "loan.title": "贷款计算器", "mortgage.title": "贷款计算器",
    "loan.answer": "{principal} 元、年利率 {rate}%、{years} 年的月供；修改任一输入即可看到月供、利息以及提前还款能缩短多少期限。",
    "savings.title": "储蓄计算器",
    "savings.answer": "每月存入 {monthly}，年利率 {rate}%，{years} 年，按月复利；修改输入即可看到到期金额。",
    "breakeven.title": "盈亏平衡计算器",
    "breakeven.answer": "盈亏平衡点是收入刚好覆盖固定成本和单位成本的销量；修改价格、成本或销量即可看到利润。",
    "roi.title": "投资回报率计算器", "roi.answer": "投资回报率是净收益占投入的比例；修改金额即可比较。",
    "bmi.title": "BMI 计算器", "tip.title": "小费分摊计算器", "tip.answer": "含小费平摊账单；修改小费比例或人数即可。",
    "bmi.under": "偏瘦", "bmi.healthy": "正常体重", "bmi.over": "超重", "bmi.obese": "肥胖",
    "bmi.low": "正常下限", "bmi.high": "正常上限",
    "bmi.text": "身高 {{height}} 时，BMI 18.5 至 24.9 对应体重 {{low}} 至 {{high}}（世卫组织成人分类；BMI 不考虑肌肉、年龄和体型）。",
    "bmi.answer": "BMI = 体重 / 身高²：身高 {height} cm、体重 {weight} kg 时为 {bmi}。",
    "convert.title": "单位换算器", "convert.answer": "选择单位并输入数值即可换算。",
    "example_note": "以下为示例数值，并非你的数据，请改成你自己的。",
    "records.field": "字段", "records.year": "年份",
    "quiz.title": "测验", "cards.title": "单词卡",
    "log.title": "记录", "log.date": "日期", "log.done": "完成", "log.amount": "金额", "log.calories": "卡路里",
    "log.note": "记录",
    "picker.pick.title": "随机抽签", "picker.shuffle.title": "随机顺序", "picker.teams.title": "随机分组",
    "timer.title": "计时器", "stopwatch.title": "秒表",
    "counter.team": "队", "counter.player": "玩家", "counter.board": "计分板", "counter.tally": "计数器",
    "counter.switch_sides": "换边",
    "split.title": "费用分摊", "split.paid": "已付", "split.total": "合计", "split.share": "每人应摊",
    "split.gets": "应收回", "split.owes": "应付", "split.person": "成员",
    "explore.all": "全部", "explore.min": "{col} 最小值", "explore.max": "{col} 最大值", "explore.rows": "行数",
    "explore.average": "{col} 平均值", "explore.total": "{col} 合计",
    "explore.average_by": "{col} 平均值（按 {by}）", "explore.total_by": "{col}（按 {by}）",
    "explore.rows_by": "行数（按 {by}）",
    "explore.title": "浏览 {name}", "explore.untitled": "表格浏览器",
    "explore.answer": "共 {n} 行可浏览：在左侧选择数值，数字、图表和表格会随之更新。",
}
# fmt: on

APP_TEXTS: dict[str, dict[str, str]] = {
    "en": EN,
    "zh": ZH,
    **EU_TEXTS,
    **NORTH_TEXTS,
    **WORLD_TEXTS,
    **AR_HI_TEXTS,
}
EN.update(OWN_TEXTS["en"])
EN.update(QUIZ_TEXTS["en"])
EN.update(SAVE_TEXTS["en"])
EN.update(WHATIF_TEXTS["en"])
for _code, _table in APP_TEXTS.items():
    _table.update(OWN_TEXTS[_code])
    _table.update(QUIZ_TEXTS[_code])
    _table.update(SAVE_TEXTS[_code])
    _table.update(WHATIF_TEXTS[_code])


def text_lang(lang: str, language: str) -> str:
    """The language a request's app texts are written in: `lang` (`words.lang_of`, the language of
    computed texts), or the question's `language` where `lang` fell back to English only for want
    of templates (Vietnamese, Indonesian). A mostly Latin question with a few Chinese words stays
    English, as it always was."""
    return language if lang == "en" and language in APP_TEXTS and language != "zh" else lang


def say(lang: str, key: str, **fields: object) -> str:
    """The text `key` in `lang`, its fields filled; English where `lang` has no such text."""
    table = APP_TEXTS.get(lang, EN)
    return table.get(key, EN[key]).format(**fields)


def lower(text: str, lang: str) -> str:
    """A label lowered to sit inside a sentence ("type the distance"); German nouns keep their capital."""
    return text if lang == "de" else text.lower()


def plan_language(lang: str) -> str:
    """The code an app plan carries for its page's words (`AppPlan.language`): '' for English, and
    for Chinese, whose pages keep the words they always had."""
    return "" if lang in ("en", "zh") or lang not in APP_TEXTS else lang
