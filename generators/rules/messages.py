"""Messages the offline planner writes to users, by language (the codes `words.language` gives).

English is complete; other languages translate what users read most (what is missing, the
"unsure" answer) and fall back to English key by key (`words.msg`). Placeholders are
`str.format` fields and must match across languages.
"""

from __future__ import annotations

# fmt: off
MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "word_problem": "This asks for a number worked out from yours ({numbers}). Offline I work out sums written as an expression, e.g. \"12 × 45 / 60\"; for a question in words, connect an LLM planner.",
        "empty": "Nothing to visualise yet: ask a question, attach a table, or paste an answer in markdown.",
        "research": (
            "The offline planner can't research topics or answer questions from general knowledge. To get {what}, "
            "paste an existing answer with --markdown (or the app's markdown box), or connect an LLM planner."
        ),
        "no_numbers": (
            'To draw a chart offline I need the numbers. Write them in the question (e.g. "Q1-Q4 revenue was '
            '1.2M, 1.5M, 1.1M and 2.0M" or "apples 30, bananas 20, cherries 50"), attach a table (CSV or '
            "Excel), paste a markdown answer with a table, or connect an LLM planner."
        ),
        "no_structure": (
            'To draw a diagram offline, write the steps or links in the question (e.g. "flowchart: sign up -> '
            'verify email -> first login", "1. plan 2. build 3. ship" or "org chart: CEO -> CTO, CFO"), paste '
            "a markdown answer with a list, or connect an LLM planner."
        ),
        "no_image_subject": (
            'Say what the picture should show, e.g. "a watercolor picture of a lighthouse at dusk".'
        ),
        "bad_table": "The attached table can't be charted: {why}. Attach a table with at least one column of values.",
        "failed": "The offline planner could not build {what} from this input ({why}). {hint}",
        "what_slides": "slides",
        "what_infographic": "an infographic",
        "what_diagram": "a diagram",
        "what_chart": "a chart",
        "what_image": "an image",
        "what_text": "an answer",
        "no_builder": "The offline planner has no rules for {what}; connect an LLM planner to get one.",
        "mixed": (
            "These numbers measure different things ({units}), so one chart would compare them as if they "
            "were alike:\n\n{listing}\n\nAsk for an infographic to see them as key-number cards, or give "
            "numbers in one unit (e.g. \"km walked per day: Mon 5, Tue 7, Wed 4\") to chart them."
        ),
        "unsure": (
            "I'm not sure which visual you want. {listing}Likely: {forms}. Say which, e.g. \"make an "
            "infographic of this\" or \"make slides of this\"."
        ),
        "fewer": "{n} slides asked for, but what was given fills {m}: nothing was invented to fill the rest.",
        "what_animation": "an animation",
        "what_app": "an interactive app",
        "writing": (
            "The offline planner lays out what you give it (numbers, lists, steps, tables, markdown); it can't "
            "write code or text, translate or rewrite. Connect an LLM planner for that."
        ),
        "nothing": (
            "I see nothing to visualise here: no numbers, list, steps or attachment. Ask for a chart, slides, an "
            "infographic, a diagram or a picture, give the content to lay out, or connect an LLM planner."
        ),
    },
    "zh": {
        "word_problem": "这是要用你给的数字（{numbers}）算出一个结果。离线时我只能计算写成算式的题，例如“12 × 45 / 60”；文字应用题请接入 LLM 规划器。",
        "empty": "还没有可以可视化的内容：请输入问题、附上表格，或粘贴一段 markdown 回答。",
        "research": (
            "离线规划器无法查资料或凭常识回答问题。要生成{what}，请用 --markdown（或应用里的 markdown 输入框）粘贴已有的回答，"
            "或者接入 LLM 规划器。"
        ),
        "no_numbers": (
            "离线画图需要具体数字：请在问题里写出数据（例如“一季度到四季度收入分别为 120、150、110、200 万元”或“苹果30，香蕉20”），"
            "或附上表格（CSV/Excel），或粘贴含表格的 markdown 回答，或接入 LLM 规划器。"
        ),
        "no_structure": (
            "离线绘制示意图需要步骤或连线：请在问题里写出来（例如“流程图：注册 -> 验证邮箱 -> 首次登录”或“1. 计划 2. 开发 3. 上线”），"
            "或粘贴含列表的 markdown 回答，或接入 LLM 规划器。"
        ),
        "no_image_subject": "请说明图片要画什么，例如“一幅黄昏灯塔的水彩画”。",
        "bad_table": "附带的表格无法作图：{why}。请附上至少包含一列数值的表格。",
        "failed": "离线规划器无法根据这些输入生成{what}（{why}）。{hint}",
        "what_slides": "幻灯片",
        "what_infographic": "信息图",
        "what_diagram": "示意图",
        "what_chart": "图表",
        "what_image": "图片",
        "what_text": "回答",
        "no_builder": "离线规划器无法生成{what}，请接入 LLM 规划器。",
        "mixed": (
            "这些数字衡量的是不同的东西（{units}），放进同一张图会把它们当成同类来比较：\n\n{listing}\n\n"
            "要把它们做成数据卡片，请说“做成信息图”；要画图，请给出同一单位的数字（例如“每天步行公里数：周一 5，周二 7”）。"
        ),
        "unsure": "我不确定你想要哪种可视化。{listing}可能的形式：{forms}。请说明，例如“做成信息图”或“做成幻灯片”。",
        "fewer": "要求 {n} 页幻灯片，但给出的内容只够 {m} 页：没有编造内容来凑页数。",
        "what_animation": "动画",
        "what_app": "交互应用",
        "writing": "离线规划器只能排版你给出的内容（数字、列表、步骤、表格、markdown），不能写代码或文字、翻译或改写。需要时请接入 LLM 规划器。",
        "nothing": "这里没有可以可视化的内容：没有数字、列表、步骤或附件。请说明要图表、幻灯片、信息图、示意图还是图片，或给出要排版的内容，或接入 LLM 规划器。",
    },
    "es": {
        "word_problem": "Esto pide un número calculado a partir de los tuyos ({numbers}). Sin conexión calculo operaciones escritas como expresión, p. ej. \"12 × 45 / 60\"; para una pregunta en palabras, conecta un planificador LLM.",
        "research": (
            "El planificador sin conexión no puede investigar temas ni responder con conocimiento general. Para "
            "obtener {what}, pega una respuesta existente en markdown o conecta un planificador LLM."
        ),
        "no_numbers": (
            "Para hacer un gráfico sin conexión necesito los números: escríbelos en la pregunta (p. ej. \"ventas: "
            "enero 40, febrero 55, marzo 61\"), adjunta una tabla (CSV o Excel) o conecta un planificador LLM."
        ),
        "no_structure": (
            "Para dibujar un diagrama sin conexión, escribe los pasos o los enlaces en la pregunta (p. ej. "
            "\"diagrama de flujo: registro -> verificar correo -> primer acceso\") o conecta un planificador LLM."
        ),
        "no_image_subject": "Di qué debe mostrar la imagen, p. ej. \"una acuarela de un faro al atardecer\".",
        "mixed": (
            "Estos números miden cosas distintas ({units}); un solo gráfico los compararía como si fueran "
            "iguales:\n\n{listing}\n\nPide una infografía para verlos como tarjetas de cifras clave, o da "
            "números en una sola unidad para graficarlos."
        ),
        "unsure": (
            "No estoy seguro de qué visual quieres. {listing}Probable: {forms}. Dilo, p. ej. \"haz una "
            "infografía\" o \"haz unas diapositivas\"."
        ),
        "fewer": "Pediste {n} diapositivas, pero el contenido dado llena {m}: no se inventó nada para el resto.",
        "what_slides": "diapositivas", "what_infographic": "una infografía", "what_diagram": "un diagrama",
        "what_chart": "un gráfico", "what_image": "una imagen", "what_text": "una respuesta",
        "what_animation": "una animación", "what_app": "una aplicación interactiva",
        "writing": (
            "El planificador sin conexión organiza lo que le das (números, listas, pasos, tablas); no puede escribir "
            "código o textos, traducir ni reescribir. Conecta un planificador LLM para eso."
        ),
        "nothing": (
            "No veo nada que visualizar: ni números, ni lista, ni pasos, ni adjunto. Pide un gráfico, diapositivas, "
            "una infografía, un diagrama o una imagen, o da el contenido a organizar."
        ),
    },
    "fr": {
        "word_problem": "Cela demande un nombre calculé à partir des vôtres ({numbers}). Hors ligne, je calcule les opérations écrites comme une expression, par ex. « 12 × 45 / 60 » ; pour une question en mots, connectez un planificateur LLM.",
        "research": (
            "Le planificateur hors ligne ne peut pas faire de recherches ni répondre de culture générale. Pour "
            "obtenir {what}, collez une réponse existante en markdown ou connectez un planificateur LLM."
        ),
        "no_numbers": (
            "Pour faire un graphique hors ligne, il me faut les chiffres : écrivez-les dans la question (p. ex. "
            "« ventes : janvier 40, février 55, mars 61 »), joignez un tableau (CSV ou Excel) ou connectez un "
            "planificateur LLM."
        ),
        "no_structure": (
            "Pour dessiner un schéma hors ligne, écrivez les étapes ou les liens dans la question (p. ex. "
            "« inscription -> vérification -> première connexion ») ou connectez un planificateur LLM."
        ),
        "no_image_subject": "Dites ce que l'image doit montrer, p. ex. « une aquarelle d'un phare au crépuscule ».",
        "mixed": (
            "Ces nombres mesurent des choses différentes ({units}) : un seul graphique les comparerait comme "
            "s'ils étaient semblables :\n\n{listing}\n\nDemandez une infographie pour les voir en cartes de "
            "chiffres clés, ou donnez des nombres dans une seule unité pour les tracer."
        ),
        "unsure": (
            "Je ne suis pas sûr du visuel voulu. {listing}Probable : {forms}. Précisez, p. ex. « fais une "
            "infographie » ou « fais des diapositives »."
        ),
        "fewer": "{n} diapositives demandées, mais le contenu donné en remplit {m} : rien n'a été inventé.",
        "what_slides": "des diapositives", "what_infographic": "une infographie", "what_diagram": "un schéma",
        "what_chart": "un graphique", "what_image": "une image", "what_text": "une réponse",
        "what_animation": "une animation", "what_app": "une application interactive",
        "writing": (
            "Le planificateur hors ligne met en forme ce que vous lui donnez (nombres, listes, étapes, tableaux) ; il "
            "ne peut pas écrire du code ou du texte, traduire ni réécrire. Connectez un planificateur LLM pour cela."
        ),
        "nothing": (
            "Je ne vois rien à visualiser : ni nombres, ni liste, ni étapes, ni pièce jointe. Demandez un graphique, "
            "des diapositives, une infographie, un schéma ou une image, ou donnez le contenu à mettre en forme."
        ),
    },
    "de": {
        "word_problem": "Hier wird eine Zahl aus Ihren Zahlen ({numbers}) gesucht. Offline rechne ich Ausdrücke wie „12 × 45 / 60“; für eine Frage in Worten verbinden Sie einen LLM-Planer.",
        "research": (
            "Der Offline-Planer kann keine Themen recherchieren und nicht aus Allgemeinwissen antworten. Für "
            "{what} fügen Sie eine vorhandene Antwort in Markdown ein oder verbinden Sie einen LLM-Planer."
        ),
        "no_numbers": (
            "Für ein Diagramm offline brauche ich die Zahlen: Schreiben Sie sie in die Frage (z. B. „Umsatz: "
            "Januar 40, Februar 55, März 61“), hängen Sie eine Tabelle (CSV oder Excel) an oder verbinden Sie "
            "einen LLM-Planer."
        ),
        "no_structure": (
            "Für ein Schaubild offline schreiben Sie die Schritte oder Verbindungen in die Frage (z. B. "
            "„Anmeldung -> E-Mail bestätigen -> erster Login“) oder verbinden Sie einen LLM-Planer."
        ),
        "no_image_subject": "Sagen Sie, was das Bild zeigen soll, z. B. „ein Aquarell eines Leuchtturms in der Dämmerung“.",
        "mixed": (
            "Diese Zahlen messen Verschiedenes ({units}); ein einziges Diagramm würde sie wie Gleichartiges "
            "vergleichen:\n\n{listing}\n\nBitten Sie um eine Infografik, um sie als Kennzahl-Karten zu sehen, "
            "oder geben Sie Zahlen in einer Einheit an, um sie darzustellen."
        ),
        "unsure": (
            "Ich bin nicht sicher, welche Darstellung Sie möchten. {listing}Wahrscheinlich: {forms}. Sagen Sie "
            "es, z. B. „mach eine Infografik“ oder „mach Folien“."
        ),
        "fewer": "{n} Folien gewünscht, der gegebene Inhalt füllt {m}: für den Rest wurde nichts erfunden.",
        "what_slides": "Folien", "what_infographic": "eine Infografik", "what_diagram": "ein Schaubild",
        "what_chart": "ein Diagramm", "what_image": "ein Bild", "what_text": "eine Antwort",
        "what_animation": "eine Animation", "what_app": "eine interaktive App",
        "writing": (
            "Der Offline-Planer ordnet an, was Sie ihm geben (Zahlen, Listen, Schritte, Tabellen); er kann keinen Code "
            "oder Text schreiben, übersetzen oder umschreiben. Verbinden Sie dafür einen LLM-Planer."
        ),
        "nothing": (
            "Hier gibt es nichts darzustellen: keine Zahlen, keine Liste, keine Schritte, kein Anhang. Bitten Sie um "
            "ein Diagramm, Folien, eine Infografik, ein Schaubild oder ein Bild, oder geben Sie den Inhalt an."
        ),
    },
    "pt": {
        "research": (
            "O planejador offline não pode pesquisar temas nem responder com conhecimento geral. Para obter "
            "{what}, cole uma resposta existente em markdown ou conecte um planejador LLM."
        ),
        "no_numbers": (
            "Para fazer um gráfico offline preciso dos números: escreva-os na pergunta (ex.: \"vendas: janeiro "
            "40, fevereiro 55, março 61\"), anexe uma tabela (CSV ou Excel) ou conecte um planejador LLM."
        ),
        "no_structure": (
            "Para desenhar um diagrama offline, escreva os passos ou as ligações na pergunta (ex.: \"cadastro -> "
            "verificar e-mail -> primeiro acesso\") ou conecte um planejador LLM."
        ),
        "mixed": (
            "Estes números medem coisas diferentes ({units}); um só gráfico os compararia como se fossem "
            "iguais:\n\n{listing}\n\nPeça um infográfico para vê-los como cartões de números-chave, ou dê "
            "números numa só unidade para fazer o gráfico."
        ),
        "unsure": (
            "Não tenho certeza de qual visual você quer. {listing}Provável: {forms}. Diga qual, ex.: \"faça um "
            "infográfico\" ou \"faça slides\"."
        ),
        "what_slides": "slides", "what_infographic": "um infográfico", "what_diagram": "um diagrama",
        "what_chart": "um gráfico", "what_image": "uma imagem", "what_text": "uma resposta",
        "what_animation": "uma animação", "what_app": "um aplicativo interativo",
    },
    "it": {
        "research": (
            "Il pianificatore offline non può fare ricerche né rispondere con conoscenze generali. Per avere "
            "{what}, incolla una risposta esistente in markdown o collega un pianificatore LLM."
        ),
        "no_numbers": (
            "Per fare un grafico offline mi servono i numeri: scrivili nella domanda (es. \"vendite: gennaio 40, "
            "febbraio 55, marzo 61\"), allega una tabella (CSV o Excel) o collega un pianificatore LLM."
        ),
        "no_structure": (
            "Per disegnare uno schema offline, scrivi i passaggi o i collegamenti nella domanda (es. "
            "\"iscrizione -> verifica e-mail -> primo accesso\") o collega un pianificatore LLM."
        ),
        "mixed": (
            "Questi numeri misurano cose diverse ({units}); un solo grafico li confronterebbe come se fossero "
            "simili:\n\n{listing}\n\nChiedi un'infografica per vederli come schede di numeri chiave, o dai "
            "numeri in una sola unità per farne un grafico."
        ),
        "unsure": (
            "Non sono sicuro di quale visual vuoi. {listing}Probabile: {forms}. Dillo, es. \"fai un'infografica\" "
            "o \"fai delle slide\"."
        ),
        "what_slides": "delle slide", "what_infographic": "un'infografica", "what_diagram": "uno schema",
        "what_chart": "un grafico", "what_image": "un'immagine", "what_text": "una risposta",
        "what_animation": "un'animazione", "what_app": "un'app interattiva",
    },
    "ja": {
        "word_problem": "これはあなたの数字（{numbers}）から一つの数を求める質問です。オフラインでは「12 × 45 / 60」のような式だけ計算できます。文章題には LLM プランナーを接続してください。",
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
        "mixed": (
            "これらの数値は別々のものを測っています（{units}）。1つのグラフでは同じものとして比べてしまいます：\n\n{listing}\n\n"
            "主要な数値のカードとして見るには「インフォグラフィックにして」と、グラフにするには同じ単位の数値を書いてください。"
        ),
        "unsure": "どの形式がよいか判断できません。{listing}候補：{forms}。「インフォグラフィックにして」などと指定してください。",
        "what_slides": "スライド", "what_infographic": "インフォグラフィック", "what_diagram": "図",
        "what_chart": "グラフ", "what_image": "画像", "what_text": "回答", "what_animation": "アニメーション",
        "what_app": "インタラクティブなアプリ",
    },
    "ko": {
        "research": (
            "오프라인 플래너는 주제를 조사하거나 일반 지식으로 답할 수 없습니다. {what}을(를) 만들려면 기존 답변을 "
            "markdown으로 붙여 넣거나 LLM 플래너를 연결하세요."
        ),
        "no_numbers": (
            "오프라인으로 차트를 만들려면 숫자가 필요합니다. 질문에 적거나(예: \"매출: 1월 40, 2월 55, 3월 61\"), 표(CSV, "
            "Excel)를 첨부하거나, LLM 플래너를 연결하세요."
        ),
        "no_structure": "오프라인으로 다이어그램을 그리려면 단계나 연결을 질문에 적어 주세요(예: \"가입 -> 이메일 인증 -> 첫 로그인\").",
        "mixed": (
            "이 숫자들은 서로 다른 것을 잽니다({units}). 차트 하나에 넣으면 같은 것처럼 비교하게 됩니다:\n\n{listing}\n\n"
            "핵심 숫자 카드로 보려면 \"인포그래픽으로 만들어 줘\"라고, 차트로 보려면 같은 단위의 숫자를 주세요."
        ),
        "unsure": "어떤 시각화를 원하는지 확실하지 않습니다. {listing}가능한 형태: {forms}. 예: \"인포그래픽으로 만들어 줘\".",
        "what_slides": "슬라이드", "what_infographic": "인포그래픽", "what_diagram": "다이어그램",
        "what_chart": "차트", "what_image": "이미지", "what_text": "답변", "what_animation": "애니메이션",
        "what_app": "인터랙티브 앱",
    },
    "ru": {
        "word_problem": "Здесь нужно вычислить число из ваших ({numbers}). Без сети я считаю выражения вида «12 × 45 / 60»; для задачи словами подключите LLM-планировщик.",
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
        "mixed": (
            "Эти числа измеряют разное ({units}); один график сравнивал бы их как однородные:\n\n{listing}\n\n"
            "Попросите инфографику, чтобы увидеть их как карточки ключевых цифр, или дайте числа в одной единице."
        ),
        "unsure": (
            "Не уверен, какой визуал нужен. {listing}Вероятно: {forms}. Уточните, например: «сделай инфографику» "
            "или «сделай слайды»."
        ),
        "what_slides": "слайды", "what_infographic": "инфографику", "what_diagram": "схему",
        "what_chart": "график", "what_image": "изображение", "what_text": "ответ",
        "what_animation": "анимацию", "what_app": "интерактивное приложение",
    },
    "ar": {
        "word_problem": "هذا يطلب رقمًا يُحسب من أرقامك ({numbers}). دون اتصال أحسب العمليات المكتوبة كتعبير، مثل \"12 × 45 / 60\"؛ للسؤال بالكلمات اربط مخطِّط LLM.",
        "research": (
            "لا يستطيع المخطِّط دون اتصال البحث في المواضيع أو الإجابة من المعرفة العامة. للحصول على {what}، الصق "
            "إجابة موجودة بصيغة markdown أو اربط مخطِّط LLM."
        ),
        "no_numbers": (
            "لرسم مخطط بياني دون اتصال أحتاج إلى الأرقام: اكتبها في السؤال (مثل \"المبيعات: يناير 50، فبراير 65\")، "
            "أو أرفق جدولًا (CSV أو Excel)، أو اربط مخطِّط LLM."
        ),
        "no_structure": "لرسم مخطط دون اتصال، اكتب الخطوات أو الروابط في السؤال (مثل \"تسجيل -> تأكيد البريد -> أول دخول\").",
        "mixed": (
            "هذه الأرقام تقيس أشياء مختلفة ({units})؛ مخطط واحد سيقارنها كأنها متشابهة:\n\n{listing}\n\n"
            "اطلب إنفوجرافيك لرؤيتها كبطاقات أرقام رئيسية، أو أعطِ أرقامًا بوحدة واحدة لرسمها."
        ),
        "unsure": "لست متأكدًا من الشكل المطلوب. {listing}المرجَّح: {forms}. حدِّد، مثل \"اصنع إنفوجرافيك\" أو \"اصنع شرائح\".",
        "what_slides": "شرائح", "what_infographic": "إنفوجرافيك", "what_diagram": "مخطط",
        "what_chart": "رسم بياني", "what_image": "صورة", "what_text": "إجابة", "what_animation": "رسوم متحركة",
        "what_app": "تطبيق تفاعلي",
    },
    "hi": {
        "research": (
            "ऑफ़लाइन प्लानर विषयों पर खोज या सामान्य ज्ञान से जवाब नहीं दे सकता। {what} के लिए मौजूदा जवाब markdown में "
            "चिपकाएँ या LLM प्लानर जोड़ें।"
        ),
        "no_numbers": (
            "ऑफ़लाइन चार्ट के लिए संख्याएँ चाहिए: उन्हें सवाल में लिखें (जैसे \"बिक्री: जनवरी 40, फ़रवरी 55\"), तालिका "
            "(CSV या Excel) जोड़ें, या LLM प्लानर जोड़ें।"
        ),
        "no_structure": "ऑफ़लाइन आरेख के लिए चरण या कड़ियाँ सवाल में लिखें (जैसे \"पंजीकरण -> ईमेल सत्यापन -> पहला लॉगिन\")।",
        "mixed": (
            "ये संख्याएँ अलग-अलग चीज़ें मापती हैं ({units}); एक चार्ट इन्हें एक जैसा मानकर तुलना करेगा:\n\n{listing}\n\n"
            "इन्हें मुख्य-संख्या कार्ड के रूप में देखने के लिए इन्फोग्राफिक माँगें, या चार्ट के लिए एक ही इकाई की संख्याएँ दें।"
        ),
        "unsure": "पक्का नहीं कि आप कौन-सा विज़ुअल चाहते हैं। {listing}संभावित: {forms}। बताएँ, जैसे \"इन्फोग्राफिक बनाओ\"।",
        "what_slides": "स्लाइड", "what_infographic": "इन्फोग्राफिक", "what_diagram": "आरेख", "what_chart": "चार्ट",
        "what_image": "चित्र", "what_text": "जवाब", "what_animation": "एनिमेशन", "what_app": "इंटरैक्टिव ऐप",
    },
}
# fmt: on

