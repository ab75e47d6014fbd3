"""Texts of the monthly-savings tool (`generators.rules.app_save`) in all 17 languages; kept apart so
the other text tables stay under the line limit. `app_texts` merges them."""

from __future__ import annotations

_KEYS = ("save.title", "save.income", "save.fixed", "save.other", "save.left", "save.answer")
_ROWS = {
    "en": ("Monthly savings", "Income a month", "Fixed costs a month", "Other spending a month", "Left to save a month",
           "Type what you earn and spend a month: what is left is what you can save (income − fixed costs − other spending)."),
    "zh": ("每月结余", "月收入", "每月固定支出", "其他月支出", "每月可存",
           "输入每月收入和支出：剩下的就是能存下的钱（收入 − 固定支出 − 其他支出）。"),
    "es": ("Ahorro mensual", "Ingresos al mes", "Gastos fijos al mes", "Otros gastos al mes", "Lo que puedes ahorrar al mes",
           "Escribe lo que ganas y gastas al mes: lo que queda es lo que puedes ahorrar (ingresos − gastos fijos − otros gastos)."),
    "fr": ("Épargne mensuelle", "Revenus par mois", "Charges fixes par mois", "Autres dépenses par mois", "Reste à épargner par mois",
           "Saisissez ce que vous gagnez et dépensez par mois : ce qui reste est ce que vous pouvez épargner (revenus − charges fixes − autres dépenses)."),
    "de": ("Monatliches Sparen", "Einkommen im Monat", "Fixkosten im Monat", "Sonstige Ausgaben im Monat", "Zum Sparen übrig im Monat",
           "Gib ein, was du im Monat verdienst und ausgibst: Was übrig bleibt, kannst du sparen (Einkommen − Fixkosten − sonstige Ausgaben)."),
    "it": ("Risparmio mensile", "Entrate al mese", "Spese fisse al mese", "Altre spese al mese", "Da risparmiare al mese",
           "Scrivi quanto guadagni e spendi al mese: quello che resta è quanto puoi risparmiare (entrate − spese fisse − altre spese)."),
    "pt": ("Poupança mensal", "Renda por mês", "Despesas fixas por mês", "Outros gastos por mês", "Sobra para poupar por mês",
           "Digite quanto você ganha e gasta por mês: o que sobra é o que dá para poupar (renda − despesas fixas − outros gastos)."),
    "nl": ("Maandelijks sparen", "Inkomen per maand", "Vaste lasten per maand", "Overige uitgaven per maand", "Over om te sparen per maand",
           "Vul in wat je per maand verdient en uitgeeft: wat overblijft kun je sparen (inkomen − vaste lasten − overige uitgaven)."),
    "pl": ("Miesięczne oszczędności", "Dochód miesięcznie", "Stałe koszty miesięcznie", "Inne wydatki miesięcznie", "Zostaje do odłożenia miesięcznie",
           "Wpisz, ile zarabiasz i wydajesz miesięcznie: to, co zostaje, możesz odłożyć (dochód − stałe koszty − inne wydatki)."),
    "tr": ("Aylık birikim", "Aylık gelir", "Aylık sabit giderler", "Aylık diğer harcamalar", "Aylık biriktirilebilecek",
           "Ayda ne kazandığınızı ve harcadığınızı yazın: kalan, biriktirebileceğiniz tutardır (gelir − sabit giderler − diğer harcamalar)."),
    "ru": ("Ежемесячные накопления", "Доход в месяц", "Постоянные расходы в месяц", "Прочие траты в месяц", "Можно отложить в месяц",
           "Введите, сколько вы зарабатываете и тратите в месяц: остаток — это то, что можно отложить (доход − постоянные расходы − прочие траты)."),
    "ja": ("毎月の貯金", "月の収入", "月の固定費", "月のその他の支出", "月に貯金できる額",
           "月の収入と支出を入力してください。残りが貯金できる額です（収入 − 固定費 − その他の支出）。"),
    "ko": ("월 저축 가능 금액", "월 수입", "월 고정지출", "월 기타 지출", "한 달 저축 가능 금액",
           "한 달 수입과 지출을 입력하세요. 남는 금액이 저축할 수 있는 금액입니다(수입 − 고정지출 − 기타 지출)."),
    "vi": ("Tiết kiệm hằng tháng", "Thu nhập mỗi tháng", "Chi phí cố định mỗi tháng", "Chi tiêu khác mỗi tháng", "Còn lại để tiết kiệm mỗi tháng",
           "Nhập số tiền bạn kiếm và chi mỗi tháng: phần còn lại là số bạn có thể tiết kiệm (thu nhập − chi phí cố định − chi tiêu khác)."),
    "id": ("Tabungan bulanan", "Penghasilan per bulan", "Biaya tetap per bulan", "Pengeluaran lain per bulan", "Sisa untuk ditabung per bulan",
           "Ketik penghasilan dan pengeluaran per bulan: sisanya adalah yang bisa ditabung (penghasilan − biaya tetap − pengeluaran lain)."),
    "ar": ("الادخار الشهري", "الدخل في الشهر", "المصاريف الثابتة في الشهر", "مصاريف أخرى في الشهر", "المتبقي للادخار في الشهر",
           "اكتب ما تكسبه وما تصرفه في الشهر: المتبقي هو ما يمكنك ادخاره (الدخل − المصاريف الثابتة − المصاريف الأخرى)."),
    "hi": ("मासिक बचत", "महीने की आय", "महीने के तय खर्च", "महीने के दूसरे खर्च", "महीने में बचत",
           "महीने की कमाई और खर्च लिखें: जो बचता है वही आप बचा सकते हैं (आय − तय खर्च − दूसरे खर्च)।"),
}  # fmt: skip
# What is still missing to a goal (`app_more.budget_left` with a goal named): label and answer.
_GOAL = {
    "en": ('Still to reach {budget}', 'Type each amount as it comes in: their sum is taken off the goal of {budget}, and what is still missing shows.'),
    "zh": ('距离 {budget} 还差', '每收到一笔就输入金额：从目标 {budget} 中减去总和，显示还差多少。'),
    "es": ('Falta para {budget}', 'Escribe cada importe que llega: su suma se resta de la meta de {budget} y se ve lo que aún falta.'),
    "fr": ('Reste pour atteindre {budget}', "Saisissez chaque montant reçu : leur somme est déduite de l'objectif de {budget}, et ce qui manque s'affiche."),
    "de": ('Fehlt noch bis {budget}', 'Gib jeden eingehenden Betrag ein: Ihre Summe wird vom Ziel {budget} abgezogen, und was noch fehlt, wird angezeigt.'),
    "it": ('Manca per {budget}', "Scrivi ogni importo che arriva: la somma si toglie dall'obiettivo di {budget} e si vede quanto manca ancora."),
    "pt": ('Falta para {budget}', 'Digite cada valor que entra: a soma é descontada da meta de {budget} e aparece quanto ainda falta.'),
    "nl": ('Nog nodig tot {budget}', 'Vul elk binnengekomen bedrag in: de som gaat van het doel van {budget} af en je ziet wat er nog ontbreekt.'),
    "pl": ('Brakuje do {budget}', 'Wpisuj każdą wpłatę: ich suma odejmuje się od celu {budget} i widać, ile jeszcze brakuje.'),
    "tr": ('{budget} hedefine kalan', 'Gelen her tutarı yazın: toplamları {budget} hedefinden düşülür ve ne kadar kaldığı görünür.'),
    "ru": ('Осталось до {budget}', 'Вводите каждую поступившую сумму: их сумма вычитается из цели {budget}, и видно, сколько ещё не хватает.'),
    "ja": ('{budget} まであと', '入ってきた金額を入力すると、合計が目標 {budget} から差し引かれ、あといくら足りないかが表示されます。'),
    "ko": ('{budget}까지 남은 금액', '들어온 금액을 입력하면 합계가 목표 {budget}에서 빠지고 남은 금액이 보입니다.'),
    "vi": ('Còn thiếu để đạt {budget}', 'Nhập từng khoản nhận được: tổng được trừ khỏi mục tiêu {budget} và hiện số còn thiếu.'),
    "id": ('Kurang untuk mencapai {budget}', 'Ketik setiap jumlah yang masuk: totalnya dikurangkan dari target {budget} dan kekurangannya terlihat.'),
    "ar": ('المتبقي للوصول إلى {budget}', 'اكتب كل مبلغ يصل: يُطرح مجموعها من الهدف {budget} ويظهر ما زال ناقصًا.'),
    "hi": ('{budget} तक पहुँचने में बाकी', 'हर आई रकम लिखें: उनका जोड़ लक्ष्य {budget} से घटाया जाता है और बाकी रकम दिखती है।'),
}  # fmt: skip
_RAISED = {"en": 'In so far', "zh": '已收到', "es": 'Recibido hasta ahora', "fr": "Reçu jusqu'ici", "de": 'Bisher eingegangen', "it": 'Raccolto finora', "pt": 'Arrecadado até agora', "nl": 'Tot nu toe binnen', "pl": 'Zebrano dotąd', "tr": 'Şu ana kadar gelen', "ru": 'Собрано', "ja": 'これまでの合計', "ko": '지금까지 모인 금액', "vi": 'Đã nhận', "id": 'Terkumpul sejauh ini', "ar": 'ما جُمع حتى الآن', "hi": 'अब तक आया'}  # fmt: skip
SAVE_TEXTS: dict[str, dict[str, str]] = {
    lang: {
        **dict(zip(_KEYS, row, strict=True)),
        "save.goal_left": _GOAL[lang][0],
        "save.goal_answer": _GOAL[lang][1],
        "save.goal_in": _RAISED[lang],
    }
    for lang, row in _ROWS.items()
}
