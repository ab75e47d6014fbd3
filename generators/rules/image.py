"""The image kind of the rules planner: the subject with request words stripped, the style and the
aspect ratio from the wording."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.rules.cues import ASPECT_CUES, COMMAND_PREFIX, FOR_PURPOSE, IMAGE_NEGATIVE, IMAGE_STYLE_CUES
from generators.rules.request import RulesInput
from generators.rules.scene_words import NO_NUMBERS, SENTENCE, STYLE_NAMED
from generators.rules.templates import template
from generators.rules.words import best_cue, cap, find_cue, first_of, lang_of, msg, short, text_plan
from render.plan import ImagePlan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
# How something would look, in the planner's languages: a picture of it is the answer.
_WOULD_LOOK = (
    r"re:\bça\s+donnerait\s+quoi\b|\bde\s+quoi\s+(?:aurait|aurai)[st]?\s+l['’]air\b|\bc[óo]mo\s+quedar[íi]a\b"
    r"|\bcomo\s+ficaria\b|\bcome\s+(?:verrebbe|starebbe)\b|\bjak\s+(?:by\s+)?wyglądał\w*(?:\s+by)?\b"
    r"|как\s+(?:бы\s+)?выглядел\w*|как\s+будет\s+выглядеть|\bhoe\s+(?:zou|ziet)\b.{1,60}?\ber\s?uit\s?(?:zien)?\b"
    r"|\bnasıl\s+görün\w*|어떤\s*(?:느낌|모습)일지|어떻게\s*보일지|どんな(?:感じ|見た目)に(?:なる|なり)|どう見える"
    r"|(?:이렇게|저렇게|그렇게)?\s*(?:하면|꾸미면|바꾸면|칠하면|놓으면|두면)\s*어떨지\s*(?:보여|그려)(?:줘|주세요|줄래|주라)?"  # "이렇게 하면 어떨지 보여줘"
    r"|会是什么样|كيف\s+(?:(?:ممكن|قد|راح|رح|ح)\s+)?(?:سيبدو|ستبدو|يبدو|تبدو|[يت]بان|ب[يت]بان|سي?[يت]بان)|كيف\s+(?:بيكون|بيصير|راح\s+يكون|رح\s+يكون|يكون)\s+شكل|कैसा\s+दिखेगा|कैसी\s+दिखेगी|कैसा\s+लगेगा"
    r"|कैस[ाीे]\s+(?:दिखता|दिखती|दिखते|लगता|लगती)(?:\s+(?:है|था|थी|होगा|होगी))?\s*[?？।]?\s*$"  # "… होता तो कैसा दिखता"
    r"|\bhur\s+skulle\b.{1,80}?\bse\s+ut\b|\b(?:akan\s+)?terlihat\s+seperti\s+apa\b|\bseperti\s+apa\s+(?:jadinya|kelihatannya)\b"
    r"|\btrông\s+(?:sẽ\s+)?(?:như\s+thế\s+nào|ra\s+sao)"
)
# Where the camera is: part of the picture asked for, kept in its prompt.
_CAMERA = r"re:\b(?:shot|seen|photographed)\s+from\s+above\b|\boverhead\s+shot\b|\bflat\s?lay\b|\btop-down\s+(?:shot|photo|view)\b"

# "(I want to show the buyers) what the empty back room could be: a home office …": the place as the scene
_COULD_BE = re.compile(
    r"^(?:(?:.{0,80}?\b(?:show|see|imagine|picture)\b)?.{0,40}?\b)?what\s+(?P<place>.{1,60}?)\s+(?:could|would|might|will)\s+"
    r"(?:be|become|turn\s+into)\s*[:—–-]?\s+(?P<scene>(?:an?|the)\s.{3,})$",
    re.I,
)
_WOULD_LOOK_RE = re.compile(_WOULD_LOOK[3:], re.I)
# Where the picture goes, said before it: "for the restaurant's instagram, …", "pour l'affiche : …".
_FOR_LEAD = re.compile(
    rf"^\s*(?:{FOR_PURPOSE})\s+[^,:;：，]{{1,60}}?[,:;：，]\s*", re.I
)
# The picture's noun and where it goes, before a colon: "pic for the website: …", "photo for our menu: …".
_NOUN_FOR_LEAD = re.compile(
    rf"^\s*(?:(?:a|an|the|some)\s+)?(?:pic|picture|image|photo|illustration|drawing|artwork|visual)s?\s+"
    rf"(?:(?:{FOR_PURPOSE}|to\s+go\s+on|on)\s+[^,:;：，]{{1,60}}?)?[:：]\s*"
    # "想要一张主图：…", "做一张封面图：…": a Chinese picture noun asked for before the colon
    r"|^\s*[^,:;：，。]{0,8}?(?:一张|一幅)?(?:主图|头图|封面图|配图|图片|海报)\s*[:：]\s*",
    re.I,
)

# "(from this,) show me how the boubou would look", "what the Vault room should look like": the thing imagined
_LOOK_LEAD = re.compile(
    r"^(?:(?:from|based\s+on)\s+(?:this|that|it)\s*[,:]?\s*)?(?:(?:show|tell)\s+(?:me|us)\s+)?(?:what|how)\s+"
    r"(?P<thing>(?:the|a|an|my|our|this|that|your)\s+.{1,80}?)\s+(?:would|should|could|might|will)\s+look(?:\s+like)?\b",
    re.I,
)
# The picture's noun and then the scene told after a dash or colon, in one clause ("हमें लेबल के लिए एक तस्वीर
# चाहिए — अंधेरे कमरे में …", "we need a photo for the menu — a bowl of ramen …"), or its noun mid-sentence
_PICTURE_NOUNS = (
    r"picture|image|photo|illustration|drawing|painting|pic|तस्वीर|चित्र|फोटो|इमेज|imagen|imagem|immagine|foto|bild"
    r"|صورة|رسمة|картинк\w*|изображени\w*|写真|画像|イラスト|그림|사진|图片|插画"
)
_PICTURE_THEN_SCENE = re.compile(
    rf"^[^:：—–.!?]{{0,100}}?(?:{_PICTURE_NOUNS})(?:\s*(?:चाहिए|बनाओ|बना\s+दो|बनाइए|बना\s+दीजिए|please|pls|needed|bitte|por\s+favor|per\s+favore)"
    r"|\s+(?:for|per|para|pour|für|voor|для)\s+[^:：—–.!?,]{1,40}?)?\s*[:：—–]\s*",
    re.I,
)
_PICTURE_OF_MID = re.compile(
    r"(?<=\S)[^.!?]*?\b(?:a|an)\s+(?P<look>(?:[\w-]+\s+){0,2}?)(?P<noun>picture|image|photo|illustration|drawing|painting|pic)s?\s+"
    r"(?:of|showing)\s+(?!(?:it|this|that|them|these|those)\b)",
    re.I,
)
# Wanting to see a thing not yet made, and why: "vorrei vedere una torta …", "…, just to give the baker an idea"
_SEE_LEAD = re.compile(
    r"^.{0,80}?\b(?:i['’]?d\s+(?:like|love)\s+to\s+see|i\s+want\s+to\s+see|vorrei\s+vedere|voglio\s+vedere"
    r"|mi\s+piacerebbe\s+vedere|quisiera\s+ver|quiero\s+ver|me\s+gustar[ií]a\s+ver|je\s+voudrais\s+voir"
    r"|j['’]aimerais\s+voir|queria\s+ver|gostaria\s+de\s+ver|ik\s+wil\s+(?:graag\s+)?zien)\s+"
    r"(?:a\s+(?=(?:mi|mis|tu|tus|su|sus|nuestr\w*|el|la|los|las)\b))?",  # "quiero ver a mi perro": the dog
    re.I,
)
_JUST_TO = re.compile(
    r"[,;—–-]\s*(?:just|only|giusto|solo|juste|nur|apenas|alleen)\s+(?:to|per|para|pour|um|om)\b[^,;]*$", re.I
)
# A passage of prose quoted to picture (twelve words or more: a caption to print is shorter): the scene itself.
_PASSAGE = re.compile(r"[\"“„«]([^\"“”„«»]{40,1200})[\"”»]")

# A cover or sleeve described by its scene ("обложка для альбома: пустой трамвай ночью", "表紙：くまが
# パンケーキを焼いている", "cover for the report – a basket of crops, painted"): the art is the ask.
_COVER = (
    r"re:\b(?:album|book|record|ep|single|cd|vinyl|podcast|magazine|zine|menu|report|yearbook|programme|program)\s+"
    r"(?:cover|sleeve)s?\b|\b(?:portada|car[aá]tula)s?\s+(?:del?|para)\s+(?:\w+\s+){0,2}?(?:libro|disco|[aá]lbum|revista|cuento)"
    r"|\b(?:couverture|pochette)\s+(?:de|du|d['’]|pour)\s+(?:\w+\s+){0,2}?(?:livre|album|disque|magazine|conte|roman)"
    r"|\bcopertina\s+(?:del|dell['’]|di|per)\s*(?:\w+\s+){0,2}?(?:libro|album|disco|rivista|fiaba)"
    r"|\bcapa\s+(?:do|de|para)\s+(?:\w+\s+){0,2}?(?:livro|[aá]lbum|disco|revista)"
    r"|\b(?:album|buch|platten)cover\b|\bcover\s+(?:f[üu]r|von)\s+(?:\w+\s+){0,2}?(?:album|buch|platte)"
    r"|обложк\w*\s+(?:для\s+|к\s+)?(?:\w+\s+){0,1}?(?:альбом|книг|пластинк|сингл|журнал|сборник)\w*"
    r"|(?:本|絵本|アルバム|レシピ本|雑誌|CD)の表紙|표지\s*(?:그림|디자인)|(?:앨범|책)\s*(?:표지|커버)|(?:专辑|书|绘本|杂志)的?封面"
)
# A cover asked with the medium it is to be made in ("… painted", "watercolour cover"): a picture even
# over an attached table (weight 4: a table drops the weaker picture words, being data to draw).
_COVER_MADE = (
    r"re:\bcovers?\b.{0,160}?\b(?:painted|hand-painted|illustrated|hand-drawn|watercolou?r(?:ed)?|drawn\s+in)\b"
    r"|\b(?:painted|illustrated|watercolou?r|hand-drawn)\s+covers?\b"
)
# What a place could become, shown to someone ("show the buyers what the empty back room could be: a
# bright home office", "come potrebbe essere il nostro cortile trasformato in un orto", "visualise the
# new playground the council is proposing"): the imagined place, pictured.
_COULD_BECOME = (
    r"re:\b(?:show|see|imagine|picture)\b.{0,40}?\bwhat\s+(?:the|our|my|this|that|his|her|their|your)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:could|would|might|will)\s+(?:be|become|turn\s+into)\b(?=\s*(?:[:—–-]|if|with|as|once|after|\w+\s+(?:a|an)\b)|\s+(?:a|an)\b)"
    r"|\bcome\s+(?:potrebbe|sarebbe|verrebbe)\s+(?:essere|diventare)\s+(?:il|la|lo|l['’]|i|gli|le)\s*(?:\w+\s+){0,4}?\w+\s+trasformat\w*"
    r"|\bcosa\s+potrebbe\s+diventare\b|\bce\s+que\s+pourrai(?:t|ent)\s+devenir\b|\bà\s+quoi\s+pourrai(?:t|ent)\s+ressembler\b"
    r"|\bc[oó]mo\s+(?:podr[ií]a|quedar[ií]a)\s+(?:ser|verse|quedar)\s+(?:el|la|los|las|nuestr\w+|mi)\b.{0,60}?\b(?:convertid|transformad|reformad)\w*"
    r"|\bcomo\s+poderia\s+(?:ser|ficar)\s+(?:o|a|os|as|noss\w+|meu|minha)\b.{0,60}?\b(?:transformad|reformad)\w*"
    r"|\bvisuali[sz]e\s+(?:the|our|a|an|my|this|that)\s+(?:new|proposed|planned|future|redesigned|renovated|finished|dream|converted)\s+"
    r"(?!(?:data|numbers|figures|results|budget|sales|process|workflow|structure|org|plan\b|schedule|timeline|steps|system)\b)[a-z][\w-]*"
)
# The light and palette a scene is in ("evening light", "neon light", "शाम की रोशनी", "やさしい色で"): words
# that describe a picture, as typical as a style or a camera (weight 2: any form named still wins).
_SCENE_LIGHT = (
    r"re:\b(?:evening|morning|dawn|dusk|sunset|sunrise|golden|soft|warm|neon|candle|moon|winter|misty)\s?-?light(?:ing)?\b(?!\s+(?:bulbs?|switch|fittings?|bill))"
    r"|\b(?:soft|gentle|pastel|muted|warm)\s+(?:colou?rs|tones|palette)\b|\blumière\s+(?:du\s+soir|douce|tamisée|dorée)\b"
    r"|\bluz\s+(?:de\s+la\s+tarde|del\s+atardecer|suave|cálida|de\s+neón|do\s+entardecer)\b|\bluce\s+(?:della\s+sera|calda|soffusa|al\s+neon)\b"
    r"|\b(?:abendlicht|morgenlicht|neonlicht|kerzenlicht)\b|(?:неонов|вечерн|мягк|лунн|т[её]пл)\w*\s+свет\w*"
    r"|(?:शाम|सुबह|चाँद|चांद|मोमबत्ती|नीऑन|नियॉन|सुनहरी)\s+की\s+रोशनी|(?:やさしい|優しい|柔らかい|淡い|パステル)(?:色|カラー|トーン)"
    r"|(?:夕暮れ|朝|ネオン)の(?:光|明かり)|파스텔\s*톤|따뜻한\s*색감|네온\s*불빛|暖色调|柔和的(?:颜色|色调)|霓虹灯光|夕阳的光"
)

# "just the picture", "label art", "no text on it": a picture and nothing else; not where a chart is named
# ("label art costs: … chart", "bar chart, no text on it"), and "label art" is no budget line
_PICTURE_ONLY = (
    r"re:(?s)^(?!.*\b(?:chart|graph|plot)s?\b).*?(?:\b(?:just|only)\s+the\s+(?:picture|image|illustration|artwork|art)\b"
    r"|\blabel\s+art\b(?!\s+(?:costs?|budget|prices?|spend\w*|fees?))|\bno\s+text\s+on\s+it\b)"
)

# A thing made in the shape of another ("a cake shaped like a bowling pin", "una torta a forma di birillo", "un
# gâteau en forme de quille"): how it looks is the ask (weight 2: a form named, "a chart shaped like…", wins)
_SHAPED_LIKE = (
    r"re:\b(?:an?|the|una?|uno|une|um|uma|ein\w*|een)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+\s+"
    r"(?:shaped\s+like|in\s+the\s+shape\s+of|a\s+forma\s+d[i']|en\s+forma\s+de|en\s+forme\s+d[e']|em\s+forma\s+de"
    r"|in\s+(?:der\s+)?form\s+(?:eine[sr]|von)|in\s+de\s+vorm\s+van)\s*(?:an?\s+|una?\s+|une?\s+|uma?\s+)?[^\W\d_]"
)

CUES: dict[str, list[tuple[str, int]]] = {
    "scene": [(_SHAPED_LIKE, 2), (_COVER, 3), (_COVER_MADE, 4), (_COULD_BECOME, 3), (_SCENE_LIGHT, 2), (STYLE_NAMED, 3)],
    "en": [("meme", 3), (_PICTURE_ONLY, 5), (_WOULD_LOOK, 3), (_CAMERA, 3), (r"re:\bmood\s?-?boards?\b|\bmoodboards?\b|ムードボード|무드\s*보드|情绪板", 4),
           ("re:\\b(?:a|an|two|three|some|our|my)\\s+(?:[a-z'-]+\\s+){0,3}?[a-z]+s?\\s+(?:holding|wearing|riding|playing|eating|sitting|standing|flying|running|dancing|reading|sleeping|jumping|swimming|walking|drinking|carrying|hugging|waving|surfing|skating|skiing|climbing|juggling|cooking|painting|singing|driving|floating|hiding|chasing|fighting|smiling|laughing|looking out|peeking)\\s+(?:a|an|the|on|in|with|at|under|over|through|its|his|her|their)\\b", 3),
           ("re:\\b(?:picture|image|photo|illustration|drawing)\\s+of\\b.{0,100}?\\bfor\\s+(?:the|a|an|our|my|this)\\s+(?:cover|front page|title page|invite|invitation|card|poster|banner|header|thumbnail)", 4),
           ("picture", 3), ("image", 3), ("illustration", 3), ("illustrated", 3), ("photo", 3), ("photograph", 3),
           ("painting", 3), ("portrait of", 3), ("portrait", 2), ("wallpaper", 3), ("artwork", 3), ("drawing of", 3),
           ("sketch of", 3), ("watercolor", 3), ("watercolour", 3), ("render of", 3), ("logo", 2), ("crest", 2), ("emblem", 2), ("mascot", 2), ("paint", 2),
           ("draw", 1), ("sketch", 1), ("illustrate", 1),
           # motion asked for without a kind that moves: a still picture of it is the next best thing
           ("animate", 1), ("animation of", 1),
           # imagining a scene, asking what something would look like
           ("imagine", 3), ("picture this", 3), ("re:\\bwhat (?:would|will|might|could|does|do|did) .{1,100}? look(?:s|ed)? like", 3),
           ("re:\\bwhat .{1,60}? (?:looks|looked|(?:would|should|could|might|will) look|would have looked) like", 3),
           ("re:\\bhow (?:would|will|might|could) .{1,100}? look\\b", 3), ("look like if", 3),
           # "show me how the embroidered grand boubou would look on a tall man": a thing imagined, seen
           (r"re:\bhow\s+(?:the|a|an|my|our|this|that|your)\s+(?![\w'-]*\s*(?:[\w'-]+\s+){0,4}?(?:chart|graph|slides?|deck|table|dashboard|app|page|website|site"
            r"|report|diagram|infographic|layout|schedule|plan|budget|numbers|data|figures|results)\b)(?:[\w'-]+\s+){0,5}?(?:would|will|might|could|should)\s+look\b(?!\s+(?:into|at|for|after)\b)", 3),
           # art styles and media
           ("concept art", 4), ("character design", 4), ("oil painting", 4), ("oil on canvas", 4), ("claymation", 4),
           ("pixel art", 4), ("isometric", 3), ("3d render", 4), ("low poly", 4), ("digital art", 4),
           ("fantasy art", 4), ("anime", 3), ("cartoon", 3), ("comic book", 3), ("doodle", 3), ("photorealistic", 4),
           ("hyperrealistic", 4), ("in the style of", 3), ("art style", 3), ("style", 1), ("mascot", 3),
           ("avatar", 3), ("sticker", 2), ("storybook", 3), ("children's book", 3), ("vector art", 3),
           # camera language
           ("cinematic", 3), ("shot of", 3), ("drone shot", 4), ("aerial view", 3), ("aerial shot", 4), ("close-up", 3),
           ("closeup", 3), ("macro shot", 4), ("wide shot", 4), ("product photo", 4), ("product shot", 4),
           ("golden hour", 3), ("35mm", 3), ("bokeh", 3), ("studio lighting", 3), ("film still", 4), ("selfie", 3), ("polaroid", 3), ("snapshot of", 3),
           # an artist's sheets and views of one character or object
           (r"re:\b(?:character\s+(?:design\s+)?(?:sheet|turnaround|reference(?:\s+sheet)?)s?|(?:model|reference|turnaround)\s+sheets?)\b"
            r"(?!.{0,60}\b(?:d&d|dnd|rpg|pathfinder|stats|level\s+\d))", 4),
           (r"re:\b(?:front|side|back|rear|three-quarter|3/4|profile)\s+views?\b", 2),
           ("impressionist", 3), ("impressionism", 3),
           # the same media and sheets in languages without a list of their own below
           ("konceptkonst", 4), ("karaktärsdesign", 4), ("föreställ dig", 3), ("tänk dig", 2), ("målning", 3),
           ("akvarell", 3), ("teckning", 2), ("impressionistisk*", 3), (r"re:\bi\s+(?:\w+\s+)?stil\b", 2),
           (r"re:\b(?:framifrån|från\s+sidan)\b", 2),
           ("establishing shot", 4), ("low-angle shot", 4), ("tilt-shift", 3), ("matte painting", 4), ("line art", 3), ("linocut", 3), ("woodcut", 3), ("ukiyo-e", 4),
           ("chibi", 3), ("voxel art", 4), ("cel-shaded", 4), ("gouache", 3), ("pencil sketch", 4), ("charcoal drawing", 4),
           ("ink drawing", 3), ("8-bit style", 3), ("16-bit style", 3),
           (r"re:\b(?:synthwave|vaporwave)\s+(?:style|aesthetic|art|look|poster|wallpaper)\b", 3),
           ("pic", 3), ("cover art", 4), (r"re:\b(?:menu|book|album|podcast|magazine|record|ebook|cd)\s+covers?\b", 3), (r"re:\bcover (?:image|photo|picture|illustration)s?\b", 4), (r"re:\b(?:zoom|video call|desktop|phone|lock screen|teams)\s+backgrounds?\b", 4), (r"re:\bbackground (?:image )?for (?:my|our|the) (?:zoom|video calls?|desktop|phone|teams|calls)\b", 4), ("backdrop", 2)],
    "zh": [("吉祥物", 3), ("角色设计", 4), ("概念艺术", 4), ("概念设计图", 4), ("印象派", 3), ("表情包", 3), ("标志设计", 3), ("商标", 2), ("梗图", 3),
           ("卡通", 3), ("配图", 3), ("封面图", 4), ("主图", 4), ("头图", 4),
           ("图片", 3), ("图像", 3), ("插画", 3), ("插图", 3), ("照片", 3), ("壁纸", 3), ("画一幅", 3), ("画一张", 3),
           ("画一只", 3), ("画一个", 1), ("海报", 2), ("头像", 3), (r"re:(?<!动)画(?!饼|大饼)", 1), ("绘制", 1), ("想象", 3), ("想像", 3),
           ("画面", 3), ("场景", 2), ("油画", 3), ("水彩", 3), ("风格", 2), ("镜头", 3), ("电影感", 3), ("像素风", 4),
           ("概念图", 2), ("像素画", 4), ("像素艺术", 4), ("像素风格", 4), ("电影镜头", 4), ("电影画面", 4), ("特写镜头", 3), ("航拍图", 3), ("航拍视角", 3),
           ("水墨画", 4), ("动漫风", 4), ("角色设定", 4), ("三视图", 4), ("氛围感", 2), ("长什么样", 4), ("会是什么样", 4),
           ("一张图", 2)],
    "es": [("render de", 3), ("renderizado de", 3), ("diseño de personaje*", 4), (r"re:\bvista\s+(?:frontal|lateral|de\s+perfil)\b", 2), ("impresionista", 3), ("meme", 3), ("logotipo", 2),
           ("imagen", 3), ("foto", 3), ("fotografía", 3), ("ilustración", 3), ("dibujo", 2), (r"re:\bun dibujo de\b", 3), ("dibuja", 1),
           ("pintura", 3), ("dibújame", 2), ("píntame", 2), ("acuarela", 3), ("óleo", 3), ("imagina", 3), ("imagínate", 3), ("retrato", 3),
           ("re:c[óo]mo (?:se )?ver[íi]a", 4), ("estilo", 2), ("escena", 2), ("cinematográfic*", 3),
           ("arte conceptual", 4), (r"re:\bun\s+primer\s+plano\s+de\b", 3), ("toma aérea", 3), ("vista aérea", 3), ("fotograma", 3),
           ("hoja de personaje", 4), (r"re:\bplano\s+(?:picado|contrapicado|cenital)\b", 3)],
    "fr": [("rendu de", 3), ("rendu 3d", 4), ("art conceptuel", 4), ("design de personnage*", 4), ("conception de personnage*", 4), ("impressionniste", 3), ("mème", 3),
           ("photo", 3), ("illustration", 3), ("dessin", 2), (r"re:\bun dessin d[e']", 3), ("dessine", 1), ("dessine-moi", 2), ("peinture", 3), ("aquarelle", 3),
           ("imagine", 3), ("imaginez", 3), ("re:à quoi ressembl", 4), ("portrait", 2), ("scène", 2),
           ("cinématographique", 3), ("style", 1), ("image", 3),
           # camera and film words: "ambiance plan de cinéma", "gros plan sur", "vue aérienne"
           (r"re:\bplan\s+(?:de\s+)?ciné(?:ma)?\b|\bplan\s+(?:large|serré|américain|séquence)\b", 3), (r"re:\bgros\s+plan\s+(?:d['’]|de\s|du\s|des\s)", 3),
           ("vue aérienne", 3), ("peinture à l'huile", 4), ("fiche personnage", 4),
           ("au fusain", 3), (r"re:\bvue\s+de\s+(?:face|profil|dos)\b", 2)],
    "de": [("rendering von", 3), ("render von", 3), ("konzeptkunst", 4), ("konzeptzeichnung", 4), ("charakterdesign", 4), ("figurendesign", 4), ("impressionistisch*", 3), ("bildchen", 3), ("motiv", 2), ("cartoon", 3), ("comic", 3), ("titelbild", 4),
           (r"re:\bbild\b(?!\s+(?:machen|gemacht|zu\s+machen))", 3), ("foto", 3), ("gemälde", 3), ("ölgemälde", 4), ("zeichnung", 2), ("zeichne", 1), ("male mir", 2),
           ("aquarell", 3), ("illustration", 3), ("re:stell (?:dir|euch|ihnen) .{1,120}? vor", 4),
           # typed without umlauts too ("wie konnte das etikett fur unseren gin aussehen"), then "aussehen" is said
           ("re:wie (?:würde|sähe|könnte|wird) .{1,100}? aus|\\bwie (?:wuerde|wurde|saehe|sahe|koennte|konnte) .{1,100}? aussehen\\b", 4), ("stil", 2), ("szene", 2),
           ("filmisch*", 3), ("nahaufnahme", 3), ("luftaufnahme", 3), ("weitwinkel*", 3), ("pixelkunst", 4), ("ölbild", 3),
           ("charakterblatt", 4), ("figurenblatt", 4), ("vorderansicht", 2), ("seitenansicht", 2)],
    "pt": [("render de", 3), ("renderização de", 3), ("arte conceitual", 4), ("arte conceptual", 4), ("design de personage*", 4), ("vista frontal", 2), ("impressionista", 3), ("meme", 3), ("logotipo", 2), ("logomarca", 2), ("figurinha", 3),
           ("imagem", 3), ("foto", 3), ("ilustração", 3), ("desenho", 2), ("desenha", 1), ("desenha-me", 2), ("pintura", 3), ("aquarela", 3),
           ("aguarela", 3), ("imagina", 3), ("imagine", 3), ("re:como seria", 4), ("estilo", 2), ("retrato", 3),
           (r"re:\buma cena\b", 2), (r"re:\bum desenho d[eo]\b", 3),
           ("cinematográfic*", 3), ("plano aéreo", 3), ("vista aérea", 3), ("arte em pixel", 4), ("ficha de personagem", 4),
           (r"re:\bum\s+primeiro\s+plano\s+d", 3)],
    "it": [("render di", 3), ("rendering di", 3), ("design del personaggio", 4), ("design dei personaggi", 4), ("vista frontale", 2), ("impressionista", 3), ("immagine", 3), ("foto", 3), ("illustrazione", 3), (r"re:\bdisegno\b(?!\s+di\s+legge)", 2), (r"re:\bun disegno d", 3), ("disegna", 1), ("disegnami", 2), ("dipinto", 3),
           ("acquerello", 3), ("immagina", 3), ("re:come sarebbe", 4), ("stile", 2), ("ritratto", 3), ("scena", 2),
           # a shot and its camera: "scatto cinematografico di…", "un primo piano di…", "ripresa aerea"
           (r"re:\b(?:scatto|inquadratura|ripresa|stile|atmosfera|luce|effetto)\s+(?:\w+\s+)?cinematografic\w*", 3),
           (r"re:\bscatto\s+(?:fotografico|artistico|notturno|aereo|ravvicinato|dall['’]alto|in\s+bianco\s+e\s+nero)\b", 3),
           (r"re:\binquadratura\s+(?:dall['’]alto|dal\s+basso|ravvicinata|larga|stretta)", 3), ("ripresa aerea", 3), ("vista aerea", 3), (r"re:\bun\s+primo\s+piano\s+d", 3),
           ("olio su tela", 4), ("scheda personaggio", 4), ("pixel art", 4)],
    "ru": [("концепт-арт", 4), ("концепт арт", 4), ("дизайн персонажа", 4), ("вид спереди", 2), ("вид сбоку", 2), ("импрессионизм", 3), ("картин", 3), ("изображени", 3), (r"re:фото(?!граф)", 3), ("иллюстраци", 3), ("рисунок", 2), ("нарисуй", 1),
           ("представь", 3), ("в стиле", 3), ("акварел", 3), ("живопис", 3), ("сцен", 2), ("логотип", 2), ("кинематографичн", 3), ("пиксель-арт", 4), ("пиксельн", 3),
           ("крупный план", 3), ("мультяшн", 3), ("лист персонажа", 4), ("картина маслом", 4), ("re:(?<![\u0400-\u04ff])кадр(?:а|е|ом)?(?![\u0400-\u04ff])", 3)],
    "ja": [("ゆるキャラ", 4), ("マスコット", 3), ("コンセプトアート", 4), ("キャラクターデザイン", 4), ("印象派", 3), ("スタンプ", 2), ("ロゴ", 2),
           ("挿絵", 3), ("絵を描いて", 3), ("表紙の絵", 4),
           ("画像", 3), ("イラスト", 3), ("写真", 3), ("絵", 2), ("水彩", 3), ("油絵", 3), ("ドット絵", 4),
           ("想像", 3), ("ワンシーン", 3), ("シーン", 2), ("風景", 2), ("描いて", 1), ("映画の", 2), ("ポートレート", 3),
           ("ピクセルアート", 4), ("シネマティック", 3), ("アニメ風", 4), ("漫画風", 4), ("水彩画", 3), ("キャラクターシート", 4),
           ("キャラデザ", 4), ("三面図", 4), ("クローズアップ", 3), ("空撮", 3)],
    "ko": [("마스코트", 3), ("콘셉트 아트", 4), ("컨셉 아트", 4), ("컨셉아트", 4), ("인상파", 3), ("이모티콘", 2), ("로고", 2),
           ("만화", 3), ("표지 그림", 4),
           ("이미지", 3), ("그림", 3), ("사진", 3), ("일러스트", 3), ("수채화", 3), ("유화", 3), ("장면", 3),
           ("상상", 3), (r"re:픽셀\s*아트", 4), ("영화 같은", 3),
           ("시네마틱", 3), ("영화 장면", 3), ("클로즈업", 3), ("항공샷", 3), ("드론샷", 3), (r"re:애니\s*(?:풍|스타일)", 4),
           ("웹툰 스타일", 4), ("캐릭터 시트", 4), ("캐릭터 디자인", 4)],
    "ar": [("فن مفاهيمي", 4), ("تصميم شخصية", 4), ("تصميم الشخصية", 4), ("شعار لـ", 2), ("تصميم شعار", 3), (r"re:شعار\s+ل(?:محل|شركة|متجر|مطعم|نادي|مشروع|فريق|مقهى|كافيه|صالون|عيادة|مدرسة|مخبز|قناة)|شعار\s.{0,40}?(?:خط|ألوان|لون|أيقونة|رسمة)", 3), (r"re:(?:^|\s)ارسم(?:ي|لي|ي لي)?\s", 3), ("صور", 2), ("رسم كرتوني", 4), ("كرتون", 3), ("رسمة لـ", 3),
           ("صورة", 3), (r"re:لوحة(?!\s*(?:ال)?(?:انتظار|إعلانات|اعلانات|معلومات|تعليمات|النتائج|المفاتيح|التحكم|الحائط))(?![^\n.،]{0,30}?(?:قواعد|تعليمات|إرشادات|ارشادات|قوانين))", 3), ("رسمة", 3), ("لوحة زيتية", 4), ("تخيل", 3), ("تخيّل", 3), ("ألوان مائية", 3),
           ("مشهد", 2), ("فن البكسل", 4), ("بكسل آرت", 4), ("لقطة سينمائية", 4), ("لقطة مقربة", 3), ("لقطة جوية", 3),
           ("ورقة شخصية", 4)],
    "hi": [("कॉन्सेप्ट आर्ट", 4), ("कैरेक्टर डिज़ाइन", 4), ("कैरेक्टर डिजाइन", 4), ("इमेज", 3), ("लोगो", 2), ("पिक्चर", 3), ("कार्टून", 3),
           ("चित्र", 3), ("तस्वीर", 3), (r"re:फोटो(?!\s*(?:मना|नहीं|वर्जित|निषेध|न\s))", 3), ("पेंटिंग", 3), ("पानी के रंग", 3), ("कल्पना", 3), ("दृश्य", 2), ("पिक्सेल आर्ट", 4), ("पिक्सल आर्ट", 4), ("सिनेमैटिक", 3),
           ("क्लोज़-अप", 3), ("वॉटरकलर", 3), ("ऑयल पेंटिंग", 4)],
    "nl": [("sfeerbeeld*", 3), ("sfeerplaatje*", 3), ("render van", 3), ("rendering van", 3), ("conceptkunst", 4), ("concept art", 4), ("karakterontwerp", 4), ("personageontwerp", 4), ("zijaanzicht", 2), ("impressionistisch*", 3), ("schilderstijl", 3), (r"re:\bstel\s+je\s+.{1,120}?\s+voor\b", 3), (r"re:\bin\s+(?:\w+\s+)?stijl\b", 2), ("illustratie", 3), ("tekening van", 3), ("stel je voor", 3), ("aquarel", 3), ("schets", 2),
           ("plaatje", 3), ("afbeelding", 3), ("tekening", 2), ("foto", 3), ("schilderij", 3), ("teken", 1), ("filmisch*", 3), ("luchtfoto", 3), ("olieverfschilderij*", 3),
           ("pixelkunst", 4), ("vooraanzicht", 2)],
    "tr": [("konsept sanat*", 4), ("karakter tasarım*", 4), (r"re:\b(?:önden|yandan|arkadan)\s+(?:tam\s+boy\s+)?görünüm\b", 2), ("empresyonist", 3), ("yağlı boya", 4), (r"re:\b(?:kılığında|tarzında|stilinde)\b.{0,60}?\bgörmek\s+istiyorum|\bgörmek\s+istiyorum\b.{0,60}?\b(?:tarzında|stilinde)\b", 3), ("re:\\btablosu\\b", 2), ("illüstrasyon*", 3), (r"re:\bresmi\b(?!\s+(?:bir|olarak|dilekçe\w*|yazı\w*|belge\w*|tatil\w*|kurum\w*|evrak\w*|başvuru\w*|gazete\w*|makam\w*))", 2), ("resmini", 3), ("çizim*", 2), ("karikatür*", 3), ("suluboya", 3),
           ("hayal et", 3),
           ("resim*", 3), ("görsel*", 3), ("fotoğraf*", 3), ("illüstrasyon*", 3), ("çiz", 1),
           ("sinematik", 3), ("piksel sanat*", 4), ("yakın çekim", 3), ("havadan çekim", 3), ("karakter sayfası", 4),
           ("anime tarzı", 4)],
    "pl": [("grafika koncepcyjna", 4), ("sztuka koncepcyjna", 4), ("projekt postaci", 4), ("widok z przodu", 2), ("impresjonistyczn*", 3), ("rysunek", 2), ("fotografi*", 3), ("akwarel*", 3), ("wyobraź sobie", 3),
           (r"re:\bwizualizacj\w*\b(?!\s+(?:danych|wyników|sprzedaży|procesu))", 3),  # an architect's render
           ("obrazek", 3), ("obraz*", 3), ("zdjęci*", 3), ("ilustracj*", 3), ("narysuj", 1),
           (r"re:\bujęci\w*\s+(?:kinow\w*|filmow\w*|z\s+drona|z\s+lotu\s+ptaka)|\bkinow\w*\s+ujęci\w*", 3),
           ("z lotu ptaka", 3), ("obraz olejny", 4)],
    "vi": [("thiết kế nhân vật", 4), ("ấn tượng", 1), ("trông như thế nào", 3), ("bức hình", 3), ("tấm hình", 3), ("tấm ảnh", 3), ("một hình", 2), ("tranh", 2),
           ("hình minh họa", 3), ("tưởng tượng", 3),
           ("vẽ", 1), ("cảnh quay", 3), ("hình ảnh", 3), ("bức tranh", 3), ("bức ảnh", 3), ("minh họa", 3)],
    "id": [("seni konsep", 4), ("desain karakter", 4), ("tampak depan", 2), ("impresionis", 3), ("gambar", 3), ("foto", 3), ("ilustrasi", 3), ("lukisan", 3), ("bayangkan", 3), ("sketsa", 2),
           ("kartun", 3), ("cat air", 3)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    plan = image_from_question(req.question)
    if plan is None and req.content:
        plan = image_from_question(short(req.content, 300))
    if isinstance(plan, ImagePlan) and req.table is not None:
        plan = _named_from_table(plan, req.table)
    return plan or text_plan(msg(req.lang, "no_image_subject"))


def _named_from_table(plan: ImagePlan, table: object) -> ImagePlan:
    """ "A basket of these crops" over a table with a 'crop' column: the crops named in the prompt (the
    table's own values, twenty at most), which the picture cannot know otherwise."""
    columns = {str(c).casefold(): c for c in getattr(table, "columns", [])}
    for m in re.finditer(r"\b(?:these|those|the|our|my)\s+(?P<word>[^\W\d_]{3,})\b", plan.prompt, re.I):
        word = m.group("word").casefold()
        column = next((columns[k] for k in (word, word[:-1], word[:-2]) if k in columns), None)
        if column is None:
            continue
        values = [str(v).strip() for v in dict.fromkeys(table[column].dropna()) if str(v).strip()]  # type: ignore[index]
        if not 2 <= len(values) <= 20 or any(re.fullmatch(r"[\d.,\s%-]+", v) for v in values):
            continue
        prompt = f"{plan.prompt[: m.end()]} ({', '.join(values)}){plan.prompt[m.end() :]}"
        return plan.model_copy(update={"prompt": short(prompt, 1500)})
    return plan


def _with_look(text: str, passage: re.Match[str]) -> str:
    """The quoted passage and the look asked for beside it ("Something warm, painterly."): the short
    fragments outside the quotes that neither ask (a question, a lead ending in a colon, a picture's
    noun: "Could you make a picture to go with it?") nor tell about the user ("I wrote this intro")."""
    outside = f"{text[: passage.start()]}\n{text[passage.end() :]}"
    cues = [c for lang_cues in CUES.values() for c in lang_cues]
    look = [
        part.strip(" .。")
        for part in re.split(r"(?<=[.!?。！？])\s+|\n+", outside)
        if part.strip(' .。"”»')
        and len(part.split()) <= 8
        and not re.search(r"[?？:：¿]", part)
        and not SENTENCE.search(part)
        and best_cue(part, cues) is None
    ]
    return ". ".join([passage.group(1).strip(" .。"), *look])


def image_from_question(question: str) -> ImagePlan | None:
    """An image plan: the subject with request words stripped, style and aspect ratio from the wording."""
    text = re.sub(r"\s+", " ", (question or "")[:2000]).strip()
    style = first_of(text, IMAGE_STYLE_CUES)
    aspect = first_of(text, ASPECT_CUES)
    if style is None:
        style = "photo" if find_cue(text, "photo") or find_cue(text, "照片") else "illustration"
    subject = text
    passage = _PASSAGE.search(text)
    if passage and len(passage.group(1).split()) >= 12:
        # 'mijn reisverslag: "Op de derde dag reden we …" Kun je daar een sfeerbeeld bij maken?': the passage;
        # 'Flyer text: "…" Need the picture for the top: an older …': the picture told after the text to print
        told = re.search(r"[:：]\s*(\S.*)$", text[passage.end() :])
        subject = told.group(1) if told and len(told.group(1).split()) >= 4 else _with_look(text, passage)
    subject = re.sub(r"[?？!！。.]+$", "", subject)
    lead = _FOR_LEAD.match(subject) or _NOUN_FOR_LEAD.match(subject)
    after = subject[lead.end() :] if lead else ""
    if lead and (
        len(after.split()) >= 3 or len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", after)) >= 6
    ):
        subject = subject[lead.end() :]  # "for the restaurant's instagram, a bowl of ramen…": the ramen
    told = _PICTURE_THEN_SCENE.match(subject) or _PICTURE_OF_MID.search(subject)
    if told and len(subject[told.end() :].split()) >= 3:
        # "…, can u give me a neon-lit picture of a karaoke room …", "लेबल के लिए एक तस्वीर चाहिए — अंधेरे कमरे में …"
        look = (told.groupdict().get("look") or "").strip()  # "a neon-lit picture", "an oil painting": kept
        medium = told.groupdict().get("noun") or ""
        if look and medium.casefold() in ("painting", "drawing", "illustration", "photo"):
            look = f"{look} {medium}"
        subject = subject[told.end() :] + (f", {look}" if look and not SENTENCE.search(look) else "")
    subject = re.sub(r"\s*,\s*(?=,|$)", "", NO_NUMBERS.sub(" ", subject)).strip(
        " ,"
    )  # "…, no numbers on it": said of the picture, not in it
    seen = _SEE_LEAD.match(subject)
    if seen and len(subject[seen.end() :].split()) >= 3:
        subject = subject[seen.end() :]  # "per la festa … vorrei vedere una torta …": the cake
    subject = _JUST_TO.sub("", subject)  # "…, giusto per dare un'idea alla pasticceria": why, not what
    subject = COMMAND_PREFIX.sub("", subject)
    subject = _LOOK_LEAD.sub(
        r"\g<thing> ", subject
    ).strip()  # "show me how the boubou would look on a man": the boubou
    # "wie könnte das Etikett für unseren Gin aussehen, …" (umlauts typed or not): the label
    subject = re.sub(
        r"^wie\s+(?:w(?:ü|ue|u)rde|s(?:ä|ae|a)he|k(?:ö|oe|o)nnte|wird)\s+(.{1,80}?)\s+aus(?:sehen)?\b",
        r"\1",
        subject,
        flags=re.I,
    )
    subject = re.sub(r"\s+([:：,])", r"\1", _WOULD_LOOK_RE.sub(" ", subject)).strip(" ,?？")
    if imagined := _COULD_BE.match(subject):  # "…show the buyers what the back room could be: an office"
        subject = f"{imagined.group('place')} as {imagined.group('scene')}"  # "ça donnerait quoi mon balcon…": the balcony
    subject = re.sub(
        r"^(?:(?:a|an|the|some|one)\s+)?(?:(?:nice|beautiful|cool|simple|realistic|photorealistic|cute|"
        r"watercolou?r|pixel[- ]art|cinematic|3d|flat|pencil|minimalist|wide|vertical|square|high[- ]quality)\s+)*"
        r"(?:picture|image|illustration|photo(?:graph)?|painting|drawing|sketch|render(?:ing)?|artwork|portrait|"
        r"wallpaper|poster|art|pic)s?\s+(?:of|showing|with|depicting|about)\s+",
        "",
        subject,
        flags=re.I,
    )
    subject = re.sub(
        r",?\s*(?:in|as)\s+(?:an?\s+)?(?:(?:photo(?:realistic)?|realistic|watercolou?r|pencil|sketch|pixel[- ]art|"
        r"3d|flat|minimal(?:ist)?|cinematic|cartoon|anime|illustration|vector|oil painting|comic)\s*)+"
        r"(?:style|painting|drawing|render|look)?\b",
        "",
        subject,
        flags=re.I,
    )
    subject = re.sub(
        r",?\s*\b(?:in\s+)?(?:(?:wide|widescreen|landscape|portrait|vertical|square|16:9|9:16|1:1|4:3|3:4)\s*"
        r"(?:format|orientation|mode|aspect(?: ratio)?)?)\s*$",
        "",
        subject,
        flags=re.I,
    )
    # Chinese: 画一幅…的水彩画 / 生成一张…的图片 / 给我一张…照片
    subject = re.sub(
        r"^(?:请|帮我|给我|麻烦)*(?:画|生成|绘制|创作|做|来)?(?:一幅|一张|一只|一个|一些|张|幅)?", "", subject
    )
    subject = re.sub(r"(?:的)?(?:水彩画|油画|插画|插图|图片|图像|照片|素描|壁纸|画)$", "", subject)
    subject = re.sub(
        r"[，,]?\s*(?:横版|竖版|方形|宽屏|竖屏|横屏|水彩风格?|写实风格?|卡通风格?|像素风格?)$", "", subject
    )
    subject = subject.strip(" ,.:;-—，。：")
    generic = r"(?:(?:a|an|the|some|one|me)\s+)*(?:picture|image|photo|illustration|drawing|painting|something|anything|pic)s?"
    if not re.search(r"\w", subject) or re.fullmatch(generic, subject, re.I):
        return None
    t = template(lang_of(question))
    ratio = aspect or "16:9"
    named = t.get(f"style_{style}", style.replace("_", " "))
    return ImagePlan(
        prompt=short(subject, 1500),
        negative_prompt=IMAGE_NEGATIVE,
        style=style,  # type: ignore[arg-type]
        aspect_ratio=ratio,  # type: ignore[arg-type]
        answer=t["image_answer_an" if style[0] in "aeiou" else "image_answer_a"].format(
            style=named, subject=short(subject, 200)
        ),
        alt_text=short(t["image_alt"].format(style_c=cap(named.replace("_", " ")), subject=subject), 300),
    )
