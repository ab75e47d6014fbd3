"""Routing phrases and word lists of the `app` kind, by language: when a question asks for something
to play with (a calculator, a converter, a quiz, a timer, a table to filter), and which calculator.

Besides tool nouns, the cues read the intent of wanting to act on the numbers: "something where I can
filter the tickets", "I want to change the hours and see what I take home", "type their number in",
"je veux pouvoir changer les montants", "que pueda ordenar", "可以切换", "絞り込める".
"""

from __future__ import annotations

from generators.rules.app_counter import ROUTE as COUNTER_ROUTE
from generators.rules.app_lookup import ROUTE as LOOKUP_ROUTE

# Acting on the numbers: "something where I can filter", "I want to change X and see Y", "type their
# number in". The verbs are what one does with a control, never what one does with a picture.
_ACT = (
    r"(?:filter|sort|search|type|enter|put in|pick|choose|select|change|adjust|drag|slide|tweak|try|play"
    r"|explore|compare|calculate|check|look up|tick|switch|toggle|vary|plug in)"
)
_OWN_FIGURES = r"(?:their|my|your|our|a|the|some|any)?\s*(?:own\s+)?(?:numbers?|values?|amounts?|figures?|sales|salary|income)"
_WANT_AND_SEE = (
    r"re:\b(?:i|we)\s*(?:'d|\s+would)?\s*(?:want|like|need)\s+to\s+(?:be able to\s+)?"
    r"(?:try|change|tweak|adjust|play with|drag|move|enter|type|plug in|vary)\b.{0,80}?\b(?:and|to)\s+see\b"
)

# How many days are left until a date, in the planner's languages: a countdown by another name.
DAYS_LEFT = (
    r"\bhow\s+many\s+(?:more\s+)?(?:days|weeks|sleeps)\s+(?:until|till|to|left|before)\b|\bdays\s+to\s+go\b"
    r"|\bcu[aá]ntos\s+d[ií]as\s+(?:faltan|quedan)\b|\bquantos\s+dias\s+(?:faltam|restam)\b|\bcombien\s+de\s+jours\s+(?:avant|jusqu|reste)"
    r"|\bwie\s+viele\s+tage\s+(?:noch|bis)\b|\bnoch\s+\w*\s*tage\s+bis\b|\bgiorni\s+che\s+mancano\b|\bquanti\s+giorni\s+mancano\b"
    r"|\bhoeveel\s+dagen\s+(?:nog|tot)\b|\bile\s+dni\s+(?:do|zostało|zostalo)\b|\bkaç\s+gün\s+(?:kaldı|var)\b"
    r"|сколько\s+дней\s+(?:до|осталось)|дней\s+до\b|还有(?:几|多少)天|還有(?:幾|多少)天|あと何日|まで(?:あと)?何日"
    r"|며칠\s*남|(?:D-day|디데이)|كم\s+يوم\s+(?:باقي|متبقي|على)|कितने\s+दिन\s+(?:बाकी|बचे)"
    # counting the days: "counts the days to", "conti i giorni", "cuente los días", "zählt die Tage"
    r"|\b(?:counts?|conti|conta|contare|cuente|cuenta|contar|compte|compter|zählt|zählen|telt|tellen|liczy|licz)"
    r"\s+(?:the\s+|i\s+|los\s+|les\s+|die\s+|de\s+|os\s+)?(?:days|giorni|días|dias|jours|tage|dagen|dni)\b"
    r"|(?:считает|посчитает|считать)\s+дни|\bgünleri\s+say\w*|日数を数え|날짜를?\s*세"
)
# Touching the result: a tap, a click, a press is what one does to a tool, never to a picture ("me toca",
# "le toca" is one's share or turn, no touch).
_TAP = (
    r"re:\b(?:i|we|you|they|he|she|kids|children|people|players|guests|\w+s)\s+(?:can\s+|just\s+)?(?:tap|click|press)\b"
    r"(?!\s+through)"  # "something I can click through": a deck
    r"|\b(?:tap|click|press)\s+(?:on\s+)?(?:a|an|the|it|each|one|every|that|this|them|any|their|my|our|and)\b"
    r"|\btapping\b|\bantipp\w*|\bcliqu\w*|\bappui\w*\s+sur\b|(?<!\bme\s)(?<!\bte\s)(?<!\ble\s)(?<!\bnos\s)(?<!\bles\s)\btoc(?:ar|o|a|an|ando|amos)\b"
    r"|\bpulsa(?:r|s|mos|ndo)?\b|\bapert(?:ar|as|amos|ando)\b|\bapert[oa]\s+(?:no|na|em|um|uma|o\s+botão|a\s+tecla)\b|\bclic(?:ar|o|a|an|amos)\b|\bclicc\w*|\bpremendo\b"
    r"|(?<![\u0400-\u04ff])(?:нажим\w*|нажать|нажм\w*|тыка\w*|тапа\w*)|\bdokun\w*|\btıkla\w*|\bbasınca\b|点击|点一下|点(?:答案|按钮)"
    r"|タップ|押(?:す|し|した)(?:ら|と)|클릭|누르(?:면|는)|탭(?:하|해)|(?:ن|ا|ي|ت)ضغط|टैप|क्लिक"
)
# "something that counts down / works out who owes what / picks for us / keeps score": a thing that
# does a job on the user's input is a tool, whatever it is called.
_THING = (
    r"something|a\s+thing|algo|alguma\s+coisa|qualcosa|quelque\s+chose|un\s+truc|etwas|was|iets|coś|cos"
    r"|что-нибудь|что-то|штук[ау]|bir\s+şey|birşey|شي|شيء|حاجة|कुछ"
)
_REL = r"that|which|to|where|que|qui|che|das|dat|die|który|która|które|co|gdzie|что|чтобы|где|ki|اللي|الذي|التي|جو|जिससे"
_DOES = (
    r"counts?|works?\s+out|calculates?|picks?|chooses?|decides?|keeps?\s+(?:score|track|count)|tall(?:y|ies)|splits?"
    r"|reminds?|beeps?|adds?\s+up|tells?\s+(?:me|us|them)\s+(?:how|who|what|when|if|whether)"
    r"|cuente|cuenta|calcul\w*|elij\w*|escoj\w*|sume|some|cont[ei]\b|conti|calcol\w*|scelg\w*|compte|choisi\w*"
    r"|rechnet|zählt|mitschreibt|mitzählt|aussucht|ausrechnet|rekent|telt|kiest|liczy|oblicza|wylicz\w*|wybier\w*"
    r"|wpisz\w*|wpiszę|считал?\w*|посчита\w*|выбира\w*|подсчит\w*|отмечат\w*|hesapla\w*|sayan|sayar|seçen"
    r"|يحسب|تحسب|أحسب|نحسب|يعد|يختار|गिन\w*|हिसाब|चुन\w*"
)
_THING_DOES = rf"re:\b(?:{_THING})\b[\s,]*(?:\w+[\s,]+){{0,5}}?(?:{_REL})\s+(?:\w+\s+){{0,4}}?(?:{_DOES})\b"
# Writing things down as they happen and seeing what they add up to: "I want to record what we throw
# away after each shift and see how much it comes to a week", "ele coloca o que comeu e vê o total",
# "он вводит, на что потратил, и видит, сколько осталось". Entries kept, a sum shown: a tracker.
_KEEP_AND_SEE = (
    r"re:(?:\b(?:record|log|note\s+down|write\s+down|keep\s+adding|add|enter|type|tap|tick)\b|\bregistr\w*|\banot\w*|\bapunt\w*"
    r"|\bcoloc\w*|\bnot(?:er|e)\b|\bsaisi\w*|\beintrag\w*|\bnotier\w*|\bannot\w*|\bsegn\w*|\binvul\w*|\bnoteer\w*"
    r"|\bwpis\w*|\bzapis\w*|(?<![\u0400-\u04ff])(?:записыв\w*|запиш\w*|ввод\w*|внос\w*|отмеча\w*)|\bkayde\w*|दर्ज|记|記録|기록)"
    r".{0,90}?(?:\b(?:see|shows?|tells?|gives?)\b|\bv(?:er|ê|eja|emos)\b|\bmostr\w*|\bvoi[rst]\b|\baffich\w*|\bseh\w*|\bzeig\w*"
    r"|\bved\w*|\bzie\w*|\bwidz\w*|\bpokaz\w*|(?<![\u0400-\u04ff])(?:вид\w*|показ\w*)|\bgör\w*|दिख\w*|看|見|보)"
    r".{0,30}?(?:\b(?:total|how\s+much|how\s+many|left|so\s+far|adds?\s+up|comes?\s+to)\b|\bquant\w*|\bcu[aá]nt\w*|\bcombien\b"
    r"|\bwie\s*viel\w*|\bhoeveel\b|\bile\b|сколько|\bne\s+kadar\b|\bkaç\b|कितन\w*|多少|いくら|얼마)"
)

# Something made for a job done on the user's input: "algo para apuntar los vasos…", "qualcosa per contare",
# "etwas zum Abhaken", "кое-что, чтобы отмечать", "a page to log…", "रखने के लिए कुछ बना दो" (make something to
# keep the accounts), "なにか作れる？…検索できるように". The verb is what one does with a tool, never with a picture.
_USE = (
    r"apunt\w*|anot\w*|registr\w*|record\w*|log(?:ging)?|track\w*|count(?:ing)?|cont(?:ar|are|er)|calcul\w*|rechn\w*|bereken\w*"
    r"|hesapla\w*|tick(?:ing)?|abhak\w*|coch\w*|spunt\w*|marc(?:ar|are)|search(?:ing)?|busc\w*|cherch\w*|such\w*|zoek\w*"
    r"|cerc(?:are|o)|buscar|pesquis\w*|enter(?:ing)?|eintrag\w*|notier\w*|noter|annot\w*|segn(?:are)?|bijhoud\w*|invull\w*"
    r"|(?<![\u0400-\u04ff])(?:записыв\w*|отмеча\w*|считать|посчитать|вносить|искать|переворачив\w*)"
)
_FOR = r"para|pra|pour|per|für|zum|zur|om\s+(?:te\s+)?|to|for|where\s+(?:i|we)\s+can|donde|où|dove|wo|waar|чтобы|для|için|do"
_THING_FOR = (
    rf"re:\b(?:{_THING}|tool|page|screen|sheet|ferramenta|herramienta|outil|strumento|werkzeug|hulpmiddel)\b\s+(?:{_FOR})\s+"
    rf"(?:\w+\s+){{0,1}}?(?:{_USE})\b"
    r"|(?:हिसाब|रिकॉर्ड|गिनती|गिन)\S*\s+(?:\S+\s+){0,3}?(?:के\s+लिए\s+)?कुछ\s+बना"
    r"|कुछ\s+बना\S*\s+(?:\S+\s+){0,3}?(?:हिसाब|रिकॉर्ड|गिन)"
    r"|(?:検索|入力|記録|チェック|集計|計算)(?:が)?できる(?:ように|もの|やつ|アプリ|ツール|ページ)"
    r"|(?:검색|입력|기록|체크|계산)(?:할\s*수\s*있는|되는)\s*(?:거|것|앱|도구|페이지)"
    r"|\b(?:takip|kayıt)\s+(?:ekranı|tablosu|listesi|sayfası)\b|\bişaretle\w*\s+(?:\w+\s+)?(?:ekran|tablo|liste)\w*"
    r"|(?:حاجة|شي|شيء)\s+(?:\S+\s+){0,2}?(?:أحسب|نحسب|أسجل|نسجل)"
)
# A list to tick, named by its purpose: "Putzplan zum Abhaken", "une liste à cocher", "da spuntare".
_TO_TICK = (
    r"re:\bzum\s+(?:ab|an)haken\b|\bà\s+cocher\b|\bpara\s+(?:ir\s+)?(?:marcar|tachar|palomear)\b|\bda\s+spuntare\b"
    r"|\bom\s+af\s+te\s+vinken\b|\bdo\s+odhaczania\b|\bpara\s+(?:ir\s+)?(?:marcar|riscar|ticar)\b|\bto\s+tick\s+off\b"
    # "somewhere to tick these off as my class learns them", "a list to check off as we go"
    r"|\b(?:somewhere|something|a\s+(?:place|page|list|sheet))\s+(?:to|where\s+(?:i|we|they|you)\s+can)\s+"
    r"(?:tick|check|cross)\s+(?:\w+\s+){0,2}?off\b"
    r"|чтобы\s+(?:можно\s+было\s+)?отмечать|\bişaretlenecek\b"
)
# Keeping the score of a game: "marcar os pontos", "segnare i punti", "Punkte mitschreiben", "keep score".
_SCORE = (
    r"re:\b(?:marcar|anotar|apuntar|contar|llevar|segnare|contare|tenere|compter|noter|zählen|mitschreiben|notieren"
    r"|bijhouden|tellen|liczyć|zapisywać|считать|записывать|tutmak|saymak)\s+(?:\w+\s+){0,2}?(?:pontos|puntos|punti"
    r"|points|punkte|punten|punkty|очки|puan|sayı|skor|score|marcador|placar|punteggio)\b"
    r"|\bkeep(?:s|ing)?\s+(?:the\s+)?score\b|\bscore\s?(?:keeper|board|counter)\b|\bpunkte\w*\s+mit(?:schreibt|zählt)"
)
_CJK_DOES = (
    r"re:(?:数え|計算し|選ん|決め|分け|記録し|カウントし|教え)てくれる(?:もの|の|やつ|アプリ|ツール)"
    r"|(?:세어?|계산해|골라|정해|알려|기록해|나눠)\s*주는\s*(?:거|것|앱|도구)"
    r"|(?:能|可以|会)(?:自动)?(?:算|计算|统计|记分|计分|选|倒数)"
)

