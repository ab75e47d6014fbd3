"""Messages the offline planner writes to users, by language (the codes `words.language` gives).

Every language has every English key (`tests/test_messages_complete.py` checks it); `words.msg`
still falls back to English key by key, and to English for a language with no table. Placeholders
are `str.format` fields and must match across languages.
"""

from __future__ import annotations

from generators.rules.messages_world import WORLD_MESSAGES

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
        "outline": "An outline of {n} slides for “{topic}”, to fill in: the offline planner writes no content of its own. Paste your notes or an answer to fill the slides, or connect an LLM planner.",
        "outline_slide": "To fill in: the offline planner writes no content",
        "count_up_total": "Total",
        "count_up": "{name} counts up from {first} to {last}.",
        "mixed_facts": "These figures measure different things ({units}), so they are laid out as cards, not compared on one chart.",
        "mixed_cards": "These figures are of different kinds (a founding year among counts and amounts), so they are laid out as cards, not compared on one chart.",
        "no_value_zero": "No row gives a value for {cells}; drawn as 0.",
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
        "outline": "为“{topic}”准备的 {n} 页幻灯片框架，内容待填：离线规划器不会自己编写内容。粘贴你的笔记或答案来填充，或连接 LLM 规划器。",
        "outline_slide": "待填写：离线规划器不编写内容",
        "count_up_total": "总额",
        "count_up": "{name}从 {first} 增加到 {last}。",
        "mixed_facts": "这些数字衡量的是不同的东西（{units}），因此排成卡片，而不是放在一张图表里比较。",
        "mixed_cards": "这些数字属于不同种类（成立年份与数量、金额混在一起），因此排成卡片，而不是放在一张图表里比较。",
        "no_value_zero": "以下没有任何行给出数值：{cells}；图中记为 0。",
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
        "outline": "Un esquema de {n} diapositivas para «{topic}», para completar: el planificador sin conexión no escribe contenido propio. Pega tus notas o una respuesta para llenarlas, o conecta un planificador LLM.",
        "outline_slide": "Por completar: el planificador sin conexión no escribe contenido",
        "count_up_total": "Total",
        "count_up": "{name} sube de {first} a {last}.",
        "mixed_facts": "Estas cifras miden cosas distintas ({units}), así que se muestran como tarjetas y no se comparan en un solo gráfico.",
        "mixed_cards": "Estas cifras son de tipos distintos (un año de fundación entre cantidades e importes), así que se muestran como tarjetas y no se comparan en un solo gráfico.",
        "no_value_zero": "Ninguna fila da un valor para {cells}; se dibuja como 0.",
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
        "outline": "Une trame de {n} diapositives pour « {topic} », à compléter : le planificateur hors ligne n'écrit aucun contenu lui-même. Collez vos notes ou une réponse pour les remplir, ou connectez un planificateur LLM.",
        "outline_slide": "À compléter : le planificateur hors ligne n'écrit pas de contenu",
        "count_up_total": "Total",
        "count_up": "{name} monte de {first} à {last}.",
        "mixed_facts": "Ces chiffres mesurent des choses différentes ({units}) : ils sont présentés en cartes, pas comparés sur un seul graphique.",
        "mixed_cards": "Ces chiffres sont de natures différentes (une année de fondation parmi des quantités et des montants) : ils sont présentés en cartes, pas comparés sur un seul graphique.",
        "no_value_zero": "Aucune ligne ne donne de valeur pour {cells} ; tracé à 0.",
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
        "outline": "Ein Gerüst aus {n} Folien für „{topic}“ zum Ausfüllen: Der Offline-Planer schreibt keine eigenen Inhalte. Fügen Sie Ihre Notizen oder eine Antwort ein, um die Folien zu füllen, oder verbinden Sie einen LLM-Planer.",
        "outline_slide": "Zum Ausfüllen: Der Offline-Planer schreibt keine Inhalte",
        "count_up_total": "Summe",
        "count_up": "{name} zählt von {first} bis {last} hoch.",
        "mixed_facts": "Diese Zahlen messen Verschiedenes ({units}), daher stehen sie als Karten da und werden nicht in einem Diagramm verglichen.",
        "mixed_cards": "Diese Zahlen sind verschiedener Art (ein Gründungsjahr neben Anzahlen und Beträgen), daher stehen sie als Karten da und werden nicht in einem Diagramm verglichen.",
        "no_value_zero": "Keine Zeile nennt einen Wert für {cells}; als 0 gezeichnet.",
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
        "outline": "Um roteiro de {n} slides para “{topic}”, para preencher: o planejador offline não escreve conteúdo próprio. Cole suas notas ou uma resposta para preenchê-los, ou conecte um planejador LLM.",
        "outline_slide": "Para preencher: o planejador offline não escreve conteúdo",
        "count_up_total": "Total",
        "count_up": "{name} sobe de {first} para {last}.",
        "no_value_zero": "Nenhuma linha dá um valor para {cells}; desenhado como 0.",
        "mixed_facts": "Estes números medem coisas diferentes ({units}), por isso aparecem como cartões, e não comparados num único gráfico.",
        "mixed_cards": "Estes números são de tipos diferentes (um ano de fundação entre quantidades e valores), por isso aparecem como cartões, e não comparados num único gráfico.",
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
        "outline": "Una traccia di {n} slide per «{topic}», da completare: il pianificatore offline non scrive contenuti propri. Incolla i tuoi appunti o una risposta per riempirle, oppure collega un pianificatore LLM.",
        "outline_slide": "Da completare: il pianificatore offline non scrive contenuti",
        "count_up_total": "Totale",
        "count_up": "{name} sale da {first} a {last}.",
        "no_value_zero": "Nessuna riga dà un valore per {cells}; disegnato come 0.",
        "mixed_facts": "Questi numeri misurano cose diverse ({units}), quindi sono disposti come schede e non confrontati in un solo grafico.",
        "mixed_cards": "Questi numeri sono di tipo diverso (un anno di fondazione tra quantità e importi), quindi sono disposti come schede e non confrontati in un solo grafico.",
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
}
# fmt: on
MESSAGES.update(WORLD_MESSAGES)

