"""Messages the offline planner writes to users, by language (the codes `words.language` gives).

Every language has every English key (`tests/test_messages_complete.py` checks it); `words.msg`
still falls back to English key by key, and to English for a language with no table. Placeholders
are `str.format` fields and must match across languages.
"""

from __future__ import annotations

# fmt: off
MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "no_animation": (
            "To animate, give numbers over time in the question (e.g. '2021 10, 2022 14, 2023 19'), "
            "attach a table with a time column, or list the steps ('1. plan 2. build 3. ship')."
        ),
        "app_unknown": (
            "The offline planner can build these calculators from a question: loan or mortgage payments, "
            "savings with compound interest, break-even and profit, ROI, BMI, tip splitting, unit conversion, "
            "fuel cost, hourly wage, tiles or paint for a room, discounts, gross margin, IV drip rate, NPV, zakat, "
            "a percentage increase, a dose by body weight, daily calories, feed for a herd and fertiliser for a field; "
            "arithmetic practice (times tables, sums within a range); rules you write out (rates by bracket, a date plus days, a times b); with an attached "
            "table, an explorer; from a list of questions and answers (or 'word = translation' pairs), a quiz or "
            "flashcards; a random picker or teams from your list, a timer or stopwatch with your durations, a "
            "tally counter or scoreboard, and a tracker of entries you add. For any other tool, connect an LLM planner."
        ),
        "no_quiz": (
            "To make a quiz offline I need the questions: paste them with their answers (e.g. '- Capital of "
            "France? Paris') or give pairs ('hola = hello, gracias = thank you'), or connect an LLM planner."
        ),
        "cannot_rewrite": (
            "The offline planner can't rewrite or shorten an answer; here it is as given. Connect an LLM planner "
            "to have it rewritten."
        ),
        "cannot_look_up": (
            "The offline planner can't look the answer up for you; here is the document it is in. Connect an "
            "LLM planner for a direct answer."
        ),
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
        "no_animation": "要生成动画，请在问题中给出随时间变化的数字（如“2021 10，2022 14，2023 19”）、附上带时间列的表格，或列出步骤（“1. 计划 2. 开发 3. 发布”）。",
        "app_unknown": (
            "离线规划器能根据问题生成这些计算器：贷款/房贷月供、复利储蓄、盈亏平衡与利润、投资回报率、BMI、小费分摊、单位换算、油费、时薪、铺砖或刷漆用量、折扣、毛利、输液滴速、净现值、天课、按百分比上涨后的金额、按体重计算的剂量、每日热量、牲畜饲料和田地施肥量；口算练习（乘法表、一定范围内的加减法）；"
            "写明的规则（分档费率、日期加天数、甲乘乙）；附上表格可生成数据浏览器；给出问答或“单词 = 释义”对可生成测验或单词卡；"
            "还能做随机抽签或分组（用你给的名单）、计时器或秒表（用你给的时长）以及记录条目的追踪器。其他工具请连接 LLM 规划器。"
        ),
        "no_quiz": "离线生成测验需要题目：请粘贴题目和答案（如“- 法国首都？巴黎”），或给出“单词 = 释义”对，或连接 LLM 规划器。",
        "cannot_rewrite": "离线规划器无法改写或缩短回答；以下是原文。接入 LLM 规划器即可按要求改写。",
        "cannot_look_up": "离线规划器无法替你在文档中查找答案；以下是原文，答案就在其中。接入 LLM 规划器即可直接回答。",
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
        "no_animation": (
            "Para animar, escribe en la pregunta números a lo largo del tiempo (p. ej. \"2021 10, 2022 14, 2023 19\"), "
            "adjunta una tabla con una columna de tiempo o enumera los pasos (\"1. planificar 2. construir 3. lanzar\")."
        ),
        "app_unknown": (
            "El planificador sin conexión puede crear estas calculadoras a partir de una pregunta: cuotas de préstamo o "
            "hipoteca, ahorro con interés compuesto, punto de equilibrio y beneficio, ROI, IMC, reparto de propinas, "
            "conversión de unidades, coste de combustible, salario por hora, baldosas o pintura para una habitación, "
            "descuentos, margen bruto, velocidad de goteo intravenoso, VAN, zakat, un aumento porcentual, una dosis según el "
            "peso corporal, calorías diarias, pienso para un rebaño y abono para un campo; práctica de aritmética (tablas de "
            "multiplicar, operaciones dentro de un rango); reglas que escribas (tarifas por tramos, una fecha más días, a por "
            "b); con una tabla adjunta, un explorador de datos; a partir de una lista de preguntas y respuestas (o pares "
            "\"palabra = traducción\"), un cuestionario o tarjetas de memoria; un sorteo o equipos a partir de tu lista, un "
            "temporizador o cronómetro con tus duraciones, un contador o marcador, y un registro de las entradas que añadas. "
            "Para cualquier otra herramienta, conecta un planificador LLM."
        ),
        "no_quiz": (
            "Para hacer un cuestionario sin conexión necesito las preguntas: pégalas con sus respuestas (p. ej. \"- ¿Capital "
            "de Francia? París\") o da pares (\"hello = hola, thank you = gracias\"), o conecta un planificador LLM."
        ),
        "cannot_rewrite": (
            "El planificador sin conexión no puede reescribir ni acortar una respuesta; aquí está tal como se dio. Conecta un "
            "planificador LLM para que la reescriba."
        ),
        "cannot_look_up": (
            "El planificador sin conexión no puede buscarte la respuesta; aquí está el documento en el que se encuentra. "
            "Conecta un planificador LLM para obtener una respuesta directa."
        ),
        "word_problem": "Esto pide un número calculado a partir de los tuyos ({numbers}). Sin conexión calculo operaciones escritas como expresión, p. ej. \"12 × 45 / 60\"; para una pregunta en palabras, conecta un planificador LLM.",
        "empty": "Aún no hay nada que visualizar: haz una pregunta, adjunta una tabla o pega una respuesta en markdown.",
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
        "bad_table": "La tabla adjunta no se puede graficar: {why}. Adjunta una tabla con al menos una columna de valores.",
        "failed": "El planificador sin conexión no pudo crear {what} con estos datos ({why}). {hint}",
        "no_builder": "El planificador sin conexión no tiene reglas para {what}; para eso, conecta un planificador LLM.",
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
        "no_animation": (
            "Pour une animation, indiquez dans la question des nombres au fil du temps (p. ex. « 2021 10, 2022 14, 2023 "
            "19 »), joignez un tableau avec une colonne temporelle ou listez les étapes (« 1. planifier 2. construire 3. "
            "lancer »)."
        ),
        "app_unknown": (
            "Le planificateur hors ligne peut construire ces calculatrices à partir d'une question : mensualités de prêt ou "
            "de crédit immobilier, épargne à intérêts composés, seuil de rentabilité et bénéfice, ROI, IMC, partage du "
            "pourboire, conversion d'unités, coût du carburant, salaire horaire, carrelage ou peinture pour une pièce, "
            "remises, marge brute, débit de perfusion, VAN, zakat, une augmentation en pourcentage, une dose selon le poids "
            "corporel, calories journalières, aliments pour un troupeau et engrais pour un champ ; exercices de calcul "
            "(tables de multiplication, opérations dans une plage donnée) ; règles que vous écrivez (tarifs par tranche, une "
            "date plus des jours, a fois b) ; avec un tableau joint, un explorateur de données ; à partir d'une liste de "
            "questions et réponses (ou de paires « mot = traduction »), un quiz ou des cartes mémoire ; un tirage au sort ou "
            "des équipes à partir de votre liste, un minuteur ou un chronomètre avec vos durées, un compteur ou un tableau "
            "des scores, et un suivi des entrées que vous ajoutez. Pour tout autre outil, connectez un planificateur LLM."
        ),
        "no_quiz": (
            "Pour faire un quiz hors ligne, il me faut les questions : collez-les avec leurs réponses (p. ex. « - Capitale de "
            "la France ? Paris ») ou donnez des paires (« hola = bonjour, gracias = merci »), ou connectez un planificateur "
            "LLM."
        ),
        "cannot_rewrite": (
            "Le planificateur hors ligne ne peut pas réécrire ni raccourcir une réponse ; la voici telle quelle. Connectez un "
            "planificateur LLM pour la faire réécrire."
        ),
        "cannot_look_up": (
            "Le planificateur hors ligne ne peut pas chercher la réponse à votre place ; voici le document qui la contient. "
            "Connectez un planificateur LLM pour une réponse directe."
        ),
        "word_problem": "Cela demande un nombre calculé à partir des vôtres ({numbers}). Hors ligne, je calcule les opérations écrites comme une expression, par ex. « 12 × 45 / 60 » ; pour une question en mots, connectez un planificateur LLM.",
        "empty": "Rien à visualiser pour l'instant : posez une question, joignez un tableau ou collez une réponse en markdown.",
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
        "bad_table": "Le tableau joint ne peut pas être mis en graphique : {why}. Joignez un tableau avec au moins une colonne de valeurs.",
        "failed": "Le planificateur hors ligne n'a pas pu construire {what} à partir de ces données ({why}). {hint}",
        "no_builder": "Le planificateur hors ligne n'a pas de règles pour {what} ; connectez un planificateur LLM pour cela.",
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
        "no_animation": (
            "Für eine Animation geben Sie in der Frage Zahlen im Zeitverlauf an (z. B. „2021 10, 2022 14, 2023 19“), hängen "
            "Sie eine Tabelle mit einer Zeitspalte an oder zählen Sie die Schritte auf („1. planen 2. bauen 3. ausliefern“)."
        ),
        "app_unknown": (
            "Der Offline-Planer kann aus einer Frage diese Rechner erstellen: Kredit- oder Hypothekenraten, Sparen mit "
            "Zinseszins, Break-even und Gewinn, ROI, BMI, Trinkgeld aufteilen, Einheiten umrechnen, Kraftstoffkosten, "
            "Stundenlohn, Fliesen oder Farbe für einen Raum, Rabatte, Bruttomarge, Tropfrate einer Infusion, Kapitalwert, "
            "Zakat, eine prozentuale Erhöhung, eine Dosis nach Körpergewicht, Tageskalorien, Futter für eine Herde und Dünger "
            "für ein Feld; Rechenübungen (Einmaleins, Aufgaben in einem Zahlenraum); Regeln, die Sie ausschreiben "
            "(gestaffelte Sätze, ein Datum plus Tage, a mal b); mit einer angehängten Tabelle einen Daten-Explorer; aus einer "
            "Liste von Fragen und Antworten (oder Paaren „Wort = Übersetzung“) ein Quiz oder Lernkarten; eine Zufallsauswahl "
            "oder Teams aus Ihrer Liste, einen Timer oder eine Stoppuhr mit Ihren Zeiten, einen Zähler oder eine Punktetafel "
            "und einen Tracker für Einträge, die Sie hinzufügen. Für jedes andere Werkzeug verbinden Sie einen LLM-Planer."
        ),
        "no_quiz": (
            "Für ein Quiz offline brauche ich die Fragen: Fügen Sie sie mit den Antworten ein (z. B. „- Hauptstadt von "
            "Frankreich? Paris“), geben Sie Paare an („hola = hallo, gracias = danke“) oder verbinden Sie einen LLM-Planer."
        ),
        "cannot_rewrite": (
            "Der Offline-Planer kann eine Antwort nicht umschreiben oder kürzen; hier ist sie unverändert. Verbinden Sie "
            "einen LLM-Planer, um sie umschreiben zu lassen."
        ),
        "cannot_look_up": (
            "Der Offline-Planer kann die Antwort nicht für Sie nachschlagen; hier ist das Dokument, in dem sie steht. "
            "Verbinden Sie einen LLM-Planer für eine direkte Antwort."
        ),
        "word_problem": "Hier wird eine Zahl aus Ihren Zahlen ({numbers}) gesucht. Offline rechne ich Ausdrücke wie „12 × 45 / 60“; für eine Frage in Worten verbinden Sie einen LLM-Planer.",
        "empty": "Noch nichts darzustellen: Stellen Sie eine Frage, hängen Sie eine Tabelle an oder fügen Sie eine Antwort in Markdown ein.",
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
        "bad_table": "Aus der angehängten Tabelle lässt sich kein Diagramm erstellen: {why}. Hängen Sie eine Tabelle mit mindestens einer Wertespalte an.",
        "failed": "Der Offline-Planer konnte {what} aus dieser Eingabe nicht erstellen ({why}). {hint}",
        "no_builder": "Der Offline-Planer hat keine Regeln für {what}; verbinden Sie dafür einen LLM-Planer.",
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
        "no_animation": (
            "Para animar, escreva na pergunta números ao longo do tempo (ex.: \"2021 10, 2022 14, 2023 19\"), anexe uma "
            "tabela com uma coluna de tempo ou liste os passos (\"1. planejar 2. construir 3. lançar\")."
        ),
        "app_unknown": (
            "O planejador offline pode montar estas calculadoras a partir de uma pergunta: parcelas de empréstimo ou "
            "financiamento imobiliário, poupança com juros compostos, ponto de equilíbrio e lucro, ROI, IMC, divisão da "
            "gorjeta, conversão de unidades, custo de combustível, valor da hora, piso ou tinta para um cômodo, descontos, "
            "margem bruta, velocidade de gotejamento de soro, VPL, zakat, um aumento percentual, uma dose por peso corporal, "
            "calorias diárias, ração para um rebanho e adubo para uma lavoura; prática de aritmética (tabuada, contas dentro "
            "de um intervalo); regras que você escreve (taxas por faixa, uma data mais dias, a vezes b); com uma tabela "
            "anexada, um explorador de dados; a partir de uma lista de perguntas e respostas (ou pares \"palavra = "
            "tradução\"), um quiz ou cartões de memorização; um sorteio ou times a partir da sua lista, um timer ou "
            "cronômetro com as suas durações, um contador ou placar, e um registro das entradas que você adicionar. Para "
            "qualquer outra ferramenta, conecte um planejador LLM."
        ),
        "no_quiz": (
            "Para fazer um quiz offline preciso das perguntas: cole-as com as respostas (ex.: \"- Capital da França? Paris\") "
            "ou dê pares (\"hola = olá, gracias = obrigado\"), ou conecte um planejador LLM."
        ),
        "cannot_rewrite": (
            "O planejador offline não pode reescrever nem encurtar uma resposta; aqui está ela como foi dada. Conecte um "
            "planejador LLM para reescrevê-la."
        ),
        "cannot_look_up": (
            "O planejador offline não pode procurar a resposta por você; aqui está o documento em que ela está. Conecte um "
            "planejador LLM para ter uma resposta direta."
        ),
        "word_problem": "Isto pede um número calculado a partir dos seus ({numbers}). Offline eu calculo contas escritas como expressão, ex.: \"12 × 45 / 60\"; para uma pergunta em palavras, conecte um planejador LLM.",
        "empty": "Nada para visualizar ainda: faça uma pergunta, anexe uma tabela ou cole uma resposta em markdown.",
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
        "no_image_subject": "Diga o que a imagem deve mostrar, ex.: \"uma aquarela de um farol ao entardecer\".",
        "bad_table": "Não dá para fazer um gráfico com a tabela anexada: {why}. Anexe uma tabela com pelo menos uma coluna de valores.",
        "failed": "O planejador offline não conseguiu montar {what} com esta entrada ({why}). {hint}",
        "no_builder": "O planejador offline não tem regras para {what}; conecte um planejador LLM para isso.",
        "mixed": (
            "Estes números medem coisas diferentes ({units}); um só gráfico os compararia como se fossem "
            "iguais:\n\n{listing}\n\nPeça um infográfico para vê-los como cartões de números-chave, ou dê "
            "números numa só unidade para fazer o gráfico."
        ),
        "unsure": (
            "Não tenho certeza de qual visual você quer. {listing}Provável: {forms}. Diga qual, ex.: \"faça um "
            "infográfico\" ou \"faça slides\"."
        ),
        "fewer": "Você pediu {n} slides, mas o conteúdo dado preenche {m}: nada foi inventado para completar o resto.",
        "what_slides": "slides", "what_infographic": "um infográfico", "what_diagram": "um diagrama",
        "what_chart": "um gráfico", "what_image": "uma imagem", "what_text": "uma resposta",
        "what_animation": "uma animação", "what_app": "um aplicativo interativo",
        "writing": (
            "O planejador offline organiza o que você dá (números, listas, passos, tabelas, markdown); não pode "
            "escrever código ou textos, traduzir nem reescrever. Conecte um planejador LLM para isso."
        ),
        "nothing": (
            "Não vejo nada para visualizar aqui: nem números, nem lista, nem passos, nem anexo. Peça um gráfico, "
            "slides, um infográfico, um diagrama ou uma imagem, dê o conteúdo a organizar ou conecte um planejador LLM."
        ),
    },
    "it": {
        "no_animation": (
            "Per un'animazione, scrivi nella domanda numeri che cambiano nel tempo (es. \"2021 10, 2022 14, 2023 19\"), "
            "allega una tabella con una colonna temporale o elenca i passaggi (\"1. pianificare 2. costruire 3. lanciare\")."
        ),
        "app_unknown": (
            "Il pianificatore offline può creare questi calcolatori da una domanda: rate di un prestito o di un mutuo, "
            "risparmio con interesse composto, punto di pareggio e profitto, ROI, BMI, divisione della mancia, conversione di "
            "unità, costo del carburante, paga oraria, piastrelle o vernice per una stanza, sconti, margine lordo, velocità "
            "di infusione, VAN, zakat, un aumento percentuale, una dose in base al peso corporeo, calorie giornaliere, "
            "mangime per una mandria e fertilizzante per un campo; esercizi di aritmetica (tabelline, operazioni entro un "
            "intervallo); regole che scrivi tu (tariffe a scaglioni, una data più giorni, a per b); con una tabella allegata, "
            "un esploratore di dati; da un elenco di domande e risposte (o coppie \"parola = traduzione\"), un quiz o delle "
            "flashcard; un sorteggio o squadre dalla tua lista, un timer o cronometro con le tue durate, un contatore o "
            "segnapunti, e un tracker delle voci che aggiungi. Per qualsiasi altro strumento, collega un pianificatore LLM."
        ),
        "no_quiz": (
            "Per fare un quiz offline mi servono le domande: incollale con le risposte (es. \"- Capitale della Francia? "
            "Parigi\") o dai delle coppie (\"hola = ciao, gracias = grazie\"), oppure collega un pianificatore LLM."
        ),
        "cannot_rewrite": (
            "Il pianificatore offline non può riscrivere né accorciare una risposta; eccola così com'è. Collega un "
            "pianificatore LLM per farla riscrivere."
        ),
        "cannot_look_up": (
            "Il pianificatore offline non può cercare la risposta per te; ecco il documento in cui si trova. Collega un "
            "pianificatore LLM per una risposta diretta."
        ),
        "word_problem": "Qui si chiede un numero calcolato dai tuoi ({numbers}). Offline calcolo le operazioni scritte come espressione, es. \"12 × 45 / 60\"; per una domanda a parole, collega un pianificatore LLM.",
        "empty": "Ancora niente da visualizzare: fai una domanda, allega una tabella o incolla una risposta in markdown.",
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
        "no_image_subject": "Di' cosa deve mostrare l'immagine, es. \"un acquerello di un faro al tramonto\".",
        "bad_table": "Con la tabella allegata non si può fare un grafico: {why}. Allega una tabella con almeno una colonna di valori.",
        "failed": "Il pianificatore offline non è riuscito a creare {what} da questo input ({why}). {hint}",
        "no_builder": "Il pianificatore offline non ha regole per {what}; per questo collega un pianificatore LLM.",
        "mixed": (
            "Questi numeri misurano cose diverse ({units}); un solo grafico li confronterebbe come se fossero "
            "simili:\n\n{listing}\n\nChiedi un'infografica per vederli come schede di numeri chiave, o dai "
            "numeri in una sola unità per farne un grafico."
        ),
        "unsure": (
            "Non sono sicuro di quale visual vuoi. {listing}Probabile: {forms}. Dillo, es. \"fai un'infografica\" "
            "o \"fai delle slide\"."
        ),
        "fewer": "Hai chiesto {n} slide, ma il contenuto dato ne riempie {m}: non è stato inventato nulla per il resto.",
        "what_slides": "delle slide", "what_infographic": "un'infografica", "what_diagram": "uno schema",
        "what_chart": "un grafico", "what_image": "un'immagine", "what_text": "una risposta",
        "what_animation": "un'animazione", "what_app": "un'app interattiva",
        "writing": (
            "Il pianificatore offline impagina ciò che gli dai (numeri, elenchi, passaggi, tabelle, markdown); non "
            "può scrivere codice o testi, tradurre o riscrivere. Per questo collega un pianificatore LLM."
        ),
        "nothing": (
            "Non vedo niente da visualizzare: né numeri, né elenco, né passaggi, né allegati. Chiedi un grafico, delle "
            "slide, un'infografica, uno schema o un'immagine, dai il contenuto da impaginare o collega un pianificatore LLM."
        ),
    },
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