# A quiz to take, not a quiz night: the noun naming an event, a team or a host is no tool.
_QUIZ_TOOL = (
    r"re:\bquiz\b(?!\s*(?:night|nights|evening|team|teams|master|show|abend|avond|soirée|nacht|-?abend))"
)

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("re:\\b(?:i|we|you)\\s+(?:can\\s+)?(?:type|enter|input|log|put in|key in)\\b.{0,80}?\\band\\s+(?:it|that)\\s+(?:shows?|tells?|gives?|says|works? out|calculates?|adds?)\\b", 5),
           (r"re:\b(?:an?|little|small|simple|tiny)\s+(?:\w+\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\b", 4),
           ("re:\\b(?:where|when|if|so)\\s+(?:i|you|we|they|he|she|people|someone|anyone|staff|(?:the|a|my|our)\\s+\\w+)\\s+(?:can\\s+)?(?:enter|put|type|input|fill in|plug in|key in|pick|choose|select|drop|paste)(?:s|es)?\\b.{0,80}?\\b(?:and|then|to)\\s+(?:it\\s+|they\\s+|you\\s+|i\\s+|we\\s+)?(?:tells?|gives?|shows?|get|gets|see|sees|returns?|works? out|calculates?|spits? out|comes? back with)\\b", 5),
           ("re:\\blet me\\s+(?:turn|twist|set|enter|input|adjust|move|drag|slide|pick|spin|type)\\b", 5),
           ("re:\\b(?:random|lucky)\\s+(?:\\w+\\s+)?(?:picker|generator|draw|chooser)\\b", 5),
           ("re:\\bsecret\\s+santa\\b|\\bamigo\\s+(?:secreto|invisible|oculto)\\b|\\bwichteln\\b|\\bsorteador\\w*", 4),
           (rf"re:\b(?:something|a thing|a tool|a page|a view|an? app|a widget|a place|a form|a way)\s+(?:(?:where|that|so|in which|with which)\s+)?(?:i|we|you|they|people|users|anyone|(?:my|our|the)\s+\w+)\s+can\s+(?:\w+\s+){{0,2}}?{_ACT}\b", 5),
           (rf"re:\b(?:that|where|so)\s+(?:i|we|you)\s+can\s+{_ACT}\b", 4), (_WANT_AND_SEE, 5),
           # "let my clients try different down payments and see the monthly": a tool for someone to try
           (r"re:\blet\s+(?:me|us|them|(?:my|our|the)\s+\w+)\s+(?:try|change|tweak|adjust|play\s+with|enter|type|plug\s+in|vary|pick|choose)\b.{0,80}?\band\s+see\b", 5),
           # "put sales and returns side by side" lays them out: "put" types only with an "in"
           (rf"re:\b(?:(?:type|enter)\s+(?:in\s+)?{_OWN_FIGURES}\s+(?:in(?:to)?|and)|(?:put|plug)\s+in\s+{_OWN_FIGURES}\s+(?:in(?:to)?|and)"
            rf"|(?:put|plug)\s+{_OWN_FIGURES}\s+in(?:to)?)\b", 4),
           (r"re:\b(?:drag|slide)\b.{0,60}?\bup and down\b", 4), ("countdown", 4), ("count down to", 4),
           ("name picker", 5), ("random picker", 5),
           # a picker as a tool, not a warehouse picker ("errors by picker", "six pickers")
           (r"re:(?<!\bby\s)(?<!\bper\s)\bpicker\b(?!s)", 3), ("spinner wheel", 4), ("dashboard", 2),
           ("filterable", 4), ("sortable", 4), ("sliders", 4), ("stopwatch", 4),
           (r"re:\b(?:a way|something)\s+(?:for\s+\w+(?:\s+\w+)?\s+)?to\s+(?:practi[cs]e|drill|test (?:myself|themselves|me))\b", 4),
           ("calculator", 5), ("calc", 3), ("converter", 4), ("unit converter", 5), ("conversion tool", 5),
           ("quiz me", 5), (_QUIZ_TOOL, 4), ("flashcards", 5), ("flash cards", 5), ("flashcard", 5),
           ("simulator", 4), (r"re:\bscaler\b|\brezept(?:rechner|umrechner)\b", 4), ("tip splitter", 5), ("split the bill", 4), ("bill splitter", 5),
           ("let me explore", 5), ("let me play", 5),
           (r"re:\blet\s+(?:us|them|people|users|clients|customers|owners|the\s+\w+)\s+(?:play|fiddle|experiment)\s+with\s+(?:it|this|that|these|those|them|the\s+(?:numbers|figures|values|inputs|budget|model|assumptions|scenarios?|forecast|rates?|prices|sliders))\b", 5), ("play with the numbers", 5), ("let me try", 4),
           (r"re:\b(?:mess|play|fiddle|tinker)\s+(?:around|about)\s+with\s+(?:the\s+|my\s+|these\s+)?(?:numbers|figures|values)\b"
            r"|\bchange\s+the\s+(?:numbers|figures|values)\s+(?:myself|ourselves|yourself)\b", 5),
           ("re:let me (?:sort|filter|browse|search|change|tweak)", 5), ("sort and filter", 4),
           ("explorer", 4), ("interactive", 2), ("what if", 2), ("what-if", 3), ("calculate my", 3),
           ("how much would my", 3), ("how much would i", 3), ("how much will i", 2), ("bmi", 2),
           ("re:\\b(?:make|build|create|give)\\s+(?:me\\s+)?(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}(?:app|tool|widget)\\b", 4),
           ("interactive checklist", 5), ("checklist app", 5), ("to-do app", 5), ("todo app", 5),
           ("timer", 3),
           (r"re:\b(?:tool|thing|app|page|widget|form|something)\s+(?:where|that|so)\s+(?:i|we|you|they|people|anyone)\s+(?:can\s+)?(?:type|enter|put in|pick|choose|drag|slide|tick|change|adjust|tweak|set)\b", 5),
           (r"re:\b(?:i|we)\s+(?:want|need|'d like|would like)\s+to\s+(?:keep track of|track|log|record)\b", 4), (r"re:\btest me on (?:these|this|them)\b", 5)],
    "zh": [("re:(?:做|写|开发)(?:一)?个.{0,8}(?:应用|app|APP)", 4),
           ("re:让我(?:自己)?(?:来)?(?:筛选|排序|调整|输入|选择|切换|修改|试试|改)", 5),
           ("re:输入.{0,20}?(?:就|然后|后)(?:能|会)?(?:算出|得到|显示|看到)", 5),
           ("re:可以(?:切换|筛选|排序|调整|输入|修改|拖动|选择|查询)", 5), ("工具", 3), ("面板", 2), ("输入", 3),
           ("倒计时", 4), ("计时器", 4), ("随机点名", 5), ("练习", 2), ("计算器", 5), ("换算器", 5), ("换算工具", 5), ("测验", 4), ("小测验", 5), ("考考我", 5), ("单词卡", 5),
           ("闪卡", 5), ("抽认卡", 5), ("记忆卡片", 5), ("模拟器", 4), ("交互式", 3), ("可交互", 3), ("让我探索", 5),
           ("筛选和排序", 4), ("小程序", 3), ("计算工具", 5)],
    "es": [(r"re:\b(?:una?|pequeña|peque)\s+(?:\w+\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\b", 4),
           ("re:\\bherramienta\\s+para\\s+(?:calcular|convertir|elegir|sortear)", 5),
           ("re:\\bpara calcular\\b", 3),
           ("re:\\b(?:meto|pongo|escribo|introduzco|meta|ponga|escriba|introduzca)\\b.{0,60}?\\by\\s+(?:(?:me|le|les|nos)\\s+)?(?:dice|da|salga|sale|calcula|diga|dé|muestre|calcule)\\b", 5),
           (r"re:\bque\s+(?:pueda|puedas|podamos|puedan)\s+(?:filtrar|ordenar|cambiar|probar|buscar|jugar|elegir|mover|ajustar|escribir|meter)", 5),
           (r"re:\bherramienta\b(?! de)", 3), ("cuenta atrás", 4), ("cuenta regresiva", 4), ("temporizador", 4), ("explorador", 4),
           ("calculadora", 5), ("conversor", 4), ("convertidor", 4), ("cuestionario", 4), ("prueba interactiva", 5),
           ("tarjetas de memoria", 5), ("simulador", 4), ("explorar", 3), ("interactivo", 2), ("interactiva", 2),
           ("al azar", 4), ("sorteo", 4)],
    "fr": [(r"re:\b(?:une?|petite?)\s+(?:\w+\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\b", 4),
           ("re:\\b(?:je\\s+)?(?:rentre|saisis|entre|tape|mets)\\b.{0,60}?\\bet\\s+(?:il|ça|elle)\\s+(?:me\\s+)?(?:donne|dit|calcule|affiche)\\b", 5),
           ("re:\\bpour calculer\\b", 3),
           (r"re:\bpouvoir\s+(?:changer|modifier|jouer|tester|filtrer|trier|entrer|saisir|essayer|ajuster|taper|rentrer)", 5),
           ("outil", 3), ("compte à rebours", 4), ("minuteur", 4), ("tableau de bord", 3), ("saisir", 3),
           ("calculateur", 5), ("calculatrice", 5), ("convertisseur", 4), ("quiz interactif", 5),
           ("questionnaire", 3), ("cartes mémoire", 5), ("simulateur", 4), ("explorer", 3), ("interactif", 2),
           ("interactive", 2)],
    "de": [(r"re:\b(?:eine?|kleine)\s+(?:\w+\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\b", 4),
           ("re:\\b(?:selber|selbst)\\s+(?:an\\s+)?(?:den\\s+)?(?:zahlen|werten|reglern|parametern)\\s+(?:drehen|spielen|schrauben)", 5),
           ("re:\\b(?:eingeben|eintragen|einstellen|ändern|drehen|verstellen)\\b.{0,80}?\\bund\\s+(?:dann\\s+)?(?:sehen|bekommen|ausrechnen)\\b", 5),
           # "wo ich Ankunft und Abfahrt eintippe und es die Parkgebühr ausrechnet"
           (r"re:\b(?:eintipp\w*|eingeb\w*|eintrag\w*|eingibt|einträgt|auswähl\w*|wähl(?:e|t))\b.{0,80}?\bund\s+(?:es|er|sie|dann|man)\s+"
            r"(?:\w+\s+){0,3}?(?:ausrechnet|berechnet|anzeigt|zeigt|sieht|sehe)\b", 5),
           ("schieberegler", 5), ("regler", 4),
           ("re:\\b(?:eingeben|eintragen)\\b", 3), ("werkzeug", 3), (r"re:\b(?:ein|eine)\s+(?:kleines?\s+)?tool\b", 4),
           ("stoppuhr", 4), (r"re:\b(?:filtern|sortieren|ändern)\s+(?:kann|können)\b", 5), ("re:rechner\\b", 5), ("re:umrechner\\b", 5), ("lernkarten", 5), ("karteikarten", 5), (_QUIZ_TOOL, 4), ("simulator", 4),
           ("erkunden", 3), ("interaktiv*", 2)],
    "ja": [("つまみ", 5), ("スライダー", 5), ("re:(?:変えたら|入れたら|入力したら|選んだら|入れると|入力すると|選ぶと).{0,30}?(?:見られる|わかる|出る|表示)", 5),
           ("re:(?<![ァ-ヺー])ツール", 3), ("絞り込", 4), ("フィルター", 3), ("ダッシュボード", 3), ("入力", 3), ("タイマー", 4),
           ("カウントダウン", 4), ("re:(?:filter|フィルター|絞り込み|並べ替え|ソート|切り替え)(?:が)?できる", 5), ("計算機", 5), ("計算ツール", 5), ("シミュレーター", 5), ("シミュレータ", 5), ("クイズ", 4),
           ("単語カード", 5), ("フラッシュカード", 5), ("換算", 3), ("割り勘", 4), ("アプリ", 3)],
    "ko": [(r"re:앱\s*(?:을\s*)?(?:만들어|하나)", 4),
           (r"re:(?:골라|고르|선택해)서?\s*(?:\S+\s*)?볼\s*수\s*있", 5),
           ("슬라이더", 5), ("re:(?:입력하면|넣으면|넣으면은|적으면|고르면).{0,30}?(?:나오|보여|계산|알려)", 5),
           ("도구", 3), ("툴", 3), ("입력", 3), ("타이머", 4), ("필터", 3), ("계산기", 5), ("퀴즈", 4), ("단어 카드", 5),
           ("랜덤 뽑기", 5), ("뽑기", 4)],
    "pt": [(r"re:\b(?:uma?|pequeno|pequena)\s+(?:\w+\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\b", 4),
           ("ferramenta", 3), ("contagem regressiva", 4), ("cronômetro", 4),
           # "quero digitar quantos copos vendi e ver quanto preciso": typing in, then seeing the result
           (r"re:\b(?:digitar|colocar|inserir|lançar|botar)\b.{0,100}?\be\s+(?:j[aá]\s+)?(?:ver|saber|me\s+(?:mostr\w*|diz\w*|d[aáê]\w*))\b", 5),
           (r"re:\balgo\s+(?:onde|em\s+que|que)\s+(?:eu\s+)?(?:digit\w+|coloc\w+|ponh\w+|escrev\w+|insir\w+|anot\w+)\b", 5),
           (r"re:\b(?:algo|coisinha|coisa|uma\s+\w+)\s+(?:onde|em\s+que)\s+(?:(?:o|a|eu)\s+)?(?:\w+\s+)?(?:monta|monte|escolhe|escolha"
            r"|digita|coloca|põe|seleciona)\b.{0,120}?\be\s+(?:j[aá]\s+)?(?:vê|ver|veja)\b", 5),
           (r"re:\bposs(?:a|o|amos)\s+(?:filtrar|ordenar|mudar|alterar|testar|mexer|escolher)", 5), ("calculadora", 5), ("simulador", 4)],
    "it": [("re:\\b(?:una?|un['’])\\s*(?:\\w+\\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\\b", 4),
           ("strumentin*", 4), ("re:\\bper calcolare\\b", 3),
           ("re:\\b(?:inserisco|metto|scrivo|digito|inserisce|mette|scrive|digita|sceglie|scelgo|scegli|seleziona)\\b.{0,60}?\\be\\s+(?:(?:mi|gli|le|ci)\\s+)?(?:dice|dà|calcola|esce|vede|vedo|vediamo)\\b", 5),
           ("strumento", 3), ("conto alla rovescia", 4),
           (r"re:\bposs(?:a|o|iamo)\s+(?:cambiare|modificare|filtrare|ordinare|provare|giocare|scegliere)", 5), ("calcolatore", 5), ("calcolatrice", 5),
           ("a sorte", 4), ("sorteggio", 4), ("estrazione", 3)],
    "ru": [(r"re:приложени\w*\s+(?:чтобы|для|которое|где)", 4),
           ("re:(?:ввожу|ввести|вводишь|вбиваю|указываю).{0,60}?(?:и\\s+)?(?:получаю|получить|видеть|показывает|считает)", 5),
           ("re:утилит\\w*", 4),  # "небольшая утилита, чтобы пересчитывать часы в человеко-дни"
           ("инструмент", 3), ("re:ввожу|ввести|вводить", 3), ("таймер", 4), ("обратный отсчёт", 4),
           ("тренажёр", 4), ("калькулятор", 5), (r"re:(?<![\u0400-\u04ff])викторин[аыуеой]\w*", 4), (r"re:(?<![\u0400-\u04ff])тест(?:ы|а|ом|у|ик)?(?![\u0400-\u04ff])", 2),
           (r"re:(?:сделай|составь|создай|придумай)\s+(?:мне\s+|нам\s+)?(?:\w+\s+)?тест(?![\u0400-\u04ff])", 5)],
    "ar": [(r"re:تطبيق\s+(?:ل|صغير|بسيط)", 4),
           ("re:أداة\\s+(?:لحساب|تحسب)", 5),
           ("re:(?:أدخل|ادخل).{0,60}?(?:و)?(?:يعطيني|تعطيني|يظهر|تظهر|أرى)", 5),
           ("أداة", 3), ("أدخل", 3), (r"re:(?<!عقد )(?<!عمل )(?<!بشكل )(?<![\u0621-\u064a])مؤقت(?![\u0621-\u064a])", 4), ("عد تنازلي", 4), ("حاسبة", 5), ("آلة حاسبة", 5)],
    "hi": [(r"re:(?:ऐप|एप)\s+(?:बना|जिस|जो)", 4),
           ("re:(?:डालूं|डालें|डालो|लिखूं|भरूं).{0,60}?(?:और|तो).{0,30}?(?:दिख|मिल|बता)", 5),
           ("टूल", 3), ("टाइमर", 4), ("कैलकुलेटर", 5)],
    "nl": [(r"re:\b(?:een)\s+(?:\w+\s+)?(?:app|appli|appje|apps|application|aplicación|aplicativo|applicazione|applicatie)\s+(?:to|for|that|where|which|para|pra|pour|qui|que|per|che|om|voor|die|waar|zum|zur|für|um|de|donde|où|wo|onde|dove)\b", 4),
           ("re:\\b(?:waar|waarin)\\s+(?:ik|je|we|jij|men)\\s+.{0,60}?\\b(?:invul|invoer|intyp|typ|vul)\\w*\\b.{0,60}?\\b(?:krijg|zie|berekent|uitrekent|geeft)\\w*", 5),
           # "waar ik mijn uren in zet en dan zie welk percentage dat is": typed in, a result seen
           ("re:\\bwaar(?:in)?\\s+(?:ik|je|we)\\s+.{0,60}?\\bin\\s*(?:zet|geef|tik|voer)\\b.{0,60}?\\b(?:krijg|zie|berekent|uitrekent|geeft)\\w*", 5),
           ("invullen", 3), ("uitrekenen", 3), ("berekenen", 3),
           ("rekentool", 5), ("rekenmachine", 5), ("invoeren", 3), ("aftellen", 4), ("flitskaarten", 5),
           ("overhoor*", 4), (r"re:\been\s+(?:klein(?:e)?\s+)?tool\b", 4),
           ("aftelklok", 5), ("loting", 3)],
    "tr": [(r"re:\b(?:bir\s+)?(?:\w+\s+)?uygulama(?:sı)?\s+(?:yap|oluştur|istiyorum)", 4),
           (r"re:\b(?:bir\s+)?(?:\w+\s+)?araç(?:\s+(?:yap|oluştur|istiyorum|lazım|hazırla)\w*)", 3), ("re:\\b\\w+(?:eyim|ayım)\\b.{0,60}?\\bgöreyim\\b", 5), ("hesapla*", 3),
           ("hesaplayıcı*", 5), ("hesap makinesi*", 5), ("hesaplama aracı*", 5), ("zamanlayıcı*", 4),
           ("geri sayım*", 4),
           ("rastgele", 4), ("kura çek", 4), (r"re:tak[ıi]ma\s+b[öo]l", 4)],
    "pl": [("kalkulator*", 5), ("narzędzi*", 3), ("fiszk*", 5), ("minutnik*", 4), ("odliczani*", 4)],
    # Swedish, in compounds too ("sparkalkylator", "bolånekalkylator")
    "sv": [(r"re:(?<!\w)\w*kalkylator\w*", 5), ("miniräknare", 5), ("nedräkning", 4), ("flashkort", 5)],
    "vi": [("công cụ", 3), ("máy tính", 3), (r"re:\bnhập\s+(?:số|giá trị|vào|dữ liệu|thông tin)", 3), ("đếm ngược", 4), ("trắc nghiệm", 4), ("thẻ ghi nhớ", 5)],
    "id": [("kalkulator", 5), ("alat hitung", 5), ("penghitung", 4), ("masukkan", 3),
           ("re:\\b(?:saya|aku|kita)\\s+bisa\\s+(?:ubah|mengubah|isi|mengisi|masukkan|memasukkan|pilih|memilih|menyaring|filter)", 5)],
}
# fmt: on

