"""Words a question asks of an attached table with, in the planner's 15 languages: what a column or a
value is called ("Katzen" is the value 'cat', "линия" the column 'route'), and what is asked of the rows
(the most, the least, still open). Column names are mostly English; questions are not, so a column is
named by its meaning, not only by its spelling (`column_names`, `table_filters` read these).

Each concept is an English word with its translations. A Latin or Cyrillic word of four letters or
more names it with an ending of up to four letters ("Katze" → "Katzen", "przesyłk" → "przesyłka");
shorter words only as written; words in other scripts anywhere, as they are written unspaced.
"""

from __future__ import annotations

import re
from functools import lru_cache

# fmt: off
CONCEPTS: dict[str, str] = {
    # time
    "month": "month|mes|meses|mois|monat|monate|monats|monaten|mês|mese|mesi|maand|maanden|месяц|miesiąc|miesiąca"
             "|miesiącu|ayda|aylık|ayı|月|월|شهر|أشهر|महीन|माह",
    "year": "year|año|años|année|ans|jahr|jahre|jahres|jahren|ano|anos|anno|anni|jaar|jaren|год|года|году|лет|rok|roku"
            "|lat|yıl|yılı|yılda|年|년|سنة|عام|साल|वर्ष",
    "week": "week|semana|semaine|woche|wochen|settiman|неделя|недели|неделю|tydzień|tygodni|hafta|周|週|주간|주별"
            "|أسبوع|सप्ताह|हफ्त|हफ़्त",
    # a day named in a question about dated rows is a date ("which day earned most", "أنهي يوم")
    "date": "date|fecha|datum|дата|tarih|日期|日付|날짜|تاريخ|तारीख|तिथि|day|día|jour|tag|giorno|dag|день|дня"
            "|dzień|gün|يوم|दिन",
    "quarter": "quarter|trimestre|quartal|kwartaal|квартал|kwartał|çeyrek|季度|四半期|분기|ربع|तिमाही",
    "season": "season|temporada|saison|stagione|seizoen|сезон|sezon|赛季|シーズン|시즌|موسم|सीज़न",
    # places and groups
    "city": "city|cities|ciudad|ville|stadt|städte|cidade|città|stad|steden|город|miasto|mieście|miasta|şehir|城市"
            "|都市|도시|مدينة|शहर",
    "country": "country|país|países|pays|land|länder|paese|paesi|страна|страны|kraj|ülke|国家|나라|국가|دولة|देश",
    "region": "region|región|région|regione|região|regio|регион|bölge|地区|地域|지역|منطقة|क्षेत्र",
    "district": "district|distrito|barrio|quartier|bezirk|stadtteil|bairro|quartiere|wijk|район|dzielnic|ilçe"
                "|mahalle|地区|구역|حي|ज़िला|जिला",
    "centre": "centre|center|centro|zentrum|centrum|центр|merkez|中心|センター|센터|مركز|सेंटर|केंद्र",
    "branch": "branch|sucursal|agence|succursale|filiale|filial|vestiging|filiaal|филиал|oddział|şube|分行|分店"
              "|支店|지점|فرع|शाखा",
    "department": "department|departamento|département|abteilung|reparto|dipartimento|afdeling|отделение|отдел"
                  "|bölüm|部门|部署|부서|진료과|قسم|विभाग",
    "strain": "strain|variety|varieties|sorte|sorten|variedad|variété|varietà|variedade|soort|сорт|odmian|çeşit"
              "|品种|品種|품종|صنف|أصناف|किस्म",
    "points": "points|puntos|punti|pontos|punten|очки|очков|punkty|punktów|积分|勝ち点|승점|نقاط",
    "team": "team|teams|equipo|equipos|équipe|équipes|mannschaft|squadra|squadre|equipa|ploeg|команда|команды"
            "|drużyn|takım|球队|队伍|チーム|팀|فريق|فرق|टीम",
    "depot": "depot|depósito|dépôt|deposito|betriebshof|garagem|remise|депо|zajezdni|garaj|车场|車庫|차고지|مستودع"
             "|डिपो",
    "bus": "bus|buses|autobús|autobuses|autobus|ônibus|onibus|автобус|otobüs|公交|巴士|バス|버스|حافلة|باص",
    "route": "route|línea|ligne|linie|linha|linea|lijn|линия|линии|маршрут|linia|hat|线路|路线|路線|노선|خط|लाइन|रूट",
    "origin": "origin|origen|origine|herkunft|origem|herkomst|pochodzeni|çıkış|出发地|始发地|出発地|출발지|منشأ"
              "|उद्गम",
    "destination": "destination|destino|destinazione|bestemming|zielort|назначени|varış|目的地|목적지|وجهة|गंतव्य",
    "type": "type|tipo|tipos|typ|typen|тип|типы|rodzaj|tür|türü|türe|soort|类型|种类|種類|タイプ|유형|종류|نوع|प्रकार",
    "status": "status|statuses|estado|estados|statut|statuts|stato|stati|situação|статус|durum|状态|状態|ステータス"
              "|상태|حالة|حالات|स्थिति",
    # things counted or measured
    "visit": "visit|visita|visitas|visite|besuch|besuche|bezoek|визит|посещени|wizyt|ziyaret|访问|就诊|来院|방문"
             "|زيار|विज़िट|विजिट",
    "claim": "claim|reclamación|reclamaciones|siniestro|sinistre|schadensfall|sinistro|sinistri|pratica|pratiche"
             "|претензи|roszczeni|hasar|理赔|索赔|クレーム|청구|클레임|مطالب|दावा|दावे|दावों",
    "shipment": "shipment|envío|envíos|envio|expédition|envoi|colis|sendung|lieferung|spedizion|remessa|zending"
                "|отправлени|груз|przesyłk|sevkiyat|gönderi|货物|货运|出荷|貨物|배송|화물|شحن|शिपमेंट|खेप",
    "complaint": "complaint|queja|quejas|reclamo|reclamos|plainte|réclamation|beschwerde|queixa|reclamação|reclami"
                 "|klacht|жалоб|skarg|şikayet|投诉|苦情|불만|민원|شكو|شكاو|शिकायत",
    "trip": "trip|viaje|viajes|trajet|voyage|fahrt|fahrten|viagem|viagens|viaggio|viaggi|corse|ritten|рейс|поездк"
            "|kursy|sefer|班次|便数|운행|رحل|फेरे",
    "loan": "loan|préstamo|prêt|ausleihe|ausleihen|empréstimo|prestito|prestiti|uitlening|выдач|wypożyczeni|ödünç"
            "|借阅|借出|貸出|대출|إعار|उधार",
    "member": "member|miembro|socio|socios|membre|adhérent|mitglied|membro|sócio|lid|leden|член|участник|członk|üye"
              "|会员|成员|会員|회원|عضو|أعضاء|सदस्य",
    "event": "event|evento|événement|veranstaltung|evenement|мероприяти|событи|wydarzen|etkinlik|活动|イベント|행사"
             "|فعالي|कार्यक्रम",
    "vaccination": "vaccination|vaccin|vacuna|vacunas|impfung|vacina|vaccinazion|vaccinatie|прививк|вакцин|szczepie"
                   "|aşı|疫苗|接种|ワクチン|予防接種|백신|예방접종|تطعيم|टीक",
    "bill": "bill|factura|facture|rechnung|fatura|fattura|rekening|счёт|счет|rachunek|账单|청구서|فاتورة|बिल",
    "hive": "hive|colmena|ruche|bienenstock|colmeia|arnia|alveare|bijenkast|улей|улья|ula|ule|uli|kovan|蜂箱|巣箱"
            "|벌통|خلية|خلايا|छत्त",
    "apiary": "apiary|colmenar|rucher|bienenstand|apiário|apiario|bijenstand|пасек|pasiek|arılık|蜂场|養蜂場|양봉장"
              "|منحل",
    "honey": "honey|miel|honig|mel|miele|honing|мёд|мёда|меда|miód|miodu|bal|蜂蜜|꿀|عسل|शहद",
    "pallet": "pallet|palé|palet|palette|paletten|paleta|bancal|bancali|палет|паллет|托盘|パレット|팔레트|पैलेट",
    "weight": "weight|peso|poids|gewicht|вес|waga|ağırlık|重量|무게|중량|وزن|वजन|वज़न",
    "cost": "cost|costo|coste|coût|kosten|custo|стоимость|koszt|maliyet|成本|费用|費用|コスト|비용|تكلفة|लागत",
    "price": "price|precio|prix|preis|preço|prezzo|prijs|цена|cena|fiyat|价格|価格|値段|가격|سعر|कीमत|दाम",
    "budget": "budget|presupuesto|haushalt|orçamento|bilancio|begroting|бюджет|budżet|bütçe|预算|預算|予算|예산"
              "|ميزانية|बजट",
    "spent": "spent|spend|spending|expenditure|gastado|gastos|dépensé|dépenses|ausgegeben|ausgaben|gasto|speso|spese"
             "|uitgegeven|uitgaven|потрачено|потрат|расход|wydane|wydatki|harcanan|harcama|支出|花费|지출|사용액|مصروف"
             "|إنفاق|खर्च",
    "sales": "sales|ventas|ventes|umsatz|verkäufe|vendas|vendite|verkoop|продаж|sprzedaż|satış|销售|销量|売上|매출"
             "|판매|مبيعات|बिक्री",
    "revenue": "revenue|ingresos|recettes|einnahmen|erlöse|receita|ricavi|fatturato|omzet|выручк|доход|przychód"
               "|gelir|收入|营收|収益|수익|إيرادات|राजस्व",
    "salary": "salary|salario|sueldo|salaire|gehalt|salário|stipendio|salaris|зарплат|wynagrodzeni|pensj|maaş|工资"
              "|薪水|給料|給与|급여|월급|راتب|वेतन",
    "age": "age|edad|âge|alter|idade|età|leeftijd|возраст|wiek|yaş|年龄|年齢|나이|عمر|उम्र|आयु",
    "score": "score|puntuación|punteggio|pontuação|punkte|балл|wynik|puan|分数|得分|点数|スコア|점수|درجة|अंक",
    "rating": "rating|valoración|calificación|bewertung|avaliação|valutazione|beoordeling|рейтинг|ocena|评分|評価"
              "|평점|تقييم|रेटिंग",
    "temperature": "temperature|temperatura|température|temperatur|temperatuur|температур|sıcaklık|温度|気温|온도"
                   "|기온|حرارة|तापमान",
    "population": "population|población|bevölkerung|população|popolazione|bevolking|населени|ludnoś|populacj"
                  "|nüfus|人口|인구|سكان|जनसंख्या|आबादी",
    "wait": "wait|espera|attente|wartezeit|attesa|wachttijd|ожидани|oczekiwani|bekleme|等待|待ち時間|대기|انتظار"
            "|प्रतीक्षा|इंतज़ार",
    "donation": "donation|donación|spende|spenden|doação|donazion|donatie|пожертвован|darowizn|bağış|捐款|寄付|기부"
                "|تبرع|दान",
    "donor": "donor|donante|donateur|spender|doador|donatore|донор|darczyń|bağışçı|捐赠者|寄付者|기부자|متبرع|दानदाता",
    "rent": "rent|alquiler|loyer|miete|aluguel|affitto|huur|аренд|czynsz|kira|房租|租金|家賃|월세|إيجار|किराया",
    "earnings": "earnings|earned|ganancias|ganado|gains|verdienst|verdient|guadagn|ganhos|ganho|verdiensten"
                "|заработ|zarobk|zarobi|kazanç|kazand|收入|稼ぎ|수입|مكسب|أرباح|ربح|كسب|دخل|कमाई",
    "fault": "fault|faults|fallo|fallos|avería|averías|panne|pannes|störung|störungen|defekt|guast|falha|falhas"
             "|storing|поломк|неисправн|awari|usterk|arıza|故障|고장|عطل|أعطال|खराबी",
    "move out": "move out|move outs|moved out|moving out|bajas|départs|auszüge|ausgezogen|traslochi|saídas"
                "|съех|выех|выезд|wyprowadz|taşın|退租|退去|퇴거|إخلاء|غادر",
    "harvest": "harvest|cosecha|récolte|ernte|colheita|raccolto|oogst|урожай|zbiór|zbiory|hasat|收获|収穫|수확|حصاد",
    "yield": "yield|rendimiento|rendement|ertrag|rendimento|resa|opbrengst|урожайност|plon|verim|产量|収量|수확량"
             "|उपज",
    "area": "area|superficie|fläche|área|oppervlakte|площадь|powierzchni|alan|面积|面積|면적|مساحة|क्षेत्रफल",
    "fee": "fee|cuota|cotisation|beitrag|taxa|quota|contributie|взнос|składk|aidat|会费|会費|회비|رسوم|शुल्क",
    "paid": "paid|pagado|payé|bezahlt|ausgezahlt|pago|pagato|betaald|выплачен|оплачен|wypłacon|ödenen|已付|赔付"
            "|支払|지급|مدفوع|भुगतान",
    "on time": "on time|punctual|punctuality|puntual|puntualidad|ponctualité|pünktlichkeit|pontualidade|puntualità"
               "|stiptheid|пунктуальность|punktualność|dakiklik|准点率|準点率|定時率|정시율|puntuales|ponctuel|ponctuelle|pünktlich|pontual|puntuale|stipt|op tijd"
               "|пунктуальн|вовремя|punktualn|dakik|zamanında|准点|准时|定時|時間通り|정시|منضبط|في الموعد"
               "|समय पर|समयनिष्ठ",
    # values
    "dog": "dog|perro|perros|chien|chiens|hund|hunde|cão|cães|cachorro|cane|cani|hond|honden|собак|пёс|пес|pies"
           "|psy|psów|köpek|狗|犬|강아지|كلب|كلاب|कुत्त",
    "cat": "cat|gato|gatos|chat|chats|katze|katzen|gatto|gatti|kat|katten|кошк|кошек|кот|коты|котов|kot|koty"
           "|kotów|kedi|猫|고양이|قطط|قطة|القط|बिल्ल",
    "open": "open|abierto|abierta|abiertos|abiertas|ouvert|ouverte|ouverts|ouvertes|offen|offene|offenen|aberto"
            "|aberta|abertos|abertas|aperto|aperta|aperti|aperte|открыт|otwart|açık|未结|未解决|未处理|未完成"
            "|オープン|未解決|未処理|열린|미결|미처리|مفتوح|खुल|pending|pendiente|pendientes|en attente"
            "|ausstehend|pendente|pendentes|in sospeso|openstaand|незакрыт|oczekując|bekleyen|待处理|대기 중|معلق"
            "|लंबित|unresolved",
    "closed": "closed|cerrado|cerrada|cerrados|cerradas|fermé|fermée|fermés|fermées|geschlossen|fechado|fechada"
              "|chiuso|chiusa|chiusi|chiuse|gesloten|закрыт|zamknięt|kapalı|已关闭|已结|关闭|クローズ|종료"
              "|مغلق|बंद",
    "delivered": "delivered|entregado|entregados|livré|livrés|geliefert|zugestellt|entregue|consegnat|geleverd"
                 "|доставлен|dostarczon|teslim edil|已送达|配達済|배송 완료|تم التسليم|डिलीवर",
}
# fmt: on

