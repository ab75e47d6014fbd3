"""Answers of a quiz or flashcards the user writes on the page (`generators.rules.app_quiz_write`), in
all 17 languages; kept apart so the other text tables stay under the line limit. `app_texts` merges them."""

from __future__ import annotations

# fmt: off
QUIZ_TEXTS: dict[str, dict[str, str]] = {
    "en": {"quiz.write": "A quiz to write: type each question with its answer on the page, one per line (question = answer); it then asks them and keeps the score. Offline I write no questions myself; an LLM planner would.",
           "cards.write": "Flashcards to write: type each card on the page, one per line (front = back); then reveal them one by one and count what you knew. Offline I write no cards myself; an LLM planner would."},
    "zh": {"quiz.write": "一份待填写的测验：在页面上每行写一道题和答案（题目 = 答案），然后它会逐题提问并计分。离线时我不会自己出题；LLM 规划器可以。",
           "cards.write": "一套待填写的单词卡：在页面上每行写一张卡（正面 = 背面），然后逐张翻看并统计你记住了多少。离线时我不会自己写卡片；LLM 规划器可以。"},
    "es": {"quiz.write": "Un cuestionario para escribir: pon cada pregunta con su respuesta en la página, una por línea (pregunta = respuesta); luego las pregunta y lleva la puntuación. Sin conexión no invento preguntas; un planificador LLM sí las escribiría.",
           "cards.write": "Tarjetas para escribir: pon cada tarjeta en la página, una por línea (anverso = reverso); luego descúbrelas una a una y cuenta las que sabías. Sin conexión no invento tarjetas; un planificador LLM sí las escribiría."},
    "fr": {"quiz.write": "Un quiz à rédiger : écrivez chaque question avec sa réponse sur la page, une par ligne (question = réponse) ; il les pose ensuite et compte les points. Hors ligne, je n'invente pas de questions ; un planificateur LLM les écrirait.",
           "cards.write": "Des cartes à rédiger : écrivez chaque carte sur la page, une par ligne (recto = verso) ; révélez-les ensuite une à une et comptez celles que vous saviez. Hors ligne, je n'invente pas de cartes ; un planificateur LLM les écrirait."},
    "de": {"quiz.write": "Ein Quiz zum Selberschreiben: Schreib jede Frage mit ihrer Antwort auf die Seite, eine pro Zeile (Frage = Antwort); dann stellt es sie und zählt die Punkte. Offline erfinde ich keine Fragen; ein LLM-Planer würde sie schreiben.",
           "cards.write": "Karteikarten zum Selberschreiben: Schreib jede Karte auf die Seite, eine pro Zeile (Vorderseite = Rückseite); dann deckst du sie einzeln auf und zählst, was du wusstest. Offline erfinde ich keine Karten; ein LLM-Planer würde sie schreiben."},
    "it": {"quiz.write": "Un quiz da scrivere: inserisci ogni domanda con la sua risposta nella pagina, una per riga (domanda = risposta); poi le pone e tiene il punteggio. Offline non invento domande; un pianificatore LLM le scriverebbe.",
           "cards.write": "Flashcard da scrivere: inserisci ogni carta nella pagina, una per riga (fronte = retro); poi scoprile una alla volta e conta quelle che sapevi. Offline non invento carte; un pianificatore LLM le scriverebbe."},
    "pt": {"quiz.write": "Um quiz para escrever: digite cada pergunta com a resposta na página, uma por linha (pergunta = resposta); depois ele pergunta e conta os pontos. Offline não invento perguntas; um planejador LLM as escreveria.",
           "cards.write": "Cartões para escrever: digite cada cartão na página, um por linha (frente = verso); depois revele um a um e conte os que você sabia. Offline não invento cartões; um planejador LLM os escreveria."},
    "nl": {"quiz.write": "Een quiz om zelf te schrijven: typ elke vraag met het antwoord op de pagina, één per regel (vraag = antwoord); daarna stelt hij ze en houdt de score bij. Offline verzin ik geen vragen; een LLM-planner zou ze schrijven.",
           "cards.write": "Flitskaarten om zelf te schrijven: typ elke kaart op de pagina, één per regel (voorkant = achterkant); draai ze daarna één voor één om en tel wat je wist. Offline verzin ik geen kaarten; een LLM-planner zou ze schrijven."},
    "pl": {"quiz.write": "Quiz do wypełnienia: wpisz na stronie każde pytanie z odpowiedzią, jedno w linii (pytanie = odpowiedź); potem zada je i policzy punkty. Offline nie wymyślam pytań; planer LLM by je napisał.",
           "cards.write": "Fiszki do wypełnienia: wpisz na stronie każdą fiszkę, jedną w linii (przód = tył); potem odkrywaj je po kolei i licz, co wiedziałeś. Offline nie wymyślam fiszek; planer LLM by je napisał."},
    "tr": {"quiz.write": "Doldurulacak bir test: her soruyu cevabıyla birlikte sayfaya, her satıra bir tane yazın (soru = cevap); sonra soruları sorar ve puanı tutar. Çevrimdışıyken soru uydurmam; bir LLM planlayıcı yazardı.",
           "cards.write": "Doldurulacak bilgi kartları: her kartı sayfaya, her satıra bir tane yazın (ön = arka); sonra tek tek açın ve bildiklerinizi sayın. Çevrimdışıyken kart uydurmam; bir LLM planlayıcı yazardı."},
    "ru": {"quiz.write": "Викторина, которую вы заполняете сами: впишите на странице каждый вопрос с ответом, по одному в строке (вопрос = ответ); затем она задаст их и посчитает баллы. Офлайн я не придумываю вопросы; LLM-планировщик написал бы их.",
           "cards.write": "Карточки, которые вы заполняете сами: впишите на странице каждую карточку, по одной в строке (лицевая сторона = обратная); затем открывайте их по одной и считайте, что знали. Офлайн я не придумываю карточки; LLM-планировщик написал бы их."},
    "ja": {"quiz.write": "自分で書くクイズです。ページに問題と答えを1行に1つずつ書くと（問題 = 答え）、出題して点数をつけます。オフラインでは問題を作りません。LLM プランナーなら作れます。",
           "cards.write": "自分で書く単語カードです。ページにカードを1行に1枚ずつ書き（表 = 裏）、1枚ずつめくって覚えていた数を数えます。オフラインではカードを作りません。LLM プランナーなら作れます。"},
    "ko": {"quiz.write": "직접 채우는 퀴즈입니다. 페이지에 문제와 답을 한 줄에 하나씩 쓰면(문제 = 답) 문제를 내고 점수를 매깁니다. 오프라인에서는 문제를 만들지 않습니다. LLM 플래너라면 만들 수 있습니다.",
           "cards.write": "직접 채우는 단어 카드입니다. 페이지에 카드를 한 줄에 하나씩 쓰고(앞면 = 뒷면) 하나씩 뒤집으며 아는 것을 세어 보세요. 오프라인에서는 카드를 만들지 않습니다. LLM 플래너라면 만들 수 있습니다."},
    "vi": {"quiz.write": "Một bài trắc nghiệm để tự viết: gõ mỗi câu hỏi kèm đáp án lên trang, mỗi dòng một câu (câu hỏi = đáp án); sau đó nó sẽ hỏi và tính điểm. Khi ngoại tuyến tôi không tự nghĩ ra câu hỏi; một trình lập kế hoạch LLM thì có thể.",
           "cards.write": "Thẻ ghi nhớ để tự viết: gõ mỗi thẻ lên trang, mỗi dòng một thẻ (mặt trước = mặt sau); sau đó lật từng thẻ và đếm những thẻ bạn đã biết. Khi ngoại tuyến tôi không tự nghĩ ra thẻ; một trình lập kế hoạch LLM thì có thể."},
    "id": {"quiz.write": "Kuis untuk ditulis sendiri: ketik setiap pertanyaan dengan jawabannya di halaman, satu per baris (pertanyaan = jawaban); lalu kuis menanyakannya dan menghitung skor. Saat luring saya tidak mengarang pertanyaan; perencana LLM bisa.",
           "cards.write": "Kartu hafalan untuk ditulis sendiri: ketik setiap kartu di halaman, satu per baris (depan = belakang); lalu buka satu per satu dan hitung yang kamu tahu. Saat luring saya tidak mengarang kartu; perencana LLM bisa."},
    "ar": {"quiz.write": "اختبار تكتبه بنفسك: اكتب في الصفحة كل سؤال مع جوابه، سؤالًا في كل سطر (السؤال = الجواب)؛ ثم يطرحها ويحسب النتيجة. دون اتصال لا أؤلف أسئلة بنفسي؛ مخطط LLM يستطيع ذلك.",
           "cards.write": "بطاقات تكتبها بنفسك: اكتب في الصفحة كل بطاقة في سطر (الوجه = الظهر)؛ ثم اكشفها واحدة تلو الأخرى واحسب ما كنت تعرفه. دون اتصال لا أؤلف بطاقات بنفسي؛ مخطط LLM يستطيع ذلك."},
    "hi": {"quiz.write": "खुद लिखने वाला क्विज़: पेज पर हर सवाल उसके जवाब के साथ लिखें, हर पंक्ति में एक (सवाल = जवाब); फिर यह सवाल पूछेगा और स्कोर रखेगा। ऑफ़लाइन मैं खुद सवाल नहीं बनाता; LLM प्लानर बना सकता है।",
           "cards.write": "खुद लिखने वाले फ़्लैशकार्ड: पेज पर हर कार्ड लिखें, हर पंक्ति में एक (आगे = पीछे); फिर एक-एक करके पलटें और गिनें कि आपको कितने पता थे। ऑफ़लाइन मैं खुद कार्ड नहीं बनाता; LLM प्लानर बना सकता है।"},
}
# fmt: on