# Random draws, timers and trackers (`generators.rules.app_tools`, `generators.rules.app_log`): only the
# words that name the tool route here; broad words ("random", "aleatorio", "记录") are read by the
# builders once the question is routed, never to take a chart's numbers away.
_DRAW_ROUTE = (
    r"re:\b(?:random|lucky)\s+(?:\w+\s+){0,2}?(?:picker|chooser|generator|draw|order|teams?|groups?|winner)s?\b"
    r"|\b(?:name|team)\s+(?:picker|generator|randomi[sz]er)\b|\bwheel\s+of\s+names\b|\bspin(?:ner|ning)?\s+wheel\b"
    r"|\bwheel\s+(?:(?:i|we|you|they)\s+can\s+|to\s+)spin\b|\bspin\s+(?:the|a)\s+wheel\b"
    r"|\bdraw(?:ing)?\s+(?:lots|straws|names)\b|\bzufallsgenerator\b|\bnamensgenerator\b"
    r"|\bsorte(?:ar|io|o)\b|\bsorteggi\w*|\btirage\s+au\s+sort\b|\bauslos\w*|\blose\s+ziehen\b"
    r"|\bloting\b|\bnamen\s+trekken\b|жеребь[её]вк\w*|\bkura\s+çek\w*|\bçekiliş\w*|\blosowani\w*|\bbốc thăm\b"
    r"|抽签|抽籤|抽奖|随机点名|随机分组|くじ引き|あみだくじ|抽選|チーム分け|제비뽑기|추첨|팀\s*나누기|قرعة|पर्ची"
)
# Asking for a draw, not naming one: a verb of choosing with "at random" in the planner's languages,
# shuffling an order, making a number of teams. These beat a form named in the same breath ("shuffle
# the presentation order" is no deck).
_RANDOMLY = (
    r"at\s+random|randomly|al\s+azar|aleatoriamente|au\s+hasard|aléatoirement|zufällig|per\s+zufall|a\s+caso|a\s+sorte"
    r"|willekeurig|случайн\w*|rastgele|losowo|ngẫu nhiên|secara\s+acak"
)
_CHOOSE = (
    r"pick|choose|select|draw|decide|elige|elegir|escoge|escoger|decide|escolhe|escolher|choisi[rs]?|désigne[rz]?|tire[rz]?"
    r"|wähle[n]?|wählt|bestimme[n]?|ziehe[n]?|zieht|auswähl\w*|aussuch\w*|scegli\w*|estrarre|estrai|kies|kiest|kiezen|bepaal|trek|trekken|выбрать"
    r"|выбери\w*|выберите|выбор|выбира\w*|определи\w*|seç\w*|belirle|wybierz|wybiera|wylosuj|chọn|pilih"
)
_DRAW_ASK = (
    rf"re:\b(?:{_CHOOSE})(?:s|es|ed|ing)?\b(?:\s+\w+){{0,4}}?\s+(?:{_RANDOMLY})|(?:{_RANDOMLY})\s+(?:\w+\s+){{0,2}}?(?:{_CHOOSE})(?:s|es|ed|ing)?\b"
    r"|\bpick\s+(?:a\s+|one\s+|two\s+|three\s+|\d{1,2}\s+)?(?:random\s+)?winners?\b|\bshuffle\s+(?:the|our|my|a)\s+(?:\w+\s+){0,2}?(?:order|list|names|line-?up|queue|rota|seating|speakers|students"
    r"|players|presenters|presentations|talks|turns|teams|groups)\b"
    r"|\b(?:make|split|divide|sort|put|haz|hacer|hagan|divide|dividir|fais|faire|divise[rz]?|teile|einteilen|mach|fai|fare"
    r"|dividi|dividere|maak|verdeel|faça|fazer|dividir|раздели\w*|сдела\w*|böl|ayır|podziel)\b(?:\s+\w+){0,4}?\s+"
    r"(?:in(?:to)?\s+|en\s+|in\s+|na\s+|em\s+)?(?:\d+|two|three|four|five|six|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier"
    r"|due|tre|quattro|twee|drie|vier|duas|três|две|два|три|четыре|iki|üç|dört)\s+(?:random\s+)?(?:teams|groups|equipos|grupos"
    r"|équipes|groupes|teams|gruppen|squadre|gruppi|groepen|equipes|times|команд\w*|групп\w*|takım\w*|grup\w*|drużyn\w*)\b"
    r"|\btirer\s+au\s+sort\b|\bsortear\s+(?:quem|quién|quien|o|a|el|la|um|uma|un|una)\b|\bauslosen,?\s+wer\b"
    r"|分成\s*\S{0,3}\s*(?:组|組|队|隊)|随机(?:选|抽|挑|决定|排)|ランダムに(?:選|決|並べ)|(?:랜덤|무작위)(?:으로|로)?(?:\s*\S+){0,2}?\s*(?:정하|정해|뽑|고르|골라|섞|배정)|조\s*짜기|팀\s*짜기"
)
_TIMER_ROUTE = (
    r"re:\b(?:egg|kitchen|pomodoro|interval|hiit|tabata|workout|cooking|study|countdown|plank|tea|oven)\s+timer\b"
    r"|\b(?:intervall|eier|küchen|koch|tabata|hiit|lern|pomodoro|sport|trainings|kook|keuken)-?timer\b"
    r"|\bstop\s?watch\b|\bminuteur\b|\bchronom[eè]tre\b|\btemporizador\b|\bcron[oóô]metro\b|\bstoppuhr\b"
    r"|\beieruhr\b|\bkookwekker\b|\bzamanlayıcı\w*|\bkronometre\b|(?<![\u0400-\u04ff])секундомер\w*|番茄钟|秒表"
    r"|ストップウォッチ|스톱워치"
)
# Names of a technique as much as of a tool ("a diagram of the pomodoro technique"): a weak hint only.
_TIMER_TOPIC = r"re:\bpomodoro\b|\bhiit\b|\btabata\b|ポモドーロ|뽀모도로"
# Wanting something, or an app, before the words: "an app to keep track of", "I want to track how
# much…", "ich will festhalten, wie viele…"; "how do I keep track of my passwords?" is a question.
_WANT = (
    r"(?:\b(?:app\w*|tool|something|widget|page|want|need|like|let\s+me|help\s+me|quiero|quisiera|veux|voudrais"
    r"|will|möchte|voglio|vorrei|quero|wil|wilde)\b|хочу|想|したい|싶).{0,40}?"
)
_LOG_NOUN = (
    r"(?:habit|expense|spending|budget|mood|water|sleep|reading|workout|exercise|training|calorie|food|meal|period|symptom"
    r"|medication|study|time|weight|plant|watering|chore|savings|mileage|fuel|baby|feeding|runs?|running|walks?|walking"
    r"|cycling|rides?|swims?|steps|bp|blood\s+pressure|glucose|blood\s+sugar|pain|migraine|headaches?|hours|overtime"
    r"|invoices?|payments?|bills?|push-?ups?|practice|homework|piano|gym|lift(?:ing)?|inventory|supplies|pantry)"
)
# Ticking things off as they are done ("something the team can tick off every day", "रोज़ की दवाई टिक कर सकूं"):
# a dated log with a done box, like a habit.
TICK = (
    r"\b(?:tick|check|cross)\s+(?:\w+\s+)?off\b|\btick\s+(?:it|them|each|every|the)\b|\bafvinken\b|\babhaken\b"
    r"|\bcocher\b|\bspuntare\b|\bmarcar\s+(?:como\s+)?hech[oa]s?\b|\bodhacz\w*|\bотмеча\w*|\bişaretle\w*"
    r"|टिक\s+कर|打勾|打钩|チェックを?入れ|체크\s*하"
)
# Done again and again: a list ticked once ("my camping list") is a checklist, not a log.
_DAILY = (
    r"\bevery\s+(?:day|morning|evening|night|shift|week)\b|\bdaily\b|\beach\s+(?:day|morning|shift)\b|\btäglich\b"
    r"|\bjeden\s+(?:tag|morgen)\b|\bcada\s+d[ií]a\b|\btodos\s+los\s+d[ií]as\b|\bchaque\s+(?:jour|matin)\b|\bogni\s+giorno\b"
    r"|\btodo\s+dia\b|\btodos\s+os\s+dias\b|\belke\s+dag\b|\bdagelijks\b|\bкаждый\s+день\b|\bежедневн\w*|\bher\s+gün\b"
    r"|\bcodziennie\b|रोज़|रोज|每天|每日|毎日|매일|يوميا|كل\s+يوم"
)
TICKED_DAILY = rf"(?:{TICK}).{{0,80}}?(?:{_DAILY})|(?:{_DAILY}).{{0,80}}?(?:{TICK})"
# Written down again and again: "temperatures I enter twice a day", "体重を毎朝記録", "roz ki attendance
# lagani hai", "दिन में दो बार दर्ज करते रहना है". A reading recorded on a schedule is a log, whatever it is called.
_RECORD = (
    r"\b(?:record|log|note\s+down|write\s+down|jot\s+down|enter|fill\s+in|take\s+(?:down|readings?))\b"
    r"|\b(?:eintrag\w*|einträgt|eintrage|notier\w*|aufschreib\w*|erfass\w*|registr\w*|anot\w*|apunt\w*|not(?:er|e|ons)\b"
    r"|relev\w*|saisi\w*|annot\w*|segn(?:are|o|iamo)\b|noteer\w*|invul\w*|in\s+zet|bijhoud\w*|zapis\w*|notow\w*|wpis\w*"
    r"|kaydet\w*|not\s+al\w*|lagan[aei]|likhn[aei]|darj)"
    r"|(?<![\u0400-\u04ff])(?:записыв\w*|запиш\w*|вноси\w*|вношу|отмеча\w*|фиксир\w*)"
    r"|दर्ज|लिख(?:ते|ती|ना|नी|ने|ूं|ूँ|ता)|नोट\s+कर|记录|记下|登记|記録|記入|(?<!気を)(?<!気を\s)つけ(?:る|たい|て)|기록|적(?:어|는|고)"
    r"|سجل|أسجل|تسجيل|أدون|تدوين"
)
# What is written or recorded once, not a reading kept: a piece of writing, a recording, an idea ("record a
# video every day", "write down the history of daily newspapers", "रोज़ की दिनचर्या पर निबंध लिखो").
_PIECE = (
    r"\b(?:essays?|poems?|stor(?:y|ies)|letters?|histor(?:y|ies)|paragraphs?|articles?|songs?|videos?|vlogs?|podcasts?"
    r"|blog|ideas|prompts|tips|speech|poema|cuento|carta|historia|canci[oó]n|v[ií]deo|po[eè]me|lettre|histoire|chanson"
    r"|gedicht|aufsatz|geschichte|lied|poesia|lettera|storia|canzone|verhaal|wiersz|opowiadani\w*)\b"
    r"|стих\w*|письм\w*|рассказ\w*|истори\w*|видео|\bşiir\w*|\bmektup\w*|\bhikaye\w*"
    r"|निबंध|कविता|कहानी|पत्र|作文|诗|故事|詩|手紙|物語|コツ|에세이|이야기|편지|قصيدة|رسالة|قصة|مقال"
)
REGULAR = (
    _DAILY
    # "2x a day", "3 times per day", "zwei mal täglich": a count of times, a day ("a 7 day trip" is no schedule)
    + r"|\b(?:\d|two|twice|three|zwei|drei|dos|tres|deux|trois|due|tre|duas|três|twee|drie|iki|üç|dwa|trzy)\s*"
    r"(?:(?:x|times|mal|veces|fois|volte|vezes|keer|kez|razy)\s*(?:a|per|al|par|por|pro|am|ao|in)?|(?:a|per|al|par|por|pro|am|ao|in)\b)\s*"
    r"(?:day|tag|täglich|d[ií]a|jour|giorno|dia|dag|gün|dzie[nń]|dziennie)\b|\btwice\s+(?:a|per)\s+day\b"
    r"|(?:дважды|два\s+раза|три\s+раза|\d\s*раза?)\s+в\s+день|\bgünde\s+(?:iki|üç|\d)|\bhar\s+(?:din|roz|subah)\b|\broz(?:ana)?\b"
    r"|दिन\s+में\s+(?:दो|तीन|\d)\s+बार|हर\s+(?:दिन|सुबह|शाम)|(?:一天|每天)(?:两|二|三|\d)次|每天(?:早上|晚上)|每(?:早|晚)"
    r"|毎(?:朝|晩|日|週)|1日(?:2|3|二|三)回|매일\s*(?:아침|저녁)?|하루\s*(?:두|세|\d)\s*번|مرتين\s+(?:في|باليوم)|كل\s+(?:صباح|يوم|مساء)"
)
RECORDED_REGULARLY = (
    rf"(?:{_RECORD})(?:(?!{_PIECE}).){{0,80}}?(?:{REGULAR})|(?:{REGULAR})(?:(?!{_PIECE}).){{0,80}}?(?:{_RECORD})"
    rf"(?!\s+(?:(?:a|an|the|my|our)\s+)?(?:{_PIECE}))"
)
_LOG_ROUTE = (
    rf"re:\b{_LOG_NOUN}\s+(?:tracker|log|diary|journal|counter)\b(?!\s*(?:scale|axis|file))"
    rf"|(?:^\s*(?:please\s+|pls\s+)?|{_WANT})\b(?:keep(?:ing)?\s+(?:a\s+)?(?:track|log|tally)\s+of|track|log)\s+(?:of\s+)?"
    r"(?:how\s+(?:much|many|often|long)|my|our|each|every|what|which|when)\b"
    r"|\b(?:a|an|my|simple|little|small)\s+tracker\s+(?:for|to|where|that|of)\b|\blog\s+(?:my|our|each|every)\b"
    r"|^\s*(?:pls\s+|need\s+(?:a\s+)?)?tracker\s+(?:for|of)\b"
    # any log named with its fields after a colon: "fever log: date, time, temperature"
    r"|\b(?:log|tracker)\s+(?:for\s+(?:my|our|the)\s+[^\W\d]+(?:'s)?\s*)?[:：]\s*[^\W\d][^\d:]{0,40},"
    r"|\bcalorie\s+counter\b|\bbijhouden\b|\bbij\s+te\s+houden\b|\bllevar\s+(?:la\s+)?(?:cuenta|registro|control)\b"
    r"|\btenere\s+traccia\b|\bcontador\s+de\s+calor\w*|\bcontrol\s+de\s+gastos\b|\bsuivi\s+(?:de\s+(?:mes|ma|mon)|quotidien)\b"
    r"|\b(?:app|appli|application|aplicación|aplicativo|applicazione|appje|aplikacja|uygulama)\s+(?:para|pra|pour|per|om|zum|to|for"
    r"|do)\s+(?:registrar|anotar|apuntar|controlar|noter|suivre|segnare|annotare|registrare|bij\s+te\s+houden|track|log|note)\b"
    r"|(?:记录|記録|기록)\S{0,12}\s*(?:小程序|应用|app|アプリ|앱)|기록하는\s*앱|(?:ट्रैक|रिकॉर्ड|हिसाब)\S*\s.{0,20}ऐप|ट्रैकर"
    r"|\btakip\s+(?:uygulama|et)\w*|\b(?:ausgaben|gewohnheits|wasser|schlaf|lese|stimmungs|trainings|kalorien|gewichts)-?tracker\b"
    r"|(?<![\u0400-\u04ff])(?:трекер\s+(?:привыч|расход|трат|вод|сна|чтени|вес|калори|настроени)\w*|считать\s+калори\w*)"
    r"|(?:想|要|帮我)(?:记录|追踪|記録)\S{0,10}?(?:多少|几)|记账(?!\s*(?:app|App|APP|软件|应用)?\s*(?:里|里面)?\s*导出)|打卡|家計簿(?!から|の)|가계부(?!에서|의)|习惯追踪|習慣トラッカー|습관\s*트래커"
    # keeping a count: "ich will festhalten, wie viele…", "quiero apuntar cuántos…", "想记录…多少"
    rf"|(?:^\s*(?:please\s+|pls\s+)?|{_WANT})(?:\b(?:track|note\s+down|write\s+down|log|festhalten|notieren|aufschreiben|apuntar|anotar|registrar"
    r"|noter|annotare|segnare|bijhouden|noteren)|записыват\w*|отмечат\w*|记录|記録|기록)\W+(?:\w+\W+){0,3}?"
    r"(?:how\s+(?:much|many)|wie\s*viele?|cu[aá]nt[oa]s?|combien|quant[oaie]s?|hoeveel|сколько|多少|どのくらい|얼마나)"
)
# Whose turn it is: a fair rota drawn from the user's names without repeats ("we keep forgetting whose
# turn it is", "sırası kimde", "wer ist dran").
_TURN_ROUTE = (
    r"re:\bwhose\s+turn\b|\bwho(?:'s|\s+is)\s+(?:on|next)\s+(?:this|next)\s+week\b"
    r"|\bde\s+qui[ée]n\s+(?:es|le\s+toca)\s+(?:el\s+)?turno\b|\ba\s+qui\s+le\s+tour\b|\bwer\s+(?:ist|wäre)\s+dran\b"
    r"|\bdi\s+chi\s+è\s+il\s+turno\b|\bde\s+quem\s+é\s+a\s+vez\b|\bwie\s+is\s+er\s+aan\s+de\s+beurt\b"
    r"|чья\s+очередь|\bsırası?\s+kimde\b|\bsıra\s+kimde\b|\bczyja\s+kolej\b|轮到谁|誰の番|누구\s*차례|دور\s+مين|دور\s+من"
)
# A secret-santa draw in the languages the English cue above does not cover: routed here, drawn by
# `app_tools.picker`.
SECRET_SANTA = (
    r"тайн\w+\s+сант\w*|\bgizli\s+noel\b|\btajemnicz\w+\s+mikołaj\w*|\banjo\s+secreto\b|\bamico\s+segreto\b"
    r"|\blootjes\s+trekken\b|\bpère\s+noël\s+secret\b|秘密圣诞|シークレットサンタ|마니또|السانتا\s+السري"
)
# Shared costs, several payers: the words for settling up in the planner's languages.
SPLIT = (
    r"\bwho\s+owes\s+(?:whom|who|what)\b|\bhow\s+much\s+each\s+(?:of\s+us|person|one)\s+owes\b|\bsplit\s+(?:the\s+|our\s+)?(?:costs?|expenses?|spending)\b|\bsettle\s+up\b"
    r"|\bshared?\s+(?:costs?|expenses?)\b|\bexpense\s+split\w*|\bsplit\s+(?:\w+\s+){0,2}?(?:costs?|expenses?)\s+(?:between|among)\b"
    r"|\bdividir\s+(?:los\s+|as\s+|os\s+)?(?:gastos|despesas|custos)\b|\bqui[eé]n\s+(?:le\s+)?debe\s+(?:a\s+qui[eé]n|cu[aá]nto)\b"
    r"|\bquem\s+deve\s+(?:a\s+quem|quanto)\b|\brach(?:ar|ando)\s+(?:os\s+|as\s+)?(?:gastos|despesas|custos|contas)\b"
    r"|\bdivid\w*\s+(?:le\s+)?spese\b|\bchi\s+deve\s+(?:dare\s+)?(?:soldi\s+)?a\s+chi\b|\bripart\w*\s+(?:le\s+)?spese\b"
    r"|\bpartag\w*\s+(?:les\s+)?(?:dépenses|frais)\b|\bqui\s+doit\s+(?:combien\s+)?à\s+qui\b|\brépart\w*\s+(?:les\s+)?(?:dépenses|frais)\b"
    r"|\b(?:kosten|ausgaben)\s+(?:auf)?teilen\b|\bwer\s+(?:wem\s+(?:\w+\s+){0,2}?)?schuldet\b|\bkosten\s+(?:eerlijk\s+)?(?:delen|verdelen)\b"
    r"|\bwie\s+(?:wie\s+)?(?:wat\s+)?(?:moet\s+)?(?:betalen|terugbetalen)\b|\bwie\s+is\s+wie\s+(?:geld\s+)?schuldig\b"
    r"|(?<![\u0400-\u04ff])(?:раздел\w*\s+(?:расход\w*|трат\w*|затрат\w*)|кто\s+кому\s+(?:сколько\s+)?должен)"
    r"|\bmasraf\w*\s+(?:paylaş|böl)\w*|\bkim\s+kime\s+(?:ne\s+kadar\s+)?borçlu\b|\bpodzieli\w*\s+(?:się\s+)?koszt\w*"
    r"|\bkto\s+komu\s+(?:ile\s+)?(?:oddać|winien|wisi)\b|AA制|分摊费用|费用分摊|平摊|谁欠谁|割り勘|精算|더치\s*페이|n\s*분의\s*1|N빵|엔빵"
    r"|تقسيم\s+(?:ال)?(?:مصاريف|مصروفات|تكاليف)|مين\s+(?:مديون|عليه)|खर्च[ाे]?\s+(?:\S+\s+){0,2}?बांट|\bkharch[ae]?\s+(?:\w+\s+){0,2}?baant"
)
# Tools named in any of the planner's languages: a quiz to practise with, a list to tick while shopping,
# rows to filter and sort, a secret-santa draw.
CUES["any"] = [
    (
        r"re:\b(?:test|examen|prueba|teste|sınav|тест|quizz|toets|kwiz)\s+(?:\w+\s+){0,2}?(?:para\s+|pour\s+|per\s+|om\s+te\s+)?"
        r"(?:practicar|repasar|pratiquer|réviser|üben|praticare|ripassare|praticar|revisar|oefenen|ćwiczyć|çalışmak)\b"
        r"|\b(?:pregúntame|interr[oó]game|que\s+me\s+pregunte|question(?:ne)?-moi|interroge-moi|frag\s+mich\s+ab|abfragen"
        r"|interrogami|me\s+pergunte|me\s+teste|спроси\s+меня|проверь\s+меня)\b"
        r"|小テスト|テストを?作|答え合わせ|小测验|小测|练习题|(?:اختبار|امتحان)\s+(?:قصير|سريع)|प्रश्नोत्तरी|क्विज़?",
        5,
    ),
    (
        r"re:\b(?:dove|donde|où|wo|waar|onde|gdzie|где|where)\b.{0,40}?(?:"
        + TICK
        + r"|\btachar\b|\briscar\b|\bspunt\w*)",
        5,
    ),
    (r"re:\bfiltr\w*\s+(?:e|y|et|und|en|и|i|and|ve|oraz)\s+(?:ordin|orden|tri|sort|сорт|sırala)\w*", 5),
    # filtering rows, the verb in any language ("vorrei filtrare questi: …", "quiero filtrar estos")
    (
        r"re:\b(?:filtrar|filtrare|filtrer|filtern|filteren|filtrować|filtrele\w*|отфильтровать|фильтровать)\b",
        4,
    ),
    ("re:" + SECRET_SANTA, 4),
    ("re:" + SPLIT, 4),
    # an app described before its purpose: "um app simples pra controlar…", "una app sencilla para…"
    (
        r"re:\b(?:app|appli|application|aplicación|aplicativo|applicazione|applicatie|aplikacj\w*|uygulama)\s+"
        r"(?:simples?|sencill[ao]|semplice|einfache?|eenvoudig\w*|prost\w*|basit|small|little|quick|basic|básic[ao]"
        r"|rápid[ao]|piccol[ao]|petite?|kleine?|pequen[ao]|pequeñ[ao])\s+(?:to|for|para|pra|pour|per|zum|zur|für|om|voor|do|dla)\b",
        4,
    ),
    # the message opens by naming the thing and its purpose: "app to split a restaurant bill", "tool for …"
    (
        r"re:^\s*(?:(?:an?|one|simple|small|little|quick)\s+)*(?:app|web\s?app|tool|widget|calculator)\s+"
        r"(?:to|for|that|which)\s+\w",
        4,
    ),
    # a converter by its noun in the planner's languages ("convertitore per la farmacia", "omrekentool")
    (
        r"re:\bconvertitore\b|\bomzetter\b|\bomrekentool\b|\bkonwerter\w*|(?<![\u0400-\u04ff])конвертер\w*"
        r"|\bdönüştürücü\w*|\bçevirici\w*|変換ツール|换算器|转换器|변환기|محول\s+(?:ال)?وحدات|कन्वर्टर",
        4,
    ),
    # a tool by the Turkish noun with its suffix ("randevu takip aracı lazım", "bir hesap aracı gerek")
    (
        r"re:\b(?:takip|hesap|hesaplama|kayıt|planlama)\s+aracı\b|\baracı(?:na)?\s+(?:lazım|gerek\w*|istiyorum)\b",
        4,
    ),
    # sliders to move, in any language: "qualcosa con dei cursori", "con controles deslizantes"
    (
        r"re:\bcursori\b(?!\s+del\s+mouse)|\bcurseurs\b|\bdeslizador\w*|\bcontroles\s+deslizantes\b|\bcontroles\s+deslizantes\b|\bschuifjes\b"
        r"|\bschuifregelaar\w*|ползунк\w*|\bkaydırıcı\w*|\bsuwak\w*|\bsliders\b(?!\s+(?:show|of\s+the\s+deck))|滑块|滑杆|슬라이더|スライダー",
        5,
    ),
]
# Cards to learn from, by whatever name: "flip cards to practise my words", "背单词的卡片", "tarjetas de
# vocabulario", "Vokabelkarten", "карточки для запоминания". Cards with a learning word beside them are
# flashcards (cue cards for a talk or greeting cards are not).
STUDY_CARDS = (
    r"re:\b(?:flip|word|vocab(?:ulary)?|study|memory|revision|memori[sz]ation)\s+cards?\b"
    r"|\bcards?\s+(?:to|for)\s+(?:practi[cs]\w*|learn\w*|memori[sz]\w*|revis\w*|study\w*|drill\w*)"
    r"|\b(?:tarjetas|fichas|cartas|cartões)\s+(?:de|para)\s+(?:vocabulario|vocabulário|memoriza\w*|estudi\w*|estud\w*|repas\w*|practicar|praticar)"
    r"|\b(?:cartes|fiches)\s+(?:de\s+vocabulaire|de\s+r[ée]vision|à\s+retourner|pour\s+(?:réviser|mémoriser|apprendre))"
    r"|\b(?:vokabel|wort|lern)karte\w*|\b(?:schede|carte)\s+(?:di\s+vocabolario|per\s+(?:memorizzare|ripassare|imparare))"
    r"|\bwoord(?:en)?kaart\w*|\bkelime\s+kart\w*|\bezber\s+kart\w*|карточ\w*\s+(?:для\s+(?:запоминания|заучивания|слов)|со\s+словами|с\s+словами)"
    r"|(?:单词|生词|词汇)的?卡片?|(?:背|记)单词的?卡|暗記カード|単語帳|암기\s*카드|플래시\s*카드"
    r"|بطاقات\s+(?:تعليمية|الكلمات|للحفظ|المفردات)|फ्लैशकार्ड|शब्द\s+कार्ड"
)
# The user will supply the questions of a game or a practice ("a little game where they match fossils to
# their era. I will write the questions", "漢字の読み方を練習できるもの。問題は私が入れます", "un jeu…, je mettrai
# les questions"): a quiz to write (`app_quiz_write`), its page empty for them. Only beside a game or a
# practice: "I will write the questions" alone may be an exam on paper.
_OWN_QUESTIONS = (
    r"\b(?:i'?ll|i\s+will|i\s+can|i'?d|let\s+me|we'?ll|we\s+will)\s+(?:write|add|type|enter|put\s+in|fill\s+in|supply|make\s+up)"
    r"\s+(?:in\s+)?(?:the|my|our|all\s+the)\s+(?:own\s+)?(?:questions|pairs|words|answers|items)\b"
    r"|\b(?:yo|nosotros)\s+(?:pongo|escribo|meto|añado|agrego)\s+las\s+preguntas|\blas\s+preguntas\s+las\s+(?:pongo|escribo|meto)\s+yo"
    r"|\beu\s+(?:coloco|escrevo|ponho|boto)\s+as\s+perguntas|\bas\s+perguntas\s+eu\s+(?:coloco|escrevo|ponho|boto)"
    r"|\bje\s+(?:mettrai|écrirai|rentrerai|saisirai|mets|écris|rentre|saisis)\s+(?:moi-même\s+)?les\s+questions"
    r"|\bich\s+(?:schreibe|trage|gebe)\s+die\s+fragen|\bdie\s+fragen\s+(?:schreibe|trage|gebe|mache)\s+ich"
    r"|\ble\s+domande\s+le\s+(?:scrivo|metto|inserisco)\s+io|\b(?:scrivo|metto|inserisco)\s+io\s+le\s+domande"
    r"|問題は(?:私|わたし|自分|僕|ぼく)が(?:入れ|書き|作り|入力し|用意し)|(?:题目|问题|題目)(?:由)?我(?:自己)?(?:来)?(?:出|写|填|输入|录入)"
    r"|我(?:自己)?(?:来)?(?:出题|写题|填题目|写题目)|문제는\s*(?:제가|내가)\s*(?:넣|쓰|쓸|만들|입력)"
)
_PRACTICE = (
    r"\b(?:game|quiz|practi[cs]e|match(?:ing)?|juego|jogo|jeu|spiel|gioco|oefen\w*|übe\w*|üben|practicar|praticar"
    r"|pratiquer|esercit\w*|entraîn\w*)\b|ゲーム|練習|クイズ|游戏|练习|練習|게임|연습"
)
QUESTIONS_TO_WRITE = rf"re:(?:{_PRACTICE})[\s\S]{{0,200}}?(?:{_OWN_QUESTIONS})|(?:{_OWN_QUESTIONS})[\s\S]{{0,200}}?(?:{_PRACTICE})"