# The user's own sums checked (`generators.rules.checks`), in every language the planner reads.
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
        "check_within": "Sí: {items} suman {sum}, {diff} por debajo del límite de {limit}.",
        "check_over": "No: {items} suman {sum}, {diff} por encima del límite de {limit}.",
        "check_short": "No: {items} suman {sum}, {diff} más que los {budget} que tienes.",
    },
    "pt": {
        "check_sum_ok": "Sim, bate: {items} = {total}.",
        "check_sum_off": "Não bate: {items} = {sum}, não {stated} (diferença {diff}).",
        "check_mean_ok": "Sim: a média dos {n} valores ({items}) é {mean}.",
        "check_mean_off": "Não exatamente: a média dos {n} valores ({items}) é {mean}, não {stated}.",
        "check_enough": "Sim: {items} somam {sum}, {diff} a menos que os {budget} que você tem.",
        "check_within": "Sim: {items} somam {sum}, {diff} abaixo do limite de {limit}.",
        "check_over": "Não: {items} somam {sum}, {diff} acima do limite de {limit}.",
        "check_short": "Não: {items} somam {sum}, {diff} a mais que os {budget} que você tem.",
    },
    "fr": {
        "check_sum_ok": "Oui, le compte est bon : {items} = {total}.",
        "check_sum_off": "Le compte n'y est pas : {items} = {sum}, pas {stated} (écart {diff}).",
        "check_mean_ok": "Oui : la moyenne des {n} valeurs ({items}) est {mean}.",
        "check_mean_off": "Pas tout à fait : la moyenne des {n} valeurs ({items}) est {mean}, pas {stated}.",
        "check_enough": "Oui : {items} font {sum}, soit {diff} de moins que vos {budget}.",
        "check_within": "Oui : {items} font {sum}, soit {diff} sous la limite de {limit}.",
        "check_over": "Non : {items} font {sum}, soit {diff} au-dessus de la limite de {limit}.",
        "check_short": "Non : {items} font {sum}, soit {diff} de plus que vos {budget}.",
    },
    "de": {
        "check_sum_ok": "Ja, es stimmt: {items} = {total}.",
        "check_sum_off": "Es stimmt nicht: {items} = {sum}, nicht {stated} (Differenz {diff}).",
        "check_mean_ok": "Ja: der Durchschnitt der {n} Werte ({items}) ist {mean}.",
        "check_mean_off": "Nicht ganz: der Durchschnitt der {n} Werte ({items}) ist {mean}, nicht {stated}.",
        "check_enough": "Ja: {items} ergeben {sum}, {diff} weniger als die {budget}, die Sie haben.",
        "check_within": "Ja: {items} ergeben {sum}, {diff} unter dem Limit von {limit}.",
        "check_over": "Nein: {items} ergeben {sum}, {diff} über dem Limit von {limit}.",
        "check_short": "Nein: {items} ergeben {sum}, {diff} mehr als die {budget}, die Sie haben.",
    },
    "it": {
        "check_sum_ok": "Sì, torna: {items} = {total}.",
        "check_sum_off": "Non torna: {items} = {sum}, non {stated} (differenza {diff}).",
        "check_mean_ok": "Sì: la media dei {n} valori ({items}) è {mean}.",
        "check_mean_off": "Non proprio: la media dei {n} valori ({items}) è {mean}, non {stated}.",
        "check_enough": "Sì: {items} fanno {sum}, {diff} in meno dei {budget} che hai.",
        "check_within": "Sì: {items} fanno {sum}, {diff} sotto il limite di {limit}.",
        "check_over": "No: {items} fanno {sum}, {diff} oltre il limite di {limit}.",
        "check_short": "No: {items} fanno {sum}, {diff} in più dei {budget} che hai.",
    },
    "nl": {
        "check_sum_ok": "Ja, het klopt: {items} = {total}.",
        "check_sum_off": "Het klopt niet: {items} = {sum}, niet {stated} (verschil {diff}).",
        "check_mean_ok": "Ja: het gemiddelde van de {n} waarden ({items}) is {mean}.",
        "check_mean_off": "Niet helemaal: het gemiddelde van de {n} waarden ({items}) is {mean}, niet {stated}.",
        "check_enough": "Ja: {items} komen op {sum}, {diff} minder dan de {budget} die je hebt.",
        "check_within": "Ja: {items} komen op {sum}, {diff} onder de limiet van {limit}.",
        "check_over": "Nee: {items} komen op {sum}, {diff} boven de limiet van {limit}.",
        "check_short": "Nee: {items} komen op {sum}, {diff} meer dan de {budget} die je hebt.",
    },
    "ru": {
        "check_sum_ok": "Да, сходится: {items} = {total}.",
        "check_sum_off": "Не сходится: {items} = {sum}, а не {stated} (разница {diff}).",
        "check_mean_ok": "Да: среднее {n} значений ({items}) — {mean}.",
        "check_mean_off": "Не совсем: среднее {n} значений ({items}) — {mean}, а не {stated}.",
        "check_enough": "Да: {items} — это {sum}, на {diff} меньше, чем ваши {budget}.",
        "check_within": "Да: {items} — это {sum}, на {diff} меньше лимита {limit}.",
        "check_over": "Нет: {items} — это {sum}, на {diff} больше лимита {limit}.",
        "check_short": "Нет: {items} — это {sum}, на {diff} больше, чем ваши {budget}.",
    },
    "tr": {
        "check_sum_ok": "Evet, tutuyor: {items} = {total}.",
        "check_sum_off": "Tutmuyor: {items} = {sum}, {stated} değil (fark {diff}).",
        "check_mean_ok": "Evet: {n} değerin ({items}) ortalaması {mean}.",
        "check_mean_off": "Tam değil: {n} değerin ({items}) ortalaması {mean}, {stated} değil.",
        "check_enough": "Evet: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} az.",
        "check_within": "Evet: {items} toplam {sum}, {limit} sınırının {diff} altında.",
        "check_over": "Hayır: {items} toplam {sum}, {limit} sınırının {diff} üzerinde.",
        "check_short": "Hayır: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} fazla.",
    },
    "pl": {
        "check_sum_ok": "Tak, zgadza się: {items} = {total}.",
        "check_sum_off": "Nie zgadza się: {items} = {sum}, a nie {stated} (różnica {diff}).",
        "check_mean_ok": "Tak: średnia {n} wartości ({items}) to {mean}.",
        "check_mean_off": "Niezupełnie: średnia {n} wartości ({items}) to {mean}, a nie {stated}.",
        "check_enough": "Tak: {items} to razem {sum}, o {diff} mniej niż masz ({budget}).",
        "check_within": "Tak: {items} to razem {sum}, o {diff} poniżej limitu {limit}.",
        "check_over": "Nie: {items} to razem {sum}, o {diff} powyżej limitu {limit}.",
        "check_short": "Nie: {items} to razem {sum}, o {diff} więcej niż masz ({budget}).",
    },
    "zh": {
        "check_sum_ok": "对，加起来没错：{items} = {total}。",
        "check_sum_off": "加起来不对：{items} = {sum}，不是 {stated}（相差 {diff}）。",
        "check_mean_ok": "对：这 {n} 个数（{items}）的平均值是 {mean}。",
        "check_mean_off": "不太对：这 {n} 个数（{items}）的平均值是 {mean}，不是 {stated}。",
        "check_enough": "够：{items} 合计 {sum}，比你的 {budget} 少 {diff}。",
        "check_within": "没超：{items} 合计 {sum}，比上限 {limit} 少 {diff}。",
        "check_over": "超了：{items} 合计 {sum}，比上限 {limit} 多 {diff}。",
        "check_short": "不够：{items} 合计 {sum}，比你的 {budget} 多 {diff}。",
    },
    "ja": {
        "check_sum_ok": "はい、合っています：{items} = {total}。",
        "check_sum_off": "合っていません：{items} = {sum}（{stated} ではなく、差は {diff}）。",
        "check_mean_ok": "はい：{n} 個の値（{items}）の平均は {mean} です。",
        "check_mean_off": "少し違います：{n} 個の値（{items}）の平均は {mean} で、{stated} ではありません。",
        "check_enough": "足ります：{items} の合計は {sum} で、{budget} より {diff} 少ないです。",
        "check_within": "収まっています：{items} の合計は {sum} で、上限 {limit} より {diff} 少ないです。",
        "check_over": "超えています：{items} の合計は {sum} で、上限 {limit} より {diff} 多いです。",
        "check_short": "足りません：{items} の合計は {sum} で、{budget} より {diff} 多いです。",
    },
    "ko": {
        "check_sum_ok": "네, 맞습니다: {items} = {total}.",
        "check_sum_off": "맞지 않습니다: {items} = {sum}, {stated}이(가) 아닙니다 (차이 {diff}).",
        "check_mean_ok": "네: {n}개 값({items})의 평균은 {mean}입니다.",
        "check_mean_off": "조금 다릅니다: {n}개 값({items})의 평균은 {mean}이고, {stated}이(가) 아닙니다.",
        "check_enough": "충분합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 적습니다.",
        "check_within": "한도 안입니다: {items} 합계는 {sum}로, 한도 {limit}보다 {diff} 적습니다.",
        "check_over": "한도를 넘습니다: {items} 합계는 {sum}로, 한도 {limit}보다 {diff} 많습니다.",
        "check_short": "부족합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 많습니다.",
    },
    "ar": {
        "check_sum_ok": "نعم، المجموع صحيح: {items} = {total}.",
        "check_sum_off": "المجموع غير صحيح: {items} = {sum}، وليس {stated} (الفرق {diff}).",
        "check_mean_ok": "نعم: متوسط القيم الـ{n} ({items}) هو {mean}.",
        "check_mean_off": "ليس تمامًا: متوسط القيم الـ{n} ({items}) هو {mean}، وليس {stated}.",
        "check_enough": "نعم تكفي: {items} مجموعها {sum}، أقل بـ{diff} من {budget} التي عندك.",
        "check_within": "نعم، ضمن الحد: {items} مجموعها {sum}، أقل بـ{diff} من الحد {limit}.",
        "check_over": "لا، تتجاوز الحد: {items} مجموعها {sum}، أكثر بـ{diff} من الحد {limit}.",
        "check_short": "لا تكفي: {items} مجموعها {sum}، أكثر بـ{diff} من {budget} التي عندك.",
    },
    "hi": {
        "check_sum_ok": "हाँ, जोड़ सही है: {items} = {total}।",
        "check_sum_off": "जोड़ सही नहीं है: {items} = {sum}, {stated} नहीं (अंतर {diff})।",
        "check_mean_ok": "हाँ: {n} मानों ({items}) का औसत {mean} है।",
        "check_mean_off": "पूरी तरह नहीं: {n} मानों ({items}) का औसत {mean} है, {stated} नहीं।",
        "check_enough": "हाँ, काफी है: {items} का जोड़ {sum} है, आपके {budget} से {diff} कम।",
        "check_within": "हाँ, सीमा के भीतर: {items} का जोड़ {sum} है, सीमा {limit} से {diff} कम।",
        "check_over": "नहीं, सीमा से ज़्यादा: {items} का जोड़ {sum} है, सीमा {limit} से {diff} ज़्यादा।",
        "check_short": "नहीं: {items} का जोड़ {sum} है, आपके {budget} से {diff} ज़्यादा।",
    },
    "vi": {
        "check_sum_ok": "Đúng, cộng lại khớp: {items} = {total}.",
        "check_sum_off": "Cộng lại không khớp: {items} = {sum}, không phải {stated} (chênh {diff}).",
        "check_mean_ok": "Đúng: trung bình của {n} giá trị ({items}) là {mean}.",
        "check_mean_off": "Chưa đúng hẳn: trung bình của {n} giá trị ({items}) là {mean}, không phải {stated}.",
        "check_enough": "Đủ: {items} cộng lại là {sum}, ít hơn {diff} so với {budget} bạn có.",
        "check_within": "Đúng: {items} cộng lại là {sum}, dưới giới hạn {limit} một khoản {diff}.",
        "check_over": "Không: {items} cộng lại là {sum}, vượt giới hạn {limit} một khoản {diff}.",
        "check_short": "Không đủ: {items} cộng lại là {sum}, nhiều hơn {diff} so với {budget} bạn có.",
    },
    "id": {
        "check_sum_ok": "Ya, jumlahnya cocok: {items} = {total}.",
        "check_sum_off": "Jumlahnya tidak cocok: {items} = {sum}, bukan {stated} (selisih {diff}).",
        "check_mean_ok": "Ya: rata-rata {n} nilai ({items}) adalah {mean}.",
        "check_mean_off": "Tidak tepat: rata-rata {n} nilai ({items}) adalah {mean}, bukan {stated}.",
        "check_enough": "Ya: {items} berjumlah {sum}, {diff} lebih sedikit dari {budget} yang Anda punya.",
        "check_within": "Ya: {items} berjumlah {sum}, {diff} di bawah batas {limit}.",
        "check_over": "Tidak: {items} berjumlah {sum}, {diff} melebihi batas {limit}.",
        "check_short": "Tidak: {items} berjumlah {sum}, {diff} lebih banyak dari {budget} yang Anda punya.",
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
    "vi": {
        "drill_title": "Luyện tập: {ops}", "drill_tables": "bảng nhân {tables}", "drill_within": "các số trong phạm vi {limit}",
        "drill_span": "bảng nhân 1–{top}", "drill_table_title": "Bảng cửu chương", "drill_number": "Số",
        "drill_quiz": "{n} câu hỏi ({ops}, {reach}): chọn một đáp án để biết đúng hay sai, điểm hiện ở cuối. Muốn đổi phạm vi hoặc số câu thì cứ nói (\"trong phạm vi 100\", \"bảng nhân 7\", \"30 câu hỏi\").",
        "drill_table": "Chọn một số để xem bảng nhân của số đó từ 1 đến {top}.",
    },
    "id": {
        "drill_title": "Latihan: {ops}", "drill_tables": "perkalian {tables}", "drill_within": "bilangan sampai {limit}",
        "drill_span": "perkalian 1–{top}", "drill_table_title": "Tabel perkalian", "drill_number": "Bilangan",
        "drill_quiz": "{n} soal ({ops}, {reach}): pilih jawaban untuk melihat benar atau salah, dan skornya di akhir. Minta rentang atau jumlah lain (\"sampai 100\", \"perkalian 7\", \"30 soal\") untuk mengubahnya.",
        "drill_table": "Pilih bilangan untuk melihat perkaliannya dari 1 sampai {top}.",
    },
}
# fmt: on
for _lang, _texts in _DRILLS.items():
    MESSAGES.setdefault(_lang, {}).update(_texts)
