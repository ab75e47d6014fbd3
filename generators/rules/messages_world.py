"""The planner's user messages in Japanese, Korean, Russian, Arabic, Hindi, Dutch, Turkish, Polish,
Vietnamese and Indonesian: `generators.rules.messages` merges them into `MESSAGES` (kept apart only
so neither module grows past the line limit; the same keys and placeholders as English)."""

from __future__ import annotations

# fmt: off
WORLD_MESSAGES: dict[str, dict[str, str]] = {
    "ja": {
        "no_animation": (
            "アニメーションにするには、時間とともに変わる数値を質問に書く（例：「2021 10、2022 14、2023 19」）か、"
            "時間の列がある表を添付するか、手順を並べてください（「1. 計画 2. 開発 3. リリース」）。"
        ),
        "app_unknown": (
            "オフラインのプランナーは、質問から次の計算ツールを作れます：ローン・住宅ローンの返済額、複利の積立、"
            "損益分岐点と利益、ROI、BMI、チップの割り勘、単位換算、燃料費、時給、部屋に必要なタイルや塗料、割引、粗利率、"
            "点滴の滴下速度、正味現在価値、ザカート、パーセントでの増加、体重あたりの投与量、1日の摂取カロリー、"
            "家畜の飼料と畑の肥料；計算練習（九九、範囲内の計算）；書き出したルール（段階別の料率、日付に日数を足す、"
            "a × b）；表を添付すればデータエクスプローラー；問題と答えのリスト（または「単語 = 訳語」のペア）"
            "からクイズや単語カード；リストからのランダム抽選やチーム分け、指定した時間のタイマーやストップウォッチ、"
            "カウンターやスコアボード、追加した記録のトラッカー。その他のツールには LLM プランナーを接続してください。"
        ),
        "no_quiz": (
            "オフラインでクイズを作るには問題が必要です。問題と答えを貼り付ける（例：「- フランスの首都は？パリ」）か、"
            "ペアを書く（「hola = こんにちは、gracias = ありがとう」）か、LLM プランナーを接続してください。"
        ),
        "cannot_rewrite": (
            "オフラインのプランナーは回答を書き換えたり短くしたりできません。以下は元の文のままです。"
            "書き換えるには LLM プランナーを接続してください。"
        ),
        "cannot_look_up": (
            "オフラインのプランナーは文書から答えを探し出せません。以下は答えが載っている文書です。"
            "直接の答えが必要なら LLM プランナーを接続してください。"
        ),
        "word_problem": "これはあなたの数字（{numbers}）から一つの数を求める質問です。オフラインでは「12 × 45 / 60」のような式だけ計算できます。文章題には LLM プランナーを接続してください。",
        "empty": "まだ可視化するものがありません。質問を入力するか、表を添付するか、回答を markdown で貼り付けてください。",
        "research": (
            "オフラインのプランナーは調べものや一般知識での回答ができません。{what}を作るには、既存の回答を markdown "
            "で貼り付けるか、LLM プランナーを接続してください。"
        ),
        "no_numbers": (
            "オフラインでグラフを作るには数値が必要です。質問に書く（例：「売上：1月 40、2月 55、3月 61」）か、表（CSV・Excel）"
            "を添付するか、LLM プランナーを接続してください。"
        ),
        "no_structure": (
            "オフラインで図を描くには、手順やつながりを質問に書いてください（例：「登録 -> メール確認 -> 初回ログイン」）。"
        ),
        "no_image_subject": "画像に何を描くかを書いてください（例：「夕暮れの灯台の水彩画」）。",
        "bad_table": "添付の表からはグラフを作れません：{why}。数値の列が1つ以上ある表を添付してください。",
        "failed": "オフラインのプランナーはこの入力から{what}を作れませんでした（{why}）。{hint}",
        "no_builder": "オフラインのプランナーには{what}のルールがありません。LLM プランナーを接続してください。",
        "mixed": (
            "これらの数値は別々のものを測っています（{units}）。1つのグラフでは同じものとして比べてしまいます：\n\n{listing}\n\n"
            "主要な数値のカードとして見るには「インフォグラフィックにして」と、グラフにするには同じ単位の数値を書いてください。"
        ),
        "unsure": "どの形式がよいか判断できません。{listing}候補：{forms}。「インフォグラフィックにして」などと指定してください。",
        "fewer": "スライドは {n} 枚の指定ですが、内容は {m} 枚分です。残りを埋めるための内容は作っていません。",
        "outline": "「{topic}」のスライド {n} 枚の骨組みです（内容は未記入）：オフラインのプランナーは自分で内容を書きません。メモや回答を貼り付けて埋めるか、LLM プランナーを接続してください。",
        "outline_slide": "記入用：オフラインのプランナーは内容を書きません",
        "count_up_total": "合計",
        "count_up": "{name}が {first} から {last} までカウントアップします。",
        "no_value_zero": "{cells} の値を示す行がありません。0 として描いています。",
        "mixed_facts": "これらの数字は別々のものを測っている（{units}）ため、1つのグラフで比べずにカードとして並べています。",
        "mixed_cards": "これらの数字は種類が異なる（創立年と数量・金額が混在）ため、1つのグラフで比べずにカードとして並べています。",
        "what_slides": "スライド", "what_infographic": "インフォグラフィック", "what_diagram": "図",
        "what_chart": "グラフ", "what_image": "画像", "what_text": "回答", "what_animation": "アニメーション",
        "what_app": "インタラクティブなアプリ",
        "writing": (
            "オフラインのプランナーは、与えられた内容（数値、リスト、手順、表、markdown）をレイアウトするだけで、"
            "コードや文章の作成、翻訳、書き換えはできません。それには LLM プランナーを接続してください。"
        ),
        "nothing": (
            "可視化できるもの（数値、リスト、手順、添付ファイル）が見当たりません。グラフ、スライド、インフォグラフィック、"
            "図、画像のどれにするかを指定するか、レイアウトする内容を書くか、LLM プランナーを接続してください。"
        ),
    },
    "ko": {
        "no_animation": (
            "애니메이션을 만들려면 질문에 시간에 따른 숫자를 적거나(예: \"2021 10, 2022 14, 2023 19\"), 시간 열이 있는 표를 "
            "첨부하거나, 단계를 나열하세요(\"1. 계획 2. 개발 3. 출시\")."
        ),
        "app_unknown": (
            "오프라인 플래너는 질문으로 다음 계산기를 만들 수 있습니다: 대출·주택담보대출 상환액, 복리 저축, 손익분기점과 "
            "이익, ROI, BMI, 팁 나누기, 단위 변환, 연료비, 시급, 방에 필요한 타일이나 페인트, 할인, 매출총이익률, 수액 주입 "
            "속도, 순현재가치(NPV), 자카트, 퍼센트 인상, 체중에 따른 투여량, 하루 칼로리, 가축 사료와 밭 비료; 연산 "
            "연습(구구단, 범위 안의 계산); 직접 적은 규칙(구간별 요율, 날짜에 일수 더하기, a 곱하기 b); 표를 첨부하면 데이터 "
            "탐색기; 문제와 답 목록(또는 \"단어 = 뜻\" 쌍)으로 퀴즈나 단어 카드; 목록에서 무작위 뽑기나 팀 나누기, 정한 "
            "시간의 타이머나 스톱워치, 카운터나 점수판, 추가한 항목을 기록하는 트래커. 다른 도구가 필요하면 LLM 플래너를 "
            "연결하세요."
        ),
        "no_quiz": (
            "오프라인으로 퀴즈를 만들려면 문제가 필요합니다. 문제와 답을 함께 붙여 넣거나(예: \"- 프랑스의 수도는? 파리\"), "
            "단어 쌍을 주거나(\"hola = 안녕하세요, gracias = 감사합니다\"), LLM 플래너를 연결하세요."
        ),
        "cannot_rewrite": (
            "오프라인 플래너는 답변을 고쳐 쓰거나 줄일 수 없어 받은 그대로 보여 드립니다. 고쳐 쓰려면 LLM 플래너를 "
            "연결하세요."
        ),
        "cannot_look_up": (
            "오프라인 플래너는 답을 대신 찾아 드릴 수 없어 답이 들어 있는 문서를 보여 드립니다. 바로 답을 받으려면 LLM "
            "플래너를 연결하세요."
        ),
        "word_problem": "주신 숫자({numbers})로 어떤 값을 계산해 달라는 질문입니다. 오프라인에서는 \"12 × 45 / 60\"처럼 식으로 쓴 계산만 할 수 있습니다. 문장으로 된 문제는 LLM 플래너를 연결하세요.",
        "empty": "아직 시각화할 내용이 없습니다. 질문을 입력하거나, 표를 첨부하거나, markdown 답변을 붙여 넣으세요.",
        "research": (
            "오프라인 플래너는 주제를 조사하거나 일반 지식으로 답할 수 없습니다. {what}을(를) 만들려면 기존 답변을 "
            "markdown으로 붙여 넣거나 LLM 플래너를 연결하세요."
        ),
        "no_numbers": (
            "오프라인으로 차트를 만들려면 숫자가 필요합니다. 질문에 적거나(예: \"매출: 1월 40, 2월 55, 3월 61\"), 표(CSV, "
            "Excel)를 첨부하거나, LLM 플래너를 연결하세요."
        ),
        "no_structure": "오프라인으로 다이어그램을 그리려면 단계나 연결을 질문에 적어 주세요(예: \"가입 -> 이메일 인증 -> 첫 로그인\").",
        "no_image_subject": "그림에 무엇을 담을지 적어 주세요(예: \"해 질 녘 등대를 그린 수채화\").",
        "bad_table": "첨부한 표로는 차트를 만들 수 없습니다: {why}. 값이 든 열이 하나 이상 있는 표를 첨부하세요.",
        "failed": "오프라인 플래너가 이 입력으로 {what}을(를) 만들지 못했습니다({why}). {hint}",
        "no_builder": "오프라인 플래너에는 {what}에 대한 규칙이 없습니다. LLM 플래너를 연결하세요.",
        "mixed": (
            "이 숫자들은 서로 다른 것을 잽니다({units}). 차트 하나에 넣으면 같은 것처럼 비교하게 됩니다:\n\n{listing}\n\n"
            "핵심 숫자 카드로 보려면 \"인포그래픽으로 만들어 줘\"라고, 차트로 보려면 같은 단위의 숫자를 주세요."
        ),
        "unsure": "어떤 시각화를 원하는지 확실하지 않습니다. {listing}가능한 형태: {forms}. 예: \"인포그래픽으로 만들어 줘\".",
        "fewer": "슬라이드 {n}장을 요청했지만 주신 내용으로는 {m}장이 채워집니다. 나머지를 채우려고 내용을 지어내지 않았습니다.",
        "outline": "「{topic}」를 위한 슬라이드 {n}장 뼈대입니다(내용은 채워야 함): 오프라인 플래너는 내용을 직접 쓰지 않습니다. 메모나 답변을 붙여 넣어 채우거나 LLM 플래너를 연결하세요.",
        "outline_slide": "채워 넣을 슬라이드: 오프라인 플래너는 내용을 쓰지 않습니다",
        "count_up_total": "합계",
        "count_up": "{name}이(가) {first}에서 {last}까지 올라갑니다.",
        "no_value_zero": "{cells}에 대한 값을 주는 행이 없어 0으로 그렸습니다.",
        "mixed_facts": "이 숫자들은 서로 다른 것을 잽니다({units}). 그래서 한 차트에서 비교하지 않고 카드로 배치했습니다.",
        "mixed_cards": "이 숫자들은 종류가 서로 다릅니다(설립 연도와 수량·금액이 섞여 있음). 그래서 한 차트에서 비교하지 않고 카드로 배치했습니다.",
        "what_slides": "슬라이드", "what_infographic": "인포그래픽", "what_diagram": "다이어그램",
        "what_chart": "차트", "what_image": "이미지", "what_text": "답변", "what_animation": "애니메이션",
        "what_app": "인터랙티브 앱",
        "writing": (
            "오프라인 플래너는 주신 내용(숫자, 목록, 단계, 표, markdown)을 배치할 뿐, 코드나 글을 쓰거나 번역하거나 "
            "고쳐 쓰지는 못합니다. 그런 작업에는 LLM 플래너를 연결하세요."
        ),
        "nothing": (
            "시각화할 내용이 보이지 않습니다. 숫자, 목록, 단계, 첨부 파일이 없습니다. 차트, 슬라이드, 인포그래픽, "
            "다이어그램, 그림 중 무엇을 원하는지 말하거나, 배치할 내용을 주거나, LLM 플래너를 연결하세요."
        ),
    },
    "ru": {
        "no_animation": (
            "Для анимации напишите в вопросе, как числа меняются со временем (например, «2021 10, 2022 14, 2023 19»), "
            "приложите таблицу со столбцом времени или перечислите шаги («1. план 2. разработка 3. запуск»)."
        ),
        "app_unknown": (
            "Офлайн-планировщик может собрать по вопросу такие калькуляторы: платежи по кредиту или ипотеке, накопления со "
            "сложными процентами, точка безубыточности и прибыль, ROI, ИМТ, деление чаевых, перевод единиц, стоимость "
            "топлива, почасовая оплата, плитка или краска для комнаты, скидки, валовая маржа, скорость капельницы, NPV, "
            "закят, увеличение на процент, доза по массе тела, суточные калории, корм для стада и удобрения для поля; "
            "тренировка счёта (таблица умножения, примеры в заданном диапазоне); правила, которые вы записываете (ступенчатые "
            "ставки, дата плюс дни, a умножить на b); по приложенной таблице — обозреватель данных; по списку вопросов и "
            "ответов (или пар «слово = перевод») — тест или карточки; случайный выбор или команды из вашего списка, таймер "
            "или секундомер с вашими интервалами, счётчик или табло и журнал записей, которые вы добавляете. Для любого "
            "другого инструмента подключите LLM-планировщик."
        ),
        "no_quiz": (
            "Чтобы сделать тест офлайн, нужны вопросы: вставьте их с ответами (например, «- Столица Франции? Париж»), дайте "
            "пары («hola = привет, gracias = спасибо») или подключите LLM-планировщик."
        ),
        "cannot_rewrite": (
            "Офлайн-планировщик не может переписать или сократить ответ; вот он в исходном виде. Чтобы его переписать, "
            "подключите LLM-планировщик."
        ),
        "cannot_look_up": (
            "Офлайн-планировщик не может найти ответ за вас; вот документ, в котором он есть. Для прямого ответа подключите "
            "LLM-планировщик."
        ),
        "word_problem": "Здесь нужно вычислить число из ваших ({numbers}). Без сети я считаю выражения вида «12 × 45 / 60»; для задачи словами подключите LLM-планировщик.",
        "empty": "Пока нечего визуализировать: задайте вопрос, приложите таблицу или вставьте ответ в markdown.",
        "research": (
            "Офлайн-планировщик не может искать сведения или отвечать из общих знаний. Чтобы получить {what}, "
            "вставьте готовый ответ в markdown или подключите LLM-планировщик."
        ),
        "no_numbers": (
            "Чтобы построить график офлайн, нужны числа: напишите их в вопросе (например, «продажи: январь 40, "
            "февраль 55, март 61»), приложите таблицу (CSV или Excel) или подключите LLM-планировщик."
        ),
        "no_structure": (
            "Чтобы нарисовать схему офлайн, напишите шаги или связи в вопросе (например, «регистрация -> "
            "подтверждение почты -> первый вход») или подключите LLM-планировщик."
        ),
        "no_image_subject": "Опишите, что должно быть на картинке, например: «акварель с маяком в сумерках».",
        "bad_table": "По приложенной таблице нельзя построить график: {why}. Приложите таблицу хотя бы с одним столбцом значений.",
        "failed": "Офлайн-планировщику не удалось построить {what} по этим данным ({why}). {hint}",
        "no_builder": "Офлайн-планировщик не умеет строить {what}; подключите для этого LLM-планировщик.",
        "mixed": (
            "Эти числа измеряют разное ({units}); один график сравнивал бы их как однородные:\n\n{listing}\n\n"
            "Попросите инфографику, чтобы увидеть их как карточки ключевых цифр, или дайте числа в одной единице."
        ),
        "unsure": (
            "Не уверен, какой визуал нужен. {listing}Вероятно: {forms}. Уточните, например: «сделай инфографику» "
            "или «сделай слайды»."
        ),
        "fewer": "Запрошено слайдов: {n}, но содержимого хватает на {m}: для остальных ничего не придумано.",
        "outline": "Каркас из {n} слайдов для «{topic}», который нужно заполнить: офлайн-планировщик не пишет содержимое сам. Вставьте свои заметки или ответ, чтобы заполнить слайды, или подключите LLM-планировщик.",
        "outline_slide": "Заполните сами: офлайн-планировщик не пишет содержимое",
        "count_up_total": "Итого",
        "count_up": "{name}: счёт растёт от {first} до {last}.",
        "mixed_facts": "Эти числа измеряют разное ({units}), поэтому они показаны карточками, а не сравниваются на одном графике.",
        "mixed_cards": "Эти числа разного рода (год основания среди количеств и сумм), поэтому они показаны карточками, а не сравниваются на одном графике.",
        "no_value_zero": "Ни одна строка не даёт значения для {cells}; показано как 0.",
        "what_slides": "слайды", "what_infographic": "инфографику", "what_diagram": "схему",
        "what_chart": "график", "what_image": "изображение", "what_text": "ответ",
        "what_animation": "анимацию", "what_app": "интерактивное приложение",
        "writing": (
            "Офлайн-планировщик оформляет то, что вы даёте (числа, списки, шаги, таблицы, markdown); он не может "
            "писать код или тексты, переводить или переписывать. Для этого подключите LLM-планировщик."
        ),
        "nothing": (
            "Здесь нечего визуализировать: нет ни чисел, ни списка, ни шагов, ни вложения. Попросите график, слайды, "
            "инфографику, схему или картинку, дайте содержимое для оформления или подключите LLM-планировщик."
        ),
    },
    "ar": {
        "no_animation": (
            "لإنشاء رسوم متحركة، اكتب في السؤال أرقامًا على مدى الزمن (مثل \"2021 10، 2022 14، 2023 19\")، أو أرفق جدولًا فيه "
            "عمود للزمن، أو اذكر الخطوات (\"1. التخطيط 2. البناء 3. الإطلاق\")."
        ),
        "app_unknown": (
            "يستطيع المخطِّط دون اتصال إنشاء هذه الحاسبات من سؤال: أقساط القرض أو الرهن العقاري، والادخار بفائدة مركبة، ونقطة "
            "التعادل والربح، والعائد على الاستثمار، ومؤشر كتلة الجسم، وتقسيم البقشيش، وتحويل الوحدات، وتكلفة الوقود، والأجر "
            "بالساعة، والبلاط أو الطلاء لغرفة، والخصومات، والهامش الإجمالي، ومعدل تنقيط المحلول الوريدي، وصافي القيمة "
            "الحالية، والزكاة، والزيادة بنسبة مئوية، والجرعة حسب وزن الجسم، والسعرات اليومية، وعلف القطيع وسماد الحقل؛ "
            "وتمارين الحساب (جداول الضرب، وعمليات ضمن نطاق)؛ وقواعد تكتبها بنفسك (أسعار حسب الشرائح، وتاريخ مضافًا إليه أيام، "
            "وحاصل ضرب أ في ب)؛ ومع جدول مرفق، مستكشف للبيانات؛ ومن قائمة أسئلة وأجوبة (أو أزواج \"كلمة = ترجمة\")، اختبار أو "
            "بطاقات تعليمية؛ وقرعة عشوائية أو فرق من قائمتك، ومؤقت أو ساعة إيقاف بالمدد التي تحددها، وعدّاد أو لوحة نتائج، "
            "ومتتبع للإدخالات التي تضيفها. لأي أداة أخرى، اربط مخطِّط LLM."
        ),
        "no_quiz": (
            "لإنشاء اختبار دون اتصال أحتاج إلى الأسئلة: الصقها مع إجاباتها (مثل \"- عاصمة فرنسا؟ باريس\")، أو أعطِ أزواجًا "
            "(\"hola = مرحبًا، gracias = شكرًا\")، أو اربط مخطِّط LLM."
        ),
        "cannot_rewrite": (
            "لا يستطيع المخطِّط دون اتصال إعادة صياغة الإجابة أو اختصارها؛ إليك الإجابة كما هي. اربط مخطِّط LLM لإعادة "
            "صياغتها."
        ),
        "cannot_look_up": (
            "لا يستطيع المخطِّط دون اتصال البحث عن الإجابة نيابةً عنك؛ إليك المستند الذي توجد فيه. اربط مخطِّط LLM للحصول على "
            "إجابة مباشرة."
        ),
        "word_problem": "هذا يطلب رقمًا يُحسب من أرقامك ({numbers}). دون اتصال أحسب العمليات المكتوبة كتعبير، مثل \"12 × 45 / 60\"؛ للسؤال بالكلمات اربط مخطِّط LLM.",
        "empty": "لا يوجد ما يُعرض بعد: اطرح سؤالًا، أو أرفق جدولًا، أو الصق إجابة بصيغة markdown.",
        "research": (
            "لا يستطيع المخطِّط دون اتصال البحث في المواضيع أو الإجابة من المعرفة العامة. للحصول على {what}، الصق "
            "إجابة موجودة بصيغة markdown أو اربط مخطِّط LLM."
        ),
        "no_numbers": (
            "لرسم مخطط بياني دون اتصال أحتاج إلى الأرقام: اكتبها في السؤال (مثل \"المبيعات: يناير 50، فبراير 65\")، "
            "أو أرفق جدولًا (CSV أو Excel)، أو اربط مخطِّط LLM."
        ),
        "no_structure": "لرسم مخطط دون اتصال، اكتب الخطوات أو الروابط في السؤال (مثل \"تسجيل -> تأكيد البريد -> أول دخول\").",
        "no_image_subject": "قل ما الذي يجب أن تُظهره الصورة، مثل \"لوحة مائية لمنارة عند الغسق\".",
        "bad_table": "لا يمكن رسم الجدول المرفق: {why}. أرفق جدولًا فيه عمود واحد على الأقل من القيم.",
        "failed": "لم يتمكن المخطِّط دون اتصال من إنشاء {what} من هذا الإدخال ({why}). {hint}",
        "no_builder": "لا توجد لدى المخطِّط دون اتصال قواعد لإنشاء {what}؛ اربط مخطِّط LLM لذلك.",
        "mixed": (
            "هذه الأرقام تقيس أشياء مختلفة ({units})؛ مخطط واحد سيقارنها كأنها متشابهة:\n\n{listing}\n\n"
            "اطلب إنفوجرافيك لرؤيتها كبطاقات أرقام رئيسية، أو أعطِ أرقامًا بوحدة واحدة لرسمها."
        ),
        "unsure": "لست متأكدًا من الشكل المطلوب. {listing}المرجَّح: {forms}. حدِّد، مثل \"اصنع إنفوجرافيك\" أو \"اصنع شرائح\".",
        "fewer": "طُلبت {n} شرائح، لكن المحتوى المعطى يملأ {m}: لم يُختلق شيء لملء الباقي.",
        "outline": "هيكل من {n} شرائح لـ«{topic}» للتعبئة: لا يكتب المخطِّط دون اتصال محتوى من عنده. الصق ملاحظاتك أو إجابة لملء الشرائح، أو اربط مخطِّط LLM.",
        "outline_slide": "للتعبئة: لا يكتب المخطِّط دون اتصال أي محتوى",
        "count_up_total": "المجموع",
        "count_up": "{name} يرتفع من {first} إلى {last}.",
        "no_value_zero": "لا يعطي أي صف قيمة لـ {cells}؛ رُسمت على أنها 0.",
        "mixed_facts": "هذه الأرقام تقيس أشياء مختلفة ({units})، لذلك عُرضت كبطاقات ولم تُقارن في رسم بياني واحد.",
        "mixed_cards": "هذه الأرقام من أنواع مختلفة (سنة تأسيس بين أعداد ومبالغ)، لذلك عُرضت كبطاقات ولم تُقارن في رسم بياني واحد.",
        "what_slides": "شرائح", "what_infographic": "إنفوجرافيك", "what_diagram": "مخطط",
        "what_chart": "رسم بياني", "what_image": "صورة", "what_text": "إجابة", "what_animation": "رسوم متحركة",
        "what_app": "تطبيق تفاعلي",
        "writing": (
            "المخطِّط دون اتصال ينسِّق ما تعطيه (أرقام، قوائم، خطوات، جداول، markdown)؛ ولا يستطيع كتابة شيفرة أو "
            "نصوص ولا الترجمة أو إعادة الصياغة. اربط مخطِّط LLM لذلك."
        ),
        "nothing": (
            "لا أرى هنا ما يمكن عرضه: لا أرقام ولا قائمة ولا خطوات ولا مرفق. اطلب رسمًا بيانيًا أو شرائح أو "
            "إنفوجرافيك أو مخططًا أو صورة، أو أعطِ المحتوى المراد تنسيقه، أو اربط مخطِّط LLM."
        ),
    },
    "hi": {
        "no_animation": (
            "एनिमेशन के लिए सवाल में समय के साथ बदलती संख्याएँ दें (जैसे \"2021 10, 2022 14, 2023 19\"), समय वाले कॉलम की "
            "तालिका जोड़ें, या चरण लिखें (\"1. योजना 2. निर्माण 3. लॉन्च\")।"
        ),
        "app_unknown": (
            "ऑफ़लाइन प्लानर सवाल से ये कैलकुलेटर बना सकता है: लोन या होम लोन की किस्त, चक्रवृद्धि ब्याज वाली बचत, ब्रेक-ईवन "
            "और मुनाफ़ा, ROI, BMI, टिप का बँटवारा, इकाई रूपांतरण, ईंधन का खर्च, प्रति घंटा मज़दूरी, कमरे के लिए टाइल या पेंट, "
            "छूट, सकल मार्जिन, IV ड्रिप की दर, NPV, ज़कात, प्रतिशत बढ़ोतरी, शरीर के वज़न के हिसाब से खुराक, रोज़ की कैलोरी, "
            "झुंड के लिए चारा और खेत के लिए खाद; अंकगणित अभ्यास (पहाड़े, किसी सीमा के भीतर के सवाल); आपके लिखे नियम (स्लैब के "
            "हिसाब से दरें, तारीख में दिन जोड़ना, a गुणा b); जोड़ी गई तालिका से डेटा एक्सप्लोरर; सवाल-जवाब की सूची (या \"शब्द "
            "= अनुवाद\" जोड़ों) से क्विज़ या फ़्लैशकार्ड; आपकी सूची से रैंडम चुनाव या टीमें, आपकी तय अवधि वाला टाइमर या "
            "स्टॉपवॉच, काउंटर या स्कोरबोर्ड, और आपकी जोड़ी गई प्रविष्टियों का ट्रैकर। किसी और टूल के लिए LLM प्लानर जोड़ें।"
        ),
        "no_quiz": (
            "ऑफ़लाइन क्विज़ बनाने के लिए सवाल चाहिए: उन्हें जवाबों के साथ चिपकाएँ (जैसे \"- फ़्रांस की राजधानी? पेरिस\"), "
            "जोड़े दें (\"hola = नमस्ते, gracias = धन्यवाद\"), या LLM प्लानर जोड़ें।"
        ),
        "cannot_rewrite": (
            "ऑफ़लाइन प्लानर जवाब को न दोबारा लिख सकता है, न छोटा कर सकता है; यह जैसा दिया गया था वैसा ही है। दोबारा लिखवाने "
            "के लिए LLM प्लानर जोड़ें।"
        ),
        "cannot_look_up": (
            "ऑफ़लाइन प्लानर आपके लिए जवाब नहीं खोज सकता; यह वह दस्तावेज़ है जिसमें जवाब है। सीधे जवाब के लिए LLM प्लानर "
            "जोड़ें।"
        ),
        "word_problem": "यह आपकी संख्याओं ({numbers}) से कोई संख्या निकालने को कहता है। ऑफ़लाइन मैं व्यंजक के रूप में लिखा हिसाब ही कर सकता हूँ, जैसे \"12 × 45 / 60\"; शब्दों में लिखे सवाल के लिए LLM प्लानर जोड़ें।",
        "empty": "अभी दिखाने को कुछ नहीं है: सवाल पूछें, तालिका जोड़ें, या markdown में कोई जवाब चिपकाएँ।",
        "research": (
            "ऑफ़लाइन प्लानर विषयों पर खोज या सामान्य ज्ञान से जवाब नहीं दे सकता। {what} के लिए मौजूदा जवाब markdown में "
            "चिपकाएँ या LLM प्लानर जोड़ें।"
        ),
        "no_numbers": (
            "ऑफ़लाइन चार्ट के लिए संख्याएँ चाहिए: उन्हें सवाल में लिखें (जैसे \"बिक्री: जनवरी 40, फ़रवरी 55\"), तालिका "
            "(CSV या Excel) जोड़ें, या LLM प्लानर जोड़ें।"
        ),
        "no_structure": "ऑफ़लाइन आरेख के लिए चरण या कड़ियाँ सवाल में लिखें (जैसे \"पंजीकरण -> ईमेल सत्यापन -> पहला लॉगिन\")।",
        "no_image_subject": "बताएँ कि चित्र में क्या दिखना चाहिए, जैसे \"शाम के धुंधलके में एक लाइटहाउस का जलरंग चित्र\"।",
        "bad_table": "जोड़ी गई तालिका से चार्ट नहीं बन सकता: {why}। कम से कम एक मानों वाले कॉलम की तालिका जोड़ें।",
        "failed": "ऑफ़लाइन प्लानर इस इनपुट से {what} नहीं बना सका ({why})। {hint}",
        "no_builder": "ऑफ़लाइन प्लानर के पास {what} के नियम नहीं हैं; इसके लिए LLM प्लानर जोड़ें।",
        "mixed": (
            "ये संख्याएँ अलग-अलग चीज़ें मापती हैं ({units}); एक चार्ट इन्हें एक जैसा मानकर तुलना करेगा:\n\n{listing}\n\n"
            "इन्हें मुख्य-संख्या कार्ड के रूप में देखने के लिए इन्फोग्राफिक माँगें, या चार्ट के लिए एक ही इकाई की संख्याएँ दें।"
        ),
        "unsure": "पक्का नहीं कि आप कौन-सा विज़ुअल चाहते हैं। {listing}संभावित: {forms}। बताएँ, जैसे \"इन्फोग्राफिक बनाओ\"।",
        "fewer": "{n} स्लाइड माँगी गईं, पर दी गई सामग्री से {m} ही भरती हैं: बाकी भरने के लिए कुछ गढ़ा नहीं गया।",
        "outline": "“{topic}” के लिए {n} स्लाइड का ढाँचा, भरने के लिए: ऑफ़लाइन प्लानर अपनी ओर से सामग्री नहीं लिखता। स्लाइड भरने के लिए अपने नोट्स या कोई जवाब चिपकाएँ, या LLM प्लानर जोड़ें।",
        "outline_slide": "भरने के लिए: ऑफ़लाइन प्लानर सामग्री नहीं लिखता",
        "count_up_total": "कुल",
        "count_up": "{name} {first} से {last} तक बढ़ता है।",
        "no_value_zero": "किसी भी पंक्ति में {cells} का मान नहीं है; इसे 0 के रूप में दिखाया गया है।",
        "mixed_facts": "ये संख्याएँ अलग-अलग चीज़ें मापती हैं ({units}), इसलिए इन्हें एक चार्ट में तुलना करने के बजाय कार्ड के रूप में रखा गया है।",
        "mixed_cards": "ये संख्याएँ अलग-अलग तरह की हैं (गिनती और रकम के बीच स्थापना का साल), इसलिए इन्हें एक चार्ट में तुलना करने के बजाय कार्ड के रूप में रखा गया है।",
        "what_slides": "स्लाइड", "what_infographic": "इन्फोग्राफिक", "what_diagram": "आरेख", "what_chart": "चार्ट",
        "what_image": "चित्र", "what_text": "जवाब", "what_animation": "एनिमेशन", "what_app": "इंटरैक्टिव ऐप",
        "writing": (
            "ऑफ़लाइन प्लानर आपकी दी हुई चीज़ें (संख्याएँ, सूचियाँ, चरण, तालिकाएँ, markdown) सजाता है; वह कोड या लेख नहीं "
            "लिख सकता, न अनुवाद कर सकता है, न दोबारा लिख सकता है। इसके लिए LLM प्लानर जोड़ें।"
        ),
        "nothing": (
            "यहाँ दिखाने लायक कुछ नहीं मिला: न संख्याएँ, न सूची, न चरण, न अटैचमेंट। चार्ट, स्लाइड, इन्फोग्राफिक, आरेख या "
            "चित्र माँगें, सजाने के लिए सामग्री दें, या LLM प्लानर जोड़ें।"
        ),
    },
    "nl": {
        "no_animation": (
            "Voor een animatie geef je in de vraag getallen over een periode (bijv. \"2021 10, 2022 14, 2023 19\"), voeg je "
            "een tabel met een tijdkolom toe of som je de stappen op (\"1. plannen 2. bouwen 3. lanceren\")."
        ),
        "app_unknown": (
            "De offline planner kan vanuit een vraag deze calculators maken: aflossingen van een lening of hypotheek, sparen "
            "met samengestelde rente, break-even en winst, ROI, BMI, de fooi verdelen, eenheden omrekenen, brandstofkosten, "
            "uurloon, tegels of verf voor een kamer, kortingen, brutomarge, infuussnelheid, NCW, zakat, een procentuele "
            "verhoging, een dosis per kilo lichaamsgewicht, dagelijkse calorieën, voer voor een kudde en kunstmest voor een "
            "akker; rekenoefeningen (tafels, sommen binnen een bereik); regels die je uitschrijft (tarieven per schijf, een "
            "datum plus dagen, a keer b); met een bijgevoegde tabel een dataverkenner; uit een lijst met vragen en antwoorden "
            "(of paren \"woord = vertaling\") een quiz of flashcards; een loting of teams uit je lijst, een timer of "
            "stopwatch met jouw tijden, een turfteller of scorebord, en een tracker voor items die je toevoegt. Koppel voor "
            "elk ander hulpmiddel een LLM-planner."
        ),
        "no_quiz": (
            "Voor een quiz offline heb ik de vragen nodig: plak ze met hun antwoorden (bijv. \"- Hoofdstad van Frankrijk? "
            "Parijs\"), geef paren (\"hola = hallo, gracias = dank je\") of koppel een LLM-planner."
        ),
        "cannot_rewrite": (
            "De offline planner kan een antwoord niet herschrijven of inkorten; hier is het zoals het is gegeven. Koppel een "
            "LLM-planner om het te laten herschrijven."
        ),
        "cannot_look_up": (
            "De offline planner kan het antwoord niet voor je opzoeken; hier is het document waarin het staat. Koppel een "
            "LLM-planner voor een direct antwoord."
        ),
        "word_problem": "Hier wordt gevraagd om een getal dat uit jouw getallen ({numbers}) volgt. Offline reken ik sommen uit die als uitdrukking zijn geschreven, bijv. \"12 × 45 / 60\"; koppel voor een vraag in woorden een LLM-planner.",
        "empty": "Nog niets om te visualiseren: stel een vraag, voeg een tabel toe of plak een antwoord in markdown.",
        "research": (
            "De offline planner kan geen onderwerpen opzoeken of vragen uit algemene kennis beantwoorden. Voor "
            "{what} plak je een bestaand antwoord met --markdown (of in het markdown-vak van de app), of koppel je "
            "een LLM-planner."
        ),
        "no_numbers": (
            "Voor een grafiek offline heb ik de getallen nodig. Zet ze in de vraag (bijv. \"omzet Q1-Q4 was 1,2 mln, "
            "1,5 mln, 1,1 mln en 2,0 mln\" of \"appels 30, bananen 20, kersen 50\"), voeg een tabel toe (CSV of "
            "Excel), plak een markdown-antwoord met een tabel of koppel een LLM-planner."
        ),
        "no_structure": (
            "Voor een diagram offline zet je de stappen of verbanden in de vraag (bijv. \"stroomschema: aanmelden -> "
            "e-mail bevestigen -> eerste keer inloggen\", \"1. plannen 2. bouwen 3. lanceren\" of \"organigram: CEO "
            "-> CTO, CFO\"), plak je een markdown-antwoord met een lijst of koppel je een LLM-planner."
        ),
        "no_image_subject": "Zeg wat de afbeelding moet laten zien, bijv. \"een aquarel van een vuurtoren in de schemering\".",
        "bad_table": "Van de bijgevoegde tabel kan geen grafiek worden gemaakt: {why}. Voeg een tabel toe met minstens één kolom met waarden.",
        "failed": "Het is de offline planner niet gelukt om {what} te maken van deze invoer ({why}). {hint}",
        "what_slides": "dia's", "what_infographic": "een infographic", "what_diagram": "een diagram",
        "what_chart": "een grafiek", "what_image": "een afbeelding", "what_text": "een antwoord",
        "what_animation": "een animatie", "what_app": "een interactieve app",
        "no_builder": "De offline planner heeft geen regels voor {what}; koppel daarvoor een LLM-planner.",
        "mixed": (
            "Deze getallen meten verschillende dingen ({units}), dus één grafiek zou ze vergelijken alsof ze "
            "gelijksoortig zijn:\n\n{listing}\n\nVraag om een infographic om ze als kaarten met kerncijfers te zien, "
            "of geef getallen in één eenheid (bijv. \"km gelopen per dag: ma 5, di 7, wo 4\") voor een grafiek."
        ),
        "unsure": (
            "Ik weet niet zeker welke weergave je wilt. {listing}Waarschijnlijk: {forms}. Zeg welke, bijv. \"maak "
            "hier een infographic van\" of \"maak hier dia's van\"."
        ),
        "fewer": "{n} dia's gevraagd, maar de gegeven inhoud vult er {m}: er is niets verzonnen om de rest te vullen.",
        "outline": "Een opzet van {n} dia's voor ‘{topic}’, om in te vullen: de offline planner schrijft zelf geen inhoud. Plak je aantekeningen of een antwoord om de dia's te vullen, of koppel een LLM-planner.",
        "outline_slide": "In te vullen: de offline planner schrijft geen inhoud",
        "count_up_total": "Totaal",
        "count_up": "{name} telt op van {first} tot {last}.",
        "no_value_zero": "Geen enkele rij geeft een waarde voor {cells}; getekend als 0.",
        "mixed_facts": "Deze getallen meten verschillende dingen ({units}), dus staan ze als kaarten en niet vergeleken in één grafiek.",
        "mixed_cards": "Deze getallen zijn van verschillende soort (een oprichtingsjaar tussen aantallen en bedragen), dus staan ze als kaarten en niet vergeleken in één grafiek.",
        "writing": (
            "De offline planner zet op een rij wat je hem geeft (getallen, lijsten, stappen, tabellen, markdown); hij "
            "kan geen code of tekst schrijven, vertalen of herschrijven. Koppel daarvoor een LLM-planner."
        ),
        "nothing": (
            "Ik zie hier niets om te visualiseren: geen getallen, lijst, stappen of bijlage. Vraag om een grafiek, "
            "dia's, een infographic, een diagram of een afbeelding, geef de inhoud om op te maken of koppel een "
            "LLM-planner."
        ),
    },
    "tr": {
        "no_animation": (
            "Animasyon için soruya zaman içinde değişen sayıları yazın (ör. \"2021 10, 2022 14, 2023 19\"), zaman sütunu olan "
            "bir tablo ekleyin ya da adımları sıralayın (\"1. planla 2. geliştir 3. yayınla\")."
        ),
        "app_unknown": (
            "Çevrimdışı planlayıcı bir sorudan şu hesaplayıcıları oluşturabilir: kredi veya konut kredisi taksitleri, bileşik "
            "faizli birikim, başabaş noktası ve kâr, ROI, VKİ, bahşiş paylaşımı, birim dönüştürme, yakıt maliyeti, saatlik "
            "ücret, bir oda için fayans ya da boya, indirimler, brüt kâr marjı, serum damla hızı, NBD, zekât, yüzde artış, "
            "vücut ağırlığına göre doz, günlük kalori, sürü için yem ve tarla için gübre; aritmetik alıştırması (çarpım "
            "tablosu, belli bir aralıkta işlemler); sizin yazdığınız kurallar (dilime göre oranlar, bir tarih artı gün, a "
            "çarpı b); ekli bir tabloyla bir veri gezgini; soru-cevap listesinden (ya da \"kelime = çeviri\" çiftlerinden) "
            "bir test veya bilgi kartları; listenizden rastgele seçim ya da takımlar, sizin sürelerinizle zamanlayıcı ya da "
            "kronometre, sayaç ya da skor tablosu ve eklediğiniz kayıtlar için bir takip aracı. Başka bir araç için bir LLM "
            "planlayıcı bağlayın."
        ),
        "no_quiz": (
            "Çevrimdışı test hazırlamak için sorulara ihtiyacım var: onları cevaplarıyla birlikte yapıştırın (ör. \"- "
            "Fransa'nın başkenti? Paris\"), çiftler verin (\"hola = merhaba, gracias = teşekkürler\") ya da bir LLM "
            "planlayıcı bağlayın."
        ),
        "cannot_rewrite": (
            "Çevrimdışı planlayıcı bir yanıtı yeniden yazamaz veya kısaltamaz; işte verildiği haliyle. Yeniden yazdırmak için "
            "bir LLM planlayıcı bağlayın."
        ),
        "cannot_look_up": (
            "Çevrimdışı planlayıcı yanıtı sizin yerinize bulamaz; işte yanıtın geçtiği belge. Doğrudan bir yanıt için bir LLM "
            "planlayıcı bağlayın."
        ),
        "word_problem": "Bu, sayılarınızdan ({numbers}) hesaplanacak bir sayı istiyor. Çevrimdışı yalnızca ifade olarak yazılmış işlemleri hesaplarım, ör. \"12 × 45 / 60\"; sözel bir soru için bir LLM planlayıcı bağlayın.",
        "empty": "Henüz görselleştirilecek bir şey yok: bir soru sorun, bir tablo ekleyin ya da markdown biçiminde bir yanıt yapıştırın.",
        "research": (
            "Çevrimdışı planlayıcı konu araştıramaz ve genel bilgiden soru yanıtlayamaz; {what} için mevcut bir "
            "yanıtı --markdown ile (ya da uygulamadaki markdown kutusuna) yapıştırın veya bir LLM planlayıcı bağlayın."
        ),
        "no_numbers": (
            "Çevrimdışı grafik çizmek için sayılara ihtiyacım var. Onları soruya yazın (ör. \"Q1-Q4 geliri 1,2 "
            "milyon, 1,5 milyon, 1,1 milyon ve 2,0 milyon oldu\" ya da \"elma 30, muz 20, kiraz 50\"), bir tablo "
            "ekleyin (CSV veya Excel), tablolu bir markdown yanıtı yapıştırın ya da bir LLM planlayıcı bağlayın."
        ),
        "no_structure": (
            "Çevrimdışı diyagram çizmek için adımları ya da bağlantıları soruya yazın (ör. \"akış şeması: kayıt ol -> "
            "e-postayı doğrula -> ilk giriş\", \"1. planla 2. geliştir 3. yayınla\" ya da \"organizasyon şeması: CEO "
            "-> CTO, CFO\"), listeli bir markdown yanıtı yapıştırın ya da bir LLM planlayıcı bağlayın."
        ),
        "no_image_subject": "Resimde ne görünmesi gerektiğini söyleyin, ör. \"alacakaranlıkta bir deniz fenerinin suluboya resmi\".",
        "bad_table": "Ekteki tablodan grafik çizilemiyor: {why}. En az bir değer sütunu olan bir tablo ekleyin.",
        "failed": "Çevrimdışı planlayıcı bu girdiden {what} oluşturamadı ({why}). {hint}",
        "what_slides": "bir slayt sunumu", "what_infographic": "bir infografik", "what_diagram": "bir diyagram",
        "what_chart": "bir grafik", "what_image": "bir resim", "what_text": "bir yanıt",
        "what_animation": "bir animasyon", "what_app": "etkileşimli bir uygulama",
        "no_builder": "Çevrimdışı planlayıcının {what} için kuralı yok; bunun için bir LLM planlayıcı bağlayın.",
        "mixed": (
            "Bu sayılar farklı şeyleri ölçüyor ({units}), bu yüzden tek bir grafik onları aynı türdenmiş gibi "
            "karşılaştırır:\n\n{listing}\n\nOnları önemli sayı kartları olarak görmek için bir infografik isteyin ya "
            "da grafik için sayıları tek bir birimle verin (ör. \"günlük yürünen km: Pzt 5, Sal 7, Çar 4\")."
        ),
        "unsure": (
            "Hangi görseli istediğinizden emin değilim. {listing}Muhtemelen: {forms}. Hangisi olduğunu söyleyin, ör. "
            "\"bundan bir infografik yap\" ya da \"bundan slayt yap\"."
        ),
        "fewer": "{n} slayt istendi, ancak verilen içerik {m} slaydı dolduruyor: kalanı doldurmak için hiçbir şey uydurulmadı.",
        "outline": "“{topic}” için doldurulacak {n} slaytlık bir iskelet: çevrimdışı planlayıcı kendi içeriğini yazmaz. Slaytları doldurmak için notlarınızı veya bir yanıtı yapıştırın ya da bir LLM planlayıcısı bağlayın.",
        "outline_slide": "Doldurulacak: çevrimdışı planlayıcı içerik yazmaz",
        "count_up_total": "Toplam",
        "count_up": "{name} {first} değerinden {last} değerine yükselir.",
        "no_value_zero": "Hiçbir satır {cells} için değer vermiyor; 0 olarak çizildi.",
        "mixed_facts": "Bu sayılar farklı şeyleri ölçüyor ({units}), bu yüzden tek bir grafikte karşılaştırılmak yerine kartlar halinde dizildi.",
        "mixed_cards": "Bu sayılar farklı türden (adetler ve tutarlar arasında bir kuruluş yılı), bu yüzden tek bir grafikte karşılaştırılmak yerine kartlar halinde dizildi.",
        "writing": (
            "Çevrimdışı planlayıcı verdiğiniz içeriği (sayılar, listeler, adımlar, tablolar, markdown) düzenler; kod "
            "ya da metin yazamaz, çeviri yapamaz, yeniden yazamaz. Bunun için bir LLM planlayıcı bağlayın."
        ),
        "nothing": (
            "Burada görselleştirilecek bir şey göremiyorum: sayı, liste, adım ya da ek yok. Bir grafik, slayt, "
            "infografik, diyagram ya da resim isteyin, düzenlenecek içeriği verin ya da bir LLM planlayıcı bağlayın."
        ),
    },
    "pl": {
        "no_animation": (
            "Aby zrobić animację, podaj w pytaniu liczby zmieniające się w czasie (np. „2021 10, 2022 14, 2023 19”), dołącz "
            "tabelę z kolumną czasu albo wypisz kroki („1. plan 2. budowa 3. wdrożenie”)."
        ),
        "app_unknown": (
            "Planer offline potrafi zbudować z pytania takie kalkulatory: raty pożyczki lub kredytu hipotecznego, "
            "oszczędności z procentem składanym, próg rentowności i zysk, ROI, BMI, podział napiwku, przeliczanie jednostek, "
            "koszt paliwa, stawka godzinowa, płytki lub farba do pokoju, rabaty, marża brutto, szybkość wlewu kroplowego, "
            "NPV, zakat, wzrost o procent, dawka według masy ciała, dzienne kalorie, pasza dla stada i nawóz na pole; "
            "ćwiczenia z arytmetyki (tabliczka mnożenia, działania w danym zakresie); zasady, które wypiszesz (stawki według "
            "progów, data plus dni, a razy b); z dołączoną tabelą – przeglądarka danych; z listy pytań i odpowiedzi (lub par "
            "„słowo = tłumaczenie”) – quiz lub fiszki; losowanie lub drużyny z twojej listy, minutnik lub stoper z twoimi "
            "czasami, licznik lub tablica wyników oraz rejestr wpisów, które dodajesz. Do każdego innego narzędzia podłącz "
            "planer LLM."
        ),
        "no_quiz": (
            "Do quizu offline potrzebuję pytań: wklej je z odpowiedziami (np. „- Stolica Francji? Paryż”), podaj pary („hola "
            "= cześć, gracias = dziękuję”) albo podłącz planer LLM."
        ),
        "cannot_rewrite": (
            "Planer offline nie przeredaguje ani nie skróci odpowiedzi; oto ona w podanej formie. Podłącz planer LLM, by ją "
            "przeredagować."
        ),
        "cannot_look_up": (
            "Planer offline nie wyszuka za ciebie odpowiedzi; oto dokument, w którym się znajduje. Podłącz planer LLM, by "
            "dostać bezpośrednią odpowiedź."
        ),
        "word_problem": "Tu trzeba obliczyć liczbę z twoich danych ({numbers}). Offline liczę działania zapisane jako wyrażenie, np. „12 × 45 / 60”; do pytania opisanego słowami podłącz planer LLM.",
        "empty": "Na razie nie ma czego zwizualizować: zadaj pytanie, dołącz tabelę albo wklej odpowiedź w markdown.",
        "research": (
            "Planer offline nie wyszukuje informacji i nie odpowiada z wiedzy ogólnej. Aby dostać {what}, wklej "
            "gotową odpowiedź przez --markdown (lub w polu markdown w aplikacji) albo podłącz planer LLM."
        ),
        "no_numbers": (
            "Do wykresu offline potrzebuję liczb. Wpisz je w pytaniu (np. „przychód w Q1-Q4 wyniósł 1,2 mln, 1,5 "
            "mln, 1,1 mln i 2,0 mln” albo „jabłka 30, banany 20, wiśnie 50”), dołącz tabelę (CSV lub Excel), wklej "
            "odpowiedź markdown z tabelą albo podłącz planer LLM."
        ),
        "no_structure": (
            "Aby narysować diagram offline, wpisz w pytaniu kroki lub powiązania (np. „schemat blokowy: rejestracja -> "
            "potwierdzenie e-maila -> pierwsze logowanie”, „1. plan 2. budowa 3. wdrożenie” albo „schemat "
            "organizacyjny: CEO -> CTO, CFO”), wklej odpowiedź markdown z listą albo podłącz planer LLM."
        ),
        "no_image_subject": "Napisz, co ma przedstawiać obraz, np. „akwarela z latarnią morską o zmierzchu”.",
        "bad_table": "Z dołączonej tabeli nie da się zrobić wykresu: {why}. Dołącz tabelę z co najmniej jedną kolumną wartości.",
        "failed": "Planer offline nie zdołał utworzyć {what} z tych danych ({why}). {hint}",
        "what_slides": "slajdy", "what_infographic": "infografikę", "what_diagram": "diagram",
        "what_chart": "wykres", "what_image": "obraz", "what_text": "odpowiedź",
        "what_animation": "animację", "what_app": "interaktywną aplikację",
        "no_builder": "Planer offline nie ma reguł, by utworzyć {what}; podłącz do tego planer LLM.",
        "mixed": (
            "Te liczby mierzą różne rzeczy ({units}), więc jeden wykres porównałby je tak, jakby były tym samym:"
            "\n\n{listing}\n\nPoproś o infografikę, by zobaczyć je jako karty kluczowych liczb, albo podaj liczby w "
            "jednej jednostce (np. „przebyte km dziennie: pon 5, wt 7, śr 4”), by zrobić wykres."
        ),
        "unsure": (
            "Nie wiem na pewno, jakiej wizualizacji chcesz. {listing}Prawdopodobnie: {forms}. Powiedz, o co chodzi, "
            "np. „zrób z tego infografikę” albo „zrób z tego slajdy”."
        ),
        "fewer": "Zamówione slajdy: {n}, ale treści starcza na {m}: niczego nie wymyślono, by uzupełnić resztę.",
        "outline": "Szkielet {n} slajdów dla „{topic}” do uzupełnienia: planer offline nie pisze własnych treści. Wklej swoje notatki lub odpowiedź, aby wypełnić slajdy, albo podłącz planer LLM.",
        "outline_slide": "Do uzupełnienia: planer offline nie pisze treści",
        "count_up_total": "Suma",
        "count_up": "{name} rośnie od {first} do {last}.",
        "no_value_zero": "Żaden wiersz nie podaje wartości dla {cells}; narysowano jako 0.",
        "mixed_facts": "Te liczby mierzą różne rzeczy ({units}), więc pokazano je jako karty, a nie porównano na jednym wykresie.",
        "mixed_cards": "Te liczby są różnego rodzaju (rok założenia wśród liczebności i kwot), więc pokazano je jako karty, a nie porównano na jednym wykresie.",
        "writing": (
            "Planer offline układa to, co mu podasz (liczby, listy, kroki, tabele, markdown); nie pisze kodu ani "
            "tekstów, nie tłumaczy i nie przeredagowuje. Do tego podłącz planer LLM."
        ),
        "nothing": (
            "Nie widzę tu nic do zwizualizowania: brak liczb, listy, kroków czy załącznika. Poproś o wykres, slajdy, "
            "infografikę, diagram lub obraz, podaj treść do ułożenia albo podłącz planer LLM."
        ),
    },
    "vi": {
        "no_animation": (
            "Để tạo hoạt ảnh, hãy ghi các con số theo thời gian vào câu hỏi (ví dụ \"2021 10, 2022 14, 2023 19\"), đính kèm "
            "bảng có cột thời gian, hoặc liệt kê các bước (\"1. lên kế hoạch 2. xây dựng 3. phát hành\")."
        ),
        "app_unknown": (
            "Trình lập kế hoạch ngoại tuyến có thể tạo các công cụ tính sau từ một câu hỏi: tiền trả góp khoản vay hoặc vay "
            "mua nhà, tiết kiệm lãi kép, điểm hòa vốn và lợi nhuận, ROI, BMI, chia tiền boa, đổi đơn vị, chi phí nhiên liệu, "
            "lương theo giờ, gạch lát hoặc sơn cho một căn phòng, giảm giá, biên lợi nhuận gộp, tốc độ truyền dịch, NPV, "
            "zakat, mức tăng theo phần trăm, liều theo cân nặng, lượng calo mỗi ngày, thức ăn cho đàn gia súc và phân bón cho "
            "cánh đồng; luyện tập số học (bảng cửu chương, phép tính trong một phạm vi); quy tắc bạn tự viết (mức giá theo "
            "bậc, ngày cộng thêm số ngày, a nhân b); với bảng đính kèm, một công cụ khám phá dữ liệu; từ danh sách câu hỏi và "
            "đáp án (hoặc các cặp \"từ = bản dịch\"), một bài trắc nghiệm hoặc thẻ ghi nhớ; bốc thăm ngẫu nhiên hoặc chia đội "
            "từ danh sách của bạn, hẹn giờ hoặc bấm giờ với thời lượng của bạn, bộ đếm hoặc bảng điểm, và công cụ theo dõi "
            "các mục bạn thêm. Với công cụ khác, hãy kết nối một trình lập kế hoạch LLM."
        ),
        "no_quiz": (
            "Để tạo bài trắc nghiệm ngoại tuyến, tôi cần các câu hỏi: hãy dán chúng kèm đáp án (ví dụ \"- Thủ đô của Pháp? "
            "Paris\"), đưa các cặp từ (\"hola = xin chào, gracias = cảm ơn\"), hoặc kết nối một trình lập kế hoạch LLM."
        ),
        "cannot_rewrite": (
            "Trình lập kế hoạch ngoại tuyến không thể viết lại hay rút gọn câu trả lời; đây là nguyên văn. Hãy kết nối một "
            "trình lập kế hoạch LLM để viết lại."
        ),
        "cannot_look_up": (
            "Trình lập kế hoạch ngoại tuyến không thể tra câu trả lời giúp bạn; đây là tài liệu có chứa câu trả lời. Hãy kết "
            "nối một trình lập kế hoạch LLM để có câu trả lời trực tiếp."
        ),
        "word_problem": "Câu này cần một con số tính từ các số của bạn ({numbers}). Khi ngoại tuyến, tôi chỉ tính được phép tính viết dưới dạng biểu thức, ví dụ \"12 × 45 / 60\"; với câu hỏi bằng lời, hãy kết nối một trình lập kế hoạch LLM.",
        "empty": "Chưa có gì để trực quan hóa: hãy đặt câu hỏi, đính kèm bảng hoặc dán câu trả lời dạng markdown.",
        "research": (
            "Trình lập kế hoạch ngoại tuyến không thể tra cứu chủ đề hay trả lời bằng kiến thức chung. Để có {what}, "
            "hãy dán một câu trả lời có sẵn bằng --markdown (hoặc ô markdown trong ứng dụng), hoặc kết nối một trình "
            "lập kế hoạch LLM."
        ),
        "no_numbers": (
            "Để vẽ biểu đồ ngoại tuyến, tôi cần các con số. Hãy viết chúng vào câu hỏi (ví dụ \"doanh thu Q1-Q4 là "
            "1,2 triệu, 1,5 triệu, 1,1 triệu và 2,0 triệu\" hoặc \"táo 30, chuối 20, anh đào 50\"), đính kèm bảng "
            "(CSV hoặc Excel), dán câu trả lời markdown có bảng, hoặc kết nối một trình lập kế hoạch LLM."
        ),
        "no_structure": (
            "Để vẽ sơ đồ ngoại tuyến, hãy viết các bước hoặc liên kết vào câu hỏi (ví dụ \"lưu đồ: đăng ký -> xác "
            "minh email -> đăng nhập lần đầu\", \"1. lên kế hoạch 2. xây dựng 3. phát hành\" hoặc \"sơ đồ tổ chức: "
            "CEO -> CTO, CFO\"), dán câu trả lời markdown có danh sách, hoặc kết nối một trình lập kế hoạch LLM."
        ),
        "no_image_subject": "Hãy cho biết bức ảnh cần thể hiện gì, ví dụ \"tranh màu nước vẽ ngọn hải đăng lúc chạng vạng\".",
        "bad_table": "Không thể vẽ biểu đồ từ bảng đính kèm: {why}. Hãy đính kèm bảng có ít nhất một cột giá trị.",
        "failed": "Trình lập kế hoạch ngoại tuyến không tạo được {what} từ dữ liệu này ({why}). {hint}",
        "what_slides": "trang chiếu", "what_infographic": "infographic", "what_diagram": "sơ đồ",
        "what_chart": "biểu đồ", "what_image": "hình ảnh", "what_text": "câu trả lời",
        "what_animation": "hoạt ảnh", "what_app": "ứng dụng tương tác",
        "no_builder": "Trình lập kế hoạch ngoại tuyến không có quy tắc để tạo {what}; hãy kết nối một trình lập kế hoạch LLM.",
        "mixed": (
            "Các con số này đo những thứ khác nhau ({units}), nên một biểu đồ sẽ so sánh chúng như thể chúng cùng "
            "loại:\n\n{listing}\n\nHãy yêu cầu infographic để xem chúng dưới dạng thẻ số liệu chính, hoặc đưa các số "
            "cùng một đơn vị (ví dụ \"số km đi bộ mỗi ngày: T2 5, T3 7, T4 4\") để vẽ biểu đồ."
        ),
        "unsure": (
            "Tôi chưa rõ bạn muốn dạng hình ảnh nào. {listing}Có thể là: {forms}. Hãy nói rõ, ví dụ \"làm "
            "infographic từ nội dung này\" hoặc \"làm trang chiếu từ nội dung này\"."
        ),
        "fewer": "Bạn yêu cầu {n} trang chiếu, nhưng nội dung đã cho chỉ đủ cho {m}: không có gì được bịa thêm để lấp phần còn lại.",
        "outline": "Khung {n} trang chiếu cho “{topic}”, để bạn điền vào: trình lập kế hoạch ngoại tuyến không tự viết nội dung. Dán ghi chú hoặc câu trả lời để điền, hoặc kết nối trình lập kế hoạch LLM.",
        "outline_slide": "Để điền: trình lập kế hoạch ngoại tuyến không viết nội dung",
        "count_up_total": "Tổng",
        "count_up": "{name} tăng từ {first} lên {last}.",
        "no_value_zero": "Không có hàng nào cho giá trị của {cells}; được vẽ là 0.",
        "mixed_facts": "Các con số này đo những thứ khác nhau ({units}), nên được trình bày thành thẻ thay vì so sánh trên một biểu đồ.",
        "mixed_cards": "Các con số này thuộc nhiều loại khác nhau (năm thành lập lẫn với số lượng và số tiền), nên được trình bày thành thẻ thay vì so sánh trên một biểu đồ.",
        "writing": (
            "Trình lập kế hoạch ngoại tuyến chỉ trình bày những gì bạn đưa (số liệu, danh sách, các bước, bảng, "
            "markdown); nó không thể viết mã hay văn bản, dịch hoặc viết lại. Hãy kết nối một trình lập kế hoạch LLM "
            "để làm việc đó."
        ),
        "nothing": (
            "Tôi không thấy gì để trực quan hóa ở đây: không có số liệu, danh sách, các bước hay tệp đính kèm. Hãy "
            "yêu cầu biểu đồ, trang chiếu, infographic, sơ đồ hoặc hình ảnh, đưa nội dung cần trình bày, hoặc kết nối "
            "một trình lập kế hoạch LLM."
        ),
    },
    "id": {
        "no_animation": (
            "Untuk animasi, tulis angka dari waktu ke waktu di pertanyaan (mis. \"2021 10, 2022 14, 2023 19\"), lampirkan "
            "tabel dengan kolom waktu, atau tuliskan langkah-langkahnya (\"1. rencanakan 2. bangun 3. rilis\")."
        ),
        "app_unknown": (
            "Perencana offline dapat membuat kalkulator berikut dari pertanyaan: cicilan pinjaman atau KPR, tabungan dengan "
            "bunga majemuk, titik impas dan laba, ROI, BMI, pembagian tip, konversi satuan, biaya bahan bakar, upah per jam, "
            "ubin atau cat untuk ruangan, diskon, margin kotor, laju tetesan infus, NPV, zakat, kenaikan persentase, dosis "
            "menurut berat badan, kalori harian, pakan untuk kawanan ternak dan pupuk untuk ladang; latihan berhitung (tabel "
            "perkalian, soal hitung dalam rentang tertentu); aturan yang Anda tulis (tarif berjenjang, tanggal ditambah hari, "
            "a kali b); dengan tabel terlampir, penjelajah data; dari daftar pertanyaan dan jawaban (atau pasangan \"kata = "
            "terjemahan\"), kuis atau kartu hafalan; pengundian acak atau pembagian tim dari daftar Anda, timer atau "
            "stopwatch dengan durasi Anda, penghitung atau papan skor, dan pelacak entri yang Anda tambahkan. Untuk alat "
            "lain, hubungkan perencana LLM."
        ),
        "no_quiz": (
            "Untuk membuat kuis secara offline, saya perlu pertanyaannya: tempel beserta jawabannya (mis. \"- Ibu kota "
            "Prancis? Paris\"), berikan pasangan (\"hola = halo, gracias = terima kasih\"), atau hubungkan perencana LLM."
        ),
        "cannot_rewrite": (
            "Perencana offline tidak dapat menulis ulang atau mempersingkat jawaban; berikut jawabannya apa adanya. Hubungkan "
            "perencana LLM untuk menulis ulang."
        ),
        "cannot_look_up": (
            "Perencana offline tidak dapat mencarikan jawabannya untuk Anda; berikut dokumen yang memuatnya. Hubungkan "
            "perencana LLM untuk jawaban langsung."
        ),
        "word_problem": "Ini meminta angka yang dihitung dari angka Anda ({numbers}). Secara offline saya menghitung soal yang ditulis sebagai ekspresi, mis. \"12 × 45 / 60\"; untuk soal cerita, hubungkan perencana LLM.",
        "empty": "Belum ada yang bisa divisualisasikan: ajukan pertanyaan, lampirkan tabel, atau tempel jawaban dalam markdown.",
        "research": (
            "Perencana offline tidak dapat meriset topik atau menjawab pertanyaan dari pengetahuan umum. Untuk "
            "mendapatkan {what}, tempel jawaban yang sudah ada dengan --markdown (atau di kotak markdown aplikasi), "
            "atau hubungkan perencana LLM."
        ),
        "no_numbers": (
            "Untuk membuat grafik secara offline, saya perlu angkanya. Tulis di pertanyaan (mis. \"pendapatan kuartal "
            "1-4: 1,2 juta, 1,5 juta, 1,1 juta, dan 2,0 juta\" atau \"apel 30, pisang 20, ceri 50\"), lampirkan "
            "tabel (CSV atau Excel), tempel jawaban markdown berisi tabel, atau hubungkan perencana LLM."
        ),
        "no_structure": (
            "Untuk menggambar diagram secara offline, tulis langkah atau hubungannya di pertanyaan (mis. \"diagram "
            "alir: daftar -> verifikasi email -> login pertama\", \"1. rencanakan 2. bangun 3. rilis\" atau \"bagan "
            "organisasi: CEO -> CTO, CFO\"), tempel jawaban markdown berisi daftar, atau hubungkan perencana LLM."
        ),
        "no_image_subject": "Sebutkan apa yang harus ditampilkan gambar, mis. \"lukisan cat air mercusuar saat senja\".",
        "bad_table": "Tabel yang dilampirkan tidak bisa dijadikan grafik: {why}. Lampirkan tabel dengan setidaknya satu kolom nilai.",
        "failed": "Perencana offline tidak dapat membuat {what} dari masukan ini ({why}). {hint}",
        "what_slides": "slide", "what_infographic": "infografis", "what_diagram": "diagram",
        "what_chart": "grafik", "what_image": "gambar", "what_text": "jawaban",
        "what_animation": "animasi", "what_app": "aplikasi interaktif",
        "no_builder": "Perencana offline tidak punya aturan untuk {what}; hubungkan perencana LLM untuk itu.",
        "mixed": (
            "Angka-angka ini mengukur hal yang berbeda ({units}), jadi satu grafik akan membandingkannya seolah-olah "
            "sejenis:\n\n{listing}\n\nMinta infografis untuk melihatnya sebagai kartu angka utama, atau berikan angka "
            "dalam satu satuan (mis. \"km jalan kaki per hari: Sen 5, Sel 7, Rab 4\") untuk membuat grafiknya."
        ),
        "unsure": (
            "Saya tidak yakin visual mana yang Anda inginkan. {listing}Kemungkinan: {forms}. Sebutkan yang mana, "
            "mis. \"buat infografis dari ini\" atau \"buat slide dari ini\"."
        ),
        "fewer": "Diminta {n} slide, tetapi isi yang diberikan hanya mengisi {m}: tidak ada yang dikarang untuk mengisi sisanya.",
        "outline": "Kerangka {n} slide untuk “{topic}”, untuk diisi: perencana luring tidak menulis isi sendiri. Tempel catatan atau jawaban untuk mengisinya, atau hubungkan perencana LLM.",
        "outline_slide": "Untuk diisi: perencana luring tidak menulis isi",
        "count_up_total": "Total",
        "count_up": "{name} naik dari {first} ke {last}.",
        "no_value_zero": "Tidak ada baris yang memberi nilai untuk {cells}; digambar sebagai 0.",
        "mixed_facts": "Angka-angka ini mengukur hal yang berbeda ({units}), jadi ditata sebagai kartu, bukan dibandingkan dalam satu grafik.",
        "mixed_cards": "Angka-angka ini berbeda jenis (tahun berdiri di antara jumlah dan nominal), jadi ditata sebagai kartu, bukan dibandingkan dalam satu grafik.",
        "writing": (
            "Perencana offline menata apa yang Anda berikan (angka, daftar, langkah, tabel, markdown); ia tidak bisa "
            "menulis kode atau teks, menerjemahkan, atau menulis ulang. Hubungkan perencana LLM untuk itu."
        ),
        "nothing": (
            "Saya tidak melihat apa pun untuk divisualisasikan di sini: tidak ada angka, daftar, langkah, atau "
            "lampiran. Minta grafik, slide, infografis, diagram, atau gambar, berikan isi yang akan ditata, atau "
            "hubungkan perencana LLM."
        ),
    },
}
# fmt: on