# A simulator by its noun in the planner's languages ("상환 시뮬레이터", "simulatore del mutuo"): a tool.
_SIMULATOR = (
    r"re:\bsimulatore\b|\bsymulator\w*|\bsimülatör\w*|\bsimülasyon\s+aracı|(?<![\u0400-\u04ff])симулятор\w*"
    r"|시뮬레이터|محاكي|सिम्युलेटर|सिमुलेटर"
)
# Going through the user's rows by hand: "click around this table", "explore it myself", "직접 둘러보고",
# "selbst durchstöbern", "自己浏览", "I want to be able to sort…". The table is to be worked, not shown.
# Clicking through alone is how one goes through slides ("Folien zum Durchklicken"): no cue.
_BROWSE_MYSELF = (
    rf"re:\b(?:i|we)\s*(?:'d|\s+would)?\s*(?:want|like|need)\s+to\s+be\s+able\s+to\s+(?:{_ACT}|click|browse)\b"
    r"|\b(?:click|poke|dig)\s+around\b"
    r"|\b(?:explore|browse|go\s+through|dig\s+into)\b.{0,40}?\b(?:myself|ourselves|on\s+my\s+own|for\s+myself)\b"
    r"|\b(?:explorar|navegar|curiosear|recorrer)\b.{0,30}?\b(?:yo\s+mism[oa]|por\s+mi\s+cuenta|sozinh[oa]|por\s+conta\s+própria)\b"
    r"|\b(?:explorer|parcourir|fouiller)\b.{0,30}?\bmoi[- ]même\b|\b(?:selbst|selber)\s+(?:durch\w*|stöbern|erkunden)\b"
    r"|\b(?:esplorar\w*|sfogliar\w*|curiosare)\b.{0,30}?\bda\s+(?:solo|sola|me)\b"
    r"|\bzelf\s+(?:door\w*|verkennen|rondklikken)\b|\brondklikken\b|\bsam(?:a|odzielnie)?\s+(?:przeglądać|przejrzeć|przeklikać)\b"
    r"|самому\s+(?:посмотреть|полистать|покопаться)|самостоятельно\s+(?:изучить|посмотреть)|\bkendim\s+(?:gez\w*|incele\w*|keşfet\w*)"
    r"|自己(?:浏览|探索|翻翻|筛选)|自分で(?:見て回|絞り込|いじ)|직접\s*(?:둘러보|살펴보|탐색|필터|정렬)|(?:أتصفح|أستكشف)\w*\s+بنفسي"
)
# Setting the figures oneself: "I want to tweak the inputs myself", "cambiar yo mismo los valores",
# "die Werte selbst ändern": a tool with inputs, not one answer.
_VALUES = (
    r"(?:inputs?|numbers|values|figures|variables|parameters|assumptions|valores|números|cifras|datos|valeurs|chiffres"
    r"|paramètres|werte|zahlen|parameter|valori|numeri|cifre|parametri|waarden|getallen|cijfers|değerleri|sayıları"
    r"|rakamları|wartości|liczby|dane|värdena|siffrorna|talen|angka(?:nya)?|nilai(?:nya)?|các\s+số|số\s+liệu)"
)
_OWN_INPUTS = (
    rf"re:\b(?:tweak|change|adjust|set|enter|vary|play\s+with|fiddle\s+with)\s+(?:the\s+|all\s+the\s+|my\s+)?{_VALUES}\s+(?:myself|ourselves)\b"
    rf"|\b(?:cambiar|ajustar|modificar|jugar\s+con|mudar|alterar|mexer\s+n)\w*\s+(?:l[oa]s\s+|[oa]s\s+|mis\s+|meus\s+)?{_VALUES}\s+(?:yo\s+mism[oa]|eu\s+mesm[oa]|sozinh[oa]|por\s+mi\s+cuenta)\b"
    rf"|\b(?:cambiar|ajustar|modificar|mudar|alterar)\s+(?:yo\s+mism[oa]|eu\s+mesm[oa])\s+(?:l[oa]s\s+|[oa]s\s+)?{_VALUES}"
    rf"|\b(?:changer|modifier|ajuster|jouer\s+avec)\s+(?:les\s+|mes\s+)?{_VALUES}\s+moi[- ]même\b"
    rf"|\b(?:selbst|selber)\s+(?:\w+\s+){{0,2}}?(?:ändern|anpassen|einstellen|eingeben|verstellen)\b|\b{_VALUES}\s+(?:selbst|selber)\s+(?:ändern|anpassen|einstellen|eingeben)"
    rf"|\b(?:cambiare|modificare|regolare|giocare\s+con)\s+(?:i\s+|le\s+)?{_VALUES}\s+da\s+(?:solo|sola|me)\b"
    rf"|\bzelf\s+(?:met\s+)?(?:de\s+)?{_VALUES}\s+(?:aanpassen|veranderen|spelen|invullen)\b|\b{_VALUES}\s+kendim\s+değiştir\w*"
    rf"|\bsam\w*\s+(?:zmieniać|zmienić|ustawiać|wpisywać)\s+{_VALUES}|\b(?:ändra|justera)\s+{_VALUES}\s+själv\b"
    rf"|\b(?:ubah|mengubah|atur|mengatur)\s+{_VALUES}\s+sendiri\b|\btự\s+(?:thay\s+đổi|chỉnh|nhập)\s+{_VALUES}"
    r"|(?:сам|сама|самому)\s+(?:менять|изменять|поменять|подставлять)\s+(?:значения|числа|цифры|параметры)"
    r"|自己(?:改|调|输入)(?:数字|数值|参数)|自分で(?:数字|数値|値)を(?:変え|入れ|いじ)|직접\s*(?:숫자|값)을?\s*(?:바꾸|바꿔|넣|조정)"
    # trying the figures out, without "myself": "숫자 바꿔볼 수 있게", "数字を変えてみられる", "可以改改数字"
    r"|(?:숫자|값|수치|가격|금액)(?:을|를|들을)?\s*(?:직접\s*)?(?:바꿔|바꾸|바꿀|조정해|조절해|넣어)\s*(?:볼|보며|보면서|가며|가면서)"
    r"|(?:数字|数値|値|価格|金額)を(?:自分で)?(?:変えて|いじって|動かして|入れて)(?:み[らるれた]|遊)"
    r"|(?:改改|调调|改一下|调一下|可以改|能改|可以调|能调)(?:这些)?(?:数字|数值|参数|价格)"
)
CUES["any"] += [(STUDY_CARDS, 5), (_SIMULATOR, 4), (_BROWSE_MYSELF, 5), (_OWN_INPUTS, 4)]
CUES["any"] += [(QUESTIONS_TO_WRITE, 5)]  # "a game…, I will write the questions": a quiz to write
# Playing with named quantities to see what they earn: "let me play with the prices, group size and season and
# see what we'd earn", "mit Preis, Gruppengröße und Saison spielen und sehen, was wir verdienen", "価格と人数を
# 変えていくら稼げるか". `PLAY_WITH` finds the list (group `list`) in each language's word order; `EARN` is the
# result asked. `generators.rules.app_earn` builds the tool from both.
PLAY_WITH = [
    r"\b(?:play(?:ing)?|fiddle|mess|tinker|experiment)\s+(?:around\s+|about\s+)?with\s+(?P<list>.{3,120}?)\s+(?:and|to)\s+(?:see|check|find\s+out)\b",
    r"\b(?:change|tweak|adjust|vary|set|try\s+different)\s+(?P<list>.{3,120}?)\s+(?:and|to)\s+(?:see|check|find\s+out)\b",
    r"\bmit\s+(?P<list>.{3,120}?)\s+(?:herum|rum)?(?:spielen|experimentieren)\b",
    r"\b(?:will|möchte|kann|können|mich)\s+(?P<list>.{3,120}?)\s+(?:ändern|verstellen|anpassen|variieren|durchspielen)\s+und\s+(?:sehen|schauen)\b",
    r"\bjouer\s+avec\s+(?P<list>.{3,120}?)\s+(?:et|pour)\s+voir\b",
    r"\b(?:changer|modifier|ajuster|varier)\s+(?P<list>.{3,120}?)\s+(?:et|pour)\s+voir\b",
    r"\b(?:jugar|trastear|experimentar)\s+con\s+(?P<list>.{3,120}?)\s+(?:y|para)\s+ver\b",
    r"\b(?:cambiar|ajustar|modificar|mover|variar)\s+(?P<list>.{3,120}?)\s+(?:y|para)\s+ver\b",
    r"\b(?:giocare|smanettare|sperimentare)\s+con\s+(?P<list>.{3,120}?)\s+(?:e|per)\s+vedere\b",
    r"\b(?:cambiare|modificare|regolare|variare)\s+(?P<list>.{3,120}?)\s+(?:e|per)\s+vedere\b",
    r"\b(?:brincar|mexer|jogar)\s+(?:com|n[oa]s?)\s+(?P<list>.{3,120}?)\s+(?:e|para)\s+ver\b",
    r"\b(?:mudar|alterar|ajustar|variar)\s+(?P<list>.{3,120}?)\s+(?:e|para)\s+ver\b",
    r"\bspelen\s+met\s+(?P<list>.{3,120}?)\s+(?:en|om\s+te)\s+(?:zien|kijken)\b",
    r"\b(?:wil|kan|laat\s+me)\s+(?:ik\s+)?(?P<list>.{3,120}?)\s+(?:aanpassen|veranderen|wijzigen)\s+en\s+(?:zien|kijken)\b",
    r"\b(?:pobawić\s+się|bawić\s+się|pozmieniać|zmieniać|zmienić|ustawiać)\s+(?P<list>.{3,120}?)\s+i\s+(?:zobaczyć|sprawdzić|widzieć)\b",
    r"(?<![\u0400-\u04ff])(?:поиграть|играть)\s+с\s+(?P<list>.{3,120}?)\s+и\s+(?:посмотреть|увидеть|смотреть)",
    r"(?<![\u0400-\u04ff])(?:менять|поменять|изменять|подбирать|крутить)\s+(?P<list>.{3,120}?)\s+и\s+(?:смотреть|посмотреть|видеть|увидеть)",
    r"(?:^|[.!?]\s*)(?P<list>[^.!?]{3,120}?)\s+(?:ile\s+oynay\w*|değiştir\w*)",
    r"(?:调整|改变|修改|改改|调调)(?P<list>[^，。！？]{2,60}?)(?:，)?(?:看看|看)",
    r"(?:^|[。！？]\s*)(?P<list>[^。！？]{2,60}?)を(?:変えて|いじって|動かして|調整して)",
    r"(?:^|[.!?]\s*)(?P<list>[^.!?]{2,60}?)(?:을|를)\s*(?:바꿔|바꾸|조정|조절)",
]
EARN = (
    r"\b(?:earn\w*|make\s+(?:in|a|per|each|over)|we'?d\s+make|i'?d\s+make|take\s+in|revenue|income|turnover|takings"
    r"|verdien\w*|einnehm\w*|einnahmen|umsatz|gagn\w*|chiffre\s+d'affaires|recettes?|gan(?:ar|aría\w*|o|amos|aremos)"
    r"|ingresos?|factur\w*|guadagn\w*|incass\w*|ricav\w*|ganh\w*|fatur\w*|receita|omzet|opbrengst|zarobi\w*|zarabia\w*"
    r"|przych\w*|utarg\w*|kazan\w*|gelir\w*|ciro\w*)\b"
    r"|(?<![\u0400-\u04ff])(?:заработа\w*|зарабат\w*|выручк\w*|доход\w*)|赚|收入|营业额|稼|売上|収入|벌|매출|수입"
)
CUES["any"] += [
    (r"re:(?:" + "|".join(PLAY_WITH).replace("(?P<list>", "(?:") + r").{0,80}?(?:" + EARN + ")", 5)
]
CUES["any"] += [(LOOKUP_ROUTE, 5)]  # "a guest types their name and it tells them their table"
# A yes/no game over the user's own list ("un petit jeu … la liste : pomme oui, Nutella non, pain oui"):
# a game word, then items after a colon each ending in yes or no
YES_WORDS = r"yes|oui|s[ií]|ja|sim|tak|да|evet|はい|是"
NO_WORDS = r"no|non|nein|não|nao|nee|nie|нет|hayır|いいえ|否"
GAME = r"\b(?:game|jeu|juego|jogo|spiel|gioco|spelletje|spel|gra|игр\w*|oyun|quiz)\b"
YES_NO_ROUTE = rf"re:{GAME}.{{0,200}}?[:：]\s*(?:[^,;:]{{1,60}}\s(?:{YES_WORDS}|{NO_WORDS})\s*[,;]\s*){{2,}}"
CUES["any"] += [(YES_NO_ROUTE, 5)]
# A quote from the user's own price list ("studio quote thing: hours x 65, half day 250, …"): a quote word, a
# colon, then prices by the unit
_QUOTE = r"(?:quote|quotation|estimate|presupuesto|cotizaci[oó]n|devis|angebot|preventivo|or[cç]amento|offerte|wycena)"
QUOTE_ROUTE = rf"re:\b{_QUOTE}\b[^:：.?!]{{0,40}}[:：][^.?!]{{0,80}}(?:\s(?:x|×|\*|@)\s*\d|\b(?:per|por|pro|par)\s+\w+\s+\d)"
CUES["any"] += [(QUOTE_ROUTE, 5)]