_SPACED = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


def _pattern(words: str, strict: bool) -> re.Pattern[str]:
    """One concept's words as one pattern (see the module docstring for how each word matches); `strict`:
    a plural ending only, for names ('claimed_inr' is no claim)."""
    parts = []
    for word in words.split("|"):
        w = re.escape(word).replace(r"\ ", r"\s+")
        if not _SPACED.search(word):
            parts.append(w)
        else:
            ending = "(?:e?s)?" if strict else r"[^\W\d_]{0,4}" if len(word) >= 4 else ""
            parts.append(rf"(?<![^\W\d_]){w}{ending}(?![^\W\d_])")
    return re.compile("|".join(parts), re.I)


_PATTERNS = {concept: _pattern(words, False) for concept, words in CONCEPTS.items()}
_STRICT = {concept: _pattern(words, True) for concept, words in CONCEPTS.items()}


@lru_cache(maxsize=4096)
def concepts(text: str, strict: bool = False) -> dict[str, tuple[int, int]]:
    """{concept: (start, end) of the first word naming it} for every concept the text names; `strict`:
    words as they are listed, or in the plural (a column's or a value's name)."""
    found = {}
    for concept, rx in (_STRICT if strict else _PATTERNS).items():
        m = rx.search(text or "")
        if m:
            found[concept] = m.span()
    return found