# The user's own sums checked (`generators.rules.checks`), in every language the planner reads.
# fmt: off
_CHECKS: dict[str, dict[str, str]] = {
    "en": {
        "check_sum_ok": "Yes, it adds up: {items} = {total}.",
        "check_sum_off": "It doesn't add up: {items} = {sum}, not {stated} ({diff} apart).",
        "check_mean_ok": "Yes: the average of the {n} values ({items}) is {mean}.",
        "check_pct_ok": "Yes: {p}% of {x} is {v}.", "check_pct_off": "Not quite: {p}% of {x} is {v}, not {stated}.",
        "check_mean_off": "Not quite: the average of the {n} values ({items}) is {mean}, not {stated}.",
        "check_enough": "Yes: {items} come to {sum}, {diff} less than the {budget} you have.",
        "check_within": "Yes: {items} come to {sum}, {diff} under the limit of {limit}.",
        "check_over": "No: {items} come to {sum}, {diff} over the limit of {limit}.",
        "check_short": "No: {items} come to {sum}, {diff} more than the {budget} you have.",
        "check_balance": "{total} in all, {paid} paid: {left} still to pay.",
    },
    "es": {
        "check_sum_ok": "Sí, cuadra: {items} = {total}.",
        "check_sum_off": "No cuadra: {items} = {sum}, no {stated} (diferencia {diff}).",
        "check_mean_ok": "Sí: la media de los {n} valores ({items}) es {mean}.",
        "check_pct_ok": "Sí: el {p}% de {x} es {v}.", "check_pct_off": "No exactamente: el {p}% de {x} es {v}, no {stated}.",
        "check_mean_off": "No exactamente: la media de los {n} valores ({items}) es {mean}, no {stated}.",
        "check_enough": "Sí: {items} suman {sum}, {diff} menos que los {budget} que tienes.",
        "check_within": "Sí: {items} suman {sum}, {diff} por debajo del límite de {limit}.",
        "check_over": "No: {items} suman {sum}, {diff} por encima del límite de {limit}.",
        "check_short": "No: {items} suman {sum}, {diff} más que los {budget} que tienes.",
        "check_balance": "{total} en total, {paid} pagado: quedan {left} por pagar.",
    },
    "pt": {
        "check_sum_ok": "Sim, bate: {items} = {total}.",
        "check_sum_off": "Não bate: {items} = {sum}, não {stated} (diferença {diff}).",
        "check_mean_ok": "Sim: a média dos {n} valores ({items}) é {mean}.",
        "check_pct_ok": "Sim: {p}% de {x} é {v}.", "check_pct_off": "Não exatamente: {p}% de {x} é {v}, não {stated}.",
        "check_mean_off": "Não exatamente: a média dos {n} valores ({items}) é {mean}, não {stated}.",
        "check_enough": "Sim: {items} somam {sum}, {diff} a menos que os {budget} que você tem.",
        "check_within": "Sim: {items} somam {sum}, {diff} abaixo do limite de {limit}.",
        "check_over": "Não: {items} somam {sum}, {diff} acima do limite de {limit}.",
        "check_short": "Não: {items} somam {sum}, {diff} a mais que os {budget} que você tem.",
        "check_balance": "{total} no total, {paid} pago: faltam {left} a pagar.",
    },
    "fr": {
        "check_sum_ok": "Oui, le compte est bon : {items} = {total}.",
        "check_sum_off": "Le compte n'y est pas : {items} = {sum}, pas {stated} (écart {diff}).",
        "check_mean_ok": "Oui : la moyenne des {n} valeurs ({items}) est {mean}.",
        "check_pct_ok": "Oui : {p} % de {x} font {v}.", "check_pct_off": "Pas tout à fait : {p} % de {x} font {v}, pas {stated}.",
        "check_mean_off": "Pas tout à fait : la moyenne des {n} valeurs ({items}) est {mean}, pas {stated}.",
        "check_enough": "Oui : {items} font {sum}, soit {diff} de moins que vos {budget}.",
        "check_within": "Oui : {items} font {sum}, soit {diff} sous la limite de {limit}.",
        "check_over": "Non : {items} font {sum}, soit {diff} au-dessus de la limite de {limit}.",
        "check_short": "Non : {items} font {sum}, soit {diff} de plus que vos {budget}.",
        "check_balance": "{total} au total, {paid} réglé : il reste {left} à payer.",
    },
    "de": {
        "check_sum_ok": "Ja, es stimmt: {items} = {total}.",
        "check_sum_off": "Es stimmt nicht: {items} = {sum}, nicht {stated} (Differenz {diff}).",
        "check_mean_ok": "Ja: der Durchschnitt der {n} Werte ({items}) ist {mean}.",
        "check_pct_ok": "Ja: {p} % von {x} sind {v}.", "check_pct_off": "Nicht ganz: {p} % von {x} sind {v}, nicht {stated}.",
        "check_mean_off": "Nicht ganz: der Durchschnitt der {n} Werte ({items}) ist {mean}, nicht {stated}.",
        "check_enough": "Ja: {items} ergeben {sum}, {diff} weniger als die {budget}, die Sie haben.",
        "check_within": "Ja: {items} ergeben {sum}, {diff} unter dem Limit von {limit}.",
        "check_over": "Nein: {items} ergeben {sum}, {diff} über dem Limit von {limit}.",
        "check_short": "Nein: {items} ergeben {sum}, {diff} mehr als die {budget}, die Sie haben.",
        "check_balance": "{total} insgesamt, {paid} bezahlt: offen sind noch {left}.",
    },
    "it": {
        "check_sum_ok": "Sì, torna: {items} = {total}.",
        "check_sum_off": "Non torna: {items} = {sum}, non {stated} (differenza {diff}).",
        "check_mean_ok": "Sì: la media dei {n} valori ({items}) è {mean}.",
        "check_pct_ok": "Sì: il {p}% di {x} è {v}.", "check_pct_off": "Non proprio: il {p}% di {x} è {v}, non {stated}.",
        "check_mean_off": "Non proprio: la media dei {n} valori ({items}) è {mean}, non {stated}.",
        "check_enough": "Sì: {items} fanno {sum}, {diff} in meno dei {budget} che hai.",
        "check_within": "Sì: {items} fanno {sum}, {diff} sotto il limite di {limit}.",
        "check_over": "No: {items} fanno {sum}, {diff} oltre il limite di {limit}.",
        "check_short": "No: {items} fanno {sum}, {diff} in più dei {budget} che hai.",
        "check_balance": "{total} in tutto, {paid} pagato: restano {left} da pagare.",
    },
    "nl": {
        "check_sum_ok": "Ja, het klopt: {items} = {total}.",
        "check_sum_off": "Het klopt niet: {items} = {sum}, niet {stated} (verschil {diff}).",
        "check_mean_ok": "Ja: het gemiddelde van de {n} waarden ({items}) is {mean}.",
        "check_pct_ok": "Ja: {p}% van {x} is {v}.", "check_pct_off": "Niet helemaal: {p}% van {x} is {v}, niet {stated}.",
        "check_mean_off": "Niet helemaal: het gemiddelde van de {n} waarden ({items}) is {mean}, niet {stated}.",
        "check_enough": "Ja: {items} komen op {sum}, {diff} minder dan de {budget} die je hebt.",
        "check_within": "Ja: {items} komen op {sum}, {diff} onder de limiet van {limit}.",
        "check_over": "Nee: {items} komen op {sum}, {diff} boven de limiet van {limit}.",
        "check_short": "Nee: {items} komen op {sum}, {diff} meer dan de {budget} die je hebt.",
        "check_balance": "{total} in totaal, {paid} betaald: nog {left} te betalen.",
    },
    "ru": {
        "check_sum_ok": "Да, сходится: {items} = {total}.",
        "check_sum_off": "Не сходится: {items} = {sum}, а не {stated} (разница {diff}).",
        "check_mean_ok": "Да: среднее {n} значений ({items}) — {mean}.",
        "check_pct_ok": "Да: {p}% от {x} — это {v}.", "check_pct_off": "Не совсем: {p}% от {x} — это {v}, а не {stated}.",
        "check_mean_off": "Не совсем: среднее {n} значений ({items}) — {mean}, а не {stated}.",
        "check_enough": "Да: {items} — это {sum}, на {diff} меньше, чем ваши {budget}.",
        "check_within": "Да: {items} — это {sum}, на {diff} меньше лимита {limit}.",
        "check_over": "Нет: {items} — это {sum}, на {diff} больше лимита {limit}.",
        "check_short": "Нет: {items} — это {sum}, на {diff} больше, чем ваши {budget}.",
        "check_balance": "Всего {total}, оплачено {paid}: осталось заплатить {left}.",
    },
    "tr": {
        "check_sum_ok": "Evet, tutuyor: {items} = {total}.",
        "check_sum_off": "Tutmuyor: {items} = {sum}, {stated} değil (fark {diff}).",
        "check_mean_ok": "Evet: {n} değerin ({items}) ortalaması {mean}.",
        "check_pct_ok": "Evet: {x} tutarının %{p}'i {v}.", "check_pct_off": "Tam değil: {x} tutarının %{p}'i {v}, {stated} değil.",
        "check_mean_off": "Tam değil: {n} değerin ({items}) ortalaması {mean}, {stated} değil.",
        "check_enough": "Evet: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} az.",
        "check_within": "Evet: {items} toplam {sum}, {limit} sınırının {diff} altında.",
        "check_over": "Hayır: {items} toplam {sum}, {limit} sınırının {diff} üzerinde.",
        "check_short": "Hayır: {items} toplam {sum}, elinizdeki {budget} tutarından {diff} fazla.",
        "check_balance": "Toplam {total}, ödenen {paid}: ödenecek {left} kaldı.",
    },
    "pl": {
        "check_sum_ok": "Tak, zgadza się: {items} = {total}.",
        "check_sum_off": "Nie zgadza się: {items} = {sum}, a nie {stated} (różnica {diff}).",
        "check_mean_ok": "Tak: średnia {n} wartości ({items}) to {mean}.",
        "check_pct_ok": "Tak: {p}% z {x} to {v}.", "check_pct_off": "Niezupełnie: {p}% z {x} to {v}, a nie {stated}.",
        "check_mean_off": "Niezupełnie: średnia {n} wartości ({items}) to {mean}, a nie {stated}.",
        "check_enough": "Tak: {items} to razem {sum}, o {diff} mniej niż masz ({budget}).",
        "check_within": "Tak: {items} to razem {sum}, o {diff} poniżej limitu {limit}.",
        "check_over": "Nie: {items} to razem {sum}, o {diff} powyżej limitu {limit}.",
        "check_short": "Nie: {items} to razem {sum}, o {diff} więcej niż masz ({budget}).",
        "check_balance": "Razem {total}, zapłacono {paid}: zostało do zapłaty {left}.",
    },
    "zh": {
        "check_sum_ok": "对，加起来没错：{items} = {total}。",
        "check_sum_off": "加起来不对：{items} = {sum}，不是 {stated}（相差 {diff}）。",
        "check_mean_ok": "对：这 {n} 个数（{items}）的平均值是 {mean}。",
        "check_pct_ok": "对：{x} 的 {p}% 是 {v}。", "check_pct_off": "不太对：{x} 的 {p}% 是 {v}，不是 {stated}。",
        "check_mean_off": "不太对：这 {n} 个数（{items}）的平均值是 {mean}，不是 {stated}。",
        "check_enough": "够：{items} 合计 {sum}，比你的 {budget} 少 {diff}。",
        "check_within": "没超：{items} 合计 {sum}，比上限 {limit} 少 {diff}。",
        "check_over": "超了：{items} 合计 {sum}，比上限 {limit} 多 {diff}。",
        "check_short": "不够：{items} 合计 {sum}，比你的 {budget} 多 {diff}。",
        "check_balance": "共 {total}，已付 {paid}：还需支付 {left}。",
    },
    "ja": {
        "check_sum_ok": "はい、合っています：{items} = {total}。",
        "check_sum_off": "合っていません：{items} = {sum}（{stated} ではなく、差は {diff}）。",
        "check_mean_ok": "はい：{n} 個の値（{items}）の平均は {mean} です。",
        "check_pct_ok": "はい：{x} の {p}% は {v} です。", "check_pct_off": "少し違います：{x} の {p}% は {v} で、{stated} ではありません。",
        "check_mean_off": "少し違います：{n} 個の値（{items}）の平均は {mean} で、{stated} ではありません。",
        "check_enough": "足ります：{items} の合計は {sum} で、{budget} より {diff} 少ないです。",
        "check_within": "収まっています：{items} の合計は {sum} で、上限 {limit} より {diff} 少ないです。",
        "check_over": "超えています：{items} の合計は {sum} で、上限 {limit} より {diff} 多いです。",
        "check_short": "足りません：{items} の合計は {sum} で、{budget} より {diff} 多いです。",
        "check_balance": "合計 {total}、支払い済み {paid}：残り {left} の支払いです。",
    },
    "ko": {
        "check_sum_ok": "네, 맞습니다: {items} = {total}.",
        "check_sum_off": "맞지 않습니다: {items} = {sum}, {stated}이(가) 아닙니다 (차이 {diff}).",
        "check_mean_ok": "네: {n}개 값({items})의 평균은 {mean}입니다.",
        "check_pct_ok": "네: {x}의 {p}%는 {v}입니다.", "check_pct_off": "조금 다릅니다: {x}의 {p}%는 {v}이고, {stated}이(가) 아닙니다.",
        "check_mean_off": "조금 다릅니다: {n}개 값({items})의 평균은 {mean}이고, {stated}이(가) 아닙니다.",
        "check_enough": "충분합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 적습니다.",
        "check_within": "한도 안입니다: {items} 합계는 {sum}로, 한도 {limit}보다 {diff} 적습니다.",
        "check_over": "한도를 넘습니다: {items} 합계는 {sum}로, 한도 {limit}보다 {diff} 많습니다.",
        "check_short": "부족합니다: {items} 합계는 {sum}로, {budget}보다 {diff} 많습니다.",
        "check_balance": "총 {total}, {paid} 지불: 남은 금액 {left}.",
    },
    "ar": {
        "check_sum_ok": "نعم، المجموع صحيح: {items} = {total}.",
        "check_sum_off": "المجموع غير صحيح: {items} = {sum}، وليس {stated} (الفرق {diff}).",
        "check_mean_ok": "نعم: متوسط القيم الـ{n} ({items}) هو {mean}.",
        "check_pct_ok": "نعم: {p}% من {x} هي {v}.", "check_pct_off": "ليس تمامًا: {p}% من {x} هي {v}، وليست {stated}.",
        "check_mean_off": "ليس تمامًا: متوسط القيم الـ{n} ({items}) هو {mean}، وليس {stated}.",
        "check_enough": "نعم تكفي: {items} مجموعها {sum}، أقل بـ{diff} من {budget} التي عندك.",
        "check_within": "نعم، ضمن الحد: {items} مجموعها {sum}، أقل بـ{diff} من الحد {limit}.",
        "check_over": "لا، تتجاوز الحد: {items} مجموعها {sum}، أكثر بـ{diff} من الحد {limit}.",
        "check_short": "لا تكفي: {items} مجموعها {sum}، أكثر بـ{diff} من {budget} التي عندك.",
        "check_balance": "المجموع {total}، المدفوع {paid}: المتبقي للدفع {left}.",
    },
    "hi": {
        "check_sum_ok": "हाँ, जोड़ सही है: {items} = {total}।",
        "check_sum_off": "जोड़ सही नहीं है: {items} = {sum}, {stated} नहीं (अंतर {diff})।",
        "check_mean_ok": "हाँ: {n} मानों ({items}) का औसत {mean} है।",
        "check_pct_ok": "हाँ: {x} का {p}% {v} है।", "check_pct_off": "पूरी तरह नहीं: {x} का {p}% {v} है, {stated} नहीं।",
        "check_mean_off": "पूरी तरह नहीं: {n} मानों ({items}) का औसत {mean} है, {stated} नहीं।",
        "check_enough": "हाँ, काफी है: {items} का जोड़ {sum} है, आपके {budget} से {diff} कम।",
        "check_within": "हाँ, सीमा के भीतर: {items} का जोड़ {sum} है, सीमा {limit} से {diff} कम।",
        "check_over": "नहीं, सीमा से ज़्यादा: {items} का जोड़ {sum} है, सीमा {limit} से {diff} ज़्यादा।",
        "check_short": "नहीं: {items} का जोड़ {sum} है, आपके {budget} से {diff} ज़्यादा।",
        "check_balance": "कुल {total}, {paid} चुकाया: {left} बाक़ी है।",
    },
    "vi": {
        "check_sum_ok": "Đúng, cộng lại khớp: {items} = {total}.",
        "check_sum_off": "Cộng lại không khớp: {items} = {sum}, không phải {stated} (chênh {diff}).",
        "check_mean_ok": "Đúng: trung bình của {n} giá trị ({items}) là {mean}.",
        "check_pct_ok": "Đúng: {p}% của {x} là {v}.", "check_pct_off": "Chưa đúng hẳn: {p}% của {x} là {v}, không phải {stated}.",
        "check_mean_off": "Chưa đúng hẳn: trung bình của {n} giá trị ({items}) là {mean}, không phải {stated}.",
        "check_enough": "Đủ: {items} cộng lại là {sum}, ít hơn {diff} so với {budget} bạn có.",
        "check_within": "Đúng: {items} cộng lại là {sum}, dưới giới hạn {limit} một khoản {diff}.",
        "check_over": "Không: {items} cộng lại là {sum}, vượt giới hạn {limit} một khoản {diff}.",
        "check_short": "Không đủ: {items} cộng lại là {sum}, nhiều hơn {diff} so với {budget} bạn có.",
        "check_balance": "Tổng {total}, đã trả {paid}: còn phải trả {left}.",
    },
    "id": {
        "check_sum_ok": "Ya, jumlahnya cocok: {items} = {total}.",
        "check_sum_off": "Jumlahnya tidak cocok: {items} = {sum}, bukan {stated} (selisih {diff}).",
        "check_mean_ok": "Ya: rata-rata {n} nilai ({items}) adalah {mean}.",
        "check_pct_ok": "Ya: {p}% dari {x} adalah {v}.", "check_pct_off": "Tidak tepat: {p}% dari {x} adalah {v}, bukan {stated}.",
        "check_mean_off": "Tidak tepat: rata-rata {n} nilai ({items}) adalah {mean}, bukan {stated}.",
        "check_enough": "Ya: {items} berjumlah {sum}, {diff} lebih sedikit dari {budget} yang Anda punya.",
        "check_within": "Ya: {items} berjumlah {sum}, {diff} di bawah batas {limit}.",
        "check_over": "Tidak: {items} berjumlah {sum}, {diff} melebihi batas {limit}.",
        "check_short": "Tidak: {items} berjumlah {sum}, {diff} lebih banyak dari {budget} yang Anda punya.",
        "check_balance": "Total {total}, dibayar {paid}: sisa {left} yang harus dibayar.",
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

# A generated clip (`generators.rules.clip`): what is said of it and its alt text, in the question's language.
# fmt: off
_CLIPS: dict[str, tuple[str, str]] = {
    "en": ("A short generated clip: {subject}.", "Generated clip: {subject}"),
    "zh": ("一段生成的短片：{subject}。", "生成的短片：{subject}"),
    "ja": ("生成した短いクリップ：{subject}。", "生成したクリップ：{subject}"),
    "ko": ("생성된 짧은 클립: {subject}.", "생성된 클립: {subject}"),
    "es": ("Un clip corto generado: {subject}.", "Clip generado: {subject}"),
    "fr": ("Un court clip généré : {subject}.", "Clip généré : {subject}"),
    "de": ("Ein kurzer generierter Clip: {subject}.", "Generierter Clip: {subject}"),
    "pt": ("Um clipe curto gerado: {subject}.", "Clipe gerado: {subject}"),
    "it": ("Una breve clip generata: {subject}.", "Clip generata: {subject}"),
    "nl": ("Een korte gegenereerde clip: {subject}.", "Gegenereerde clip: {subject}"),
    "ru": ("Короткий сгенерированный ролик: {subject}.", "Сгенерированный ролик: {subject}"),
    "tr": ("Kısa, üretilmiş bir klip: {subject}.", "Üretilmiş klip: {subject}"),
    "pl": ("Krótki wygenerowany klip: {subject}.", "Wygenerowany klip: {subject}"),
    "ar": ("مقطع قصير مُولَّد: {subject}.", "مقطع مُولَّد: {subject}"),
    "hi": ("एक छोटी जनरेट की गई क्लिप: {subject}।", "जनरेट की गई क्लिप: {subject}"),
    "vi": ("Một đoạn clip ngắn được tạo: {subject}.", "Clip được tạo: {subject}"),
    "id": ("Klip pendek yang dibuat: {subject}.", "Klip yang dibuat: {subject}"),
}
# fmt: on
for _lang, (_said, _alt) in _CLIPS.items():
    MESSAGES.setdefault(_lang, {}).update({"clip_answer": _said, "clip_alt": _alt})