# A tool named with what it computes, in any language: "widget de IMC", "BMI-Rechner", "app for my BMI"
CUES["any"] += [
    (
        r"re:\b(?:widget|app|aplicativo|aplicación|calculadora|calculatrice|calcolatrice|rechner|tool|outil|ferramenta"
        r"|herramienta|strumento)\b.{0,25}?\b(?:imc|bmi)\b|\b(?:imc|bmi)[\s-]?(?:rechner|widget|app|tool|calculator)\b",
        5,
    )
]
# A conversion at the user's own rate: "convert hours to person-days (7 h a day)", "cups of rice to
# servings, 1 cup = 2 servings". Two units and how many of one make the other: a converter.
_OWN_RATE = (
    r"re:\b(?:convert\w*|conversion|converter)\b[^.?!]{0,60}?(?:(?<![\d.,])1\s*[^\W\d][\w-]*\s*=\s*\d"
    r"|\d[\d.,]*\s*[^\W\d][\w-]*\s+(?:a|an|per|each|every)\s+[^\W\d])"
    r"|\b[^\W\d][\w-]*\s+(?:to|into)\s+[^\W\d][\w-]*\s*[,;:(]\s*(?:1|one|an?)\s+[^\W\d][\w-]*\s*=\s*\d"
)
# Names listed, then how many teams: "shuffle Ana, Ben, Cy, Dee into two groups"
_INTO_TEAMS = (
    r"re:\b(?:shuffle|split|divide|sort|put|make|pick|mix)\b[^.?!:]{0,120}?\bin(?:to)?\s+(?:\d+|two|three|four|five|six)"
    r"\s+(?:random\s+)?(?:teams|groups)\b"
)
CUES["en"] += [
    (_OWN_RATE, 5),
    (_INTO_TEAMS, 5),
    (COUNTER_ROUTE, 4),
    (_TAP, 4),
    (_THING_DOES, 5),
    (_THING_FOR, 4),
    (_TO_TICK, 3),
    # tools named by a borrowed word: "トラッカー", "트래커", "chrono", "1RM"
    (r"re:トラッカー|트래커|\bchrono\b|\b1\s?rm\b|\bone[- ]rep\s+max\b", 4),
    (r"re:(?:हिसाब|रिकॉर्ड)\s+रख", 4),
    (_SCORE, 4),
    (_KEEP_AND_SEE, 4),
    (_CJK_DOES, 4),
    (_DRAW_ASK, 5),
    (_DRAW_ROUTE, 4),
    (_TURN_ROUTE, 4),
    (_TIMER_ROUTE, 4),
    (_TIMER_TOPIC, 2),
    (_LOG_ROUTE, 4),
    ("re:" + TICKED_DAILY, 4),
    ("re:" + RECORDED_REGULARLY, 4),
    # a tracker named in another language's sentence ("ein Tracker, in dem …", "un tracker pour …")
    (r"re:\b(?:ein|einen|eine|un|una|une|um|uma|een|bir)\s+(?:\w+\s+)?tracker\b", 4),
]