# words of a column name that say nothing of what it holds: units, joiners
_BARE = frozenset(
    [
        "kg",
        "g",
        "km",
        "m",
        "cm",
        "mm",
        "h",
        "hrs",
        "min",
        "sec",
        "pct",
        "percent",
        "eur",
        "usd",
        "gbp",
        "inr",
        "egp",
        "krw",
        "aed",
        "sar",
        "chf",
        "cny",
        "jpy",
        "rub",
        "try",
        "pln",
        "brl",
        "mxn",
        "k",
        "mn",
        "bn",
        "the",
        "of",
        "on",
        "in",
        "at",
        "to",
        "per",
        "by",
        "and",
        "a",
        "an",
        "no",
        "nr",
        "num",
        "id",
        "avg",
        "total",
        "sum",
        "count",
        "number",
        "amount",
        "value",
    ]
)


def named_by_meaning(name: str, question: str) -> int:
    """Where the question names the column or value `name` by the concepts it is made of ('honey_kg'
    by "miel", 'on_time_pct' by "пунктуальная", 'cat' by "Katzen"), or -1. Every word of the name but
    units and joiners must be a concept the question names."""
    found = meaning_score(name, question)
    return found[1] if found is not None and found[0] == 1.0 else -1


def meaning_score(name: str, question: str) -> tuple[float, int] | None:
    """(1.0, position) when the question names every word of `name` by its concept (`named_by_meaning`),
    (0.6, position) when it names only its last word ('ship_date' by "发货日期": a date, as "date" names
    it in English), else None."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(name)).replace("_", " ").strip()
    own = concepts(text, strict=True)
    if not own:
        return None
    said = concepts(question)
    covered = [False] * len(text)
    for concept, (a, b) in own.items():
        if concept in said:
            covered[a:b] = [True] * (b - a)
    words = [m for m in re.finditer(r"[^\W_]+", text) if m.group(0).lower() not in _BARE]
    hits = [said[c][0] for c in own if c in said]
    if not words or not hits:
        return None
    if all(all(covered[m.start() : m.end()]) for m in words):
        return 1.0, min(hits)
    last = words[-1]
    return (0.6, min(hits)) if all(covered[last.start() : last.end()]) else None


# what is asked of the rows: the most or the least of a measure ("самая пунктуальная", "le plus de miel")
MOST = re.compile(
    r"(?<![^\W\d_])(?:most|highest|largest|biggest|best|top|más|mayor|mejor|plus|meilleure?s?|meisten?|höchste\w*"
    r"|größte\w*|beste\w*|mais|maior|melhor|più|maggior\w*|miglior\w*|meest|hoogste|grootste|сам(?:ый|ая|ое|ые|ого"
    r"|ую)|больше\s+всего|наибольш\w*|лучш\w*|najwięcej|największ\w*|najlepsz\w*|najwyższ\w*|en\s+(?:çok|fazla"
    r"|yüksek|iyi|büyük))(?![^\W\d_])"
    r"|最多|最高|最大|最好|一番多|最も多|一番|最も|가장|제일|최고|최대|الأكثر|أكثر|الأعلى|أعلى|الأفضل|أفضل|أكبر"
    r"|सबसे\s+(?:ज़्यादा|ज्यादा|अधिक|बड़ा|बड़ी|ऊंचा|ऊँचा|अच्छा)|सबसे",
    re.I,
)
LEAST = re.compile(
    r"(?<![^\W\d_])(?:least|lowest|smallest|fewest|worst|menos|menor|peor|moins|pire|wenigsten?|niedrigste\w*"
    r"|kleinste\w*|schlechteste\w*|pior|meno|minor[ei]?|peggior\w*|minst|laagste|kleinste|slechtste|наименьш\w*"
    r"|меньше\s+всего|хуже\s+всего|худш\w*|najmniej\w*|najniższ\w*|najgorsz\w*|en\s+(?:az|düşük|kötü|küçük))"
    r"(?![^\W\d_])"
    r"|最少|最低|最小|最差|一番少|最も少|가장\s*적|제일\s*적|최저|최소|الأقل|أقل|الأدنى|أدنى|الأسوأ|सबसे\s+कम",
    re.I,
)


def superlative(text: str) -> str | None:
    """'max' or 'min' when the text asks for the most or the least of something, else None."""
    if LEAST.search(text):
        return "min"
    return "max" if MOST.search(text) else None


# What "busiest" and "quietest" measure: the columns counting people or visits
_CROWD = (
    "visit", "footfall", "checkin", "check_in", "customer", "guest", "attend", "pass", "ticket", "cover",
    "booking", "order", "passenger", "rider", "patient", "call", "people",
)  # fmt: skip

# Superlatives whose measure is in the word itself: "busiest day" is the most visitors, "cheapest supplier"
# the lowest price. Each: the words (in the planner's languages), 'max' or 'min', and the column-name
# fragments of the measure it is about, most telling first.
_L = r"(?<![^\W\d_])"
_R = r"(?![^\W\d_])"
_SAMY = r"(?:сам(?:ый|ая|ое|ые|ого|ую)\s+)"
MEASURED_SUPERLATIVES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        re.compile(
            rf"{_L}(?:busiest|most\s+(?:crowded|visited|people|visitors|customers)|más\s+(?:concurrid[oa]s?|ajetread[oa]s?)"
            r"|plus\s+(?:chargée?s?|fréquentée?s?)|belebteste\w*|vollste\w*|meisten\s+los|più\s+(?:affollat[oaie]|traffic\w+)"
            r"|mais\s+(?:movimentad[oa]s?|chei[oa]s?)|drukste|najbardziej\s+(?:ruchliw\w*|oblegan\w*|zatłoczon\w*)"
            rf"|najruchliwsz\w*|{_SAMY}?(?:загруженн\w*|оживлённ\w*|оживленн\w*)|en\s+(?:yoğun|kalabalık)){_R}"
            r"|最忙|最繁忙|人最多|最热闹|一番混|最も混|一番忙し|最も忙し|가장\s*(?:바쁜|붐비|붐빈)|제일\s*(?:바쁜|붐비)"
            r"|(?:الأكثر|أكثر)\s+(?:\S+\s+)?ازدحام\w*|الأزحم|सबसे\s+(?:व्यस्त|ज़्यादा\s+भीड़|ज्यादा\s+भीड़)",
            re.I,
        ),
        "max",
        _CROWD,
    ),
    (
        re.compile(
            rf"{_L}(?:quietest|least\s+(?:crowded|busy|visited)|más\s+tranquil[oa]s?|plus\s+calmes?|ruhigste\w*"
            r"|più\s+tranquill[oaie]|mais\s+(?:calm[oa]s?|tranquil[oa]s?|parad[oa]s?)|rustigste|najspokojniejsz\w*"
            rf"|{_SAMY}(?:спокойн\w*|тих\w*)|en\s+(?:sakin|tenha)){_R}"
            r"|最清闲|最冷清|人最少|一番空|最も空|一番暇|가장\s*(?:한가한|조용한)|제일\s*한가한"
            r"|الأهدأ|(?:الأقل|أقل)\s+(?:\S+\s+)?ازدحام\w*|सबसे\s+(?:शांत|कम\s+भीड़)",
            re.I,
        ),
        "min",
        _CROWD,
    ),
    (
        re.compile(
            rf"{_L}(?:cheapest|least\s+expensive|most\s+affordable|lowest[\s-]+pric\w*|más\s+barat[oa]s?|moins\s+chers?|moins\s+chères?"
            rf"|billigste\w*|günstigste\w*|più\s+economic[oaihe]+|mais\s+barat[oa]s?|goedkoopste|najtańsz\w*"
            rf"|{_SAMY}?дешёв\w*|{_SAMY}?дешев\w*|дешевле\s+всего|en\s+ucuz){_R}"
            r"|最便宜|最も安|一番安|가장\s*(?:싼|저렴)|제일\s*(?:싼|저렴)|الأرخص|أرخص|सबसे\s+सस्त\S*",
            re.I,
        ),
        "min",
        (
            "price",
            "cost",
            "fee",
            "fare",
            "preis",
            "prix",
            "precio",
            "preço",
            "prezzo",
            "cena",
            "цена",
            "fiyat",
            "amount",
            "total",
            "eur",
            "usd",
            "gbp",
        ),
    ),
    (
        re.compile(
            rf"{_L}(?:priciest|dearest|most\s+expensive|highest[\s-]+pric\w*|más\s+car[oa]s?|plus\s+chers?|plus\s+chères?"
            rf"|teuerste\w*|più\s+(?:car[oaie]|costos[oaie])|mais\s+car[oa]s?|duurste|najdroższ\w*"
            rf"|{_SAMY}?дорог\w*|дороже\s+всего|en\s+pahalı){_R}"
            r"|最贵|最も高価|一番高価|가장\s*비싼|제일\s*비싼|الأغلى|أغلى|सबसे\s+मह[ंँ]ग\S*",
            re.I,
        ),
        "max",
        (
            "price",
            "cost",
            "fee",
            "fare",
            "preis",
            "prix",
            "precio",
            "preço",
            "prezzo",
            "cena",
            "цена",
            "fiyat",
            "amount",
            "total",
            "eur",
            "usd",
            "gbp",
        ),
    ),
)


def measured_superlative(text: str) -> tuple[re.Match[str], str, tuple[str, ...]] | None:
    """The superlative that names its own measure ("busiest", "cheapest"), its direction and the
    column fragments of that measure; None when the text has none."""
    for words, direction, fragments in MEASURED_SUPERLATIVES:
        if (m := words.search(text)) is not None:
            return m, direction, fragments
    return None


# rows not yet done: "still open", "ancora aperte", "noch offen", "还没结", "अभी भी खुले"
STILL = re.compile(
    r"(?<![^\W\d_])(?:still|todavía|aún|encore|toujours|noch|ainda|ancora|nog|ещё|еще|до\s+сих\s+пор|nadal|wciąż"
    r"|ciągle|hala|henüz)(?![^\W\d_])|仍|还没|尚未|まだ|아직|لا\s+تزال|ما\s+زال|अभी\s+भी|अब\s+भी",
    re.I,
)
# a status that ends a row's course: a row in any other status is still open
FINAL_STATUS = re.compile(
    r"^(?:closed|done|delivered|settled|resolved|completed?|paid|rejected|declined|cancell?ed|finished|fixed"
    r"|archived|won|lost|returned|refunded)$",
    re.I,
)