# The user's own sums checked (`generators.rules.checks`), in every language the planner reads: nl, tr
# and pl have no other messages yet and fall back to English for the rest, key by key.
# fmt: off
_CHECKS: dict[str, dict[str, str]] = {
    "en": {
        "check_sum_ok": "Yes, it adds up: {items} = {total}.",
        "check_sum_off": "It doesn't add up: {items} = {sum}, not {stated} ({diff} apart).",
        "check_mean_ok": "Yes: the average of the {n} values ({items}) is {mean}.",
        "check_mean_off": "Not quite: the average of the {n} values ({items}) is {mean}, not {stated}.",
        "check_enough": "Yes: {items} come to {sum}, {diff} less than the {budget} you have.",
        "check_within": "Yes: {items} come to {sum}, {diff} under the limit of {limit}.",
        "check_over": "No: {items} come to {sum}, {diff} over the limit of {limit}.",
        "check_short": "No: {items} come to {sum}, {diff} more than the {budget} you have.",
    },
    "es": {
        "check_sum_ok": "Sí, cuadra: {items} = {total}.",
        "check_sum_off": "No cuadra: {items} = {sum}, no {stated} (diferencia {diff}).",
        "check_mean_ok": "Sí: la media de los {n} valores ({items}) es {mean}.",
        "check_mean_off": "No exactamente: la media de los {n} valores ({items}) es {mean}, no {stated}.",
        "check_enough": "Sí: {items} suman {sum}, {diff} menos que los {budget} que tienes.",
        "check_short": "No: {items} suman {sum}, {diff} más que los {budget} que tienes.",
    },
    "pt": {
        "check_sum_ok": "Sim, bate: {items} = {total}.",
        "check_sum_off": "Não bate: {items} = {sum}, não {stated} (diferença {diff}).",
        "check_mean_ok": "Sim: a média dos {n} valores ({items}) é {mean}.",
        "check_mean_off": "Não exatamente: a média dos {n} valores ({items}) é {mean}, não {stated}.",
        "check_enough": "Sim: {items} somam {sum}, {diff} a menos que os {budget} que você tem.",
        "check_short": "Não: {items} somam {sum}, {diff} a mais que os {budget} que você tem.",
    },
    "fr": {
        "check_sum_ok": "Oui, le compte est bon : {items} = {total}.",
        "check_sum_off": "Le compte n'y est pas : {items} = {sum}, pas {stated} (écart {diff}).",
        "check_mean_ok": "Oui : la moyenne des {n} valeurs ({items}) est {mean}.",
        "check_mean_off": "Pas tout à fait : la moyenne des {n} valeurs ({items}) est {mean}, pas {stated}.",
        "check_enough": "Oui : {items} font {sum}, soit {diff} de moins que vos {budget}.",
        "check_short": "Non : {items} font {sum}, soit {diff} de plus que vos {budget}.",
    },
    "de": {
        "check_sum_ok": "Ja, es stimmt: {items} = {total}.",
        "check_sum_off": "Es stimmt nicht: {items} = {sum}, nicht {stated} (Differenz {diff}).",
        "check_mean_ok": "Ja: der Durchschnitt der {n} Werte ({items}) ist {mean}.",
        "check_mean_off": "Nicht ganz: der Durchschnitt der {n} Werte ({items}) ist {mean}, nicht {stated}.",
        "check_enough": "Ja: {items} ergeben {sum}, {diff} weniger als die {budget}, die Sie haben.",
        "check_short": "Nein: {items} ergeben {sum}, {diff} mehr als die {budget}, die Sie haben.",
    },
    "it": {
        "check_sum_ok": "Sì, torna: {items} = {total}.",
        "check_sum_off": "Non torna: {items} = {sum}, non {stated} (differenza {diff}).",
        "check_mean_ok": "Sì: la media dei {n} valori ({items}) è {mean}.",
        "check_mean_off": "Non proprio: la media dei {n} valori ({items}) è {mean}, non {stated}.",
        "check_enough": "Sì: {items} fanno {sum}, {diff} in meno dei {budget} che hai.",
        "check_short": "No: {items} fanno {sum}, {diff} in più dei {budget} che hai.",
    },
    "nl": {
        "check_sum_ok": "Ja, het klopt: {items} = {total}.",
        "check_sum_off": "Het klopt niet: {items} = {sum}, niet {stated} (verschil {diff}).",
        "check_mean_ok": "Ja: het gemiddelde van de {n} waarden ({items}) is {mean}.",
        "check_mean_off": "Niet helemaal: het gemiddelde van de {n} waarden ({items}) is {mean}, niet {stated}.",
        "check_enough": "Ja: {items} komen op {sum}, {diff} minder dan de {budget} die je hebt.",
        "check_short": "Nee: {items} komen op {sum}, {diff} meer dan de {budget} die je hebt.",
    },
    "ru": {
        "check_sum_ok": "Да, сходится: {items} = {total}.",
        "check_sum_off": "Не сходится: {items} = {sum}, а не {stated} (разница {diff}).",
        "check_mean_ok": "Да: среднее {n} значений ({items}) — {mean}.",
        "check_mean_off": "Не совсем: среднее {n} значений ({items}) — {mean}, а не {stated}.",
        "check_enough": "Да: {items} — это {sum}, на {diff} меньше, чем ваши {budget}.",
        "check_short": "Нет: {items} — это {sum}, на {diff} больше, чем ваши {budget}.",
    },
    "tr": {
        "check_sum_ok": "Evet, tutuyor: {items} = {total}.",
        "check_sum_off": "Tutmuyor: {items} = {sum}, {stated} değil (fark {diff}).",
        "check_mean_ok": "Evet: {n} değerin ({items}) ortalaması {mean}.",
        "check_mean_off": "Tam değil: {n} değerin ({items}) ortalaması {mean}, {stated} değil.",
        "check_enough": "Evet: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} az.",
        "check_short": "Hayır: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} fazla.",
    },
    "pl": {
        "check_sum_ok": "Tak, zgadza się: {items} = {total}.",
        "check_sum_off": "Nie zgadza się: {items} = {sum}, a nie {stated} (różnica {diff}).",
        "check_mean_ok": "Tak: średnia {n} wartości ({items}) to {mean}.",
        "check_mean_off": "Niezupełnie: średnia {n} wartości ({items}) to {mean}, a nie {stated}.",
        "check_enough": "Tak: {items} to razem {sum}, o {diff} mniej niż masz ({budget}).",
        "check_short": "Nie: {items} to razem {sum}, o {diff} więcej niż masz ({budget}).",
    },
    "zh": {
        "check_sum_ok": "对，加起来没错：{items} = {total}。",
        "check_sum_off": "加起来不对：{items} = {sum}，不是 {stated}（相差 {diff}）。",
        "check_mean_ok": "对：这 {n} 个数（{items}）的平均值是 {mean}。",
        "check_mean_off": "不太对：这 {n} 个数（{items}）的平均值是 {mean}，不是 {stated}。",
        "check_enough": "够：{items} 合计 {sum}，比你的 {budget} 少 {diff}。",
        "check_short": "不够：{items} 合计 {sum}，比你的 {budget} 多 {diff}。",
    },
    "ja": {
        "check_sum_ok": "はい、合っています：{items} = {total}。",
        "check_sum_off": "合っていません：{items} = {sum}（{stated} ではなく、差は {diff}）。",
        "check_mean_ok": "はい：{n} 個の値（{items}）の平均は {mean} です。",
        "check_mean_off": "少し違います：{n} 個の値（{items}）の平均は {mean} で、{stated} ではありません。",
        "check_enough": "足ります：{items} の合計は {sum} で、{budget} より {diff} 少ないです。",
        "check_short": "足りません：{items} の合計は {sum} で、{budget} より {diff} 多いです。",
    },
    "ko": {
        "check_sum_ok": "네, 맞습니다: {items} = {total}.",
        "check_sum_off": "맞지 않습니다: {items} = {sum}, {stated}이(가) 아닙니다 (차이 {diff}).",
        "check_mean_ok": "네: {n}개 값({items})의 평균은 {mean}입니다.",
        "check_mean_off": "조금 다릅니다: {n}개 값({items})의 평균은 {mean}이고, {stated}이(가) 아닙니다.",
        "check_enough": "충분합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 적습니다.",
        "check_short": "부족합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 많습니다.",
    },
    "ar": {
        "check_sum_ok": "نعم، المجموع صحيح: {items} = {total}.",
        "check_sum_off": "المجموع غير صحيح: {items} = {sum}، وليس {stated} (الفرق {diff}).",
        "check_mean_ok": "نعم: متوسط القيم الـ{n} ({items}) هو {mean}.",
        "check_mean_off": "ليس تمامًا: متوسط القيم الـ{n} ({items}) هو {mean}، وليس {stated}.",
        "check_enough": "نعم تكفي: {items} مجموعها {sum}، أقل بـ{diff} من {budget} التي عندك.",
        "check_short": "لا تكفي: {items} مجموعها {sum}، أكثر بـ{diff} من {budget} التي عندك.",
    },
    "hi": {
        "check_sum_ok": "हाँ, जोड़ सही है: {items} = {total}।",
        "check_sum_off": "जोड़ सही नहीं है: {items} = {sum}, {stated} नहीं (अंतर {diff})।",
        "check_mean_ok": "हाँ: {n} मानों ({items}) का औसत {mean} है।",
        "check_mean_off": "पूरी तरह नहीं: {n} मानों ({items}) का औसत {mean} है, {stated} नहीं।",
        "check_enough": "हाँ, काफी है: {items} का जोड़ {sum} है, आपके {budget} से {diff} कम।",
        "check_short": "नहीं: {items} का जोड़ {sum} है, आपके {budget} से {diff} ज़्यादा।",
    },
}
# fmt: on
for _lang, _texts in _CHECKS.items():
    MESSAGES.setdefault(_lang, {}).update(_texts)