# fmt: off
_WORDS: dict[str, list[str]] = {
    # which calculator: the strongest (earliest) keyword wins
    "loan": ["mortgage", "loan", "down payment*", "downpayment*", r"re:\b\d{2}[\s-]*(?:yr|years?)\s+fixed\b", "首付", "頭金",
             "emi", "repayment", "car financing", "car finance", "financing", "hipoteca",
             "préstamo", "prestamo", "prêt", "crédit immobilier", "kredit*", "darlehen*", "hypothek*", "baufinanzierung*", "房贷",
             "贷款", "按揭", "ローン", "대출", "ипотек", "кредит", "mutuo", "financiamento", "قرض", "ऋण", "लोन",
             "debt", "credit card", "borç*", "kredi*", "dług*", "kredyt*", "khoản vay", "lening", "schulden",
             r"re:\bbolån\w*", r"re:\bbillån\w*", "pinjaman", "cicilan", "kpr", "vay mua nhà", "trả góp"],
    "savings": ["savings", "save", "saving", "put aside", "set aside", "put away", "compound interest", "compound", "invest*", "deposit",
                "interest", "ahorro*", "interés compuesto", "juros compostos", "interesse composto", "samengestelde rente",
                "bileşik faiz*", r"re:(?<![\u0400-\u04ff])сложн\w*\s+процент\w*", r"re:\bprocent\w*\s+składan\w*", "procent składany", "복리 계산", "épargne", "intérêts composés", "sparen",
                "zinseszins", "zinsrechner", "tagesgeld*", "zins*", "存款", "复利", "储蓄", "理财", "積立", "複利", "貯金",
                "적금", "저축", "예금", "birikim*", "tasarruf*", "oszczędnoś*", "сбережени", "накоплени", "risparmi*",
                "poupança", "spaarrekening", "spaargeld", "ادخار", "توفير", "बचत",
                # a monthly investment plan (India's SIP), and savings in sv, id, vi
                "sip", "systematic investment plan", "mutual fund*", "म्यूचुअल फंड", "निवेश", "sparande", r"re:\bspar(?:konto|kalkylator|räknare)\w*",
                "ränta på ränta", "månadssparande", "tabungan", "menabung", "bunga majemuk", "deposito", "reksa dana",
                "tiết kiệm", "lãi kép", "gửi góp"],
    "breakeven": ["break even", "break-even", "breakeven", "손익분기점", "손익분기", "ponto de equilíbrio", "punto di pareggio",
                  "break-evenpunt", "точка безубыточности", "точку безубыточности", "başabaş nokta*", "próg rentowności", "progu rentowności", "نقطة التعادل", "profit",
                  r"re:\bsell\w*\b.{0,80}?\b(?:price|each)\b.{0,80}?\bcosts?\b", "ponto de equilíbrio", "titik impas", "punto de equilibrio",
                  "seuil de rentabilité", "point mort", "gewinnschwelle", "盈亏平衡", "保本", "利润", "損益分岐", "利益"],
    "roi": ["roi", "return on investment", "retorno de la inversión", "rentabilidad",
            "retour sur investissement", "rendite", "投资回报", "投资回报率", "投資利益率", "投資収益率"],
    # the index by its name in each language, spelled out or shortened (VKİ, ИМТ, IMT, 체질량지수)
    "bmi": ["bmi", "body mass index", "body-mass-index", "imc", "indice de masse corporelle", "índice de masa corporal",
            "体重指数", "身体质量指数", "身體質量指數", "bmi指数", "vücut kitle indeks*", "vki", "vkı", "VKİ", "vücut kitle endeks*",
            "indice di massa corporea", "índice de massa corporal", "körpermasseindex", "body-mass-index*",
            "queteletindex", "lichaamsmassa-index", "lichaamsmassaindex", r"re:\bwskaźnik\w*\s+(?:masy\s+ciała|bmi)\b",
            "индекс массы тела", "индекса массы тела", "индексу массы тела", "имт", "체질량지수", "체질량 지수",
            "ボディマス指数", "体格指数", "مؤشر كتلة الجسم", "كتلة الجسم", "बॉडी मास इंडेक्स", "बीएमआई",
            "शरीर द्रव्यमान सूचकांक", "indeks massa tubuh", "imt", "chỉ số khối cơ thể", "chỉ số bmi",
            "kroppsmasseindex", "kroppsmasseindex*"],
    "tip": ["tip", "tips", "tip splitter", "trinkgeld*", "split the bill", "bill splitter", "propina*",
            r"re:\bsplit\w*\s+(?:a|the|our|my)\s+(?:\w+\s+)?(?:bill|check|tab)\b",
            "dividir la cuenta", "pourboire", "partager l'addition", "trinkgeld", "rechnung teilen", "小费",
            "分账", "割り勘", "チップ", "더치페이", "팁", "mancia", "dividere il conto", "gorjeta", "dividir a conta",
            "fooi", "rekening delen", "n분의 1", "n빵", "엔빵", "aa制", "平摊", "均摊", "чаевые", "чаевых", "разделить счёт", "bahşiş", "hesabı böl*", "napiwek", "napiwk*",
            "tiền boa", "بقشيش", "टिप"],
    # everyday calculators whose formula is a definition (generators.rules.app_everyday)
    "fuel": ["fuel cost*", "fuel", "petrol", "gas money", "gas cost*", "spritkosten", "sprit*", "benzinkosten",
             "tankkosten", "combustible", "gasolina", "carburant", "essence", "benzina", "carburante", "combustível",
             "brandstof*", "benzine", "топлив", "бензин", "yakıt*", "paliw*", "油费", "油钱", "油錢", "ガソリン代",
             "燃料費", "기름값", "유류비", "주유비", "وقود", "पेट्रोल", "ईंधन"],
    "hourly": ["hourly wage", "hourly rate", "hourly pay", "stundenlohn", "salario por hora", "taux horaire",
               "salaire horaire", "paga oraria", "salário por hora", "uurloon", "почасов", "saatlik ücret*",
               r"re:\bstawk\w*\s+godzinow\w*", "时薪", "時給", "시급", "أجر الساعة", "प्रति घंटा"],
    "tiles": ["tiles", "tile", "tiling", "flooring", "laminate", "fliesen", "azulejo*", "baldosa*", "carrelage",
              "piastrell*", "tegels", "плитк", "fayans", "płytek", "płytki", "kafelk*", "carreaux", "pisos", "lajota*",
              "porcelanato", "ubin", "keramik", "gạch", "瓷砖", "地砖", "タイル", "타일", "بلاط",
              "टाइल*"],
    "paint": ["paint", "wall paint", "wandfarbe", "farbe", "pintura", "peinture", "vernice", "tinta", "verf", "краск",
              "boya", "farby", "油漆", "涂料", "ペンキ", "塗料", "페인트", "دهان", "पेंट"],
    "discount": ["discount*", "sale price", "% off", "rabatt*", "descuento*", "remise", "sconto", "desconto", "korting",
                 "скидк", "indirim*", "rabat*", "zniżk*", "折扣", "打折", "割引", "할인", "خصم", "छूट"],
    "margin": ["margin", "gross profit", "markup", "mark-up", "marge", "margen", "margine", "margem", "粗利", "毛利",
               "마진", "هامش", "मार्जिन", "наценк", "маржа", "kar marj*", "brutowinst", "rohertrag"],
    "drip": ["drip rate", "drops per minute", "infusion rate", "iv rate", "капельниц", "tropfgeschwindigkeit",
             "tropfen pro minute", "goteo", "gotas por minuto", "gouttes par minute", "débit de perfusion",
             "gocce al minuto", "gotejamento", "druppelsnelheid", "damla hız*", "kroplówk*", "滴速", "点滴", "수액",
             "قطرات", "ड्रिप"],
    "npv": ["npv", "net present value", "valor presente neto", "valeur actuelle nette", "kapitalwert", "nettobarwert",
            "valore attuale netto", "valor presente líquido", "netto contante waarde", "净现值", "正味現在価値",
            "순현재가치", "чистая приведённая стоимость", "net bugünkü değer"],
    "increase": ["percentage increase", "percent increase", "rent increase", "pay rise", "salary increase",
                 "price increase", "huurverhoging", "nieuwe huur", "mieterhöhung", "gehaltserhöhung", "preiserhöhung",
                 "neue miete", "aumento del alquiler", "subida del alquiler", "aumento de sueldo", "augmentation de loyer",
                 "nouveau loyer", "aumento dell'affitto", "reajuste do aluguel", "aumento do aluguel", "повышение аренды",
                 "kira artış*", "zam oranı", r"re:\bpodwyżk\w*\s+czynszu\b", "涨租", "加薪", "家賃の値上げ", "월세 인상", "زيادة الإيجار"],
    "dose": ["mg/kg", "dose calculator", "dosage calculator", "weight-based dose", "dosis por peso", "dosis pro kg",
             "dosisrechner", "calculateur de dose", "posologie", "calcolo dose", "cálculo de dose", "dosisberekening",
             "доза на кг", "расчёт дозы", "doz hesap*", r"re:\bdawk\w*\s+na\s+kg\b", "剂量计算", "用量計算", "용량 계산", "جرعة", "खुराक"],
    "feed": ["feed ration", "ration per head", "feed per head", "feed calculator", "ración pienso", "pienso por cabeza",
             "ración por cabeza", "futterration", "futterbedarf", "ration alimentaire", "razione alimentare",
             "ração por cabeça", "voerrantsoen", "рацион корм", "yem hesap*", "dawka paszy", "paszy na", "饲料",
             "飼料計算", "사료 계산", "علف", "चारा"],
    "fertiliser": ["fertiliser", "fertilizer", "nitrogen rate", "n rate", "nawożeni*", "nawozu", "dünger*",
                   "düngung", "fertilizante", "abonado", "engrais", "fertilizzant*", "concime", "adubo", "adubação",
                   "kunstmest", "bemesting", "удобрени*", "gübre*", "肥料", "施肥", "비료", "سماد", "खाद", "उर्वरक"],
    "one_rm": ["1rm", "1 rm", "one rep max", "one-rep max", "1-rep max", "maximalkraft", "repetición máxima", "massimale",
               "максимум на раз", "разовый максимум"],
    # a day's need, not a recipe's or a meal's calories (those need the food's figures)
    "calorie": [r"re:(?:\bcalori\w*|\bcaloría\w*|\bkalori\w*|калори\w*|\btdee\b|\bbmr\b|grundumsatz|tính\s+calo|卡路里|热量"
                r"|カロリー|칼로리|سعرات|कैलोरी)(?!.{0,60}(?:recipe|meal|food|ingredient|serving|dish|snack|receta|comida|plato"
                r"|recette|repas|plat\b|rezept|gericht|mahlzeit|ricetta|piatto|pasto|receita|refeição|prato|recept|maaltijd"
                r"|tarif|yemek|przepis|posił|resep|makanan|công\s+thức|món|рецепт|блюд|еда|食谱|菜|レシピ|料理|레시피|음식))"],

    "zakat": ["zakat", "zakah", "زكاة", "الزكاة", "zekat", "ज़कात", "जकात", "закят"],
    "convert": ["convert*", "conversion", "converter", "unit converter", "units converter", "换算", "单位换算", "conversor",
                "convertidor", "convertisseur", "umrechn*", "換算", "km to", "to mph", "to miles", "to km"],
}
_QUIZ = ["quiz", "quiz me", "test me", "测验", "考考我", "cuestionario", "questionnaire", "クイズ", "퀴즈",
         "test para", "examen de práctica", "prueba de práctica", "teste para", "sınav", r"re:(?<![\u0400-\u04ff])тест(?:ы|а|ом|у|ик)?(?![\u0400-\u04ff])", "toets", "اختبار",
         "امتحان", "小テスト", "テスト", "小测", "练习题", "quizz", "क्विज़", "क्विज", "प्रश्नोत्तरी", "pregúntame",
         "interrogami", "question-moi", "frag mich ab",
         r"re:(?<![\u0400-\u04ff])викторин[аыуеой]\w*", QUESTIONS_TO_WRITE]
_CARDS = [STUDY_CARDS, "flashcard*", "flash card*", "vocab*", "单词卡", "闪卡", "抽认卡", "卡片", "lernkarten", "karteikarten",
          "vokabel*", "cartes mémoire", "tarjetas", "単語カード", "フラッシュカード", "단어 카드"]
_TABLE = ["explore", "filter", "sort", "browse", "search", "explorar", "explorer", "erkunden", "探索", "筛选"]
# fmt: on