# Arithmetic practice (`generators.rules.app_drill`): the quiz's title and answer, which name the
# operations, the range and how to ask for another.
# fmt: off
_DRILLS: dict[str, dict[str, str]] = {
    "en": {
        "drill_title": "Practice: {ops}", "drill_tables": "times table of {tables}", "drill_within": "numbers within {limit}",
        "drill_span": "tables 1–{top}", "drill_table_title": "Times table", "drill_number": "Number",
        "drill_quiz": "{n} questions ({ops}, {reach}): pick an answer to see if it is right, and the score at the end. Ask for another range or count (\"within 100\", \"the 7 times table\", \"30 questions\") to change them.",
        "drill_table": "Pick a number to see its table from 1 to {top}.",
    },
    "es": {
        "drill_title": "Práctica: {ops}", "drill_tables": "la tabla del {tables}", "drill_within": "números hasta {limit}",
        "drill_span": "tablas del 1 al {top}", "drill_table_title": "Tabla de multiplicar", "drill_number": "Número",
        "drill_quiz": "{n} preguntas ({ops}, {reach}): elige una respuesta para ver si es correcta y la puntuación al final. Pide otro rango o cantidad («hasta 100», «la tabla del 7», «30 preguntas») para cambiarlos.",
        "drill_table": "Elige un número para ver su tabla del 1 al {top}.",
    },
    "fr": {
        "drill_title": "Entraînement : {ops}", "drill_tables": "la table de {tables}", "drill_within": "nombres jusqu'à {limit}",
        "drill_span": "tables de 1 à {top}", "drill_table_title": "Table de multiplication", "drill_number": "Nombre",
        "drill_quiz": "{n} questions ({ops}, {reach}) : choisissez une réponse pour voir si elle est juste, et le score à la fin. Demandez une autre plage ou un autre nombre (« jusqu'à 100 », « la table de 7 », « 30 questions ») pour les changer.",
        "drill_table": "Choisissez un nombre pour voir sa table de 1 à {top}.",
    },
    "de": {
        "drill_title": "Üben: {ops}", "drill_tables": "die {tables}er-Reihe", "drill_within": "Zahlen bis {limit}",
        "drill_span": "Reihen 1–{top}", "drill_table_title": "Einmaleins", "drill_number": "Zahl",
        "drill_quiz": "{n} Aufgaben ({ops}, {reach}): Antwort antippen, sehen ob sie stimmt, am Ende die Punktzahl. Für einen anderen Bereich oder eine andere Anzahl einfach sagen (\"bis 100\", \"die 7er-Reihe\", \"30 Aufgaben\").",
        "drill_table": "Eine Zahl wählen und ihre Reihe von 1 bis {top} sehen.",
    },
    "it": {
        "drill_title": "Esercizio: {ops}", "drill_tables": "la tabellina del {tables}", "drill_within": "numeri fino a {limit}",
        "drill_span": "tabelline da 1 a {top}", "drill_table_title": "Tabellina", "drill_number": "Numero",
        "drill_quiz": "{n} domande ({ops}, {reach}): scegli una risposta per vedere se è giusta, e il punteggio alla fine. Chiedi un altro intervallo o numero («fino a 100», «la tabellina del 7», «30 domande») per cambiarli.",
        "drill_table": "Scegli un numero per vedere la sua tabellina da 1 a {top}.",
    },
    "pt": {
        "drill_title": "Prática: {ops}", "drill_tables": "a tabuada do {tables}", "drill_within": "números até {limit}",
        "drill_span": "tabuadas de 1 a {top}", "drill_table_title": "Tabuada", "drill_number": "Número",
        "drill_quiz": "{n} perguntas ({ops}, {reach}): escolha uma resposta para ver se está certa, e a pontuação no fim. Peça outro intervalo ou quantidade (\"até 100\", \"a tabuada do 7\", \"30 perguntas\") para mudar.",
        "drill_table": "Escolha um número para ver a tabuada dele de 1 a {top}.",
    },
    "nl": {
        "drill_title": "Oefenen: {ops}", "drill_tables": "de tafel van {tables}", "drill_within": "getallen tot {limit}",
        "drill_span": "tafels 1–{top}", "drill_table_title": "Tafel", "drill_number": "Getal",
        "drill_quiz": "{n} sommen ({ops}, {reach}): kies een antwoord en zie of het klopt, en aan het eind de score. Vraag een ander bereik of aantal (\"tot 100\", \"de tafel van 7\", \"30 sommen\") om ze te veranderen.",
        "drill_table": "Kies een getal en zie de tafel van 1 tot {top}.",
    },
    "ru": {
        "drill_title": "Тренировка: {ops}", "drill_tables": "таблица умножения на {tables}", "drill_within": "числа до {limit}",
        "drill_span": "таблицы от 1 до {top}", "drill_table_title": "Таблица умножения", "drill_number": "Число",
        "drill_quiz": "{n} примеров ({ops}, {reach}): выберите ответ, чтобы увидеть, верен ли он, и счёт в конце. Попросите другой диапазон или количество («до 100», «умножение на 7», «30 примеров»), чтобы изменить их.",
        "drill_table": "Выберите число, чтобы увидеть его таблицу от 1 до {top}.",
    },
    "tr": {
        "drill_title": "Alıştırma: {ops}", "drill_tables": "{tables} çarpım tablosu", "drill_within": "{limit} sayısına kadar",
        "drill_span": "1–{top} tabloları", "drill_table_title": "Çarpım tablosu", "drill_number": "Sayı",
        "drill_quiz": "{n} soru ({ops}, {reach}): doğru mu görmek için bir cevap seçin, sonunda puan. Başka bir aralık ya da sayı isteyin (\"100'e kadar\", \"7 çarpım tablosu\", \"30 soru\").",
        "drill_table": "1'den {top}'e kadar tablosunu görmek için bir sayı seçin.",
    },
    "pl": {
        "drill_title": "Ćwiczenie: {ops}", "drill_tables": "tabliczka mnożenia przez {tables}", "drill_within": "liczby do {limit}",
        "drill_span": "tabliczka 1–{top}", "drill_table_title": "Tabliczka mnożenia", "drill_number": "Liczba",
        "drill_quiz": "{n} pytań ({ops}, {reach}): wybierz odpowiedź, by zobaczyć, czy jest dobra, a na końcu wynik. Poproś o inny zakres lub liczbę („do 100”, „mnożenie przez 7”, „30 pytań”), by je zmienić.",
        "drill_table": "Wybierz liczbę, by zobaczyć jej tabliczkę od 1 do {top}.",
    },
    "zh": {
        "drill_title": "练习：{ops}", "drill_tables": "{tables} 的乘法表", "drill_within": "{limit} 以内", "drill_span": "1–{top} 的乘法表",
        "drill_table_title": "乘法表", "drill_number": "数字",
        "drill_quiz": "{n} 道题（{ops}，{reach}）：点答案马上知道对不对，最后看分数。想换范围或题数就说（“100以内”“7的乘法表”“30道题”）。",
        "drill_table": "选一个数字，看它从 1 到 {top} 的乘法表。",
    },
    "ja": {
        "drill_title": "練習：{ops}", "drill_tables": "{tables}の段", "drill_within": "{limit}まで", "drill_span": "1〜{top}の段",
        "drill_table_title": "九九", "drill_number": "数",
        "drill_quiz": "{n}問（{ops}、{reach}）：答えを選ぶと正解かどうかが分かり、最後に点数が出ます。範囲や問題数を変えるには（「100まで」「7の段」「30問」）と頼んでください。",
        "drill_table": "数を選ぶと 1 から {top} までの段が出ます。",
    },
    "ko": {
        "drill_title": "연습: {ops}", "drill_tables": "{tables}단", "drill_within": "{limit}까지의 수", "drill_span": "1–{top}단",
        "drill_table_title": "구구단", "drill_number": "수",
        "drill_quiz": "{n}문제({ops}, {reach}): 답을 고르면 맞았는지 바로 보이고, 끝에 점수가 나옵니다. 범위나 문제 수를 바꾸려면 말해 주세요(\"100까지\", \"7단\", \"30문제\").",
        "drill_table": "수를 고르면 1부터 {top}까지의 단이 나옵니다.",
    },
    "ar": {
        "drill_title": "تمرين: {ops}", "drill_tables": "جدول ضرب {tables}", "drill_within": "أعداد حتى {limit}", "drill_span": "جداول 1–{top}",
        "drill_table_title": "جدول الضرب", "drill_number": "العدد",
        "drill_quiz": "{n} سؤالًا ({ops}، {reach}): اختر إجابة لترى إن كانت صحيحة، والنتيجة في النهاية. اطلب مدى أو عددًا آخر (\"حتى 100\"، \"جدول 7\"، \"30 سؤالًا\") لتغييرهما.",
        "drill_table": "اختر عددًا لترى جدوله من 1 إلى {top}.",
    },
    "hi": {
        "drill_title": "अभ्यास: {ops}", "drill_tables": "{tables} का पहाड़ा", "drill_within": "{limit} तक की संख्याएँ", "drill_span": "1–{top} के पहाड़े",
        "drill_table_title": "पहाड़ा", "drill_number": "संख्या",
        "drill_quiz": "{n} सवाल ({ops}, {reach}): जवाब चुनें और देखें कि सही है या नहीं, आख़िर में स्कोर। दूसरी सीमा या गिनती के लिए कहें (\"100 तक\", \"7 का पहाड़ा\", \"30 सवाल\")।",
        "drill_table": "कोई संख्या चुनें और उसका 1 से {top} तक का पहाड़ा देखें।",
    },
}
# fmt: on
for _lang, _texts in _DRILLS.items():
    MESSAGES.setdefault(_lang, {}).update(_texts)
